package org.tmsh.shell;

import java.util.List;
import java.util.Locale;


import org.tmsh.names.NameMatcher;

/** {@code term match A B}: are two spellings the same name? */
public class TermMatchCommand extends TmshCommand {

    public TermMatchCommand() {
        super("term match", "Are A and B spellings of the same name? Yes or no, a score and the reason",
                "Terminology", "term match A B [--json]   (quote names of several words)",
                "term match \"Sergei Wiktorowitsch Lawrow\" \"Sergei Viktorovich Lavrov\"",
                List.of(OptionSpec.flag("json", "print the answer as JSON (same, score, reason)")));
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireArguments(arguments, 2, "the two names");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        String a = inv.arguments().get(0);
        String b = inv.arguments().get(1);
        NameMatcher.Result r = NameMatcher.standard().match(a, b);
        if (out.json()) {
            out.json(new Answer(a, b, r.same(), r.score(), r.reason()));
            return;
        }
        out.line(answer(r.same(), r.score(), r.reason()));
    }

    /**
     * {@code yes (score 1.00): the same name: Lawrow ~ Lavrov: ...}: the verdict once, at the start of the
     * reason when the reason opens with it, else before it.
     */
    static String answer(boolean same, double score, String reason) {
        String verdict = same ? "the same name" : "different names";
        String r = reason == null ? "" : reason;
        String head = r.startsWith(verdict) ? (same ? "yes" : "no") : (same ? "yes, " : "no, ") + verdict;
        return String.format(Locale.ROOT, "%s (score %.2f)%s", head, score, r.isEmpty() ? "" : ": " + r);
    }

    /** The answer as {@code --json} prints it. */
    record Answer(String a, String b, boolean same, double score, String reason) {
    }

    /** Tab offers spellings from the glossaries. */
    @Override
    protected OptionSpec.Kind argumentKind() {
        return OptionSpec.Kind.TERM;
    }
}
