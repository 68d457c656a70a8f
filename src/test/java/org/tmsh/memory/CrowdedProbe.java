package org.tmsh.memory;

import java.util.ArrayList;
import java.util.List;

/**
 * A memory in which the best unit lies outside any word-overlap probe of 128: the query is 20 made-up
 * words; 3 x 128 decoys hold all of them and their pairs plus 8 words more (20 of 28 tokens: 71%), so
 * they outrank and outnumber; the best unit has 5 of the 20 words replaced (75%). Shared by the
 * memory contract (every backend) and the embedded look-up's exactness test.
 */
public final class CrowdedProbe {

    /** A unit of the memory: its tuid, source (en) and target (de). */
    public record Unit(String id, String source, String target) {
    }

    private CrowdedProbe() {
    }

    /** The query's words. */
    public static List<String> query() {
        List<String> query = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            query.add(madeUp("q", i));
        }
        return query;
    }

    /** {@code decoys} decoys (three times the probe's size, to outnumber it), then the best unit (tuid {@code best}). */
    public static List<Unit> units(int decoys) {
        List<String> query = query();
        List<Unit> units = new ArrayList<>();
        for (int d = 0; d < decoys; d++) {
            List<String> w = new ArrayList<>(query);
            for (int e = 0; e < 8; e++) {
                w.add(madeUp("d", d * 8 + e));
            }
            units.add(new Unit("decoy" + d, String.join(" ", w), "Köder " + d));
        }
        List<String> best = new ArrayList<>(query);
        for (int i : new int[] {2, 6, 10, 14, 18}) {
            best.set(i, madeUp("b", i));
        }
        units.add(new Unit("best", String.join(" ", best), "das Beste"));
        return units;
    }

    /** A made-up word, distinct for each n. */
    public static String madeUp(String stem, int n) {
        String[] s = "ka lo mi nu pe ra si to ve zu".split(" ");
        StringBuilder b = new StringBuilder(stem);
        do {
            b.append(s[n % s.length]);
            n /= s.length;
        } while (n > 0);
        return b.toString();
    }
}
