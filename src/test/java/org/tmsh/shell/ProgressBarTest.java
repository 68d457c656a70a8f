package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.tmsh.align.Aligner;
import org.tmsh.common.Progress;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.segment.Segments;

/**
 * Progress bars tell the truth: a bar that starts again from 0% names the new phase (an alignment's second
 * pass), and the time an import spends after its last byte is read (its last segments, merge and commit) is
 * a phase of its own, not 99%.
 */
class ProgressBarTest extends WithTempHome {

    /** What a bar receives: "phase NAME" or "DONE/TOTAL". */
    private static final class Recorder implements Progress {
        final List<String> events = new ArrayList<>();

        @Override
        public synchronized void update(long done, long total) {
            events.add(done + "/" + total);
        }

        @Override
        public synchronized void phase(String name) {
            events.add("phase " + name);
        }
    }

    /** Every fall of the fraction done comes after a phase: no bar goes back without a word. */
    private static void assertNoFallWithoutAPhase(List<String> events) {
        double last = -1;
        for (String e : events) {
            if (e.startsWith("phase ")) {
                last = -1;
                continue;
            }
            String[] f = e.split("/");
            double fraction = Double.parseDouble(f[0]) / Double.parseDouble(f[1]);
            assertTrue(fraction >= last, "the bar fell from " + last + " to " + fraction + " with no phase named: " + events);
            last = fraction;
        }
    }

    @Test
    void theBarNamesItsPhaseAndAPhaseOfUnknownLengthShowsNoPercentage() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar("aligning", new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        bar.update(83, 100);
        bar.phase("pass 2, with the word pairs");
        bar.update(38, 100);
        bar.phase("writing the index");
        String shown = bytes.toString(StandardCharsets.UTF_8);
        List<String> frames = List.of(shown.split("\r"));
        assertTrue(frames.contains(ProgressBar.line("aligning", 83, 24)), shown);
        assertTrue(frames.contains(ProgressBar.line("aligning: pass 2, with the word pairs", 38, 11)), shown);
        assertTrue(frames.stream().anyMatch(f -> f.startsWith("aligning: writing the index ...")), shown);
        assertTrue(frames.stream().noneMatch(f -> f.startsWith("aligning [") && f.endsWith("38%")),
                "38% after 83% never under the same label: " + shown);
        ByteArrayOutputStream none = new ByteArrayOutputStream();
        ProgressBar silent = new ProgressBar("importing", new PrintStream(none, true, StandardCharsets.UTF_8), false);
        silent.phase("writing the index");
        silent.update(1, 2);
        assertEquals(0, none.size(), "nothing when standard error is no terminal");
    }

    @Test
    void anAlignmentsSecondPassIsANamedPhase() {
        Random r = new Random(3);
        String[] de = {"Haus", "Baum", "Stadt", "Fluss", "Berg", "Weg", "Tag", "Nacht", "Jahr", "Land"};
        String[] fr = {"maison", "arbre", "ville", "fleuve", "montagne", "chemin", "jour", "nuit", "année", "pays"};
        List<String> s = new ArrayList<>();
        List<String> t = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            StringBuilder a = new StringBuilder();
            StringBuilder b = new StringBuilder();
            for (int k = 3 + r.nextInt(8); k > 0; k--) {
                int w = r.nextInt(de.length);
                a.append(de[w]).append(' ');
                b.append(fr[w]).append(' ');
            }
            s.add(a.toString().trim() + ".");
            t.add(b.toString().trim() + ".");
        }
        Recorder rec = new Recorder();
        Aligner.standard().withLearning(true).align(Segments.presegmented(s, "de"), Segments.presegmented(t, "fr"), rec);
        assertTrue(rec.events.contains("phase pass 1"), rec.events.toString());
        assertTrue(rec.events.contains("phase pass 2, with the word pairs"), rec.events.toString());
        assertNoFallWithoutAPhase(rec.events);
    }

    @Test
    void anImportWritesItsIndexInAPhaseOfItsOwnAfterTheLastByte() throws Exception {
        StringBuilder tsv = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            tsv.append("Satz ").append(i).append(" über die Stadt.\tSentence ").append(i).append(" about the town.\n");
        }
        Path file = java.nio.file.Files.writeString(dir.resolve("units.tsv"), tsv);
        Recorder rec = new Recorder();
        try (TmLibrary library = TmLibrary.underHome()) {
            TranslationMemory tm = library.openOrCreate("news");
            tm.importFile(file, "de", "en", rec);
        }
        int phase = rec.events.indexOf("phase writing the index");
        assertTrue(phase > 0, rec.events.toString());
        assertEquals(rec.events.get(rec.events.size() - 1).split("/")[1], rec.events.get(rec.events.size() - 1).split("/")[0],
                "the bar ends full: " + rec.events);
        assertEquals(phase, rec.events.size() - 2, "the writing is the last phase, then the bar is full: " + rec.events);
        assertNoFallWithoutAPhase(rec.events);
    }

    @Test
    void aLongPhaseNameNarrowsTheBarThenIsCutSoTheLineFitsTheTerminal() {
        String title = "aligning: pass 1 again, with the length ratio it measured";
        String at80 = ProgressBar.line(title, 42, 12, 79);
        assertTrue(TextTable.width(at80) <= 79, at80);
        assertTrue(at80.startsWith(title + " [") && at80.endsWith("] 42%"), "the title whole, the bar narrower: " + at80);
        String at60 = ProgressBar.line(title, 42, 12, 59);
        assertTrue(TextTable.width(at60) <= 59, at60);
        assertTrue(at60.startsWith("aligning: pass 1 again") && at60.contains("… [") && at60.endsWith("] 42%"), at60);
        assertEquals("[" + "#".repeat(4) + " ".repeat(6) + "] 42%", at60.substring(at60.indexOf('[')), "a bar of 10 at the least");
        assertEquals("aligning [" + "#".repeat(12) + " ".repeat(18) + "] 42%", ProgressBar.line("aligning", 42, 12, 79),
                "a short title keeps the whole bar");
        assertEquals("Pjöngjang", ProgressBar.fit("Pjöngjang", 9));
        assertEquals("평양…", ProgressBar.fit("평양 (Pjöngjang)", 6), "wide characters count two columns");
    }

    @Test
    void aLogLineClearsTheDrawnBarFirstAndTheBarDrawsAgainAtItsNextStep() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar("checking", new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        bar.update(42, 100);
        String drawnBar = ProgressBar.line("checking", 42, 12);
        assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith(drawnBar), bytes.toString(StandardCharsets.UTF_8));
        ProgressBar.clearDrawn();
        String cleared = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(cleared.endsWith("\r" + " ".repeat(TextTable.width(drawnBar)) + "\r"), "the bar's line blanked: " + cleared);
        bar.update(42, 100);
        assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith(drawnBar), "drawn again at the same step");
        bar.update(100, 100);
        int before = bytes.size();
        ProgressBar.clearDrawn();
        assertEquals(before, bytes.size(), "a finished bar is not drawn: nothing to clear");
    }
}
