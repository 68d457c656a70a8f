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

    /**
     * The embedded TM and Solr hand over the same units in different orders (their ranks differ):
     * equal scores must not make the order of the results differ.
     */
    @Test
    void theResultsDoNotDependOnTheOrderOfTheCandidates() {
        Tokenizer t = Tokenizer.standard();
        String query = "Delete the selected messages";
        List<String> sources = List.of("Delete the selected page", "Delete the selected item", "Delete the selected calendar",
                "Delete the selected transaction", "Undelete the selected messages", "Delete the selected messages now");
        List<Rescorer.Fetched> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            String s = sources.get(i);
            candidates.add(new Rescorer.Fetched(i, UnitKeys.hashes(t.contentKeys(s)), s, "de " + i, "u" + i));
        }
        List<List<String>> seen = new java.util.ArrayList<>();
        for (int round = 0; round < 20; round++) {
            java.util.Collections.shuffle(candidates, new java.util.Random(round));
            Rescorer r = new Rescorer(t, query, "en", "de", 50, 10);
            // the ranks come in another order every time, as from another search engine
            List<Rescorer.Fetched> ranked = new java.util.ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                Rescorer.Fetched c = candidates.get(i);
                ranked.add(new Rescorer.Fetched(i, c.keys(), c.source(), c.target(), c.tuid()));
            }
            r.check(ranked);
            seen.add(r.results().stream().map(m -> m.score() + " " + m.source()).toList());
        }
        assertEquals(sources.size(), seen.get(0).size(), seen.get(0).toString());
        assertEquals(1, seen.stream().distinct().count(), seen.stream().distinct().toList().toString());
        // among equal scores, the source closest in length to the text (28 characters) first: 28, 30,
        // 31, then two of 24 by their text
        List<String> expected = List.of("80 Delete the selected messages now", "75 Delete the selected calendar",
                "75 Undelete the selected messages", "75 Delete the selected transaction", "75 Delete the selected item",
                "75 Delete the selected page");
        assertEquals(expected, seen.get(0));
    }

    @Test
    void tagsAreNotKeys() {
        assertEquals(List.of("lawrow", "traf", "choe", "son", "hui", "in", "moskau"), Tokenizer.standard().contentKeys(CODED));
    }
}
