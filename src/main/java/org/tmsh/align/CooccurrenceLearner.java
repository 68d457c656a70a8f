package org.tmsh.align;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Learns word pairs from the confident links of a first pass: the Dice coefficient of a source
 * and a target word form over the links (how often they occur in the same link against how often
 * each occurs), as hunalign's realign and Moore (2002) learn from a first alignment.
 *
 * <p>A pair is kept when it co-occurs in at least {@code minCount} links, its Dice is at least
 * {@code minDice} and at least half the best Dice of its source word. Over a folder, feed the
 * links of every document before {@link #lexicon()}, so the lexicon is learned across all. The
 * units of a translation memory are counted the same way ({@link #count}), each as one sure link.
 *
 * <p>NOTE: forms shorter than three letters are not learned (articles and prepositions co-occur
 * with everything); identical forms are learned too, which the anchors already reward.
 */
final class CooccurrenceLearner {

    private final int minCount;
    private final double minDice;
    private final Map<String, Integer> srcCount = new HashMap<>();
    private final Map<String, Integer> tgtCount = new HashMap<>();
    private final Map<String, Map<String, Integer>> pairCount = new HashMap<>();

    CooccurrenceLearner(int minCount, double minDice) {
        this.minCount = minCount;
        this.minDice = minDice;
    }

    /** Counts the words of {@code links} of at least {@code confidence}, the segments given as forms. */
    void add(List<Link> links, List<List<String>> src, List<List<String>> tgt, double confidence) {
        for (Link l : links) {
            if (l.isNull() || l.confidence() < confidence) {
                continue;
            }
            count(words(l.source(), src), words(l.target(), tgt));
        }
    }

    /**
     * Counts one pair of texts known to translate each other (a memory's unit), given as the sets
     * of their forms of three letters or more.
     */
    void count(Set<String> s, Set<String> t) {
        s.forEach(w -> srcCount.merge(w, 1, Integer::sum));
        t.forEach(w -> tgtCount.merge(w, 1, Integer::sum));
        for (String a : s) {
            Map<String, Integer> row = pairCount.computeIfAbsent(a, k -> new HashMap<>());
            for (String b : t) {
                row.merge(b, 1, Integer::sum);
            }
        }
    }

    private static Set<String> words(int[] ids, List<List<String>> forms) {
        Set<String> out = new HashSet<>();
        for (int i : ids) {
            for (String f : forms.get(i)) {
                if (f.length() >= 3) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** The pairs learned so far. */
    Lexicon lexicon() {
        Lexicon.Builder b = Lexicon.builder();
        pairCount.forEach((s, row) -> {
            int fs = srcCount.get(s);
            if (fs < minCount) {
                return;
            }
            double best = 0;
            for (Map.Entry<String, Integer> e : row.entrySet()) {
                if (e.getValue() >= minCount) {
                    best = Math.max(best, dice(e.getValue(), fs, tgtCount.get(e.getKey())));
                }
            }
            for (Map.Entry<String, Integer> e : row.entrySet()) {
                if (e.getValue() < minCount) {
                    continue;
                }
                double d = dice(e.getValue(), fs, tgtCount.get(e.getKey()));
                if (d >= minDice && d >= best / 2) {
                    b.add(s, e.getKey());
                }
            }
        });
        return b.build();
    }

    private static double dice(int both, int a, int b) {
        return 2.0 * both / (a + b);
    }
}
