package org.tmsh.align;

/**
 * Lexical evidence of a bead: a reward for every anchor (number, name, cognate) found on both
 * sides, each occurrence matched once, and a penalty for every number found on one side only.
 *
 * <p>The anchors of every span of up to {@link #MAX_SPAN} consecutive segments are merged once
 * into a sorted multiset, so a bead costs one linear intersection. {@link #lowerBound} lets the
 * search skip beads whose best possible reward cannot beat what a cell already has.
 */
final class AnchorCost implements BeadCost {

    static final int MAX_SPAN = 4;

    private final double scale;
    private final double numberMismatch;
    private Problem problem;
    private Spans src;
    private Spans tgt;

    AnchorCost(double scale, double numberMismatch) {
        this.scale = scale;
        this.numberMismatch = numberMismatch;
    }

    /** Merged anchors, total weight and number weight of every span of 1..MAX_SPAN segments. */
    private static final class Spans {
        final int[][][] ids = new int[MAX_SPAN][][];
        final double[][] weight = new double[MAX_SPAN][];
        final double[][] numbers = new double[MAX_SPAN][];

        Spans(int[][] segs, Anchors anchors) {
            int n = segs.length;
            for (int k = 0; k < MAX_SPAN; k++) {
                ids[k] = new int[n][];
                weight[k] = new double[n];
                numbers[k] = new double[n];
                for (int i = 0; i + k < n; i++) {
                    ids[k][i] = k == 0 ? segs[i] : merge(ids[k - 1][i], segs[i + k]);
                    for (int id : segs[i + k]) {
                        double w = anchors.weight(id);
                        weight[k][i] += w;
                        if (anchors.isNumber(id)) {
                            numbers[k][i] += w;
                        }
                    }
                    if (k > 0) {
                        weight[k][i] += weight[k - 1][i];
                        numbers[k][i] += numbers[k - 1][i];
                    }
                }
            }
        }

        private static int[] merge(int[] a, int[] b) {
            int[] out = new int[a.length + b.length];
            int x = 0;
            int y = 0;
            int o = 0;
            while (x < a.length && y < b.length) {
                out[o++] = a[x] <= b[y] ? a[x++] : b[y++];
            }
            while (x < a.length) {
                out[o++] = a[x++];
            }
            while (y < b.length) {
                out[o++] = b[y++];
            }
            return out;
        }
    }

    @Override
    public void prepare(Problem p) {
        problem = p;
        src = new Spans(p.srcAnchors, p.anchors);
        tgt = new Spans(p.tgtAnchors, p.anchors);
    }

    @Override
    public double lowerBound(Problem p, int i, int si, int j, int tj) {
        if (si == 0 || tj == 0) {
            return 0;
        }
        return -scale * Math.min(src.weight[si - 1][i], tgt.weight[tj - 1][j]);
    }

    @Override
    public double cost(Problem p, int i, int si, int j, int tj) {
        if (si == 0 || tj == 0) {
            return 0;
        }
        if (p != problem) {
            throw new IllegalStateException("prepare() was not called for this problem");
        }
        int[] a = src.ids[si - 1][i];
        int[] b = tgt.ids[tj - 1][j];
        Anchors anchors = p.anchors;
        double matched = 0;
        double matchedNumbers = 0;
        int x = 0;
        int y = 0;
        while (x < a.length && y < b.length) {
            if (a[x] < b[y]) {
                x++;
            } else if (a[x] > b[y]) {
                y++;
            } else {
                double w = anchors.weight(a[x]);
                matched += w;
                if (anchors.isNumber(a[x])) {
                    matchedNumbers += w;
                }
                x++;
                y++;
            }
        }
        double oneSide = src.numbers[si - 1][i] + tgt.numbers[tj - 1][j] - 2 * matchedNumbers;
        return -scale * matched + numberMismatch * Math.max(0, oneSide);
    }
}
