package org.tmsh.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.hunspell.Hunspell;

import org.tmsh.common.RuleFiles;

/**
 * Compounds a language writes as one word that its Hunspell dictionary does not list ("Tortendiagramm",
 * "treiberspezifische", "unbesucht"), from {@code spelling.txt}: a word is a compound when it splits into a
 * known first part (perhaps followed by a linking element, "Herkunft|s|", or a bound prefix, "un|") and a
 * known rest or a compound rest, each part at least the language's shortest part long. The dictionary is
 * asked with the part as written and with its first letter changed in case (a German noun inside a
 * compound is written small), and of the languages it {@code borrows} from. Up to three parts; a language without a
 * {@code compound} row has none.
 */
public final class Compounds {

    /** One language's rules. */
    public record Rules(int shortest, List<String> linkers, List<String> prefixes, List<String> borrows, List<String> variants) {

        /** Whether {@code word} is a compound of words {@code h} knows ({@code depth}: parts already split off). */
        public boolean isCompound(List<Hunspell> h, String word, int depth) {
            if (shortest <= 0 || depth > 2 || word.length() < 2 * shortest) {
                return false;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            for (String p : prefixes) {
                if (depth == 0 && lower.startsWith(p) && word.length() - p.length() >= shortest
                        && knows(h, word.substring(p.length()))) {
                    return true;
                }
            }
            for (int i = word.length() - shortest; i >= shortest; i--) {
                String rest = word.substring(i);
                if (!knows(h, rest) && !isCompound(h, Character.toUpperCase(rest.charAt(0)) + rest.substring(1), depth + 1)) {
                    continue;
                }
                String head = word.substring(0, i);
                if (knows(h, head)) {
                    return true;
                }
                for (String l : linkers) {
                    if (head.length() - l.length() >= shortest && head.endsWith(l) && knows(h, head.substring(0, head.length() - l.length()))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Whether one of the dictionaries knows {@code part}, as written or with its first letter in the other case. */
        public static boolean knows(List<Hunspell> h, String part) {
            char c = part.charAt(0);
            String other = (Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c)) + part.substring(1);
            for (Hunspell d : h) {
                if (d.spell(part) || d.spell(other)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static volatile Compounds standard;
    private final Map<String, Rules> rules = new HashMap<>();

    private Compounds() {
        Map<String, int[]> shortest = new HashMap<>();
        Map<String, List<String>> linkers = new HashMap<>();
        Map<String, List<String>> prefixes = new HashMap<>();
        Map<String, List<String>> borrows = new HashMap<>();
        Map<String, List<String>> variants = new HashMap<>();
        for (RuleFiles.Row r : RuleFiles.read("/tmsh/qa/spelling.txt", 3)) {
            switch (r.get(1)) {
                case "compound" -> shortest.put(r.get(0), new int[] {Integer.parseInt(r.get(2))});
                case "linker" -> linkers.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r.get(2));
                case "prefix" -> prefixes.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r.get(2));
                case "borrows" -> borrows.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r.get(2));
                case "variant" -> variants.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r.get(2));
                default -> throw new IllegalStateException("spelling.txt line " + r.line() + ": unknown kind " + r.get(1));
            }
        }
        java.util.Set<String> langs = new java.util.HashSet<>(shortest.keySet());
        langs.addAll(borrows.keySet());
        langs.addAll(variants.keySet());
        for (String lang : langs) {
            rules.put(lang, new Rules(shortest.getOrDefault(lang, new int[] {0})[0], linkers.getOrDefault(lang, List.of()),
                    prefixes.getOrDefault(lang, List.of()), borrows.getOrDefault(lang, List.of()), variants.getOrDefault(lang, List.of())));
        }
    }

    /** The data of tmsh's file, read once. */
    public static Compounds standard() {
        Compounds c = standard;
        if (c == null) {
            synchronized (Compounds.class) {
                if (standard == null) {
                    standard = new Compounds();
                }
                c = standard;
            }
        }
        return c;
    }

    /** The rules of a language (its primary subtag); none: no compounds. */
    public Rules of(String lang) {
        return rules.getOrDefault(QaSegment.primary(lang), new Rules(0, List.of(), List.of(), List.of(), List.of()));
    }
}
