package org.tmsh.qa;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.common.RuleFiles;

/**
 * The fractions a text names, by value ({@code fractions.txt}): in words ("drei Viertel" 0.75, "two-thirds" 0.667,
 * "Zweidrittelmehrheit", "die Hälfte", "half" 0.5), as a glyph ("½", "¾") or in digits ("3/4"). The numbers check
 * compares them when both sides name one.
 */
public final class Fractions {

    private static final String DATA = "/tmsh/qa/fractions.txt";
    private static final Map<String, Fractions> CACHE = new ConcurrentHashMap<>();
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");
    private static final Pattern DIGITS = Pattern.compile("(?<![\\p{N}/.,])([1-9])/(2|3|4|5|6|8|10)(?![\\p{N}/]|[.,]\\p{N})");
    private static final Map<Character, String> GLYPHS = Map.of('½', "0.5", '¼', "0.25", '¾', "0.75", '⅓', "0.333", '⅔', "0.667",
            '⅕', "0.2", '⅛', "0.125");

    /** A fraction of a text: its value ("0.75"), its words, where it stands, and whether it is written in digits or a glyph. */
    public record Fraction(String value, String text, int start, int end, boolean digits) {
    }

    private final Map<String, Integer> numerators = new HashMap<>();
    private final Map<String, Integer> denominators = new HashMap<>();
    private final Set<String> halves = new HashSet<>();
    private final Set<String> notBefore = new HashSet<>();
    private final Set<String> articleOf = new HashSet<>();

    private final String lang;

    private Fractions(String lang) {
        this.lang = lang;
        for (RuleFiles.Row r : RuleFiles.read(DATA, 4)) {
            if (!r.get(0).equals(lang)) {
                continue;
            }
            for (String w : r.get(2).split(",")) {
                String word = w.trim().toLowerCase(Locale.ROOT);
                switch (r.get(1)) {
                    case "numerator" -> numerators.put(word, Integer.parseInt(r.get(3)));
                    case "denominator" -> denominators.put(word, Integer.parseInt(r.get(3)));
                    case "half" -> halves.add(word);
                    case "not-before" -> notBefore.add(word);
                    case "article-of" -> articleOf.add(word);
                    default -> throw new IllegalStateException(DATA + " line " + r.line() + ": unknown kind " + r.get(1));
                }
            }
        }
    }

    /** The reader of a language (its primary subtag). */
    public static Fractions of(String lang) {
        return CACHE.computeIfAbsent(QaSegment.primary(lang), Fractions::new);
    }

    /** Whether the text may hold a fraction at all (a cheap test before {@link #read}). */
    public boolean mayHold(String text) {
        if (denominators.isEmpty() && halves.isEmpty()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (GLYPHS.containsKey(c) || c == '/') {
                return true;
            }
        }
        for (String d : denominators.keySet()) {
            if (lower.contains(d)) {
                return true;
            }
        }
        for (String h : halves) {
            if (lower.contains(h)) {
                return true;
            }
        }
        return false;
    }

    /** The fractions of {@code text}, in order of place. */
    public List<Fraction> read(String text) {
        List<Fraction> out = new ArrayList<>();
        if (!mayHold(text)) {
            return out;
        }
        for (int i = 0; i < text.length(); i++) {
            String v = GLYPHS.get(text.charAt(i));
            if (v != null && (i == 0 || !Character.isDigit(text.charAt(i - 1)))) { // "1½" is a mixed number: not read here
                out.add(new Fraction(v, text.substring(i, i + 1), i, i + 1, true));
            }
        }
        Matcher d = DIGITS.matcher(text);
        while (d.find()) {
            int n = Integer.parseInt(d.group(1));
            int q = Integer.parseInt(d.group(2));
            if (n < q) {
                out.add(new Fraction(value(n, q), d.group(), d.start(), d.end(), true));
            }
        }
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < words.size(); i++) {
            String w = word(text, words, i);
            Integer den = denominators.get(w);
            if (den != null && i > 0 && gap(text, words, i - 1, i)) {
                String before = word(text, words, i - 1);
                Integer num = numerators.get(before);
                if (num != null && num < den && !(num == 1 && articleOf.contains(w) && before.length() <= 2 && !"of".equals(next(text, words, i)))) {
                    out.add(new Fraction(value(num, den), text.substring(words.get(i - 1)[0], words.get(i)[1]), words.get(i - 1)[0],
                            words.get(i)[1], false));
                    continue;
                }
            }
            Fraction glued = glued(text, words.get(i), w);
            if (glued != null) {
                out.add(glued);
                continue;
            }
            if (halves.contains(w) && half(text, words, i)) {
                out.add(new Fraction("0.5", text.substring(words.get(i)[0], words.get(i)[1]), words.get(i)[0], words.get(i)[1], false));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** A numerator glued to its denominator at the head of a word ("dreiviertel", "Zweidrittelmehrheit"), else null. */
    private Fraction glued(String text, int[] at, String w) {
        for (Map.Entry<String, Integer> n : numerators.entrySet()) {
            if (n.getKey().length() < 3 || !w.startsWith(n.getKey())) {
                continue;
            }
            String rest = w.substring(n.getKey().length());
            for (Map.Entry<String, Integer> d : denominators.entrySet()) {
                if (rest.startsWith(d.getKey()) && n.getValue() < d.getValue() && rest.length() - d.getKey().length() != 1) {
                    return new Fraction(value(n.getValue(), d.getValue()), text.substring(at[0], at[1]), at[0], at[1], false);
                }
            }
        }
        return null;
    }

    /** Whether half-word {@code i} stands for a half: not in "two and a half", "half past two", "halb drei", "half-time". */
    private boolean half(String text, List<int[]> words, int i) {
        int end = words.get(i)[1];
        if (end < text.length() && text.charAt(end) == '-') {
            return false; // a compound: "half-time", "half-year"
        }
        if (i >= 2 && word(text, words, i - 1).equals("a") && word(text, words, i - 2).equals("and")) {
            return false;
        }
        String after = next(text, words, i);
        if (after != null && (notBefore.contains(after) || numerators.containsKey(after) && numerators.get(after) > 1
                || LanguageRules.standard().numberWord(lang, after) >= 1 && !numerators.containsKey(after))) {
            return false;
        }
        if (end + 1 < text.length() && text.charAt(end) == ' ' && Character.isDigit(text.charAt(end + 1))) {
            return false; // "halb 3"
        }
        return true;
    }

    private static String next(String text, List<int[]> words, int i) {
        return i + 1 < words.size() && gap(text, words, i, i + 1) ? word(text, words, i + 1) : null;
    }

    private static boolean gap(String text, List<int[]> words, int a, int b) {
        String g = text.substring(words.get(a)[1], words.get(b)[0]);
        return g.equals(" ") || g.equals("-") || g.equals("\u00A0");
    }

    private static String word(String text, List<int[]> words, int i) {
        return text.substring(words.get(i)[0], words.get(i)[1]).toLowerCase(Locale.ROOT);
    }

    private static String value(int n, int d) {
        return new BigDecimal(n).divide(new BigDecimal(d), 3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
