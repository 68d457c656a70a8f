package org.tmsh.shell;

import java.util.List;

import org.springframework.shell.core.InputReader;

import org.tmsh.jobs.TextReplace;
import org.tmsh.jobs.TmMaintenanceJob;
import org.tmsh.memory.TmLibrary;

/**
 * {@code tm replace NAME --find X --with Y}: find and replace in a TM's texts. Every change is shown
 * first; they are made (all or none) when the translator confirms, or with {@code --yes}.
 */
public class TmReplaceCommand extends AskingCommand {

    private final TmMaintenanceJob job;

    public TmReplaceCommand(TmLibrary library) {
        super("tm replace", "Find and replace in the texts of a translation memory: shows every change, then asks",
                "Translation memory",
                "tm replace NAME --find TEXT --with TEXT [--lang L] [--regex] [--dry-run] [--yes] [--user NAME] [--json]",
                "tm replace news --find \"e-mail\" --with \"email\" --lang en --dry-run",
                List.of(OptionSpec.required("find", OptionSpec.Kind.TEXT, "the text to find (inline codes are never matched)"),
                        OptionSpec.required("with", OptionSpec.Kind.TEXT, "its replacement"),
                        OptionSpec.optional("lang", OptionSpec.Kind.LANGUAGE, null, "only the texts in this language (default: all)"),
                        OptionSpec.flag("regex", "--find is a Java regular expression; --with may use $1"),
                        OptionSpec.flag("dry-run", "only show the changes"),
                        OptionSpec.flag("yes", "do not ask for confirmation"),
                        OptionSpec.optional("user", OptionSpec.Kind.TEXT, null,
                                "who made the change, recorded as changeid (default: the operating system's user)"),
                        OptionSpec.flag("json", "print the changes as JSON")));
        this.job = new TmMaintenanceJob(library);
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireArguments(arguments, 1, "the name of the TM");
    }

    @Override
    protected void run(Invocation inv, Output out, InputReader in) {
        String name = inv.arguments().get(0);
        TextReplace replace = TextReplace.of(inv.get("find"), inv.get("with") == null ? "" : inv.get("with"), inv.flag("regex"));
        TmMaintenanceJob.Outcome shown = job.replace(name, replace, inv.get("lang"), inv.get("user"), true);
        if (inv.flag("dry-run") || shown.changes().isEmpty()) {
            report(out, shown);
            return;
        }
        if (!out.json()) {
            shown.changes().forEach(c -> UnitView.print(out, c));
        }
        confirm(inv, in, "change " + Output.count(shown.changes().size(), "unit") + " of TM '" + shown.tm() + "'? [y/N] ");
        TmMaintenanceJob.Outcome done = job.replace(name, replace, inv.get("lang"), inv.get("user"), false);
        if (out.json()) {
            out.json(UnitView.Changes.of(done.tm(), false, done.changes()));
            return;
        }
        out.line("TM '" + done.tm() + "': " + Output.count(done.changes().size(), "unit") + " changed");
    }

    private static void report(Output out, TmMaintenanceJob.Outcome o) {
        if (out.json()) {
            out.json(UnitView.Changes.of(o.tm(), o.dryRun(), o.changes()));
            return;
        }
        o.changes().forEach(c -> UnitView.print(out, c));
        out.line("TM '" + o.tm() + "': " + Output.count(o.changes().size(), "unit") + (o.dryRun() ? " would change" : " changed")
                + (o.dryRun() && !o.changes().isEmpty() ? " (dry run: nothing was changed)" : ""));
    }
}
