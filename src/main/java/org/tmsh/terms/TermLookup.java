package org.tmsh.terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the glossary's spellings in a text: where, which concept, and the preferred form for
 * another language. The index maps the first word (one-word spellings) or the first two words of
 * every spelling to the spellings that start so, so a look-up costs two hash probes per word of the
 * text, whatever the glossary's size ("Kim" starts many names; "Kim Jong" few).
 * Matching is case-sensitive and on whole words ("Kim jong-un" is found as the deprecated
 * spelling it is); where spellings overlap, the longest wins.
 */
public final class TermLookup {

    /** One occurrence. */
    public record Hit(int start, int end, String text, Concept concept, Term term, Term preferredOther) {
    }

    private record Entry(String[] words, Concept concept, Term term) {
    }

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

    public TermLookup(Glossary g) {
        for (Concept c : g.concepts()) {
            for (Term t : c.terms()) {
                List<int[]> spans = words(t.form());
                if (spans.isEmpty()) {
                    continue;
                }
                String[] w = new String[spans.size()];
                for (int i = 0; i < w.length; i++) {
                    w[i] = t.form().substring(spans.get(i)[0], spans.get(i)[1]);
                }
                String key = w.length == 1 ? w[0] : w[0] + " " + w[1];
                byFirstWord.computeIfAbsent(key, k -> new ArrayList<>(1)).add(new Entry(w, c, t));
            }
        }
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
            Entry best = null;
            List<Entry> candidates = new ArrayList<>(byFirstWord.getOrDefault(first, List.of()));
            if (i + 1 < spans.size()) {
                candidates.addAll(byFirstWord.getOrDefault(first + " "
                        + text.substring(spans.get(i + 1)[0], spans.get(i + 1)[1]), List.of()));
            }
            for (Entry e : candidates) {
                if (i + e.words.length <= spans.size() && matches(text, spans, i, e.words)
                        && (best == null || e.words.length > best.words.length)) {
                    best = e;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int start = spans.get(i)[0];
            int end = spans.get(i + best.words.length - 1)[1];
            out.add(new Hit(start, end, text.substring(start, end), best.concept, best.term, best.concept.preferred(otherLang)));
            i += best.words.length;
        }
        return out;
    }

    private static boolean matches(String text, List<int[]> spans, int from, String[] words) {
        for (int k = 0; k < words.length; k++) {
            int[] s = spans.get(from + k);
            if (!text.regionMatches(s[0], words[k], 0, words[k].length()) || s[1] - s[0] != words[k].length()) {
                return false;
            }
        }
        return true;
    }

    /** Word spans: letters, digits, marks, inner hyphens, apostrophes and dots of initials ("S.", "Son-hui"). */
    static List<int[]> words(String s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            int start = i;
            while (i < n) {
                int cp = s.codePointAt(i);
                if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                    i += Character.charCount(cp);
                } else if ((cp == '-' || cp == '\'' || cp == '’') && i + 1 < n && Character.isLetter(s.codePointAt(i + 1))) {
                    i++;
                } else if (cp == '.' && i - start == 1) {
                    i++;
                    break;
                } else {
                    break;
                }
            }
            if (i > start) {
                out.add(new int[] {start, i});
            }
        }
        return out;
    }
}
