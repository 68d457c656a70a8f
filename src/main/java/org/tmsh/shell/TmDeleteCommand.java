package org.tmsh.shell;

import java.util.List;

import org.springframework.stereotype.Component;

import org.tmsh.common.TmshException;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.memory.solr.SolrMemory;

/** {@code tm delete NAME}: removes a translation memory. */
@Component
public class TmDeleteCommand extends TmshCommand {

    private final TmLibrary library;

    public TmDeleteCommand(TmLibrary library) {
        super("tm delete", "Delete a translation memory (refused while another tmsh writes to it)",
                "Translation memory", "tm delete NAME [--yes] [--json]", "tm delete scratch",
                List.of(OptionSpec.flag("yes", "drop a Solr TM's collection without asking"),
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
    protected void run(Invocation inv, Output out, org.springframework.shell.core.InputReader in) {
        String name = TmLibrary.checkName(inv.arguments().get(0));
        TranslationMemory tm = library.open(name);
        if (!tm.backend().equals("lucene") && !inv.flag("yes")) {
            String what = tm instanceof SolrMemory s && s.ownsCollection() ? "drop the collection of" : "delete every unit of";
            String answer = in == null ? null : readAnswer(in, "This will " + what + " TM '" + name + "' (" + tm.location()
                    + ") for everyone who uses it. Delete? [y/N] ");
            if (answer == null || !answer.strip().equalsIgnoreCase("y")) {
                throw new TmshException(getName() + ": TM '" + name + "' not deleted (answer y, or give --yes)");
            }
        }
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
}
