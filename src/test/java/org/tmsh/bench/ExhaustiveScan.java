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
