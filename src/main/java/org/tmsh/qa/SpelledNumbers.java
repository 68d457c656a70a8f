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
        for (int i = 0; i < words.size() && !parts.isEmpty(); i++) {
            if (holdsPart(text.substring(words.get(i)[0], words.get(i)[1]), parts)) {
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
            String w = text.substring(words.get(i)[0], words.get(i)[1]);
            int v = rules.numberWord(lang, w);
            if (v < 0 && german) {
                for (String ending : GERMAN_ENDINGS) {
                    if (w.length() > ending.length() + 2 && w.endsWith(ending)) {
                        v = rules.numberWord(lang, w.substring(0, w.length() - ending.length()));
                        if (v >= 0) {
                            break;
                        }
                    }
                }
            }
            if (v < 0 && german) {
                v = compoundPrefix(rules, lang, w);
            }
            if (v >= 0) {
                out.merge(String.valueOf(v), 1, Integer::sum);
            }
        }
        return out;
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
