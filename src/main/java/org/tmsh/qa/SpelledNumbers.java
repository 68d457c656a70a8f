package org.tmsh.qa;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a text writes as words ({@code number-words.txt}: "zweimal", "three", "beiden"), counted by
 * value, so that a "2" of the source written "two" in the target is not reported as missing.
 * German words are also found with their endings ({@code -e -en -er -es -em -n -s}) and at the head of
 * a compound ("zweidimensional"). A number of several parts ("zweitausend", "fünfundzwanzig", "two
 * thousand five hundred", "twenty-five"; a word holding one of the language's {@code compound} pieces of
 * {@code number-words.txt}, with its neighbours that are number words) is read by ICU4J's spell-out rules
 * of the language ({@code RuleBasedNumberFormat}), and counts only when they read all of it.
 */
public final class SpelledNumbers {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final String[] GERMAN_ENDINGS = {"en", "er", "es", "em", "e", "n", "s"};

    private SpelledNumbers() {
    }

    /** Value ("2", "1000") to how often the text writes it as a word. */
    public static Map<String, Integer> of(String text, String lang) {
        Map<String, Integer> out = new HashMap<>();
        LanguageRules rules = LanguageRules.standard();
        boolean german = QaSegment.primary(lang).equals("de");
        Matcher m = WORD.matcher(text);
        java.util.List<int[]> words = new java.util.ArrayList<>();
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        java.util.List<String> parts = rules.numberParts(lang);
        boolean[] inRun = new boolean[words.size()];
        String primary = QaSegment.primary(lang);
        int[] read = new int[words.size()];
        boolean any = false;
        for (int i = 0; i < words.size(); i++) {
            read[i] = word(primary, text.substring(words.get(i)[0], words.get(i)[1]), rules, german, parts);
            any |= read[i] != NOTHING;
        }
        if (!any) {
            return out;
        }
        for (int i = 0; i < words.size(); i++) {
            if ((read[i] & 2) != 0) {
                halves(text, words, i, lang, rules, parts, read, inRun, out);
            }
        }
        for (int i = 0; i < words.size() && !parts.isEmpty(); i++) {
            if ((read[i] & 1) != 0 && !inRun[i]) {
                int[] run = run(text, words, i, lang, rules, parts);
                if (run != null) {
                    out.merge(String.valueOf(run[2]), 1, Integer::sum);
                    java.util.Arrays.fill(inRun, run[0], run[1] + 1, true);
                    i = run[1];
                }
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (inRun[i]) {
                continue;
            }
            int v = (read[i] >> 2) - 1;
            if (v >= 0) {
                out.merge(String.valueOf(v), 1, Integer::sum);
            }
        }
        return out;
    }

    /** Whether a word may end a number with a half: a fraction word, a glued half ending, the last word of a half's phrase. */
    private static boolean half(String primary, String w, LanguageRules rules) {
        if (rules.fractionWord(primary, w) != null) {
            return true;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        for (String h : rules.halves(primary)) {
            int space = h.lastIndexOf(' ');
            if (space < 0 ? lower.length() > h.length() && lower.endsWith(h) : lower.equals(h.substring(space + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a number with a half that ends at word {@code i}: a fraction word ("anderthalb" 1.5), a number word with
     * a glued half ending ("zweieinhalb" 2.5, "eineinhalb" 1.5), or a number followed by the words of a half ("two and
     * a half", "twenty-one and a half"); adds its value and marks its words as read.
     */
    private static void halves(String text, java.util.List<int[]> words, int i, String lang, LanguageRules rules,
            java.util.List<String> parts, int[] read, boolean[] inRun, Map<String, Integer> out) {
        String w = text.substring(words.get(i)[0], words.get(i)[1]);
        String fraction = rules.fractionWord(lang, w);
        if (fraction != null) {
            out.merge(fraction, 1, Integer::sum);
            inRun[i] = true;
            return;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        for (String h : rules.halves(lang)) {
            String[] tokens = h.split(" ");
            long whole = -1;
            int from = i;
            if (tokens.length == 1) {
                if (lower.length() > h.length() && lower.endsWith(h)) {
                    String head = lower.substring(0, lower.length() - h.length());
                    whole = rules.numberWord(lang, head);
                    if (whole < 0) {
                        whole = parse(head, lang);
                    }
                }
            } else if (lower.equals(tokens[tokens.length - 1]) && i >= tokens.length) {
                int j = i - tokens.length;
                boolean matches = true;
                for (int k = 0; k < tokens.length - 1 && matches; k++) {
                    int[] at = words.get(j + 1 + k);
                    matches = text.substring(at[0], at[1]).equalsIgnoreCase(tokens[k]);
                }
                for (int k = j; k < i && matches; k++) {
                    matches = text.substring(words.get(k)[1], words.get(k + 1)[0]).equals(" ");
                }
                if (matches && !inRun[j]) {
                    int[] run = parts.isEmpty() ? null : run(text, words, j, lang, rules, parts); // "twenty-one and a half"
                    if (run != null && run[1] == j) {
                        whole = run[2];
                        from = run[0];
                    } else {
                        whole = (read[j] >> 2) - 1;
                        from = j;
                    }
                }
            }
            if (whole >= 1) {
                out.merge(java.math.BigDecimal.valueOf(whole).add(new java.math.BigDecimal("0.5")).toPlainString(), 1, Integer::sum);
                java.util.Arrays.fill(inRun, from, i + 1, true);
                return;
            }
        }
    }

    /** A word read as nothing: no number word, no piece of one. */
    private static final int NOTHING = 0;
    /** Most distinct words a language's cache keeps (words beyond are read each time). */
    private static final int CACHED = 200_000;
    private static final Map<String, Map<String, Integer>> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * What one word says, remembered per language: (value + 1) shifted left by two, or'ed with 2 when the word may
     * end a number with a half ("anderthalb", "zweieinhalb", the "half" of "two and a half") and with 1 when it
     * holds a piece of a number of several parts; {@link #NOTHING} for none of these. A text's words are mostly the
     * same few thousand, so the endings and compound heads are tried once per distinct word.
     */
    private static int word(String primary, String w, LanguageRules rules, boolean german, java.util.List<String> parts) {
        Map<String, Integer> cache = WORDS.computeIfAbsent(primary, k -> new java.util.concurrent.ConcurrentHashMap<>());
        Integer known = cache.get(w);
        if (known != null) {
            return known;
        }
        int v = rules.numberWord(primary, w);
        if (v < 0 && german) {
            for (String ending : GERMAN_ENDINGS) {
                if (w.length() > ending.length() + 2 && w.endsWith(ending)) {
                    v = rules.numberWord(primary, w.substring(0, w.length() - ending.length()));
                    if (v >= 0) {
                        break;
                    }
                }
            }
        }
        if (v < 0 && german) {
            v = compoundPrefix(rules, primary, w);
        }
        int read = (v + 1) << 2 | (half(primary, w, rules) ? 2 : 0) | (holdsPart(w, parts) ? 1 : 0);
        if (cache.size() < CACHED) {
            cache.put(w, read);
        }
        return read;
    }

    private static boolean holdsPart(String w, java.util.List<String> parts) {
        String lower = w.toLowerCase(Locale.ROOT);
        for (String p : parts) {
            if (lower.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The spelled number of several parts around word {@code at}: {first word, last word, value}, or null when
     * ICU's rules do not read all of it or it is a single word of the data file's values (12 and under).
     * Neighbours join when they are number words or hold a piece, separated by one space or hyphen (English
     * "and" between two such words too).
     */
    private static int[] run(String text, java.util.List<int[]> words, int at, String lang, LanguageRules rules,
            java.util.List<String> parts) {
        int first = at;
        int last = at;
        while (first > 0 && joins(text, words, first - 1, first, lang, rules, parts)) {
            first--;
        }
        while (last + 1 < words.size() && joins(text, words, last, last + 1, lang, rules, parts)) {
            last++;
        }
        while (first < at && isAnd(text, words.get(first))) {
            first++;
        }
        while (last > at && isAnd(text, words.get(last))) {
            last--;
        }
        if (first > 0 && text.substring(words.get(first - 1)[1], words.get(first)[0]).equals(" ")) {
            // "a thousand", "a hundred and fifty": an article of one letter or two before a scale word stands for one
            String article = text.substring(words.get(first - 1)[0], words.get(first - 1)[1]);
            if (article.length() <= 2 && rules.numberWord(lang, article) == 1) {
                long v = parse(one(lang) + " " + text.substring(words.get(first)[0], words.get(last)[1]).toLowerCase(Locale.ROOT)
                        .replace(" and ", " "), lang);
                if (v >= 13) {
                    return new int[] {first - 1, last, (int) v};
                }
            }
        }
        for (int[] span : new int[][] {{first, last}, {at, last}, {at, at}}) {
            String phrase = text.substring(words.get(span[0])[0], words.get(span[1])[1]).toLowerCase(Locale.ROOT)
                    .replace(" and ", " ");
            long v = parse(phrase, lang);
            if (v >= 13) {
                return new int[] {span[0], span[1], (int) v};
            }
        }
        return null;
    }

    private static boolean isAnd(String text, int[] w) {
        return text.regionMatches(true, w[0], "and", 0, 3) && w[1] - w[0] == 3;
    }

    /** Do words a and b (a just before b) belong to one spelled number? */
    private static boolean joins(String text, java.util.List<int[]> words, int a, int b, String lang, LanguageRules rules,
            java.util.List<String> parts) {
        String gap = text.substring(words.get(a)[1], words.get(b)[0]);
        if (!gap.equals(" ") && !gap.equals("-")) {
            return false;
        }
        for (int k : new int[] {a, b}) {
            String w = text.substring(words.get(k)[0], words.get(k)[1]);
            int v = rules.numberWord(lang, w);
            if (!(v >= 1 && v <= 12 && w.length() > 2 || holdsPart(w, parts) || isAnd(text, words.get(k)) && gap.equals(" "))) {
                return false;
            }
        }
        return true;
    }

    private static final Map<String, Map<String, Integer>> SPELLED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The phrase as a whole number that ICU's spell-out rules of the language write so (1 to 9,999 and the
     * thousands to 999,000; soft hyphens ICU puts into German compounds left out), else -1. The forms are
     * written once per language and looked up: ICU's parser does not read German compounds without their
     * soft hyphens.
     */
    static long parse(String phrase, String lang) {
        Map<String, Integer> forms = SPELLED.computeIfAbsent(QaSegment.primary(lang), SpelledNumbers::forms);
        return forms.getOrDefault(phrase.replace("\u00AD", ""), -1);
    }

    private static final Map<String, String> ONE = new java.util.concurrent.ConcurrentHashMap<>();

    /** How ICU's spell-out rules of the language write 1 ("one"), as the forms are keyed. */
    private static String one(String lang) {
        return ONE.computeIfAbsent(QaSegment.primary(lang), l -> new com.ibm.icu.text.RuleBasedNumberFormat(
                new com.ibm.icu.util.ULocale(l), com.ibm.icu.text.RuleBasedNumberFormat.SPELLOUT).format(1).replace("\u00AD", "")
                .toLowerCase(Locale.ROOT));
    }

    private static Map<String, Integer> forms(String lang) {
        Map<String, Integer> out = new HashMap<>();
        com.ibm.icu.text.RuleBasedNumberFormat f = new com.ibm.icu.text.RuleBasedNumberFormat(new com.ibm.icu.util.ULocale(lang),
                com.ibm.icu.text.RuleBasedNumberFormat.SPELLOUT);
        for (int n = 1; n < 10_000; n++) {
            out.putIfAbsent(f.format(n).replace("\u00AD", "").toLowerCase(Locale.ROOT), n);
        }
        for (int n = 10; n < 1000; n++) {
            out.putIfAbsent(f.format(n * 1000L).replace("\u00AD", "").toLowerCase(Locale.ROOT), n * 1000);
        }
        // years as a language writes them in words ("nineteen ninety-eight", "twenty twenty", "neunzehnhundertachtundneunzig"),
        // from ICU's year rules, 1800 to 2099 (a wider range would read times such as "twelve fifteen" as years)
        if (java.util.Arrays.asList(f.getRuleSetNames()).contains("%spellout-numbering-year")) {
            for (int n = 1800; n < 2100; n++) {
                String year = f.format(n, "%spellout-numbering-year").replace("\u00AD", "").toLowerCase(Locale.ROOT);
                out.putIfAbsent(year, n);
                out.putIfAbsent(year.replace('-', ' '), n);
            }
        }
        // "hundertfünfzig", "tausendzweihundert": a hundred or a thousand written without its "one" ("einhundert")
        LanguageRules rules = LanguageRules.standard();
        for (int scale : new int[] {100, 1000}) {
            String spelled = f.format(scale).replace("\u00AD", "").toLowerCase(Locale.ROOT);
            for (String bare : rules.wordsOf(lang, scale)) {
                for (int n = scale + 1; n < 2 * scale; n++) {
                    String form = f.format(n).replace("\u00AD", "").toLowerCase(Locale.ROOT);
                    if (form.startsWith(spelled) && !bare.equals(spelled)) {
                        out.putIfAbsent(bare + form.substring(spelled.length()), n);
                    }
                }
            }
        }
        return out;
    }

    /** German compounds led by a number word of four letters or more ("zweidimensional", "Dreieck"): its value, else -1. */
    private static int compoundPrefix(LanguageRules rules, String lang, String w) {
        for (int len = Math.min(w.length() - 3, 6); len >= 4; len--) {
            String head = w.substring(0, len);
            int v = rules.numberWord(lang, head);
            if (v >= 2 && v <= 12 && !head.equalsIgnoreCase("acht")) {
                return v; // "acht" leads "Achtung" and "achten": not a number there
            }
        }
        return -1;
    }

    /** Takes one word of {@code value} from {@code words}; true when there was one. */
    public static boolean take(Map<String, Integer> words, String value) {
        Integer n = words.get(value);
        if (n == null || n == 0) {
            return false;
        }
        words.put(value, n - 1);
        return true;
    }
}
