package org.tmsh.qa.check;

import java.util.function.Consumer;

import org.tmsh.qa.Finding;
import org.tmsh.qa.Negations;
import org.tmsh.qa.QaSegment;
import org.tmsh.qa.QaText;
import org.tmsh.qa.TargetCheck;

/**
 * A negation lost or added: the source negates ("not", "no", "never", "n't") and the target has no negation in any
 * form, or the target negates and the source does not ({@code negation.txt}: the words, the weak forms that may stand
 * for them, the idioms that negate nothing). The sentence then says the opposite.
 *
 * <p>NOTE: only the presence of a negation is compared, not how many: two negations against one is how languages
 * differ ("no one ever" / "niemand"). A side without a negation word but with as many weak forms ("without",
 * "ungültig", "kostenlos", "nichtflüchtig") as the other side has negations and weak forms is taken to carry the
 * negation, so a lost "not" beside such a word is missed.
 */
public final class NegationCheck extends TargetCheck {

    private final Negations negations = Negations.standard();

    public NegationCheck() {
        super("negation", Finding.Severity.WARNING);
    }

    /** Whether the negation word {@code w} stands as a word of its own, written alike, in {@code other}. */
    private static boolean kept(String w, String other) {
        for (int i = other.indexOf(w); i >= 0; i = other.indexOf(w, i + 1)) {
            int end = i + w.length();
            if ((i == 0 || !Character.isLetter(other.charAt(i - 1))) && (end == other.length() || !Character.isLetter(other.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void checkTarget(QaSegment s, Consumer<Finding> out) {
        String tgt = QaText.plain(s.target());
        String src = QaText.plain(s.source());
        if (tgt.isBlank() || !negations.knows(s.srcLang()) || !negations.knows(s.tgtLang())
                || !negations.mayNegate(src, s.srcLang()) && !negations.mayNegate(tgt, s.tgtLang())) {
            return; // neither side has a negation word: the common case, decided without the weak forms
        }
        Negations.Reading a = negations.read(src, s.srcLang());
        Negations.Reading b = negations.read(tgt, s.tgtLang());
        if (a.words().stream().anyMatch(w -> kept(w, tgt)) || b.words().stream().anyMatch(w -> kept(w, src))) {
            return; // a negation word written alike on the other side: a name or keyword kept ("NOT", "None", "No-Touch")
        }
        // a side without a negation word is taken to keep the other's negation when it has as many weak forms as the
        // other side has negations and weak forms together ("not valid ... except" against "ungültig ... außer")
        if (!a.words().isEmpty() && b.words().isEmpty() && b.weak() < a.words().size() + a.weak()) {
            out.accept(Finding.of(id(), severity(), s, a.words().get(0), null, "the source negates ('" + a.words().get(0)
                    + "'), the target has no negation: it may say the opposite", null));
        } else if (a.words().isEmpty() && !b.words().isEmpty() && a.weak() < b.words().size() + b.weak()) {
            out.accept(Finding.of(id(), severity(), s, null, b.words().get(0), "the target negates ('" + b.words().get(0)
                    + "'), the source has no negation: it may say the opposite", null));
        }
    }
}
