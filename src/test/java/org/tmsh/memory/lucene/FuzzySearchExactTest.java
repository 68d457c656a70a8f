package org.tmsh.memory.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.Progress;
import org.tmsh.formats.tmx.TmxWriter;
import org.tmsh.match.FuzzyScorer;
import org.tmsh.match.Tokenizer;
import org.tmsh.memory.CrowdedProbe;
import org.tmsh.memory.Match;

/**
 * The embedded look-up is exact: its results have the scores a brute-force scan of every unit
 * gives, even where the probe's best-ranked units are not the best matches.
 */
class FuzzySearchExactTest {

    @TempDir
    Path dir;

    private static final Tokenizer TOKENIZER = Tokenizer.standard();

    /** A unit of a test memory. */
    private record Unit(String id, String source, String target) {
    }

    private LuceneMemory memory(String name, List<Unit> units) throws Exception {
        Path f = dir.resolve(name + ".tmx");
        try (TmxWriter w = new TmxWriter(f, "en", "de", "test")) {
            for (Unit u : units) {
                w.unit(u.id(), u.source(), u.target(), Map.of());
            }
        }
        LuceneMemory tm = new LuceneMemory(name, dir.resolve(name));
        tm.importTmx(f, Progress.NONE);
        return tm;
    }

    /** The scores at or above {@code min} of the best {@code max} units, best first, by scoring every unit. */
    private static List<Integer> bruteForce(List<Unit> units, String query, int min, int max) {
        var qt = TOKENIZER.tokens(query);
        return units.stream()
                .map(u -> FuzzyScorer.score(query, qt, u.source(), TOKENIZER.tokens(u.source())))
                .filter(s -> s >= min)
                .sorted(Comparator.reverseOrder())
                .limit(max)
                .toList();
    }

    @Test
    void theBestUnitIsFoundWhenDecoysCrowdTheProbe() throws Exception {
        // decoys outrank the best unit by far in any word-overlap ranking, and outnumber the probe (CrowdedProbe)
        List<Unit> units = CrowdedProbe.units(3 * FuzzySearch.PROBE).stream().map(u -> new Unit(u.id(), u.source(), u.target())).toList();
        List<String> query = CrowdedProbe.query();
        String text = String.join(" ", query);
        List<Integer> expected = bruteForce(units, text, 50, 1);
        assertEquals(75, expected.get(0), "the memory is built as intended: the best unit scores 75");
        assertEquals(71, FuzzyScorer.score(text, TOKENIZER.tokens(text), units.get(0).source(),
                TOKENIZER.tokens(units.get(0).source())), "and a decoy 71");
        try (LuceneMemory tm = memory("crowded", units)) {
            List<Match> found = tm.search(text, "en", "de", 50, 1);
            assertEquals(1, found.size());
            assertEquals("best", found.get(0).tuid());
            assertEquals(75, found.get(0).score());
            // with room for more, the decoys follow it
            List<Match> three = tm.search(text, "en", "de", 50, 3);
            assertEquals(List.of(75, 71, 71), three.stream().map(Match::score).toList());
        }
    }

    @Test
    void betterUnitsLaterInTheIndexRaiseTheBarDuringThePass() throws Exception {
        // the units that can beat the probe lie beyond the exact stage's first page, many of them, in rising order
        // of score, so the bar (and the words a unit needs) rises while the stage goes on: no unit may be lost to
        // the raised bar, whether the stage goes on in pages or in one pass in index order
        List<String> query = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            query.add(CrowdedProbe.madeUp("q", i));
        }
        List<Unit> units = new ArrayList<>();
        for (int d = 0; d < 3 * FuzzySearch.PROBE; d++) { // decoys (71%) fill the probe and the stage's first page
            List<String> w = new ArrayList<>(query);
            for (int e = 0; e < 8; e++) {
                w.add(CrowdedProbe.madeUp("d", d * 8 + e));
            }
            units.add(new Unit("decoy" + d, String.join(" ", w), "Köder " + d));
        }
        Random rnd = new Random(7);
        // rotated: the query turned by 4 to 16 words with a word added where its end meets its start (at most
        // 57%); they hold all the query's words and all its pairs but one, more than any climber, and lie in the
        // length window (the decoys do not), so they, not the climbers, fill the stage's first page
        for (int s = 0; s < 2 * FuzzySearch.PAGE; s++) {
            int k = 4 + s % 13;
            List<String> w = new ArrayList<>(query.subList(k, query.size()));
            w.add(CrowdedProbe.madeUp("s", s));
            w.addAll(query.subList(0, k));
            units.add(new Unit("rotated" + s, String.join(" ", w), "Gedreht " + s));
        }
        int climbers = 1200;
        for (int c = 0; c < climbers; c++) {
            // 6 words replaced in the first (66% with the word added), one in the last (90%): each holds fewer of
            // the query's words than a decoy, so none is in the first page
            int replaced = 6 - c * 6 / climbers;
            List<String> w = new ArrayList<>(query);
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < w.size(); i++) {
                at.add(i);
            }
            java.util.Collections.shuffle(at, rnd);
            for (int k = 0; k < replaced; k++) {
                w.set(at.get(k), CrowdedProbe.madeUp("c", c * 8 + k));
            }
            w.add(rnd.nextInt(w.size() + 1), CrowdedProbe.madeUp("x", c));
            units.add(new Unit("climber" + c, String.join(" ", w), "Kletterer " + c));
        }
        String text = String.join(" ", query);
        assertTrue(FuzzyScorer.score(text, TOKENIZER.tokens(text), units.get(3 * FuzzySearch.PROBE).source(),
                TOKENIZER.tokens(units.get(3 * FuzzySearch.PROBE).source())) < 60, "a rotated unit scores low");
        try (LuceneMemory tm = memory("climbers", units)) {
            for (int max : new int[] {1, 3, 40}) {
                for (int min : new int[] {50, 72}) {
                    List<Integer> got = tm.search(text, "en", "de", min, max).stream().map(Match::score).toList();
                    assertEquals(bruteForce(units, text, min, max), got, "min " + min + ", max " + max);
                }
            }
        }
    }

    @Test
    void randomMemoriesAgreeWithABruteForceScan() throws Exception {
        randomMemoriesAgree(1, 2);
    }

    @Test
    void randomMemoriesAgreeWhenTheExactStageFallsBackToPages() throws Exception {
        // a walk that may keep only a few units gives up, and the stage runs its query again for each page
        int limit = FuzzySearch.walkLimit;
        FuzzySearch.walkLimit = 8;
        try {
            randomMemoriesAgree(3, 3);
        } finally {
            FuzzySearch.walkLimit = limit;
        }
    }

    @Test
    void randomMemoriesAgreeInManySegmentsWhetherListsAreReadOrAdvanced() throws Exception {
        // the counting walk per segment: segments of 256 units, and every list longer than the candidates
        // advanced, then every list read through
        String units = System.getProperty("tmsh.tm.segmentUnits");
        int advance = CountingWalk.advance;
        int stop = CountingWalk.stop;
        System.setProperty("tmsh.tm.segmentUnits", "256");
        try {
            CountingWalk.advance = 1;
            randomMemoriesAgree(4, 4);
            CountingWalk.advance = Integer.MAX_VALUE;
            randomMemoriesAgree(5, 5);
            // every segment's walk stops after its prefix lists: the candidates count as holding every list not read
            CountingWalk.advance = advance;
            CountingWalk.stop = -1;
            randomMemoriesAgree(12, 12);
            CountingWalk.stop = 0;
            randomMemoriesAgree(13, 13);
        } finally {
            CountingWalk.advance = advance;
            CountingWalk.stop = stop;
            if (units == null) {
                System.clearProperty("tmsh.tm.segmentUnits");
            } else {
                System.setProperty("tmsh.tm.segmentUnits", units);
            }
        }
    }

    @Test
    void randomMemoriesAgreeWhenEveryWalkIsSplitBetweenTwoThreads() throws Exception {
        // the walk's segments split between this thread and the helper for every look-up, in many small segments,
        // with a walk that may keep few units (a half that overflows sends the stage to its pages)
        String units = System.getProperty("tmsh.tm.segmentUnits");
        long parallel = CountingWalk.parallel;
        int limit = FuzzySearch.walkLimit;
        System.setProperty("tmsh.tm.segmentUnits", "256");
        boolean share = CountingWalk.share;
        try {
            CountingWalk.parallel = 0;
            // segments handed out one at a time to whichever thread is free (the default), then the fixed halves
            for (boolean shared : new boolean[] {true, false}) {
                CountingWalk.share = shared;
                FuzzySearch.walkLimit = limit;
                randomMemoriesAgree(10, 10);
                FuzzySearch.walkLimit = 8;
                randomMemoriesAgree(11, 11);
            }
        } finally {
            CountingWalk.parallel = parallel;
            CountingWalk.share = share;
            FuzzySearch.walkLimit = limit;
            if (units == null) {
                System.clearProperty("tmsh.tm.segmentUnits");
            } else {
                System.setProperty("tmsh.tm.segmentUnits", units);
            }
        }
    }

    @Test
    void randomMemoriesAgreeWhenEveryWalkDropsUnitsOutsideTheLengthWindow() throws Exception {
        // every walk reads the segments' length arrays and counts only the units inside the bar's length window, in
        // one segment and in many, with the walk stopped after its prefix, and split between two threads
        String units = System.getProperty("tmsh.tm.segmentUnits");
        long from = UnitLengths.from;
        int stop = CountingWalk.stop;
        long parallel = CountingWalk.parallel;
        UnitLengths.from = 0;
        try {
            long built = UnitLengths.built();
            randomMemoriesAgree(14, 14);
            assertTrue(UnitLengths.built() > built, "the walks read the length arrays");
            assertEquals(0, UnitLengths.open(), "a closed memory's arrays are dropped");
            System.setProperty("tmsh.tm.segmentUnits", "256");
            randomMemoriesAgree(15, 15);
            CountingWalk.stop = -1;
            randomMemoriesAgree(16, 16);
            CountingWalk.stop = stop;
            CountingWalk.parallel = 0;
            randomMemoriesAgree(17, 17);
        } finally {
            UnitLengths.from = from;
            CountingWalk.stop = stop;
            CountingWalk.parallel = parallel;
            if (units == null) {
                System.clearProperty("tmsh.tm.segmentUnits");
            } else {
                System.setProperty("tmsh.tm.segmentUnits", units);
            }
        }
    }

    @Test
    void aLengthTheArrayCannotHoldIsNeverOutsideAWindow() {
        // 255 tokens or more (or no length) is stored as unknown: the walk's check on the doc values decides
        assertTrue(UnitLengths.in((byte) UnitLengths.UNKNOWN, 300, 400));
        assertTrue(UnitLengths.in((byte) UnitLengths.UNKNOWN, 1, 3));
        assertTrue(UnitLengths.in((byte) 7, 7, 9));
        assertTrue(UnitLengths.in((byte) 254, 200, 260));
        assertFalse(UnitLengths.in((byte) 6, 7, 9));
        assertFalse(UnitLengths.in((byte) 10, 7, 9));
        assertFalse(UnitLengths.in((byte) 254, 7, 9));
    }

    @Test
    void randomMemoriesAgreeWithLucenesWalk() throws Exception {
        // the walk before the counting one (-Dtmsh.tm.counting=false) stays exact
        FuzzySearch.COUNTING = false;
        try {
            randomMemoriesAgree(6, 6);
        } finally {
            FuzzySearch.COUNTING = true;
        }
    }

    @Test
    void randomMemoriesAgreeWhateverTheCountingProbeReads() throws Exception {
        // the counting probe only raises the bar: reading one list (the rarest), with no BM25 probe after it when it
        // finds nothing, then every list of the query, the exact stage still finds every unit that can reach the bar
        int budget = CountingProbe.budget;
        int terms = CountingProbe.maxTerms;
        FuzzySearch.PROBE_AGAIN = false;
        try {
            CountingProbe.budget = 1;
            CountingProbe.maxTerms = 1;
            randomMemoriesAgree(7, 7);
            CountingProbe.budget = Integer.MAX_VALUE;
            CountingProbe.maxTerms = Integer.MAX_VALUE;
            randomMemoriesAgree(8, 8);
        } finally {
            CountingProbe.budget = budget;
            CountingProbe.maxTerms = terms;
            FuzzySearch.PROBE_AGAIN = true;
        }
    }

    @Test
    void randomMemoriesAgreeWithTheBm25Probe() throws Exception {
        // the probe before the counting one (-Dtmsh.tm.countingProbe=false) stays exact
        FuzzySearch.COUNTING_PROBE = false;
        try {
            randomMemoriesAgree(9, 9);
        } finally {
            FuzzySearch.COUNTING_PROBE = true;
        }
    }

    /** Random memories (seeds {@code first} to {@code last}) whose look-ups have a brute-force scan's scores. */
    private void randomMemoriesAgree(long first, long last) throws Exception {
        for (long seed = first; seed <= last; seed++) {
            Random rnd = new Random(seed);
            // a vocabulary with a few very common words (in more than a thousand units, which the look-up
            // leaves out of its filters) and a long tail
            List<String> vocabulary = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                vocabulary.add(CrowdedProbe.madeUp("v", i));
            }
            List<List<String>> bases = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                bases.add(sentence(vocabulary, 3 + rnd.nextInt(14), rnd));
            }
            List<Unit> units = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                // most units are variants of a few base sentences (near duplicates crowd the probe), the rest random
                List<String> w = rnd.nextInt(4) == 0 ? sentence(vocabulary, 3 + rnd.nextInt(14), rnd)
                        : edited(bases.get(rnd.nextInt(bases.size())), 1 + rnd.nextInt(5), vocabulary, rnd);
                units.add(new Unit("u" + i, String.join(" ", w), "ziel " + i));
            }
            try (LuceneMemory tm = memory("random" + seed, units)) {
                if (Integer.getInteger("tmsh.tm.segmentUnits", 0) > 0) {
                    int segments = tm.reader().leaves().size();
                    assertTrue(segments > 1, segments + " segments");
                }
                for (int q = 0; q < 40; q++) {
                    List<String> base = bases.get(rnd.nextInt(bases.size()));
                    String text = String.join(" ", q % 3 == 0 ? sentence(vocabulary, 3 + rnd.nextInt(14), rnd)
                            : edited(base, rnd.nextInt(1 + base.size() / 2), vocabulary, rnd));
                    for (int min : new int[] {50, 70}) {
                        for (int max : new int[] {1, 5}) {
                            List<Integer> got = tm.search(text, "en", "de", min, max).stream().map(Match::score).toList();
                            assertEquals(bruteForce(units, text, min, max), got,
                                    "seed " + seed + ", min " + min + ", max " + max + ": " + text);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theRandomMemoriesHaveCommonWords() {
        // the property test above covers the filter's leaving out of very common words only if some word is
        // in more than a thousand of its 3,000 units (the threshold of a small memory)
        Random rnd = new Random(1);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            vocabulary.add(CrowdedProbe.madeUp("v", i));
        }
        int withFirst = 0;
        for (int i = 0; i < 3000; i++) {
            withFirst += sentence(vocabulary, 3 + rnd.nextInt(14), rnd).contains(vocabulary.get(0)) ? 1 : 0;
        }
        assertTrue(withFirst > 1000, withFirst + " units with the commonest word");
    }

    /** {@code n} words drawn with Zipf-like weights (the first words are the commonest). */
    private static List<String> sentence(List<String> vocabulary, int n, Random rnd) {
        List<String> w = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            w.add(vocabulary.get(zipf(vocabulary.size(), rnd)));
        }
        return w;
    }

    private static int zipf(int n, Random rnd) {
        return Math.min(n - 1, (int) Math.floor(Math.exp(rnd.nextDouble() * Math.log(n + 1.0))) - 1);
    }

    /** {@code base} with {@code edits} words deleted, inserted or replaced. */
    private static List<String> edited(List<String> base, int edits, List<String> vocabulary, Random rnd) {
        List<String> w = new ArrayList<>(base);
        for (int e = 0; e < edits && w.size() > 1; e++) {
            int at = rnd.nextInt(w.size());
            switch (rnd.nextInt(3)) {
                case 0 -> w.remove(at);
                case 1 -> w.add(at, vocabulary.get(zipf(vocabulary.size(), rnd)));
                default -> w.set(at, vocabulary.get(zipf(vocabulary.size(), rnd)));
            }
        }
        return w;
    }
}
