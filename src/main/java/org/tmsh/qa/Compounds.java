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

    /**
     * One language's rules.
     *
     * @param stems   endings a compound's first part may have lost ("Such|begriff" of "suchen", "Farb|druck" of "Farbe")
     * @param derives a derivational suffix and the endings its base may take, as "ung>en,n" ("Maskierung" of
     *                "maskieren", "Kachelung" of "kacheln"); an empty ending is the base alone ("Vollheit" of "voll")
     */
    public record Rules(int shortest, List<String> linkers, List<String> prefixes, List<String> borrows, List<String> variants,
                        List<String> stems, List<String> derives) {

        /** Whether {@code word} is a compound of words {@code h} knows ({@code depth}: parts already split off). */
        public boolean isCompound(List<Hunspell> h, String word, int depth) {
            if (shortest <= 0 || depth > 2 || word.length() < 2 * shortest) {
                return false;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            for (String p : prefixes) {
                if (depth <= 1 && lower.startsWith(p) && word.length() - p.length() >= shortest) {
                    String rest = word.substring(p.length());
                    // a prefix shorter than the shortest part ("de", "zu") only before a word the dictionary knows
                    if (part(h, rest) || p.length() >= shortest && (derived(h, rest) || isCompound(h, rest, depth + 1))) {
                        return true; // "ab|docken", "nach|zu|schleppen", "de|markiert"
                    }
                }
            }
            if (depth == 0 && derived(h, word)) {
                return true;
            }
            for (int i = word.length() - shortest; i >= shortest; i--) {
                String rest = word.substring(i);
                String upper = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
                if (!part(h, rest) && !derived(h, upper) && !isCompound(h, upper, depth + 1)) {
                    continue;
                }
                if (knownHead(h, word.substring(0, i))) {
                    return true;
                }
            }
            return false;
        }

        /** A compound's first part: a word, a word with its linking element, or a stem that lost an ending. */
        private boolean knownHead(List<Hunspell> h, String head) {
            if (part(h, head)) {
                return true;
            }
            for (String l : linkers) {
                if (head.length() - l.length() >= shortest && head.endsWith(l) && part(h, head.substring(0, head.length() - l.length()))) {
                    return true;
                }
            }
            for (String e : stems) {
                if (part(h, head + e)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether {@code word} is a derivation of a known word by one of the language's suffixes ("Radierer", "Maskierung"). */
        public boolean derived(List<Hunspell> h, String word) {
            String lower = word.toLowerCase(Locale.ROOT);
            for (String d : derives) {
                int gt = d.indexOf('>');
                String suffix = d.substring(0, gt);
                if (!lower.endsWith(suffix) || word.length() - suffix.length() < shortest) {
                    continue;
                }
                String base = word.substring(0, word.length() - suffix.length());
                if (base.length() < shortest + 1) {
                    continue; // "Giren" is no base of "girung"
                }
                for (String e : d.substring(gt + 1).split(",", -1)) {
                    if (part(h, base + e)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Whether {@code p} is a known part of a compound: a word of the language's own dictionary (the first), or of a
         * borrowed one when it is at least {@value #BORROWED} letters long ("Stream|handler", but not "Regi|rung").
         */
        private static boolean part(List<Hunspell> h, String p) {
            if (knows(h.subList(0, 1), p)) {
                return true;
            }
            return p.length() >= BORROWED && h.size() > 1 && knows(h.subList(1, h.size()), p);
        }

        /** The shortest part of a compound taken from a borrowed language's dictionary. */
        static final int BORROWED = 5;

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
        Map<String, List<String>> stems = new HashMap<>();
        Map<String, List<String>> derives = new HashMap<>();
        for (RuleFiles.Row r : RuleFiles.read("/tmsh/qa/spelling.txt", 3)) {
            switch (r.get(1)) {
                case "compound" -> shortest.put(r.get(0), new int[] {Integer.parseInt(r.get(2))});
                case "linker" -> linkers.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r.get(2));
                case "prefix" -> prefixes.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r.get(2));
                case "borrows" -> borrows.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r.get(2));
                case "variant" -> variants.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r.get(2));
                case "stem" -> stems.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r.get(2));
                case "derive" -> {
                    if (r.get(2).indexOf('>') <= 0) {
                        throw new IllegalStateException("spelling.txt line " + r.line() + ": a derive row is SUFFIX>ENDINGS");
                    }
                    derives.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r.get(2));
                }
                default -> throw new IllegalStateException("spelling.txt line " + r.line() + ": unknown kind " + r.get(1));
            }
        }
        java.util.Set<String> langs = new java.util.HashSet<>(shortest.keySet());
        langs.addAll(borrows.keySet());
        langs.addAll(variants.keySet());
        for (String lang : langs) {
            rules.put(lang, new Rules(shortest.getOrDefault(lang, new int[] {0})[0], linkers.getOrDefault(lang, List.of()),
                    prefixes.getOrDefault(lang, List.of()), borrows.getOrDefault(lang, List.of()), variants.getOrDefault(lang, List.of()),
                    stems.getOrDefault(lang, List.of()), derives.getOrDefault(lang, List.of())));
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
        return rules.getOrDefault(QaSegment.primary(lang), new Rules(0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
    }
}
