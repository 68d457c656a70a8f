package org.tmsh.qa;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a text writes as words ({@code number-words.txt}: "zweimal", "three", "beiden"), counted by
 * value, so that a "2" of the source written "two" in the target is not reported as missing.
 * German words are also found with their endings ({@code -e -en -er -es -em -n -s}) and at the head of
 * a compound ("zweidimensional").
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
        while (m.find()) {
            String w = m.group();
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
