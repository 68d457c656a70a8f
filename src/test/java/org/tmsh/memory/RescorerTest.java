package org.tmsh.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.tmsh.match.FuzzyScorer;
import org.tmsh.match.Tokenizer;

/** The look-up's second half: bounds from key hashes never below the full score, even from older indexes. */
class RescorerTest {

    private static final String CODED = "⟨1⟩Lawrow⟨/1⟩ traf ⟨2⟩Choe Son Hui⟨/2⟩ in Moskau.";
    private static final String PLAIN = "Lawrow traf Choe Son Hui in Moskau.";

    /** The key hashes an index made before tags left the keys stored: one "#tag" key a tag. */
    private static int[] olderKeys() {
        return UnitKeys.hashes(List.of("#tag", "lawrow", "#tag", "traf", "#tag", "choe", "son", "hui", "#tag", "in", "moskau"));
    }

    @Test
    void aCodedUnitFromAnOlderIndexIsBoundAboveItsScoreAndFound() {
        Tokenizer t = Tokenizer.standard();
        Rescorer r = new Rescorer(t, PLAIN, "de", "en", 90, 1);
        int score = FuzzyScorer.score(PLAIN, t.tokens(PLAIN), CODED, t.tokens(CODED));
        assertEquals(100 - 2 * FuzzyScorer.TAG, score);
        assertTrue(r.bound(olderKeys()) >= score, "bound " + r.bound(olderKeys()));
        assertEquals(r.bound(UnitKeys.hashes(t.contentKeys(CODED))), r.bound(olderKeys()));
        r.check(List.of(new Rescorer.Fetched(1f, olderKeys(), CODED, "⟨1⟩Lavrov⟨/1⟩ met ⟨2⟩Choe Son Hui⟨/2⟩ in Moscow.", "u1")));
        assertEquals(1, r.results().size());
        assertEquals(score, r.results().get(0).score());
        assertEquals("⟨1⟩Lavrov⟨/1⟩ met ⟨2⟩Choe Son Hui⟨/2⟩ in Moscow.", r.results().get(0).target(), "the codes stay in the target");
    }

    @Test
    void tagsAreNotKeys() {
        assertEquals(List.of("lawrow", "traf", "choe", "son", "hui", "in", "moskau"), Tokenizer.standard().contentKeys(CODED));
    }
}
