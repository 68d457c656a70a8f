package org.tmsh.terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tmsh.common.RuleFiles;
import org.tmsh.common.Words;

/**
 * Finds the glossary's spellings in a text: where, which concept, and the preferred form for
 * another language. The index maps the first word (one-word spellings) or the first two words of
 * every spelling to the spellings that start so, so a look-up costs a few hash probes per word of
 * the text, whatever the glossary's size ("Kim" starts many names; "Kim Jong" few).
 *
 * <p>Matching is case-sensitive and on whole words ("Kim jong-un" is found as the deprecated
 * spelling it is); where spellings overlap, the longest wins. The last word of a spelling may carry
 * an ending of {@link Inflections} ("Lawrows", "des Kremls", "Lavrov's", "최선희가"). A family name
 * alone is found too ("Lavrov" for "Sergei Viktorovich Lavrov"; the first word for names of
 * languages in {@code family-name-first.txt}, "Choe" for "Choe Son Hui") when no other concept
 * has that word and it is no spelling of its own. A hit keeps the text's form and the glossary's.
 */
public final class TermLookup {

    /** How a hit was found. */
    public enum How { SPELLING, INFLECTED, FAMILY_NAME }

    /**
     * One occurrence: where, the text's form, the concept, the term, the preferred term in the other
     * language, the glossary form that matched (the term, or the family name alone) and how.
     */
    public record Hit(int start, int end, String text, Concept concept, Term term, Term preferredOther,
                      String form, How how) {
    }

    private record Entry(String[] words, Concept concept, Term term, boolean familyName) {
    }

    private static final Set<String> FAMILY_FIRST = familyFirst();

    private static Set<String> familyFirst() {
        Set<String> out = new HashSet<>();
        for (RuleFiles.Row row : RuleFiles.read("/tmsh/terms/family-name-first.txt", 1)) {
            out.add(row.get(0).strip());
        }
        return out;
    }

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final Inflections inflections = Inflections.standard();

    public TermLookup(Glossary g) {
        Set<String> oneWordTerms = new HashSet<>();
        Map<String, Map<String, Entry>> families = new LinkedHashMap<>();
        for (Concept c : g.concepts()) {
            for (Term t : c.terms()) {
                String[] w = wordsOf(t.form());
                if (w.length == 0) {
                    continue;
                }
                String key = w.length == 1 ? w[0] : w[0] + " " + w[1];
                byFirstWord.computeIfAbsent(key, k -> new ArrayList<>(1)).add(new Entry(w, c, t, false));
                if (w.length == 1) {
                    oneWordTerms.add(w[0]);
                } else if (t.status() != Term.Status.DEPRECATED) {
                    String family = familyName(c, t.form());
                    if (family.codePointCount(0, family.length()) >= 2 && !family.endsWith(".")) {
                        families.computeIfAbsent(family, k -> new LinkedHashMap<>())
                                .putIfAbsent(c.id(), new Entry(new String[] {family}, c, t, true));
                    }
                }
            }
        }
        families.forEach((family, concepts) -> {
            if (concepts.size() == 1 && !oneWordTerms.contains(family)) {
                byFirstWord.computeIfAbsent(family, k -> new ArrayList<>(1)).add(concepts.values().iterator().next());
            }
        });
    }

    /**
     * The family name in a spelling of concept {@code c}: its first word when the concept has a term
     * in a language that writes the family name first ("Choe" of "Choe Son Hui"), else its last.
     */
    public static String familyName(Concept c, String form) {
        String[] w = wordsOf(form);
        if (w.length == 0) {
            return "";
        }
        return c.terms().stream().anyMatch(t -> FAMILY_FIRST.contains(t.lang())) ? w[0] : w[w.length - 1];
    }

    /** The words of a glossary form as look-up sees them ("S. Lawrow" gives "S.", "Lawrow"). */
    public static String[] wordsOf(String form) {
        List<int[]> spans = words(form);
        String[] w = new String[spans.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = form.substring(spans.get(i)[0], spans.get(i)[1]);
        }
        return w;
    }

    /** Convenience for one look-up (builds the index). */
    public static List<Hit> lookup(Glossary g, String text, String otherLang) {
        return new TermLookup(g).find(text, otherLang);
    }

    public List<Hit> find(String text, String otherLang) {
        List<int[]> spans = words(text);
        List<Hit> out = new ArrayList<>();
        int i = 0;
        while (i < spans.size()) {
            String first = text.substring(spans.get(i)[0], spans.get(i)[1]);
            List<String> firsts = new ArrayList<>();
            firsts.add(first);
            firsts.addAll(inflections.bases(first));
            List<Entry> candidates = new ArrayList<>();
            for (String f : firsts) {
                candidates.addAll(byFirstWord.getOrDefault(f, List.of()));
            }
            if (i + 1 < spans.size()) {
                String second = text.substring(spans.get(i + 1)[0], spans.get(i + 1)[1]);
                List<String> seconds = new ArrayList<>();
                seconds.add(second);
                seconds.addAll(inflections.bases(second));
                for (String s : seconds) {
                    candidates.addAll(byFirstWord.getOrDefault(first + " " + s, List.of()));
                }
            }
            Entry best = null;
            int bestEnd = -1;
            for (Entry e : candidates) {
                int end = i + e.words.length <= spans.size() ? matchEnd(text, spans, i, e.words) : -1;
                if (end >= 0 && (best == null || e.words.length > best.words.length
                        || e.words.length == best.words.length && best.familyName && !e.familyName)) {
                    best = e;
                    bestEnd = end;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int start = spans.get(i)[0];
            String form = String.join(" ", best.words);
            String found = text.substring(start, bestEnd);
            How how = best.familyName ? How.FAMILY_NAME : found.equals(best.term.form()) ? How.SPELLING : How.INFLECTED;
            out.add(new Hit(start, bestEnd, found, best.concept, best.term, best.concept.preferred(otherLang),
                    best.familyName ? form : best.term.form(), how));
            i += best.words.length;
            // an ending with an apostrophe after the word ("Peskovs'") does not start a word of its own
            while (i < spans.size() && spans.get(i)[0] < bestEnd) {
                i++;
            }
        }
        return out;
    }

    /** Where the spelling {@code words} found at word {@code from} ends in the text (with its ending), or -1. */
    private int matchEnd(String text, List<int[]> spans, int from, String[] words) {
        for (int k = 0; k < words.length; k++) {
            int[] s = spans.get(from + k);
            if (!text.regionMatches(s[0], words[k], 0, words[k].length())) {
                return -1;
            }
            if (k < words.length - 1) {
                if (s[1] - s[0] != words[k].length()) {
                    return -1;
                }
                continue;
            }
            int ending = inflections.endingAt(text, s[0] + words[k].length(), words[k]);
            int end = s[0] + words[k].length() + ending;
            // the whole word of the text: "Putin-Regierung" is a compound, not Putin inflected
            return ending < 0 || end < s[1] ? -1 : end;
        }
        return -1;
    }

    /** Word spans: the words and numbers of {@link Words}, initials with their dot ("S. Lawrow"). */
    static List<int[]> words(String s) {
        return Words.withInitials(s).stream().map(w -> new int[] {w.start(), w.end()}).toList();
    }
}
