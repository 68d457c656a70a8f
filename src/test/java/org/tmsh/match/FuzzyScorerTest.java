package org.tmsh.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The match percentage: word-level edit distance with the documented penalties. */
class FuzzyScorerTest {

    private static int score(String q, String c) {
        Tokenizer t = Tokenizer.standard();
        return FuzzyScorer.score(q, t.tokens(q), c, t.tokens(c));
    }

    @Test
    void identicalTextsScoreHundredAndNothingElseDoes() {
        assertEquals(100, score("Open the file.", "Open the file."));
        assertEquals(99, score("Open the file.", "Open  the file."), "whitespace only");
        assertEquals(99, score("Open the file.", "open the file."), "case only");
        assertEquals(99, score("Open the file.", "Open the file!"), "punctuation only");
        assertEquals(99, score("Pjongjang liegt hier.", "Pjöngjang liegt hier."), "accents only");
    }

    @Test
    void oneWordInTenChangedScoresNinety() {
        assertEquals(90, score("one two three four five six seven eight nine ten",
                "one two three four five six seven eight nine eleven"));
        assertEquals(90, score("one two three four five six seven eight nine ten",
                "one two three four five six seven eight nine"), "one deleted");
        assertEquals(80, score("a b c d e f g h i j", "a b x d e f g h i y"));
    }

    @Test
    void numbersAndTagsAreOneTokenWithASmallPenalty() {
        assertEquals(100 - FuzzyScorer.NUMBER, score("Wait 5 seconds", "Wait 10 seconds"));
        assertEquals(100 - FuzzyScorer.NUMBER, score("Version 7.4.2", "Version 7.5.0"));
        assertEquals(100 - 2 * FuzzyScorer.TAG, score("Click ⟨1⟩OK⟨/1⟩", "Click ⟨2⟩OK⟨/2⟩"));
        assertEquals(66, score("Saved %d files", "Saved %s files"), "placeholders must match exactly");
    }

    @Test
    void tagsAreNotWordsAMatchSeesTheTextWhateverItsCodes() {
        assertEquals(100 - FuzzyScorer.TAG, score("Lawrow traf Choe Son Hui⟨1/⟩", "Lawrow traf Choe Son Hui"));
        assertEquals(100 - 2 * FuzzyScorer.TAG, score("Lawrow traf Choe Son Hui", "⟨1⟩Lawrow⟨/1⟩ traf ⟨2⟩Choe Son Hui⟨/2⟩"),
                "four tags, at most two penalties");
        assertEquals(100 - 2 * FuzzyScorer.TAG - 20, score("Lawrow traf Choe Son Hui", "⟨1⟩Lawrow⟨/1⟩ sah Choe Son Hui"),
                "one word of five differs, plus the tags");
        assertEquals(100, score("⟨1⟩Lawrow⟨/1⟩ traf", "⟨1⟩Lawrow⟨/1⟩ traf"));
        assertEquals(99, score("⟨1⟩Lawrow⟨/1⟩ traf", "Lawrow ⟨1⟩traf⟨/1⟩"), "tags moved: not identical");
    }

    @Test
    void baseScoreIsAnUpperBoundOfTheFullScore() {
        Tokenizer t = Tokenizer.standard();
        Random rnd = new Random(7);
        String[] words = {"Open", "open", "the", "file", "5", "6", ",", ".", "%s", "Datei", "⟨1⟩"};
        for (int k = 0; k < 2000; k++) {
            String a = random(words, rnd);
            String b = random(words, rnd);
            int[] qa = t.contentKeys(a).stream().mapToInt(String::hashCode).toArray();
            int[] qb = t.contentKeys(b).stream().mapToInt(String::hashCode).toArray();
            int full = FuzzyScorer.score(a, t.tokens(a), b, t.tokens(b));
            int base = FuzzyScorer.baseScore(qa, qb, new int[qb.length + 1]);
            assertTrue(full <= base, a + " / " + b + ": " + full + " > " + base);
        }
    }

    @Test
    void differingTokensOfTheCandidateAreMarked() {
        Tokenizer t = Tokenizer.standard();
        String q = "Open the file now";
        String c = "Open the window now";
        FuzzyScorer.Comparison cmp = FuzzyScorer.compare(q, t.tokens(q), c, t.tokens(c));
        List<Token> tokens = cmp.candidate();
        assertEquals("window", tokens.get(2).text());
        assertArrayEquals(new boolean[] {false, false, true, false}, cmp.differs());
    }

    private static String random(String[] words, Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(7);
        for (int i = 0; i < n; i++) {
            sb.append(words[rnd.nextInt(words.length)]).append(' ');
        }
        return sb.toString().strip();
    }
}
