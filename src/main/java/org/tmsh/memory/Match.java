package org.tmsh.memory;

import org.tmsh.match.FuzzyScorer;

/** A fuzzy match: its score, the unit's texts in the two languages asked for, and how it differs from the query. */
public record Match(int score, String source, String target, String tuid, String sourceLang, String targetLang,
                    FuzzyScorer.Comparison comparison) {
}
