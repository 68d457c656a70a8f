package org.tmsh.qa.check;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.hunspell.Hunspell;
import org.tmsh.qa.Finding;
import org.tmsh.qa.QaSegment;
import org.tmsh.qa.Spellers;
import org.tmsh.qa.TargetCheck;

/**
 * The first letter of the target against the source's: a target opening in lower case where the source
 * opens with a capital. The reverse is not reported: a capital at a text's start is what every language may
 * write (a label, a sentence, a German noun: "Wert" for "val", "Die aktuelle Zeit" for "the current time").
 * Not reported either: a German label that ends in its verb ("rückwärts suchen" for "Search backwards", "am
 * Textende sammeln"), written small by that convention: no end mark, a last word that is an infinitive the
 * dictionary knows and a first word the dictionary knows written small; a text that opens with an ellipsis, a digit, a code
 * or another sign before its first word (a continued sentence, a list item); a first word written with a
 * capital inside or in capitals ("iPhone", "eBay", "NATO"); a side in a language that writes its nouns with a
 * capital (German) whose first word is a noun or a name, that is, whose lower-case form its Hunspell
 * dictionary ({@link Spellers}) does not know ("Haus" against "house"); without that dictionary such a side
 * is not judged. Warning.
 */
public final class InitialCaseCheck extends TargetCheck {

    private static final Pattern FIRST = Pattern.compile("^[\\s\"'“”„‚‘’«»(\\[¿¡]*(\\p{L}[\\p{L}\\p{M}'’-]*)");
    private static final Set<String> CAPITAL_NOUNS = Set.of("de", "lb");

    public InitialCaseCheck() {
        super("initial-case", Finding.Severity.WARNING);
    }

    @Override
    protected void checkTarget(QaSegment s, Consumer<Finding> out) {
        String a = first(s.source());
        String b = first(s.target());
        if (a == null || b == null) {
            return;
        }
        boolean upperA = Character.isUpperCase(a.charAt(0));
        boolean upperB = Character.isUpperCase(b.charAt(0));
        if (upperA == upperB || !upperA || !plainCase(a) || !plainCase(b) || verbLast(s.target(), s.tgtLang(), b)) {
            return;
        }
        // the side with the capital may owe it to a noun (German): then it says nothing about the sentence
        String capital = upperA ? a : b;
        String lang = upperA ? s.srcLang() : s.tgtLang();
        if (lang != null && CAPITAL_NOUNS.contains(QaSegment.primary(lang))) {
            Optional<Hunspell> h = Spellers.of(lang);
            if (h.isEmpty() || !h.get().spell(capital.toLowerCase(Locale.ROOT))) {
                return;
            }
        }
        String why = upperA ? "the source opens with a capital ('" + a + "'), the target in lower case ('" + b + "')"
                : "the source opens in lower case ('" + a + "'), the target with a capital ('" + b + "')";
        out.accept(Finding.of(id(), severity(), s, a, b, why, null));
    }

    /**
     * Whether a German target is a label in the form that ends in its verb ("rückwärts suchen", "skalaren Parameter
     * ändern"): no end mark (a trailing bracketed remark aside), a last word that is an infinitive the dictionary knows,
     * a first word it knows written small.
     */
    private static boolean verbLast(String target, String lang, String first) {
        if (lang == null || !CAPITAL_NOUNS.contains(QaSegment.primary(lang))) {
            return false;
        }
        String t = REMARK.matcher(target).replaceAll("").strip();
        Matcher m = LAST_INFINITIVE.matcher(t);
        if (!m.find()) {
            return false;
        }
        Optional<Hunspell> h = Spellers.of(lang);
        return h.isPresent() && h.get().spell(m.group(1)) && h.get().spell(first);
    }

    private static final Pattern REMARK = Pattern.compile("\\s*\\([^()]*\\)\\s*$");
    private static final Pattern LAST_INFINITIVE = Pattern.compile("(?<![\\p{L}-])(\\p{Ll}+(?:en|ern|eln))$");

    /** The first word, or null when something other than quotes, brackets or space comes before it. */
    private static String first(String text) {
        if (text == null || text.isEmpty() || text.startsWith("⟨")) {
            return null;
        }
        Matcher m = FIRST.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** A word written with its first letter as the only possible capital: not "iPhone", "NATO", "LibreOffice". */
    private static boolean plainCase(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
