package org.tmsh.shell;

import java.util.List;

import org.tmsh.jobs.TmMaintenanceJob;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.UnitRecord;

/** {@code tm show NAME --id ID}: one unit of a translation memory, its texts and its {@code <tu>}. */
public class TmShowCommand extends TmshCommand {

    private final TmMaintenanceJob job;

    public TmShowCommand(TmLibrary library) {
        super("tm show", "Show one unit of a translation memory by its id (texts, and the <tu> with its dates and props)",
                "Translation memory", "tm show NAME --id ID [--json]", "tm show news --id 3",
                List.of(OptionSpec.required("id", OptionSpec.Kind.TEXT, "the unit's id (tm search and tm concordance show it)"),
                        OptionSpec.flag("json", "print the unit as JSON")));
        this.job = new TmMaintenanceJob(library);
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireArguments(arguments, 1, "the name of the TM");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        UnitRecord u = job.show(inv.arguments().get(0), inv.get("id"));
        if (out.json()) {
            out.json(UnitView.of(u));
            return;
        }
        out.line("unit " + u.id() + (u.unit().tuid() == null ? "" : " [" + u.unit().tuid() + "]"));
        u.unit().variants().forEach(v -> out.line("  " + v.lang() + "  " + v.text()));
        out.line(u.unit().xml());
    }
}
