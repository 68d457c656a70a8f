package org.tmsh.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.tmsh.common.Languages;
import org.tmsh.common.RuleFiles;
import org.tmsh.common.TmshException;

/**
 * Splits a compound that a dictionary does not list into parts that it does ("Friedensvertrag" into
 * "Frieden" and "Vertrag"), by the rules of {@code tmsh/aligning/compounds.txt}: the fewest letters
 * of a word and of a part, the linking elements a modifier may end in (-s-, -en-, ...) and the
 * letters it may have dropped (the -e of "Schule" in "Schulbuch").
 *
 * <p>A split covers the whole word with parts of at least MIN-PART letters: each modifier, as
 * written or without its linking element or with its dropped letter restored, and the head (the
 * last part, inflected as the word is: "Friedensverträge" ends in "Vertrag"), must have the word
 * form ({@link WordForms}) of a headword. Of several splits the one with the fewest parts wins,
 * then the one whose parts are the most common (the largest product of their weights: the number
 * of translations the dictionary gives each, the nearest to the corpus frequencies of Koehn and
 * Knight 2003 that tmsh has), then the one with the longest head.
 *
 * <p>NOTE: only words of letters are split (hyphenated compounds are cut at the hyphen already),
 * in German only nouns (capitalized: participles and inflected verbs, "beschlossen", "vorgeschlagen",
 * split into a particle and a verb form, are not compounds whose parts translate them);
 * a word the dictionary lists is not for this class to split. Not thread-safe (its {@link
 * WordForms} is not); one per thread.
 */
public final class CompoundSplitter {

    public static final String TABLE = "/tmsh/aligning/compounds.txt";

    /** The rules of one language: fewest letters of a word and of a part, linking elements, dropped letters. */
    record Rules(int minWord, int minPart, List<String> links, List<String> elided, boolean capitalized) {
    }

    private static volatile Map<String, Rules> table;

    private final Rules rules;
    private final WordForms forms;

    private CompoundSplitter(Rules rules, WordForms forms) {
        this.rules = rules;
        this.forms = forms;
    }

    /** The splitter of language {@code lang} (a BCP 47 tag) with its word forms; one that splits nothing when it has no rules. */
    public static CompoundSplitter of(String lang, WordForms forms) {
        return new CompoundSplitter(table().get(Languages.primary(lang)), forms);
    }

    /** Whether this language has compound rules at all. */
    public boolean splits() {
        return rules != null;
    }

    /**
     * Whether {@code word} (as written) may be split: long enough, all letters, and, for a language
     * whose nouns are capitalized (German), written with a capital and then small letters.
     */
    public boolean candidate(String word) {
        if (rules == null || word.length() < rules.minWord()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) || rules.capitalized() && (i == 0 ? !Character.isUpperCase(c)
                    : Character.isUpperCase(c))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The word forms of the parts of {@code word}, head last, by {@code weight} (a form's weight:
     * 0 for no headword, else how common it is); empty when it is no {@link #candidate} or has no
     * split into two parts or more.
     */
    public List<String> split(String word, ToIntFunction<String> weight) {
        if (!candidate(word)) {
            return List.of();
        }
        String w = word.toLowerCase(Locale.ROOT);
        int n = w.length();
        int min = rules.minPart();
        Split[] best = new Split[n + 1];
        best[0] = Split.NONE;
        Split answer = null;
        for (int i = 0; i + min <= n; i++) {
            if (best[i] == null) {
                continue;
            }
            if (i > 0) {
                String head = forms.form(w.substring(i));
                int g = weight.applyAsInt(head);
                if (g > 0) {
                    answer = better(answer, best[i].plus(head, g, n - i));
                }
            }
            for (int j = i + min; j + min <= n; j++) {
                Split s = modifier(w.substring(i, j), weight, best[i]);
                if (s != null) {
                    best[j] = better(best[j], s);
                }
            }
        }
        return answer == null ? List.of() : answer.parts();
    }

    /** {@code before} and modifier {@code m} (as written, without a linking element, with a dropped letter), or null. */
    private Split modifier(String m, ToIntFunction<String> weight, Split before) {
        List<String> variants = new ArrayList<>(4);
        variants.add(m);
        for (String l : rules.links()) {
            if (m.endsWith(l) && m.length() - l.length() >= rules.minPart()) {
                variants.add(m.substring(0, m.length() - l.length()));
            }
        }
        int written = variants.size();
        for (int k = 0; k < written; k++) {
            for (String e : rules.elided()) {
                variants.add(variants.get(k) + e);
            }
        }
        String bestForm = null;
        int bestWeight = 0;
        for (String v : variants) {
            String f = forms.form(v);
            int g = weight.applyAsInt(f);
            if (g > bestWeight) {
                bestForm = f;
                bestWeight = g;
            }
        }
        return bestForm == null ? null : before.plus(bestForm, bestWeight, 0);
    }

    private static Split better(Split a, Split b) {
        if (a == null) {
            return b;
        }
        if (a.parts().size() != b.parts().size()) {
            return a.parts().size() < b.parts().size() ? a : b;
        }
        if (Math.abs(a.logWeight() - b.logWeight()) > 1e-9) {
            return a.logWeight() > b.logWeight() ? a : b;
        }
        return b.headLength() > a.headLength() ? b : a;
    }

    /** Parts so far, the sum of their log weights, and the head's length (0 before the head). */
    private record Split(List<String> parts, double logWeight, int headLength) {
        static final Split NONE = new Split(List.of(), 0, 0);

        Split plus(String form, int weight, int head) {
            List<String> p = new ArrayList<>(parts.size() + 1);
            p.addAll(parts);
            p.add(form);
            return new Split(p, logWeight + Math.log(weight), head);
        }
    }

    private static Map<String, Rules> table() {
        Map<String, Rules> t = table;
        if (t == null) {
            t = rules(RuleFiles.read(TABLE, 6));
            table = t;
        }
        return t;
    }

    /** The rules of each language in the rows of {@link #TABLE}; a bad row is an error naming its line. */
    static Map<String, Rules> rules(List<RuleFiles.Row> rows) {
        Map<String, Rules> t = new HashMap<>();
        for (RuleFiles.Row row : rows) {
            int minWord = number(row, 1);
            int minPart = number(row, 2);
            if (minWord < 2 * minPart) {
                throw new TmshException(TABLE + ": line " + row.line() + ": MIN-WORD below twice MIN-PART");
            }
            String nouns = row.get(5);
            if (!nouns.equals("capitalized") && !nouns.equals("any")) {
                throw new TmshException(TABLE + ": line " + row.line() + ": CASE is capitalized or any, not "
                        + nouns);
            }
            t.put(row.get(0), new Rules(minWord, minPart, letters(row, 3), letters(row, 4),
                    nouns.equals("capitalized")));
        }
        return t;
    }

    private static int number(RuleFiles.Row row, int column) {
        String v = row.get(column);
        if (!v.matches("[1-9]\\d?")) {
            throw new TmshException(TABLE + ": line " + row.line() + ": not a number of letters: " + v);
        }
        return Integer.parseInt(v);
    }

    private static List<String> letters(RuleFiles.Row row, int column) {
        String v = row.get(column).strip();
        if (v.equals("-")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : v.split(" +")) {
            if (!s.chars().allMatch(Character::isLetter)) {
                throw new TmshException(TABLE + ": line " + row.line() + ": not letters: " + s);
            }
            out.add(s.toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
