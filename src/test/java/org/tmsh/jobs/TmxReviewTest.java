package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tmsh.align.Aligner;
import org.tmsh.align.DocumentAligner;
import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.formats.tmx.TmxWriter;
import org.tmsh.memory.TmLibrary;
import org.tmsh.segment.SrxSegmenter;

/** The review of an aligned TMX: weakest first, every decision saved at once, resumed by a new review. */
class TmxReviewTest {

    @TempDir
    Path dir;

    private Path home;
    private Path tmx;
    private TmLibrary library;

    @BeforeEach
    void setUp() {
        home = dir.resolve("home");
        tmx = dir.resolve("aligned.tmx");
        library = new TmLibrary(home.resolve("tm"));
        TmxWriter w = new TmxWriter(tmx, "de", "en", "test");
        w.unit("a#1", "Der Minister kam.", "The minister came.", props("0.97", false));
        w.unit("a#2", "Er sprach lange.", "The weather was fine.", props("0.31", true));
        w.unit("a#3", "Dann ging er.", "Then he left.", props("0.62", true));
        w.unit("a#4", "Ohne Wert.", "Without a value.", Map.of());
        w.close();
    }

    @AfterEach
    void tearDown() {
        library.close();
    }

    private static Map<String, String> props(String confidence, boolean weak) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("x-confidence", confidence);
        if (weak) {
            p.put("x-needs-review", "yes");
        }
        return p;
    }

    @Test
    void weakUnitsComeWeakestFirstAndADecisionSurvivesANewReview() {
        TmxReview r = new TmxReview(tmx, home, 0.8);
        assertEquals(3, r.size(), "the two weak ones and the one without a confidence");
        assertEquals("a#4", r.next().unit().tuid(), "no confidence: offered first");
        r.decide(TmxReview.Decision.ACCEPT, null);
        assertEquals("a#2", r.next().unit().tuid());
        // the review stops here (Ctrl-C, a closed shell): a new one goes on
        TmxReview again = new TmxReview(tmx, home, 0.8);
        assertEquals(1, again.decided());
        assertEquals("a#2", again.next().unit().tuid());
        again.decide(TmxReview.Decision.REJECT, null);
        assertEquals("a#3", again.next().unit().tuid());
        assertTrue(again.undo());
        assertEquals("a#2", again.next().unit().tuid(), "undo takes the rejection back");
    }

    @Test
    void theResultDropsTheRejectedAndTheMemoryTakesOnlyTheConfidentAndTheAccepted() throws Exception {
        TmxReview r = new TmxReview(tmx, home, 0.8);
        r.decide(TmxReview.Decision.ACCEPT, null); // a#4
        r.decide(TmxReview.Decision.REJECT, null); // a#2
        Path out = dir.resolve("reviewed.tmx");
        AlignJob job = new AlignJob(new DocumentAligner(SrxSegmenter.withDefaultRules(), Aligner.standard(), "test"),
                library);
        var added = job.finishReview(r, tmx, out, "t");
        assertEquals(2, added.added(), "a#1 (sure) and a#4 (accepted); a#3 is undecided");
        String text = Files.readString(out);
        assertFalse(text.contains("The weather was fine."));
        assertTrue(text.contains("Then he left.") && text.contains("x-needs-review"), "the undecided one stays marked");
        assertTrue(text.contains("<prop type=\"x-reviewed\">yes</prop>"));
        assertEquals(2, new TmxReview(tmx, home, 0.8).decided(), "unfinished: the decisions are kept");
        TmxReview last = new TmxReview(tmx, home, 0.8);
        assertEquals(1, last.decideRest(true));
        job.finishReview(last, tmx, out, null);
        assertEquals(0, new TmxReview(tmx, home, 0.8).decided(), "finished: the saved review is gone");
        assertFalse(Files.readString(out).contains("x-needs-review"));
    }

    @Test
    void anEditChangesTheTargetAndAReviewWithNowhereToGoIsRefused() throws Exception {
        TmxReview r = new TmxReview(tmx, home, 0.8);
        r.decide(TmxReview.Decision.ACCEPT, null);
        r.decide(TmxReview.Decision.EDIT, "He spoke for a long time.");
        List<TmxUnit> result = r.result();
        TmxUnit edited = result.stream().filter(u -> u.tuid().equals("a#2")).findFirst().orElseThrow();
        assertEquals("He spoke for a long time.", edited.text("en"));
        assertTrue(edited.xml().contains("<seg>He spoke for a long time.</seg>"), edited.xml());
        assertThrows(IllegalArgumentException.class, () -> r.decide(TmxReview.Decision.EDIT, " "));
        AlignJob job = new AlignJob(new DocumentAligner(SrxSegmenter.withDefaultRules(), Aligner.standard(), "test"),
                library);
        TmshException e = assertThrows(TmshException.class, () -> job.finishReview(r, tmx, null, null));
        assertTrue(e.getMessage().contains("--out") && e.getMessage().contains("--tm"), e.getMessage());
        assertNull(job.finishReview(r, tmx, dir.resolve("x.tmx"), null));
    }

    @Test
    void aLinkWhereTheSavedReviewBelongsIsRefused() throws Exception {
        new TmxReview(tmx, home, 0.8).decide(TmxReview.Decision.ACCEPT, null);
        Path saved;
        try (var s = Files.list(home.resolve("reviews"))) {
            saved = s.findFirst().orElseThrow();
        }
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me");
        Files.delete(saved);
        Files.createSymbolicLink(saved, victim);
        assertThrows(TmshException.class, () -> new TmxReview(tmx, home, 0.8));
        assertEquals("keep me", Files.readString(victim));
    }

    @Test
    void mergeJoinsAUnitWithItsNeighbourAndUndoTakesTheWholeStepBack() {
        TmxReview r = new TmxReview(tmx, home, 0.8);
        assertEquals("a#4", r.next().unit().tuid());
        assertThrows(IllegalArgumentException.class, () -> r.merge(true), "the last unit has none after it");
        r.merge(false); // a#4 joins a#3, which is accepted with it
        List<TmxUnit> result = r.result();
        assertEquals(3, result.size(), result.toString());
        TmxUnit joined = result.get(2);
        assertEquals("a#3", joined.tuid());
        assertEquals("Dann ging er. Ohne Wert.", joined.text("de"));
        assertEquals("Then he left. Without a value.", joined.text("en"));
        assertTrue(joined.xml().contains("<seg>Then he left. Without a value.</seg>"), joined.xml());
        assertFalse(joined.xml().contains("x-needs-review"), joined.xml());
        assertEquals("a#2", r.next().unit().tuid(), "a#3 was decided by the merge");
        TmxReview again = new TmxReview(tmx, home, 0.8);
        assertEquals(2, again.decided(), "the merge is saved");
        assertTrue(r.undo());
        assertEquals(0, new TmxReview(tmx, home, 0.8).decided(), "undone as one step");
        assertEquals(4, new TmxReview(tmx, home, 0.8).result().size());
    }

    @Test
    void splitCutsEachSideAtASentenceAndLeavesOutAPieceWithoutTranslation() throws Exception {
        Path two = dir.resolve("two.tmx");
        TmxWriter w = new TmxWriter(two, "de", "en", "test");
        w.unit("b#1", "Der Minister kam am Morgen. Er sprach mit der Presse. Dann reiste er ab.",
                "The minister came in the morning. He spoke to the press.", props("0.40", true));
        w.close();
        TmxReview r = new TmxReview(two, home, 0.8);
        TmxReview.Sentences s = r.sentences();
        assertEquals(3, s.source().size(), s.toString());
        assertEquals(2, s.target().size(), s.toString());
        assertThrows(IllegalArgumentException.class, () -> r.split(3, 2), "a split that leaves it whole");
        assertThrows(IllegalArgumentException.class, () -> r.split(4, 1));
        r.split(1, 1);
        List<TmxUnit> pieces = new TmxReview(two, home, 0.8).result();
        assertEquals(2, pieces.size(), pieces.toString());
        assertEquals("Der Minister kam am Morgen.", pieces.get(0).text("de"));
        assertEquals("The minister came in the morning.", pieces.get(0).text("en"));
        assertEquals("Er sprach mit der Presse. Dann reiste er ab.", pieces.get(1).text("de"));
        assertEquals("b#1-2", pieces.get(1).tuid());
        assertTrue(pieces.get(1).xml().contains("tuid=\"b#1-2\""), pieces.get(1).xml());
        // cut so that the last source sentence stands alone without a translation: it is left out
        TmxReview cut = new TmxReview(dir.resolve("two.tmx"), home.resolve("other"), 0.8);
        cut.split(2, 2);
        List<TmxUnit> kept = cut.trusted();
        assertEquals(1, kept.size(), kept.toString());
        assertEquals("Der Minister kam am Morgen. Er sprach mit der Presse.", kept.get(0).text("de"));
    }
}
