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
import org.tmsh.qa.QaText;
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
        if (sentenceLowered(s, out)) {
            return;
        }
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
     * A word of three letters or more with a small letter, an end mark, white space, a word in lower case (perhaps
     * after a quotation mark; not after a bracket: "(see below)" may follow a sentence).
     */
    private static final Pattern INNER = Pattern.compile("(?<![\\p{L}\\p{N}.@/_])(\\p{L}\\p{Ll}[\\p{L}]+)[.!?][ \\u00A0]+[\"'“”„‚‘’«»]*(\\p{Ll}[\\p{L}]*)");

    /**
     * A sentence inside the target that opens in lower case after the full stop, question or exclamation mark
     * of the one before ("Datei speichern. dann schließen"), where the source has fewer such places: the word
     * before the mark is of three letters or more and no abbreviation of the language ({@code
     * abbreviations.txt}: "usw. und", "etc. and"); a number before the mark is a German ordinal, not a
     * sentence's end. True when reported.
     */
    private boolean sentenceLowered(QaSegment s, Consumer<Finding> out) {
        String tgt = QaText.plain(s.target());
        if (!lowerAfterMark(tgt)) {
            return false; // the pattern needs an end mark, white space and a small letter: a scan finds most texts without
        }
        Matcher m = INNER.matcher(tgt);
        String found = null;
        String before = null;
        int count = 0;
        while (m.find()) {
            if (!RULES.abbreviation(s.tgtLang(), m.group(1))) {
                count++;
                before = found == null ? m.group(1) : before;
                found = found == null ? m.group() : found;
            }
        }
        if (count == 0) {
            return false;
        }
        Matcher n = INNER.matcher(QaText.plain(s.source()));
        while (n.find()) {
            if (!RULES.abbreviation(s.srcLang(), n.group(1))) {
                count--;
            }
        }
        if (count <= 0) {
            return false;
        }
        out.accept(Finding.of(id(), severity(), s, null, found, "a sentence of the target opens in lower case after '"
                + before + "'", null));
        return true;
    }

    /** Whether an end mark is followed by spaces, perhaps quotation marks, and a small letter. */
    private static boolean lowerAfterMark(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            if (j >= t.length() || t.charAt(j) != ' ' && t.charAt(j) != '\u00A0') {
                continue;
            }
            while (j < t.length() && (t.charAt(j) == ' ' || t.charAt(j) == '\u00A0' || "\"'“”„‚‘’«»".indexOf(t.charAt(j)) >= 0)) {
                j++;
            }
            if (j < t.length() && Character.isLowerCase(t.charAt(j))) {
                return true;
            }
        }
        return false;
    }

    private static final org.tmsh.qa.LanguageRules RULES = org.tmsh.qa.LanguageRules.standard();

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
