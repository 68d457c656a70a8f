package org.tmsh.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.tmsh.common.Progress;

/**
 * The dynamic programming of the aligner: the cheapest path of beads from cell (0, 0) to cell
 * (n, m) of a {@link Band}, the cost of a bead being the sum of the cost components.
 *
 * <p>{@link #oneWay} fills the band from the top row down. {@link #twoWays} fills its top half
 * from the top down and, on a second thread, its bottom half from the bottom up (the cost of the
 * rest of the way from each cell), then joins them where their sum is least: on a cell of the
 * middle row, or across it by a bead that starts in one of the three rows above. It finds the
 * same cheapest path on two cores in about half the time.
 *
 * <p>NOTE: bounds come first (they may be negative), then the exact costs, which are never
 * negative: a partial sum that reaches the best so far ends the bead early. Costs are kept as
 * floats, so two paths whose costs differ by less than a float's precision may be taken either way.
 */
final class BandSearch {

    static final int[][] BEADS = {
            {1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}, {4, 1}, {1, 4}, {3, 2}, {2, 3}};
    private static final int MAX_DI = 4;

    private BandSearch() {
    }

    /** The cheapest path, the band filled from the top row down; {@code progress} gets rows done. */
    static List<Link> oneWay(Problem p, List<BeadCost> costs, Band band, Progress progress) {
        Half top = new Half(band.n + 1);
        down(p, order(costs), band, band.n, top, progress, band.n);
        List<Link> links = new ArrayList<>();
        back(p, costs, band, top, band.n, band.m, links);
        return links;
    }

    /**
     * The cheapest path, the band's top half filled with {@code costs} on this thread and its
     * bottom half with {@code twin} (other instances of the same components, prepared for
     * {@code p}) on another.
     */
    static List<Link> twoWays(Problem p, List<BeadCost> costs, List<BeadCost> twin, Band band, Progress progress) {
        int h = band.n / 2;
        Half top = new Half(band.n + 1);
        Half bottom = new Half(band.n + 1);
        CompletableFuture<Void> up = CompletableFuture.runAsync(() -> up(p, order(twin), band, h, bottom),
                Aligner.onThread("tmsh-align-up"));
        down(p, order(costs), band, h, top, progress, Math.max(1, 2 * h));
        Aligner.join(up);
        // the cheapest join: a cell of row h, or a bead from a row above h to a row below it
        float best = Float.POSITIVE_INFINITY;
        int bi = h;
        int bj = -1;
        int bb = -1;
        for (int j = band.lo[h]; j <= band.hi[h]; j++) {
            float v = top.at(band, h, j) + bottom.at(band, h, j);
            if (v < best) {
                best = v;
                bj = j;
            }
        }
        for (int pi = Math.max(0, h - MAX_DI + 1); pi < h; pi++) {
            for (int pj = band.lo[pi]; pj <= band.hi[pi]; pj++) {
                float before = top.at(band, pi, pj);
                if (before == Float.POSITIVE_INFINITY) {
                    continue;
                }
                for (int b = 0; b < BEADS.length; b++) {
                    int ni = pi + BEADS[b][0];
                    int nj = pj + BEADS[b][1];
                    if (ni <= h || !band.inside(ni, nj)) {
                        continue;
                    }
                    float after = bottom.at(band, ni, nj);
                    if (after == Float.POSITIVE_INFINITY) {
                        continue;
                    }
                    float v = before + (float) beadCost(costs, p, pi, BEADS[b][0], pj, BEADS[b][1]) + after;
                    if (v < best) {
                        best = v;
                        bi = pi;
                        bj = pj;
                        bb = b;
                    }
                }
            }
        }
        List<Link> links = new ArrayList<>();
        back(p, costs, band, top, bi, bj, links);
        int i = bi;
        int j = bj;
        if (bb >= 0) {
            links.add(link(p, costs, i, BEADS[bb][0], j, BEADS[bb][1]));
            i += BEADS[bb][0];
            j += BEADS[bb][1];
        }
        while (i < band.n || j < band.m) {
            int b = bottom.bead[i][j - band.lo[i]];
            links.add(link(p, costs, i, BEADS[b][0], j, BEADS[b][1]));
            i += BEADS[b][0];
            j += BEADS[b][1];
        }
        return links;
    }

    /** The cells of a band filled by one thread: a cost and the bead taken, per row from its lo. */
    private static final class Half {
        final float[][] cost;
        final byte[][] bead;

        Half(int rows) {
            cost = new float[rows][];
            bead = new byte[rows][];
        }

        void row(Band band, int i) {
            int width = Math.max(0, band.hi[i] - band.lo[i] + 1);
            cost[i] = new float[width];
            bead[i] = new byte[width];
            Arrays.fill(cost[i], Float.POSITIVE_INFINITY);
            Arrays.fill(bead[i], (byte) -1);
        }

        float at(Band band, int i, int j) {
            return cost[i][j - band.lo[i]];
        }
    }

    /** Rows 0..last, each cell's cost from (0, 0) and the bead that ends there. */
    private static void down(Problem p, BeadCost[] comps, Band band, int last, Half half, Progress progress,
                             int total) {
        sweep(p, comps, band, 0, last, half, progress, total);
    }

    /** Rows n down to first, each cell's cost to (n, m) and the bead that starts there. */
    private static void up(Problem p, BeadCost[] comps, Band band, int first, Half half) {
        sweep(p, comps, band, band.n, first, half, null, 0);
    }

    /**
     * Rows {@code from} to {@code to}: down (from the top, {@code from} 0), each cell's cost from
     * (0, 0) and the bead that ends there, or up (from the bottom, {@code from} n), each cell's cost
     * to (n, m) and the bead that starts there.
     */
    private static void sweep(Problem p, BeadCost[] comps, Band band, int from, int to, Half half, Progress progress,
                              int total) {
        boolean down = from <= to;
        int s = down ? -1 : 1;
        int originJ = down ? 0 : band.m;
        for (int i = from; down ? i <= to : i >= to; i -= s) {
            half.row(band, i);
            float[] row = half.cost[i];
            int lo = band.lo[i];
            int hi = band.hi[i];
            // the row's 0-1 beads lead to the previous column down, the next one up: that one first
            for (int j = down ? lo : hi; down ? j <= hi : j >= lo; j -= s) {
                if (i == from && j == originJ) {
                    row[j - lo] = 0;
                    continue;
                }
                float best = Float.POSITIVE_INFINITY;
                byte bestBead = -1;
                for (byte b = 0; b < BEADS.length; b++) {
                    int di = BEADS[b][0];
                    int dj = BEADS[b][1];
                    int oi = i + s * di;
                    int oj = j + s * dj;
                    if (!band.inside(oi, oj)) {
                        continue;
                    }
                    float other = half.at(band, oi, oj);
                    if (other == Float.POSITIVE_INFINITY) {
                        continue;
                    }
                    float c = down ? step(comps, p, oi, di, oj, dj, other, best) : step(comps, p, i, di, j, dj, other, best);
                    if (c < best) {
                        best = c;
                        bestBead = b;
                    }
                }
                row[j - lo] = best;
                half.bead[i][j - lo] = bestBead;
            }
            if (progress != null && (i % 256 == 0 || i == to)) {
                progress.update(Math.min(total, i * total / Math.max(1, to)), total);
            }
        }
    }

    /**
     * {@code base} plus the cost of the bead, or infinity as soon as its bounds show it cannot be
     * cheaper than {@code best}.
     */
    private static float step(BeadCost[] comps, Problem p, int i, int di, int j, int dj, float base, float best) {
        double bound = 0;
        double exact = 0;
        for (BeadCost bc : comps) {
            double v = bc.lowerBound(p, i, di, j, dj);
            bound += v;
            if (bc.boundIsCost()) {
                exact += v;
                if (base + bound >= best) {
                    return Float.POSITIVE_INFINITY;
                }
            }
        }
        if (base + bound >= best) {
            return Float.POSITIVE_INFINITY;
        }
        for (BeadCost bc : comps) {
            if (!bc.boundIsCost()) {
                exact += bc.cost(p, i, di, j, dj);
            }
        }
        return base + (float) exact;
    }

    /** The components, those whose bound is not their cost first. */
    private static BeadCost[] order(List<BeadCost> costs) {
        return costs.stream().sorted((a, b) -> Boolean.compare(a.boundIsCost(), b.boundIsCost()))
                .toArray(BeadCost[]::new);
    }

    /** Appends the links of the path from (0, 0) to cell (i, j) of {@code top}. */
    private static void back(Problem p, List<BeadCost> costs, Band band, Half top, int i, int j, List<Link> links) {
        List<Link> rev = new ArrayList<>();
        while (i > 0 || j > 0) {
            int b = top.bead[i][j - band.lo[i]];
            int pi = i - BEADS[b][0];
            int pj = j - BEADS[b][1];
            rev.add(link(p, costs, pi, BEADS[b][0], pj, BEADS[b][1]));
            i = pi;
            j = pj;
        }
        Collections.reverse(rev);
        links.addAll(rev);
    }

    private static Link link(Problem p, List<BeadCost> costs, int i, int si, int j, int tj) {
        double c = beadCost(costs, p, i, si, j, tj);
        return new Link(range(i, si), range(j, tj), c, confidence(si, tj, p, i, j, c));
    }

    private static double beadCost(List<BeadCost> costs, Problem p, int i, int si, int j, int tj) {
        double c = 0;
        for (BeadCost bc : costs) {
            c += bc.cost(p, i, si, j, tj);
        }
        return c;
    }

    /**
     * A confidence in [0, 1] from the cost per segment: anchored pairs score near 1, pairs that
     * only the lengths support near 0.7, improbable ones low. Boilerplate left out is confident.
     */
    private static double confidence(int si, int tj, Problem p, int i, int j, double cost) {
        if (si == 0 || tj == 0) {
            boolean boiler = si == 0 ? p.tgtBoiler[j] : p.srcBoiler[i];
            return boiler ? 0.9 : 0.5;
        }
        double perSegment = cost / (si + tj);
        return 1.0 / (1.0 + Math.exp(1.5 * (perSegment - 1.0)));
    }

    private static int[] range(int from, int count) {
        int[] r = new int[count];
        for (int k = 0; k < count; k++) {
            r[k] = from + k;
        }
        return r;
    }
}
