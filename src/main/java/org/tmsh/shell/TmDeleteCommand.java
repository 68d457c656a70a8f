package org.tmsh.shell;

import java.util.List;

import java.util.Locale;

import org.springframework.shell.core.InputReader;

import org.tmsh.common.TmshException;
import org.tmsh.jobs.TmMaintenanceJob;
import org.tmsh.jobs.TmRead;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.UnitFilter;
import org.tmsh.memory.UnitMeta;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.memory.solr.SolrMemory;

/**
 * {@code tm delete NAME}: removes a translation memory; {@code tm delete NAME --id ID,...} removes only
 * those units (the TM stays). Both ask first, naming what goes; {@code --yes} for scripts.
 */
public class TmDeleteCommand extends AskingCommand {

    private final TmLibrary library;
    private final TmMaintenanceJob units;

    public TmDeleteCommand(TmLibrary library) {
        super("tm delete", "Delete a translation memory, or with --id or --filter only some of its units (refused"
                        + " while another tmsh writes to it)",
                "Translation memory", "tm delete NAME [--id ID,... | --filter EXPR] [--dry-run] [--yes] [--json]",
                "tm delete scratch --yes",
                List.of(OptionSpec.optional("id", OptionSpec.Kind.TEXT, null,
                                "delete only the units of these ids (comma-separated), not the TM"),
                        FilterOption.spec("delete only the units that pass, not the TM"),
                        OptionSpec.flag("dry-run", "with --id or --filter: only show the units that would be deleted"),
                        OptionSpec.flag("yes", "do not ask for confirmation"),
                        OptionSpec.flag("json", "print the result as JSON")));
        this.library = library;
        this.units = new TmMaintenanceJob(library);
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireArguments(arguments, 1, "the name of the TM");
    }

    @Override
    protected void run(Invocation inv, Output out, InputReader in) {
        String name = TmLibrary.checkName(inv.arguments().get(0));
        if (inv.get("id") != null || inv.get(FilterOption.NAME) != null) {
            deleteUnits(inv, out, in, name);
            return;
        }
        if (inv.flag("dry-run")) {
            throw new TmshException(getName() + ": --dry-run goes with --id or --filter (deleting units); tm delete NAME"
                    + " alone deletes the whole TM");
        }
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

    /** Deletes the units --id names or --filter selects, after showing them and asking (all or none). */
    private void deleteUnits(Invocation inv, Output out, InputReader in, String name) {
        if (inv.get("id") != null && inv.get(FilterOption.NAME) != null) {
            throw new TmshException(getName() + ": give --id or --filter, not both");
        }
        java.util.function.Function<Boolean, TmMaintenanceJob.Outcome> delete;
        if (inv.get("id") != null) {
            List<String> ids = new java.util.ArrayList<>();
            for (String id : inv.get("id").split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.strip());
                }
            }
            if (ids.isEmpty()) {
                throw new TmshException(getName() + ": --id: no unit id given");
            }
            delete = dry -> units.delete(name, ids, dry);
        } else {
            UnitFilter filter = FilterOption.of(inv);
            delete = dry -> units.deleteWhere(name, r -> filter.matches(UnitMeta.of(r.unit())), dry);
        }
        TmMaintenanceJob.Outcome shown = delete.apply(true);
        if (shown.changes().isEmpty()) {
            if (out.json()) {
                out.json(UnitView.Changes.of(shown.tm(), inv.flag("dry-run"), shown.changes()));
            } else {
                out.line("TM '" + shown.tm() + "': no unit passes --filter; nothing was deleted");
            }
            return;
        }
        if (!out.json() || inv.flag("dry-run")) {
            if (out.json()) {
                out.json(UnitView.Changes.of(shown.tm(), true, shown.changes()));
                return;
            }
            shown.changes().forEach(c -> UnitView.print(out, c));
        }
        if (inv.flag("dry-run")) {
            out.line("TM '" + shown.tm() + "': " + Output.count(shown.changes().size(), "unit")
                    + " would be deleted (dry run: nothing was changed)");
            return;
        }
        confirm(inv, in, String.format(Locale.ROOT, "delete %s of TM '%s' (the TM stays)? [y/N] ",
                Output.count(shown.changes().size(), "unit"), shown.tm()));
        TmMaintenanceJob.Outcome done = delete.apply(false);
        if (out.json()) {
            out.json(UnitView.Changes.of(done.tm(), false, done.changes()));
            return;
        }
        out.line("TM '" + done.tm() + "': " + Output.count(done.changes().size(), "unit") + " deleted");
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
