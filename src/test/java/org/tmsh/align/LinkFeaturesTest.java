package org.tmsh.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.tmsh.names.SpellingKey;

/**
 * The link features that tell a wrong link from a right one where costs alone do not: numbers that
 * disagree, names on one side only ({@link Anchors#nameKeys}), and the calibration that weighs them.
 */
class LinkFeaturesTest {

    /** A problem of two one-segment sides, with anchors and names as the aligner finds them. */
    private static Problem problem(String src, String sl, String tgt, String tl) {
        Anchors a = new Anchors(SpellingKey.standard());
        int[][] sa = {a.ids(a.keys(src, sl))};
        int[][] ta = {a.ids(a.keys(tgt, tl))};
        a.computeWeights(sa, ta, 1, 1, 1);
        Problem p = new Problem(new int[] {src.length()}, new int[] {tgt.length()}, sa, ta, new boolean[1],
                new boolean[1], new int[1], new int[1], a);
        p.srcNames = new int[][] {a.ids(a.nameKeys(src, sl))};
        p.tgtNames = new int[][] {a.ids(a.nameKeys(tgt, tl))};
        return p;
    }

    private static int namesApart(Problem p) {
        return LinkFeatures.namesApart(p.srcNames, p.srcAnchors, 0, 1, p.tgtAnchors, 0, 1)
                + LinkFeatures.namesApart(p.tgtNames, p.tgtAnchors, 0, 1, p.srcAnchors, 0, 1);
    }

    @Test
    void numbersWrittenInEachLanguagesFormatAgree() {
        Problem p = problem("Die Quote stieg am 3. Oktober 2024 auf 4,5 Prozent, 12.500 Menschen waren betroffen.", "de",
                "The rate rose to 4.5 percent on October 3, 2024, and 12,500 people were affected.", "en");
        assertEquals(0, LinkFeatures.numbersApart(p, 0, 1, 0, 1), 1e-9);
    }

    @Test
    void numbersThatDisagreeAreAllApart() {
        Problem p = problem("Insgesamt nahmen 187.580 Menschen an der Abstimmung teil.", "de",
                "The rate rose to 35.5 percent last year.", "en");
        assertEquals(1, LinkFeatures.numbersApart(p, 0, 1, 0, 1), 1e-9);
    }

    @Test
    void oneNumberOfThreeMissingIsAThirdApart() {
        Problem p = problem("Am 3. Mai kamen 120 Gäste.", "de", "On May 3, guests came.", "en");
        assertEquals(1 / 3.0, LinkFeatures.numbersApart(p, 0, 1, 0, 1), 1e-9);
    }

    @Test
    void noNumberOnEitherSideIsNothingApart() {
        Problem p = problem("Der Minister sprach.", "de", "The minister spoke.", "en");
        assertEquals(0, LinkFeatures.numbersApart(p, 0, 1, 0, 1), 1e-9);
    }

    @Test
    void aNameSpelledAnotherWayOnTheOtherSideIsNotApart() {
        assertEquals(0, namesApart(problem("Der Minister Lawrow sprach in Berlin.", "de",
                "The minister Lavrov spoke in Berlin.", "en")));
    }

    @Test
    void aNameOnOneSideOnlyIsCounted() {
        assertEquals(1, namesApart(problem("Der Minister sprach heute.", "de",
                "The minister Lavrov spoke today.", "en")));
        assertEquals(1, namesApart(problem("Le ministre Lavrov a parlé hier.", "fr",
                "The minister spoke yesterday.", "en")));
    }

    @Test
    void germanCapitalsAreNoNames() {
        assertEquals(List.of(), new Anchors(SpellingKey.standard()).nameKeys("Der Minister sprach in Berlin.", "de"));
    }

    @Test
    void theFirstWordAndWordsAfterASentenceEndAreNoNames() {
        Anchors a = new Anchors(SpellingKey.standard());
        assertEquals(List.of(), a.nameKeys("The minister spoke. Then he left: \"Nothing more.\"", "en"));
        assertEquals(1, a.nameKeys("The minister spoke. Then Lavrov left.", "en").size());
    }

    @Test
    void aLineInTitleCaseHoldsNoNames() {
        assertEquals(List.of(), new Anchors(SpellingKey.standard()).nameKeys("Creating a New Web Page", "en"));
    }

    @Test
    void emptyAndRandomTextGiveNoErrors() {
        Anchors a = new Anchors(SpellingKey.standard());
        assertEquals(List.of(), a.nameKeys("", "en"));
        Random rnd = new Random(11);
        for (int k = 0; k < 200; k++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < 40; c++) {
                sb.append((char) (rnd.nextBoolean() ? ' ' + rnd.nextInt(95) : 0xC0 + rnd.nextInt(200)));
            }
            String s = sb.toString();
            Problem p = problem(s, "en", s, "en");
            double apart = LinkFeatures.numbersApart(p, 0, 1, 0, 1);
            assertEquals(0, apart, 1e-9, s);
            assertEquals(0, namesApart(p), s);
        }
    }

    @Test
    void theShippedCalibrationRatesNumbersThatDisagreeAndFurnitureOnBothSidesDown() {
        double[] w = LogisticCalibration.STANDARD.linkWeights();
        assertTrue(w[LinkFeatures.LINK.indexOf("numbers apart")] < 0, "numbers apart");
        assertTrue(w[LinkFeatures.LINK.indexOf("furniture")] < 0, "furniture");
    }
}
