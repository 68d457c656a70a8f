package org.tmsh.shell;

import java.util.List;

import org.tmsh.jobs.TmMaintenanceJob;
import org.tmsh.memory.TmLibrary;

/** {@code tm edit NAME --id ID --target TEXT}: gives one unit a new translation, keeping its history. */
public class TmEditCommand extends TmshCommand {

    private final TmMaintenanceJob job;

    public TmEditCommand(TmLibrary library) {
        super("tm edit", "Give one unit a new text (its translation by default); the unit keeps its id and records"
                        + " the change (TMX changedate, changeid)",
                "Translation memory", "tm edit NAME --id ID --target TEXT [--lang L] [--user NAME] [--json]",
                "tm edit news --id 3 --target \"Open the file.\"",
                List.of(OptionSpec.required("id", OptionSpec.Kind.TEXT, "the unit's id (tm search and tm concordance show it)"),
                        OptionSpec.required("target", OptionSpec.Kind.TEXT, "the new text; inline codes as tm show prints them (⟨1⟩)"),
                        OptionSpec.optional("lang", OptionSpec.Kind.LANGUAGE, null,
                                "the language whose text changes (default: the unit's language other than the TM's source)"),
                        OptionSpec.optional("user", OptionSpec.Kind.TEXT, null,
                                "who made the change, recorded as changeid (default: the operating system's user)"),
                        OptionSpec.flag("json", "print the change as JSON")));
        this.job = new TmMaintenanceJob(library);
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireArguments(arguments, 1, "the name of the TM");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        TmMaintenanceJob.Outcome o = job.edit(inv.arguments().get(0), inv.get("id"), inv.get("target"), inv.get("lang"),
                inv.get("user"));
        if (!out.json()) {
            o.changes().forEach(c -> UnitView.print(out, c));
        }
        AskFirst.printDone(out, o, "TM '" + o.tm() + "': unit " + o.changes().get(0).before().id() + " changed");
    }
}
