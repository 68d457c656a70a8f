package org.tmsh.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Links across the order of the documents: after the monotone search, the runs of segments left
 * unaligned on each side are aligned to each other when the two runs stand on opposite sides of
 * some link (two paragraphs in the other order, a paragraph moved) and their evidence is strong.
 *
 * <p>For every such pair of runs a small search of its own (the aligner's bead shapes and cost
 * components, shapes of at most {@link #MAX_SIDE} segments a side) finds the cheapest alignment of the two runs, 1-0 and 0-1
 * included. What its links save against leaving their segments unaligned is the pair's gain, a
 * link of more than two segments credited as if it had two (else a 1-2 link would gain from its
 * third segment's skip more than from its evidence); a pair is
 * linked when its gain beats {@link AlignerSettings#crossing()}, the price of one crossing, so a
 * crossing needs several sentences' worth of evidence (numbers, names, dictionary words, length)
 * and an unrelated leftover on each side stays unaligned. The best pair is taken first, then the
 * runs are found again among what is still unaligned.
 *
 * <p>The new links take the place of the source run's 1-0 links, so the list stays in the
 * source's order; the target's order is broken at them. Runs of two sides that could be linked in
 * order are left alone: the monotone search already found leaving them cheaper.
 *
 * <p>NOTE: at most {@link #MAX_CELLS} cells a pair and {@link #MAX_PAIRS} pairs of runs a
 * document are searched, so a document with long untranslated parts costs a bounded extra time;
 * runs beyond are left as they are.
 */
final class CrossingLinks {

    /** At most this many cells in the search of one pair of runs (larger pairs are left unaligned). */
    static final int MAX_CELLS = 40_000;
    /**
     * At most this many segments a side in a crossing link: a 1-3 or 4-1 link across the order
     * gains from the skipped segments it takes in more than from its evidence (a name list taken
     * with a sentence that shares a year and a name).
     */
    static final int MAX_SIDE = 2;
    /** At most this many pairs of runs searched in one document. */
    static final int MAX_PAIRS = 2_000;

    private final double price;

    CrossingLinks(double price) {
        this.price = price;
    }

    /** A run of unaligned segments of one side: ids {@code [from, from + count)}. */
    private record Run(int from, int count) {
        int end() {
            return from + count;
        }
    }

    /** The best alignment found of one pair of runs, and what it saves against leaving both unaligned. */
    private record Found(Run src, Run tgt, List<Link> links, double gain) {
    }

    /**
     * {@code links} (monotone, covering both sides once) with crossing links added where they
     * pay; {@code costs} must be prepared for {@code p}. The same list when none pays.
     */
    List<Link> add(Problem p, List<BeadCost> costs, List<Link> links) {
        if (Double.isInfinite(price)) {
            return links;
        }
        List<Link> out = links;
        while (true) {
            Found best = null;
            List<Run> srcRuns = runs(out, true, p.n);
            List<Run> tgtRuns = runs(out, false, p.m);
            int searched = 0;
            for (Run s : srcRuns) {
                for (Run t : tgtRuns) {
                    if ((long) (s.count + 1) * (t.count + 1) > MAX_CELLS || !crosses(out, s, t)) {
                        continue;
                    }
                    if (++searched > MAX_PAIRS) {
                        break;
                    }
                    Found f = search(p, costs, s, t);
                    if (f != null && f.gain > price && (best == null || f.gain > best.gain)) {
                        best = f;
                    }
                }
            }
            if (best == null) {
                return out;
            }
            out = apply(out, best);
        }
    }

    /** Maximal runs of consecutive ids of one side that only null links hold. */
    private static List<Run> runs(List<Link> links, boolean source, int size) {
        boolean[] free = new boolean[size];
        for (Link l : links) {
            if (l.isNull()) {
                for (int id : source ? l.source() : l.target()) {
                    free[id] = true;
                }
            }
        }
        List<Run> runs = new ArrayList<>();
        int start = -1;
        for (int k = 0; k <= size; k++) {
            boolean f = k < size && free[k];
            if (f && start < 0) {
                start = k;
            } else if (!f && start >= 0) {
                runs.add(new Run(start, k - start));
                start = -1;
            }
        }
        return runs;
    }

    /** Whether linking the two runs would cross a link of both sides (else the monotone search saw them). */
    private static boolean crosses(List<Link> links, Run s, Run t) {
        for (Link l : links) {
            if (l.isNull()) {
                continue;
            }
            int ls = l.source()[0];
            int lt = l.target()[0];
            if ((ls < s.from && lt >= t.end()) || (ls >= s.end() && lt < t.from)) {
                return true;
            }
        }
        return false;
    }

    /** The cheapest monotone alignment of the two runs with every bead shape, and its gain; null without a link. */
    private static Found search(Problem p, List<BeadCost> costs, Run s, Run t) {
        int n = s.count;
        int m = t.count;
        double[][] best = new double[n + 1][m + 1];
        int[][] from = new int[n + 1][m + 1];
        for (double[] row : best) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        best[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                for (int b = 0; b < BandSearch.BEADS.length; b++) {
                    int si = BandSearch.BEADS[b][0];
                    int tj = BandSearch.BEADS[b][1];
                    if (si > MAX_SIDE || tj > MAX_SIDE || si > i || tj > j || best[i - si][j - tj] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double c = best[i - si][j - tj] + cost(p, costs, s.from + i - si, si, t.from + j - tj, tj);
                    if (c < best[i][j]) {
                        best[i][j] = c;
                        from[i][j] = b;
                    }
                }
            }
        }
        List<Link> path = new ArrayList<>();
        int i = n;
        int j = m;
        boolean any = false;
        double gain = 0;
        while (i > 0 || j > 0) {
            int si = BandSearch.BEADS[from[i][j]][0];
            int tj = BandSearch.BEADS[from[i][j]][1];
            int a = s.from + i - si;
            int b = t.from + j - tj;
            double c = cost(p, costs, a, si, b, tj);
            path.add(new Link(ids(a, si), ids(b, tj), c, 0));
            if (si > 0 && tj > 0) {
                gain += (unaligned(p, costs, a, si, b, tj) * 2 / (si + tj)) - c;
                any = true;
            }
            i -= si;
            j -= tj;
        }
        if (!any) {
            return null;
        }
        Collections.reverse(path);
        return new Found(s, t, path, gain);
    }

    /** What leaving the segments of a bead unaligned costs. */
    private static double unaligned(Problem p, List<BeadCost> costs, int i, int si, int j, int tj) {
        double c = 0;
        for (int k = 0; k < si; k++) {
            c += cost(p, costs, i + k, 1, j, 0);
        }
        for (int k = 0; k < tj; k++) {
            c += cost(p, costs, i, 0, j + k, 1);
        }
        return c;
    }

    private static double cost(Problem p, List<BeadCost> costs, int i, int si, int j, int tj) {
        double c = 0;
        for (BeadCost bc : costs) {
            c += bc.cost(p, i, si, j, tj);
        }
        return c;
    }

    private static int[] ids(int from, int count) {
        int[] ids = new int[count];
        for (int k = 0; k < count; k++) {
            ids[k] = from + k;
        }
        return ids;
    }

    /**
     * The links with the pair's null links replaced: its links with a source segment where the
     * source run's 1-0 links stood, the 0-1 links of the target run left out, those of its links
     * without a source segment (0-1) at the end of the new links.
     */
    private static List<Link> apply(List<Link> links, Found f) {
        List<Link> withSource = new ArrayList<>();
        List<Link> targetOnly = new ArrayList<>();
        for (Link l : f.links) {
            (l.source().length > 0 ? withSource : targetOnly).add(l);
        }
        List<Link> out = new ArrayList<>(links.size());
        boolean placed = false;
        for (Link l : links) {
            if (l.isNull() && l.target().length == 0 && inside(l.source(), f.src)) {
                if (!placed) {
                    out.addAll(withSource);
                    out.addAll(targetOnly);
                    placed = true;
                }
                continue;
            }
            if (l.isNull() && l.source().length == 0 && inside(l.target(), f.tgt)) {
                continue;
            }
            out.add(l);
        }
        return out;
    }

    private static boolean inside(int[] ids, Run r) {
        return ids.length > 0 && ids[0] >= r.from && ids[ids.length - 1] < r.end();
    }
}
