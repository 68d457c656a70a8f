package org.tmsh.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.tmsh.TestFiles;
import org.tmsh.segment.SrxSegmenter;

/** The acceptance case of the alignment issue: seed 000 (de) with seed 004 (en). */
class SeedAlignmentTest {

    private static DocumentAligner.Result result;
    private static List<Link> pairs;

    @BeforeAll
    static void align() {
        DocumentAligner da = new DocumentAligner(SrxSegmenter.withDefaultRules(), Aligner.standard(), "test");
        result = da.align(new DocumentAligner.Request(TestFiles.SEED_DE, TestFiles.SEED_EN, "de", "en", false, null,
                null, null), null);
        pairs = result.pairs();
    }

    private static String src(Link l) {
        return result.alignment().sourceText(l);
    }

    private static String tgt(Link l) {
        return result.alignment().targetText(l);
    }

    @Test
    void elevenUnits() {
        assertEquals(11, pairs.size(), () -> pairs.stream().map(l -> src(l) + " <=> " + tgt(l)).toList().toString());
    }

    @Test
    void headlinePairsWithThePressStatementSentence() {
        Link first = pairs.get(0);
        assertTrue(src(first).startsWith("Bekanntmachung des strategischen Dialoges"), src(first));
        assertTrue(tgt(first).startsWith("Pyongyang, November 2 (KCNA) -- A press statement"), tgt(first));
        assertTrue(tgt(first).endsWith("was issued on November 1."), tgt(first));
    }

    @Test
    void twoGermanSentencesMergeIntoTheStrategicDialogueSentence() {
        Link merged = pairs.stream().filter(l -> tgt(l).startsWith("At the strategic dialogue,")).findFirst().orElseThrow();
        assertEquals("2-1", merged.type());
        assertTrue(src(merged).startsWith("Im strategischen Dialog"), src(merged));
        assertTrue(src(merged).contains("zu erfüllen. Es gab tiefgreifende"), "joined with one space: " + src(merged));
    }

    @Test
    void everyOtherUnitIsOneSentenceEach() {
        long oneToOne = pairs.stream().filter(l -> l.type().equals("1-1")).count();
        assertEquals(10, oneToOne);
        Link last = pairs.get(pairs.size() - 1);
        assertTrue(src(last).startsWith("Die Außenminister der DVRK und der Russischen Föderation einigten sich"));
        assertTrue(tgt(last).startsWith("The foreign ministers of the DPRK and Russia agreed"));
    }

    @Test
    void noUnitHoldsBoilerplate() {
        for (Link l : pairs) {
            for (String bad : List.of("Kategorie", "Veröffentlicht", "Zugriffe", "Geschrieben von", "Details")) {
                assertFalse(src(l).contains(bad), src(l));
            }
            assertFalse(tgt(l).contains("More From KCNA"), tgt(l));
            assertFalse(tgt(l).contains("December 5"), tgt(l));
        }
    }

    @Test
    void everySegmentIsCoveredOnceInOrder() {
        AlignerTest.assertCovers(result.alignment().links(), result.source().size(), result.target().size());
    }
}
