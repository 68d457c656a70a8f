package org.tmsh.shell;

import java.util.Locale;
import java.util.function.Function;

import org.springframework.shell.core.InputReader;

import org.tmsh.common.TmshException;
import org.tmsh.jobs.TmMaintenanceJob;

/**
 * The one "show what will change, ask, apply" flow of the commands that change or delete what the translator
 * keeps ({@code tm replace}, {@code tm dedup}, {@code tm delete}, {@code glossary delete}, {@code term delete
 * --concept}): their {@code --yes} and {@code --dry-run} options, the question and its refusal, and what they
 * print before and after, so that every such command asks, refuses and reports alike.
 *
 * <p>The rule they all keep: without {@code --yes} the command asks its question, from the terminal in the
 * shell and from standard input in a one-shot or script run (the question on standard error), and goes on only
 * on {@code y} or {@code yes}; no answer (end of input) or any other answer changes nothing and exits with
 * {@link TmshCommand#USER_ERROR}. {@code --json} changes what is printed, never whether the command asks: with
 * {@code --json} standard output holds only the JSON of what was done (or of the dry run), nothing when refused.
 *
 * <p>A change of units ({@link #changeUnits}) is first computed as a dry run and shown (each unit's change,
 * then a count), then asked for, then made again under the memory's lock, so what is changed is what the
 * memory holds then. With nothing to change it says why and asks nothing; {@code "dryRun"} in its JSON is
 * whether {@code --dry-run} was given.
 */
final class AskFirst {

    /** The {@code --yes} option of every command that asks. */
    static final OptionSpec YES = OptionSpec.flag("yes", "do not ask for confirmation");

    private AskFirst() {
    }

    /** The {@code --dry-run} option, with what it shows. */
    static OptionSpec dryRun(String description) {
        return OptionSpec.flag("dry-run", description);
    }

    /**
     * Goes on with {@code --yes}, or when the translator answers y/yes to {@code question} (to which
     * {@code [y/N]} is added); anything else (or no answer, end of input) stops the command with an error.
     */
    static void confirm(TmshCommand command, Invocation inv, InputReader in, String question) {
        if (inv.flag(YES.name())) {
            return;
        }
        String answer = in == null ? null : command.readAnswer(in, question + " [y/N] ");
        String a = answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT);
        if (!a.equals("y") && !a.equals("yes")) {
            throw new TmshException(command.getName() + ": not done" + (answer == null ? " (no answer; add --yes to confirm)"
                    : " (answer y to confirm, or add --yes)"));
        }
    }

    /**
     * Asks {@code question}, then deletes a whole thing (a TM, a glossary) and says so: {@code what deleted},
     * or with {@code --json} {@code {"deleted": name}}.
     */
    static void deleteWhole(TmshCommand command, Invocation inv, Output out, InputReader in, String question,
                            String what, String name, Runnable delete) {
        confirm(command, inv, in, question);
        delete.run();
        if (out.json()) {
            out.json(new Deleted(name));
            return;
        }
        out.line(what + " deleted");
    }

    /** What a whole thing deleted is, as {@code --json} prints it. */
    record Deleted(String deleted) {
    }

    /**
     * What a change of units says. {@code would} and {@code done} end the count line ({@code "would be deleted"},
     * {@code "deleted"}); {@code nothing} says why nothing is to be done (before {@code "; nothing was " +
     * done}); {@code question} is asked of the dry run's outcome.
     */
    record Words(String would, String done, String nothing, Function<TmMaintenanceJob.Outcome, String> question) {
    }

    /**
     * Shows the changes {@code change} would make (called with {@code true}: a dry run), stops there with
     * {@code --dry-run} or when there are none, else asks and makes them ({@code change} called with
     * {@code false}) and prints what was done.
     */
    static void changeUnits(TmshCommand command, Invocation inv, Output out, InputReader in, Words words,
                            Function<Boolean, TmMaintenanceJob.Outcome> change) {
        boolean dryRun = inv.flag("dry-run");
        TmMaintenanceJob.Outcome shown = change.apply(true);
        if (shown.changes().isEmpty()) {
            if (out.json()) {
                out.json(UnitView.Changes.of(shown.tm(), dryRun, shown.changes()));
            } else {
                out.line("TM '" + shown.tm() + "': " + words.nothing() + "; nothing was " + words.done());
            }
            return;
        }
        if (out.json() && dryRun) {
            out.json(UnitView.Changes.of(shown.tm(), true, shown.changes()));
            return;
        }
        if (!out.json()) {
            shown.changes().forEach(c -> UnitView.print(out, c));
        }
        if (dryRun) {
            out.line("TM '" + shown.tm() + "': " + Output.count(shown.changes().size(), "unit") + " " + words.would()
                    + " (dry run: nothing was changed)");
            return;
        }
        confirm(command, inv, in, words.question().apply(shown));
        TmMaintenanceJob.Outcome done = change.apply(false);
        printDone(out, done, "TM '" + done.tm() + "': " + Output.count(done.changes().size(), "unit") + " " + words.done());
    }

    /**
     * Says what a change of units did: with {@code --json} the changes ({@code "dryRun": false}), else {@code line}
     * (the changes themselves were shown before, or, for {@code tm edit}, which names its one unit and does not
     * ask, are shown by the command).
     */
    static void printDone(Output out, TmMaintenanceJob.Outcome done, String line) {
        if (out.json()) {
            out.json(UnitView.Changes.of(done.tm(), false, done.changes()));
            return;
        }
        out.line(line);
    }
}
