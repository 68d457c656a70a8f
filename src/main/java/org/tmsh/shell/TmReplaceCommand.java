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
                        AskFirst.dryRun("only show the changes"),
                        AskFirst.YES,
                        OptionSpec.optional("user", OptionSpec.Kind.TEXT, null,
                                "who made the change, recorded as changeid (default: the operating system's user)"),
                        OptionSpec.flag("json", "print the changes as JSON")));
        this.job = new TmMaintenanceJob(library);
    }

    /** Goes over every unit of the TM: the launcher keeps the optimising compiler ({@link TmshCommand#overWholeMemory}). */
    @Override
    public boolean overWholeMemory() {
        return true;
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireArguments(arguments, 1, "the name of the TM");
    }

    @Override
    protected void run(Invocation inv, Output out, InputReader in) {
        String name = inv.arguments().get(0);
        TextReplace replace = TextReplace.of(inv.get("find"), inv.get("with") == null ? "" : inv.get("with"), inv.flag("regex"));
        AskFirst.changeUnits(this, inv, out, in, new AskFirst.Words("would change", "changed", "no text matches --find",
                        shown -> "change " + Output.count(shown.changes().size(), "unit") + " of TM '" + shown.tm() + "'?"),
                dry -> job.replace(name, replace, inv.get("lang"), inv.get("user"), dry));
    }
}
