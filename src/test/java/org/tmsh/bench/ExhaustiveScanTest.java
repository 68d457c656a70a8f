package org.tmsh.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The TM benchmark's streaming scan (ten million units, never held) is the reference only if it
 * finds what the held scan finds: the same best score for every query on the same derived memory.
 */
class ExhaustiveScanTest {

    @Test
    void theStreamingScanFindsTheHeldScansBestScoreForEveryQuery() throws Exception {
        List<TmData.Pair> real = TmData.load(Path.of("../shared/tm-data"));
        int size = real.size() + 20_000; // the real pairs, then joined and varied units
        List<TmData.Pair> units = TmData.derive(real, size);
        List<TmBenchmark.Query> queries = TmBenchmark.queries(real, new Random(7)).subList(0, 40);
        ExhaustiveScan held = new ExhaustiveScan(units);
        int[] expected = queries.stream().mapToInt(q -> held.best(q.text(), q.min())).toArray();
        int[] streamed = ExhaustiveScan.bestOfDerived(real, size, queries);
        assertArrayEquals(expected, streamed);
        assertTrue(Arrays.stream(expected).filter(b -> b >= 0).count() >= 20, "most queries have a match: "
                + Arrays.toString(expected));
    }

    @Test
    void theDerivedUnitsStreamInTheOrderOfTheList() throws Exception {
        List<TmData.Pair> real = TmData.load(Path.of("../shared/tm-data")).subList(0, 500);
        List<TmData.Pair> list = TmData.derive(real, 1_200);
        List<TmData.Pair> streamed = new java.util.ArrayList<>();
        TmData.forEachDerived(real, 1_200, streamed::add);
        assertTrue(list.equals(streamed));
        assertTrue(TmData.derive(real, 300).equals(list.subList(0, 300)), "fewer units than real pairs: the first ones");
    }
}
