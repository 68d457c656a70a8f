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
                        AskFirst.dryRun("with --id or --filter: only show the units that would be deleted"),
                        AskFirst.YES,
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
        AskFirst.deleteWhole(this, inv, out, in, String.format(Locale.ROOT, "delete TM '%s' with %s%s?", name, units, shared),
                "TM '" + name + "'", name, () -> library.delete(name));
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
        AskFirst.changeUnits(this, inv, out, in, new AskFirst.Words("would be deleted", "deleted", "no unit passes --filter",
                shown -> String.format(Locale.ROOT, "delete %s of TM '%s' (the TM stays)?",
                        Output.count(shown.changes().size(), "unit"), shown.tm())), delete);
    }

    /** Tab offers the TM to delete. */
    @Override
    protected OptionSpec.Kind argumentKind() {
        return OptionSpec.Kind.TM;
    }
}
