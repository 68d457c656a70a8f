package org.tmsh.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tmsh.match.FuzzyScorer;
import org.tmsh.match.Token;
import org.tmsh.match.Tokenizer;

/**
 * The peer that scores every unit of the memory, as OmegaT does: every source is tokenized once
 * up front (keys interned to ints), and each look-up computes the edit-distance score of every
 * unit, and the full score (with penalties) of every unit that could beat the best so far.
 */
final class ExhaustiveScan {

    private final Tokenizer tokenizer = Tokenizer.standard();
    private final List<TmData.Pair> units;
    private final int[][] keys;
    private final Map<String, Integer> ids = new HashMap<>();
    private final int[] row = new int[4096];

    ExhaustiveScan(List<TmData.Pair> units) {
        this.units = units;
        this.keys = new int[units.size()][];
        for (int i = 0; i < units.size(); i++) {
            keys[i] = ids(units.get(i).en(), true);
        }
    }

    private int[] ids(String text, boolean add) {
        List<String> k = tokenizer.contentKeys(text);
        int[] out = new int[k.size()];
        for (int i = 0; i < out.length; i++) {
            Integer id = ids.get(k.get(i));
            if (id == null) {
                id = add ? ids.size() : -1 - i;
                if (add) {
                    ids.put(k.get(i), id);
                }
            }
            out[i] = id;
        }
        return out;
    }

    /**
     * The best score of each query over the derived memory of {@code size} units ({@link
     * TmData#forEachDerived}), in one pass that never holds the memory: each unit is tokenized once
     * and scored against every query, as {@link #best} scores it. A unit's key that no query has is
     * -1 (only a query's key is ever compared with a unit's, so this is exact); a unit whose length
     * alone keeps it below the best so far (the edit distance is at least the difference of lengths)
     * is skipped. For memories too large to tokenize and hold (ten million units), on a sample of
     * the queries.
     */
    static int[] bestOfDerived(List<TmData.Pair> real, long size, List<TmBenchmark.Query> queries) {
        Tokenizer tokenizer = Tokenizer.standard();
        Map<String, Integer> ids = new HashMap<>();
        int[][] q = new int[queries.size()][];
        List<List<Token>> qt = new java.util.ArrayList<>();
        int[] best = new int[queries.size()];
        for (int i = 0; i < q.length; i++) {
            List<String> k = tokenizer.contentKeys(queries.get(i).text());
            q[i] = new int[k.size()];
            for (int j = 0; j < k.size(); j++) {
                q[i][j] = ids.computeIfAbsent(k.get(j), x -> ids.size());
            }
            qt.add(tokenizer.tokens(queries.get(i).text()));
            best[i] = -1;
        }
        int[] row = new int[4096];
        TmData.forEachDerived(real, size, unit -> {
            List<String> k = tokenizer.contentKeys(unit.en());
            if (k.size() + 1 > row.length) {
                return;
            }
            int[] c = new int[k.size()];
            for (int j = 0; j < c.length; j++) {
                c[j] = ids.getOrDefault(k.get(j), -1);
            }
            List<Token> ct = null;
            for (int i = 0; i < q.length; i++) {
                int min = queries.get(i).min();
                int longer = Math.max(q[i].length, c.length);
                int bound = longer == 0 ? 100 : 100 * Math.min(q[i].length, c.length) / longer;
                if (bound < min || bound <= best[i]) {
                    continue;
                }
                int base = FuzzyScorer.baseScore(q[i], c, row);
                if (base >= min && base > best[i]) {
                    ct = ct != null ? ct : tokenizer.tokens(unit.en());
                    int full = FuzzyScorer.score(queries.get(i).text(), qt.get(i), unit.en(), ct);
                    if (full >= min && full > best[i]) {
                        best[i] = full;
                    }
                }
            }
        });
        return best;
    }

    /** The best score at or above {@code min}, or -1 when no unit reaches it. */
    int best(String query, int min) {
        int[] q = ids(query, false);
        List<Token> qt = tokenizer.tokens(query);
        int best = -1;
        for (int i = 0; i < keys.length; i++) {
            int[] c = keys[i];
            if (c.length + 1 > row.length) {
                continue;
            }
            int base = FuzzyScorer.baseScore(q, c, row);
            if (base >= min && base > best) {
                String text = units.get(i).en();
                int full = FuzzyScorer.score(query, qt, text, tokenizer.tokens(text));
                if (full >= min && full > best) {
                    best = full;
                }
            }
        }
        return best;
    }
}
