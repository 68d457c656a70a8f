package org.tmsh.qa.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.qa.TargetCheck;
import org.tmsh.qa.Finding;
import org.tmsh.qa.LanguageRules;
import org.tmsh.qa.QaSegment;
import org.tmsh.qa.QaText;
import org.tmsh.qa.Tokens;

/**
 * ALL-CAPS words ({@code PDF}, {@code HTML5}) and CamelCase names ({@code LibreOffice}, {@code iPhone}) of
 * the source that the target does not contain (as a word or inside a compound: {@code LibreOffice-Dokument}).
 * A source written mostly in capitals (a heading) is not checked.
 *
 * <p>Two findings: the token written in other letter case in the target ({@code Pdf}, {@code Libreoffice};
 * reported at once), and the token lost. What is not reported: the other language's form of
 * {@code acronyms.txt} (UN as UNO, NATO as Nato, Ctrl as Strg); a CamelCase word whose case variant keeps a
 * capital inside ({@code dBase} for {@code dBASE}); and, for a token the target lacks in every letter case,
 * three signs that it was translated: the target has an acronym or CamelCase word of its own that the source
 * lacks (DVRK for DPRK, AGGREGAT for AGGREGATE; one that begins alike is paired first), the token is an
 * ordinary word of four letters or more that the files' sources also write in lower case (TRUE, RETURN,
 * SEARCH, written in capitals as emphasis, a key or a function name), or, for a CamelCase name, the files
 * translate it wherever it occurs (a parameter name {@code StartDate} missing from two or more targets and
 * kept in none; an ALL-CAPS acronym missing from three or more). A token the source has more often than the
 * target ("PDF export ... PDF file" against "PDF-Export ... Datei") is lost once. The last two need the whole run, so lost tokens are reported by {@link #finish}.
 */
public final class AcronymsCheck extends TargetCheck {

    private static final Pattern TOKEN = Pattern.compile(
            "(?<![\\p{L}\\p{N}_])(?:\\p{Lu}{2,}[\\p{Lu}\\p{N}]*|\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*|\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*)(?![\\p{L}\\p{N}_])");
    private static final Pattern TARGET_ACRONYM = Pattern.compile(
            "(?<![\\p{L}\\p{N}_])(?:\\p{Lu}{2,}[\\p{Lu}\\p{N}]*|(?:\\p{Lu}\\.){2,}|\\p{L}\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*)(?![\\p{L}\\p{N}_])");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    /** A token the target lacks, to be judged when the run is over. */
    private record Lost(QaSegment segment, String token) {
    }

    private final LanguageRules rules = LanguageRules.standard();
    private final List<Lost> lost = new ArrayList<>();
    /** Per token: [targets that keep it, targets that lack it]. */
    private final Map<String, int[]> seen = new HashMap<>();
    /** Lower-case words of four letters or more of every source (the ordinary-word rule needs no shorter ones). */
    private final Set<String> lowerWords = new HashSet<>();

    public AcronymsCheck() {
        super("acronyms", Finding.Severity.WARNING);
    }

    @Override
    protected void checkTarget(QaSegment s, Consumer<Finding> out) {
        String src = QaText.plain(s.source());
        lowerWords(src);
        if (!hasInnerCapital(src)) {
            return; // no word with a capital after its first letter: nothing to look for
        }
        src = Tokens.withoutFixed(src);
        Matcher m = TOKEN.matcher(src);
        if (!m.find()) {
            return;
        }
        if (mostlyCapitals(src)) {
            return;
        }
        String tgt = QaText.plain(s.target());
        Set<String> accepted = new HashSet<>();
        Set<String> counted = new HashSet<>();
        List<String> missing = new ArrayList<>();
        do {
            String t = m.group();
            if (tgt.contains(t)) {
                seen.computeIfAbsent(t, k -> new int[2])[0]++;
                if (!counted.add(t) || occurrences(tgt, t) >= tokens(src, t)) {
                    continue;
                }
                missing.add(t); // "PDF export ... PDF file" with one PDF left: one lost
                continue;
            }
            if (missing.contains(t) || accepted.contains(t)) {
                continue;
            }
            String other = equivalent(s, t, tgt);
            if (other != null) {
                accepted.add(other);
                continue;
            }
            String variant = caseVariant(tgt, t);
            if (variant != null) {
                if (!allCaps(t) && hasInnerCapital(variant)) {
                    accepted.add(variant); // dBase for dBASE: still the name
                    continue;
                }
                out.accept(Finding.of(id(), severity(), s, t, variant, t + " of the source is written '" + variant
                        + "' in the target", t));
                continue;
            }
            seen.computeIfAbsent(t, k -> new int[2])[1]++;
            missing.add(t);
        } while (m.find());
        if (missing.isEmpty()) {
            return;
        }
        // an acronym or CamelCase word of the target that the source lacks is taken for a translated one
        // (DVRK as DPRK, USA as U.S., AutoCorrect as AutoKorrektur)
        Set<String> sourceTokens = new HashSet<>();
        Matcher a = TARGET_ACRONYM.matcher(src);
        while (a.find()) {
            sourceTokens.add(a.group());
        }
        List<String> translated = new ArrayList<>();
        Matcher n = TARGET_ACRONYM.matcher(Tokens.withoutFixed(tgt));
        while (n.find()) {
            if (!sourceTokens.contains(n.group()) && !accepted.contains(n.group())) {
                translated.add(n.group());
            }
        }
        // first the pairs that look alike (FALSE as FALSCH, AGGREGATE as AGGREGAT), then any for any in order
        for (int i = 0; i < missing.size() && !translated.isEmpty(); i++) {
            String head = missing.get(i).length() < 2 ? missing.get(i) : missing.get(i).substring(0, 2);
            for (int j = 0; j < translated.size(); j++) {
                if (translated.get(j).regionMatches(true, 0, head, 0, head.length())) {
                    translated.remove(j);
                    missing.remove(i--);
                    break;
                }
            }
        }
        for (int i = translated.size(); i < missing.size(); i++) {
            lost.add(new Lost(s, missing.get(i)));
        }
    }

    @Override
    public void finish(Consumer<Finding> out) {
        for (Lost l : lost) {
            String t = l.token();
            if (allCaps(t) && t.length() >= 4 && t.chars().allMatch(Character::isLetter)
                    && lowerWords.contains(t.toLowerCase(Locale.ROOT))) {
                continue; // an ordinary word in capitals: translated like any word
            }
            int[] n = seen.get(t);
            if (n != null && n[0] == 0 && n[1] >= (allCaps(t) ? 3 : 2)) {
                continue; // a name these files translate wherever it occurs
            }
            if (!allCaps(t) && (n == null || n[0] == 0) && ofWords(t, l.segment().srcLang())) {
                continue; // "PutCall", "DateOfBirth": an identifier of ordinary words that no target keeps, translated
            }
            out.accept(Finding.of(id(), severity(), l.segment(), t, null, t + " of the source is not in the target", t));
        }
        lost.clear();
    }

    private static final Pattern CAMEL_PARTS = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");

    /**
     * Whether a CamelCase word is made of ordinary words of its language ("Put|Call", "Number|X", "Date|Of|Birth"): every
     * part of two letters or more is a word the language's Hunspell dictionary knows written small; a name has a part
     * it does not know ("Libre|Office", "std|Deviation"). Without a dictionary: no.
     */
    private static boolean ofWords(String t, String lang) {
        if (!t.chars().allMatch(Character::isLetter)) {
            return false;
        }
        java.util.Optional<org.apache.lucene.analysis.hunspell.Hunspell> h = org.tmsh.qa.Spellers.of(lang == null ? "en" : lang);
        if (h.isEmpty()) {
            return false;
        }
        int words = 0;
        for (String part : CAMEL_PARTS.split(t)) {
            if (part.length() >= 2) {
                if (!h.get().spell(part.toLowerCase(Locale.ROOT))) {
                    return false;
                }
                words++;
            }
        }
        return words >= 1;
    }

    /** How often {@code t} occurs in {@code text}, as a word or inside a compound. */
    private static int occurrences(String text, String t) {
        int n = 0;
        for (int at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + t.length())) {
            n++;
        }
        return n;
    }

    /** How often {@code t} occurs in {@code text} as a token of its own. */
    private static int tokens(String text, String t) {
        int n = 0;
        for (int at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + t.length())) {
            int end = at + t.length();
            if (boundary(text, at - 1) && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '_')) {
                n++;
            }
        }
        return n;
    }

    /** The target language's form of {@code t} ({@code acronyms.txt}) that the target holds, or null. */
    private String equivalent(QaSegment s, String t, String tgt) {
        for (String f : rules.acronymForms(s.srcLang(), s.tgtLang(), t)) {
            if (containsWord(tgt, f)) {
                return f;
            }
        }
        return null;
    }

    private static boolean containsWord(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            if (boundary(text, at - 1) && (at + word.length() >= text.length() || !Character.isLetter(text.charAt(at + word.length())))) {
                return true;
            }
            at = text.indexOf(word, at + 1);
        }
        return false;
    }

    /** The target's word that is {@code t} in other letter case ("Pdf", "Libreoffice", "Http-Proxy"), or null. */
    static String caseVariant(String tgt, String t) {
        int n = t.length();
        for (int i = 0; i + n <= tgt.length(); i++) {
            if (tgt.regionMatches(true, i, t, 0, n) && boundary(tgt, i - 1)
                    && (i + n == tgt.length() || !Character.isLetter(tgt.charAt(i + n)))) {
                return tgt.substring(i, i + n);
            }
        }
        return null;
    }

    private static boolean boundary(String text, int before) {
        return before < 0 || !Character.isLetterOrDigit(text.charAt(before));
    }

    private static boolean allCaps(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLowerCase(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Remembers the source's lower-case words of three letters or more (cheap scan, no pattern). */
    private void lowerWords(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean lower = true;
            while (i < n && Character.isLetter(text.charAt(i))) {
                lower &= Character.isLowerCase(text.charAt(i));
                i++;
            }
            boolean inName = start > 0 && "./_@\\".indexOf(text.charAt(start - 1)) >= 0
                    || i < n && "./_@\\".indexOf(text.charAt(i)) >= 0 && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1));
            if (lower && !inName && i - start >= 4 && i - start <= 20) { // not a part of a file name or address ("index.html")
                lowerWords.add(text.substring(start, i));
            }
        }
    }

    /** Whether some word has an upper-case letter after its first character (a cheap test before the pattern). */
    private static boolean hasInnerCapital(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isLetterOrDigit(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean mostlyCapitals(String text) {
        Matcher w = WORD.matcher(text);
        int words = 0;
        int caps = 0;
        while (w.find()) {
            words++;
            if (w.group().chars().allMatch(Character::isUpperCase)) {
                caps++;
            }
        }
        return words >= 2 && caps * 2 > words;
    }
}
