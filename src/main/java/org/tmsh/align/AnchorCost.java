package org.tmsh.align;

/**
 * Lexical evidence of a bead: a reward for every anchor (number, name, cognate) found on both
 * sides, and a penalty for every number found on one side only.
 *
 * <p>Matches are computed once per pair of segments (sorted multisets, each occurrence matched
 * once) and cached for the cells of the search band; a merged bead sums the matches of its pairs.
 * NOTE: that sum can count an anchor twice when it occurs in two merged segments but once on the
 * other side; the number penalty is floored at zero for that reason.
 */
final class AnchorCost implements BeadCost {

    private static final int REACH = 4;

    private final double scale;
    private final double numberMismatch;
    private Problem problem;
    private int[] rowLo;
    private float[][] matched;
    private float[][] matchedNumbers;
    private double[] srcNumbers;
    private double[] tgtNumbers;

    AnchorCost(double scale, double numberMismatch) {
        this.scale = scale;
        this.numberMismatch = numberMismatch;
    }

    @Override
    public void prepare(Problem p, int[] lo, int[] hi) {
        problem = p;
        rowLo = new int[p.n];
        matched = new float[p.n][];
        matchedNumbers = new float[p.n][];
        for (int i = 0; i < p.n; i++) {
            int from = Math.max(0, Math.min(lo[i], lo[i + 1]) - REACH);
            int to = Math.min(p.m, Math.max(hi[i], hi[i + 1]) + REACH);
            rowLo[i] = from;
            matched[i] = new float[to - from];
            matchedNumbers[i] = new float[to - from];
            java.util.Arrays.fill(matched[i], Float.NaN);
        }
        srcNumbers = numberWeights(p.srcAnchors, p.anchors);
        tgtNumbers = numberWeights(p.tgtAnchors, p.anchors);
    }

    private static double[] numberWeights(int[][] segs, Anchors anchors) {
        double[] w = new double[segs.length];
        for (int i = 0; i < segs.length; i++) {
            for (int id : segs[i]) {
                if (anchors.isNumber(id)) {
                    w[i] += anchors.weight(id);
                }
            }
        }
        return w;
    }

    @Override
    public double cost(Problem p, int i, int si, int j, int tj) {
        if (si == 0 || tj == 0) {
            return 0;
        }
        if (p != problem) {
            throw new IllegalStateException("prepare() was not called for this problem");
        }
        double match = 0;
        double numbers = 0;
        double numbersOneSide = 0;
        for (int r = i; r < i + si; r++) {
            numbersOneSide += srcNumbers[r];
            for (int c = j; c < j + tj; c++) {
                int k = c - rowLo[r];
                if (k < 0 || k >= matched[r].length) {
                    double[] mm = intersect(p, r, c);
                    match += mm[0];
                    numbers += mm[1];
                    continue;
                }
                if (Float.isNaN(matched[r][k])) {
                    double[] mm = intersect(p, r, c);
                    matched[r][k] = (float) mm[0];
                    matchedNumbers[r][k] = (float) mm[1];
                }
                match += matched[r][k];
                numbers += matchedNumbers[r][k];
            }
        }
        for (int c = j; c < j + tj; c++) {
            numbersOneSide += tgtNumbers[c];
        }
        double mismatch = Math.max(0, numbersOneSide - 2 * numbers);
        return -scale * match + numberMismatch * mismatch;
    }

    /** Weighted matches of two sorted multisets: {all anchors, numbers only}. */
    private static double[] intersect(Problem p, int r, int c) {
        int[] a = p.srcAnchors[r];
        int[] b = p.tgtAnchors[c];
        Anchors anchors = p.anchors;
        double all = 0;
        double num = 0;
        int x = 0;
        int y = 0;
        while (x < a.length && y < b.length) {
            if (a[x] < b[y]) {
                x++;
            } else if (a[x] > b[y]) {
                y++;
            } else {
                double w = anchors.weight(a[x]);
                all += w;
                if (anchors.isNumber(a[x])) {
                    num += w;
                }
                x++;
                y++;
            }
        }
        return new double[] {all, num};
    }
}
