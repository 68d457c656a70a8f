package org.tmsh.memory.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.lucene.index.IndexWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TmxWriter;
import org.tmsh.memory.CrowdedProbe;
import org.tmsh.memory.Match;
import org.tmsh.memory.TmOptimized;
import org.tmsh.memory.UnitChange;

/**
 * {@code tm optimize} of an embedded TM: the index merged into fewer segments answers every look-up exactly as before
 * and keeps every unit with its id; it is locked like an import, and bad input changes nothing.
 */
class LuceneOptimizeTest {

    @TempDir
    Path dir;

    /** Units of made-up words, most of them variants of a few sentences (near duplicates, ties among equal scores). */
    private static List<String> sources(Random rnd, int n) {
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            vocabulary.add(CrowdedProbe.madeUp("w", i));
        }
        List<String> bases = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            bases.add(sentence(vocabulary, 4 + rnd.nextInt(12), rnd));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String base = bases.get(rnd.nextInt(bases.size()));
            out.add(rnd.nextInt(3) == 0 ? sentence(vocabulary, 4 + rnd.nextInt(12), rnd)
                    : base + " " + vocabulary.get(rnd.nextInt(vocabulary.size())));
        }
        return out;
    }

    private static String sentence(List<String> vocabulary, int n, Random rnd) {
        List<String> w = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            w.add(vocabulary.get(Math.min(vocabulary.size() - 1, (int) (vocabulary.size() * Math.pow(rnd.nextDouble(), 2)))));
        }
        return String.join(" ", w);
    }

    /**
     * Imports a TM is built of: each leaves one or two segments (one a thread that wrote units), and an import
     * merges small segments once ten stand side by side (LuceneImport.mergeSmall), so nine imports left anything
     * from 3 to 18 segments as the threads' timing fell (the fresh-clone run got 3); four leave 4 to 8, never
     * ten to merge.
     */
    private static final int PARTS = 4;

    private LuceneMemory memory(String name, List<String> sources) throws Exception {
        LuceneMemory tm = new LuceneMemory(name, dir.resolve(name));
        // PARTS imports, one or two segments each
        for (int part = 0; part < PARTS; part++) {
            Path f = dir.resolve(name + part + ".tmx");
            try (TmxWriter w = new TmxWriter(f, "en", "de", "test")) {
                for (int i = part; i < sources.size(); i += PARTS) {
                    w.unit("u" + i, sources.get(i), "ziel " + i, Map.of());
                }
            }
            tm.importTmx(f, Progress.NONE);
        }
        return tm;
    }

    /** Every match at or above {@code min} of each query (no cut: all of them), as text, with its id. */
    private static List<String> answers(LuceneMemory tm, List<String> queries) throws Exception {
        List<String> out = new ArrayList<>();
        for (String q : queries) {
            for (int min : new int[] {50, 75}) {
                for (Match m : tm.search(q, "en", "de", min, 10_000)) {
                    out.add(q + " | " + m.score() + " " + m.source() + " -> " + m.target() + " " + m.tuid() + " #" + m.id());
                }
                // one result: the best unit, and among equal bests the one the look-up reaches first
                tm.search(q, "en", "de", min, 1).forEach(m -> out.add(q + " | best " + m.score() + " " + m.tuid()));
            }
        }
        return out;
    }

    private static List<String> records(LuceneMemory tm) throws Exception {
        List<String> out = new ArrayList<>();
        tm.forEachRecord(r -> out.add(r.id() + " " + r.unit().xml()));
        return out;
    }

    @Test
    void aMergedTmAnswersEveryQueryAsBeforeAndKeepsEveryUnitWithItsId() throws Exception {
        Random rnd = new Random(7);
        List<String> sources = sources(rnd, 3000);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            queries.add(i % 4 == 0 ? sources(rnd, 1).get(0) : sources.get(rnd.nextInt(sources.size())));
        }
        try (LuceneMemory tm = memory("merged", sources)) {
            // a deleted unit is dropped by the merge, and stays deleted
            tm.change(units -> List.of(UnitChange.delete(units.get("5"))), false);
            int before = tm.reader().leaves().size();
            assertTrue(before >= 4, before + " segments");
            List<String> answers = answers(tm, queries);
            List<String> records = records(tm);
            assertTrue(answers.size() > 200, answers.size() + " matches");

            long[] progress = {0, 0};
            TmOptimized r = tm.optimize(2, (done, total) -> {
                progress[0] = done;
                progress[1] = total;
            });
            assertEquals(before, r.segmentsBefore());
            assertTrue(r.segmentsAfter() <= 2, r.toString());
            assertEquals(r.segmentsAfter(), tm.reader().leaves().size());
            assertEquals(2999, r.units());
            assertEquals(progress[1], progress[0], "the progress bar reaches its end");
            assertEquals(answers, answers(tm, queries));
            assertEquals(records, records(tm));

            TmOptimized one = tm.optimize(1, Progress.NONE);
            assertEquals(1, one.segmentsAfter());
            assertEquals(answers, answers(tm, queries));
            assertEquals(records, records(tm));
            // already there: nothing to merge
            TmOptimized again = tm.optimize(1, Progress.NONE);
            assertEquals(1, again.segmentsBefore());
            assertEquals(1, again.segmentsAfter());
        }
        // a new reader of the folder sees the merged commit
        try (LuceneMemory reopened = new LuceneMemory("merged", dir.resolve("merged"))) {
            assertEquals(1, reopened.reader().leaves().size());
            assertEquals(2999, reopened.reader().numDocs());
        }
    }

    @Test
    void aTmBeingChangedIsRefusedAndLeftAsItWas() throws Exception {
        try (LuceneMemory tm = memory("locked", sources(new Random(3), 1500));
             LuceneMemory other = new LuceneMemory("locked", dir.resolve("locked"))) {
            int before = tm.reader().leaves().size();
            IndexWriter held = new LuceneImport(other).openWriter();
            try {
                TmshException e = assertThrows(TmshException.class, () -> tm.optimize(1, Progress.NONE));
                assertTrue(e.getMessage().contains("is being changed by another tmsh process"), e.getMessage());
            } finally {
                held.rollback();
            }
            assertEquals(before, new LuceneMemory("check", dir.resolve("locked")).reader().leaves().size());
            assertEquals(1, tm.optimize(1, Progress.NONE).segmentsAfter(), "once the other writer is gone");
        }
    }

    @Test
    void noSegmentsIsRefusedAndChangesNothing() throws Exception {
        try (LuceneMemory tm = memory("bad", sources(new Random(4), 800))) {
            int before = tm.reader().leaves().size();
            for (int n : new int[] {0, -3}) {
                TmshException e = assertThrows(TmshException.class, () -> tm.optimize(n, Progress.NONE));
                assertTrue(e.getMessage().contains("must be 1 or more"), e.getMessage());
            }
            assertEquals(before, tm.reader().leaves().size());
        }
    }

    @Test
    void runsAreConsecutiveSegmentsOfAboutEqualSize() {
        long[] sizes = {40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 5, 5};
        List<int[]> runs = ContiguousMerges.runs(sizes, 3);
        assertEquals(3, runs.size());
        assertEquals(0, runs.get(0)[0]);
        for (int i = 1; i < runs.size(); i++) {
            assertEquals(runs.get(i - 1)[1], runs.get(i)[0], "consecutive");
        }
        assertEquals(sizes.length, runs.get(runs.size() - 1)[1], "every segment in a run");
        assertEquals(List.of(4, 3, 5), runs.stream().map(r -> r[1] - r[0]).toList());
        // a segment larger than a share is a run of its own; never more runs than asked for
        assertEquals(2, ContiguousMerges.runs(new long[] {1000, 1, 1, 1}, 2).size());
        assertEquals(1, ContiguousMerges.runs(new long[] {1, 1, 1, 1}, 1).size());
        assertEquals(4, ContiguousMerges.runs(new long[] {1, 1, 1, 1}, 9).size());
    }
}
