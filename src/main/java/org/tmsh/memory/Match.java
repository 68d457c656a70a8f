package org.tmsh.memory;

import org.tmsh.match.FuzzyScorer;

/**
 * A fuzzy match: its score, the unit's texts in the two languages asked for, how it differs from the
 * query, and the unit's id in its TM ({@link UnitRecord}; null where the store gave none).
 */
public record Match(int score, String source, String target, String tuid, String sourceLang, String targetLang,
                    FuzzyScorer.Comparison comparison, String id) {

    /** A match without a unit id. */
    public Match(int score, String source, String target, String tuid, String sourceLang, String targetLang,
                 FuzzyScorer.Comparison comparison) {
        this(score, source, target, tuid, sourceLang, targetLang, comparison, null);
    }
}
