package org.tmsh.memory;

import java.util.List;

import org.tmsh.match.FuzzyScorer;

/**
 * A fuzzy match: its score, the unit's texts in the two languages asked for, and how it differs from the query.
 *
 * <p>{@code score} is the percentage shown and ranked by: the {@code fuzzy} score ({@link FuzzyScorer}),
 * 101 instead of 100 for a {@code context} match (an exact match stored between the same neighbours),
 * less the points of the {@code penalties} that applied, never below 0. {@code meta} is the unit's
 * metadata when the look-up read it (penalties or context asked for), else null; {@code id} the unit's
 * id in its TM ({@link UnitRecord}), or null where the store gave none.
 */
public record Match(int score, String source, String target, String tuid, String sourceLang, String targetLang,
                    FuzzyScorer.Comparison comparison, int fuzzy, List<Penalty.Applied> penalties, boolean context,
                    UnitMeta meta, String id) {

    /** The score a context match gets before penalties. */
    public static final int CONTEXT = 101;

    public Match {
        penalties = penalties == null ? List.of() : List.copyOf(penalties);
    }

    /** A match without the unit's id ({@link UnitRecord}: the store gave none). */
    public Match(int score, String source, String target, String tuid, String sourceLang, String targetLang,
                 FuzzyScorer.Comparison comparison, int fuzzy, List<Penalty.Applied> penalties, boolean context,
                 UnitMeta meta) {
        this(score, source, target, tuid, sourceLang, targetLang, comparison, fuzzy, penalties, context, meta, null);
    }

    /** This match in the unit of id {@code id}. */
    public Match withId(String id) {
        return new Match(score, source, target, tuid, sourceLang, targetLang, comparison, fuzzy, penalties, context, meta, id);
    }

    /** A plain fuzzy match: no penalty, no context. */
    public Match(int score, String source, String target, String tuid, String sourceLang, String targetLang,
                 FuzzyScorer.Comparison comparison) {
        this(score, source, target, tuid, sourceLang, targetLang, comparison, score, List.of(), false, null);
    }

    /** The score before penalties: {@link #CONTEXT} for a context match, else the fuzzy score. */
    public int base() {
        return context ? CONTEXT : fuzzy;
    }

    /** The points taken off in all. */
    public int penalty() {
        return Penalty.total(penalties);
    }

    /**
     * The percentage as a table shows it: {@code 98%}, or with its penalties {@code 93% (98% - 5 aligned)},
     * {@code 96% (101% - 3 client!=acme - 2 unconfirmed)}.
     */
    public String shown() {
        if (penalties.isEmpty()) {
            return score + "%";
        }
        StringBuilder sb = new StringBuilder().append(score).append("% (").append(base()).append('%');
        for (Penalty.Applied a : penalties) {
            sb.append(" - ").append(a.points()).append(' ').append(a.label());
        }
        return sb.append(')').toString();
    }
}
