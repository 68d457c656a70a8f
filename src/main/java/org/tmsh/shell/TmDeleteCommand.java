package org.tmsh.shell;

import java.util.List;

import java.util.Locale;

import org.springframework.shell.core.InputReader;

import org.tmsh.common.TmshException;
import org.tmsh.jobs.TmRead;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.memory.solr.SolrMemory;

/** {@code tm delete NAME}: removes a translation memory. */
public class TmDeleteCommand extends TmshCommand {

    private final TmLibrary library;

    public TmDeleteCommand(TmLibrary library) {
        super("tm delete", "Delete a translation memory (refused while another tmsh writes to it)",
                "Translation memory", "tm delete NAME [--yes] [--json]", "tm delete scratch --yes",
                List.of(OptionSpec.flag("yes", "do not ask for confirmation"),
                        OptionSpec.flag("json", "print the result as JSON")));
        this.library = library;
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireArguments(arguments, 1, "the name of the TM");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        run(inv, out, null);
    }

    @Override
    protected void run(Invocation inv, Output out, InputReader in) {
        String name = TmLibrary.checkName(inv.arguments().get(0));
        TranslationMemory tm = library.open(name);
        String units;
        try {
            units = String.format(Locale.ROOT, "%,d units", TmRead.of(tm, tm::stats).units());
        } catch (TmshException damaged) {
            // a damaged TM is deleted like any other: that is what its error message offers
            units = "units that cannot be read (damaged)";
        }
        String shared = tm.backend().equals("lucene") ? ""
                : String.format(Locale.ROOT, " (%s, shared with everyone who uses it%s)", tm.location(),
                        tm instanceof SolrMemory s && s.ownsCollection() ? "; the collection is dropped" : "");
        confirm(inv, in, String.format(Locale.ROOT, "delete TM '%s' with %s%s? [y/N] ", name, units, shared));
        library.delete(name);
        if (out.json()) {
            out.json(new Deleted(name));
            return;
        }
        out.line("TM '" + name + "' deleted");
    }

    /** The TM deleted, as {@code --json} prints it. */
    record Deleted(String deleted) {
    }

    /** Tab offers the TM to delete. */
    @Override
    protected OptionSpec.Kind argumentKind() {
        return OptionSpec.Kind.TM;
    }
}
