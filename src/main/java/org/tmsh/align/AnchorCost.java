package org.tmsh.align;

/**
 * Lexical evidence of a bead: a reward for every anchor (number, name, cognate) found on both
 * sides, each occurrence matched once, and a penalty for every number found on one side only.
 *
 * <p>The anchors of every span are merged once ({@link SpanBags}), so a bead costs one linear
 * intersection. {@link #lowerBound} lets the
 * search skip beads whose best possible reward cannot beat what a cell already has.
 */
final class AnchorCost implements BeadCost {

    private final double scale;
    private final double numberMismatch;
    private Problem problem;
    private SpanBags src;
    private SpanBags tgt;
    private PairGains pairs;

    AnchorCost(double scale, double numberMismatch) {
        this.scale = scale;
        this.numberMismatch = numberMismatch;
    }

    /** What every instance reads of a problem: the span bags of each side and the weight of each id. */
    private record Shared(SpanBags src, SpanBags tgt, double[] weights) {
    }

    @Override
    public void prepare(Problem p) {
        problem = p;
        Shared s = p.shared(Shared.class, () -> new Shared(bags(p.srcAnchors, p.anchors), bags(p.tgtAnchors, p.anchors),
                weights(p.srcAnchors, p.tgtAnchors, p.anchors)));
        src = s.src();
        tgt = s.tgt();
        pairs = new PairGains(p.srcAnchors, p.tgtAnchors, s.weights(), true, p.m);
    }

    private static double[] weights(int[][] a, int[][] b, Anchors anchors) {
        int ids = 0;
        for (int[][] segs : new int[][][] {a, b}) {
            for (int[] s : segs) {
                for (int id : s) {
                    ids = Math.max(ids, id + 1);
                }
            }
        }
        double[] w = new double[ids];
        for (int id = 0; id < ids; id++) {
            w[id] = anchors.weight(id);
        }
        return w;
    }

    /** Bags with two sums: 0 the anchors' weight, 1 the numbers' weight. */
    private static SpanBags bags(int[][] segs, Anchors anchors) {
        int ids = 0;
        for (int[] a : segs) {
            for (int id : a) {
                ids = Math.max(ids, id + 1);
            }
        }
        double[] weight = new double[ids];
        double[] numbers = new double[ids];
        for (int id = 0; id < ids; id++) {
            weight[id] = anchors.weight(id);
            numbers[id] = anchors.isNumber(id) ? weight[id] : 0;
        }
        return new SpanBags(segs, weight, numbers);
    }

    @Override
    public boolean boundIsCost() {
        return false;
    }

    @Override
    public double lowerBound(Problem p, int i, int si, int j, int tj) {
        if (si == 0 || tj == 0) {
            return 0;
        }
        double most = Math.min(src.sum(0, i, si), tgt.sum(0, j, tj));
        if (si * tj > 1) {
            most = Math.min(most, pairs.span(i, si, j, tj));
        }
        return -scale * most;
    }

    @Override
    public double cost(Problem p, int i, int si, int j, int tj) {
        if (si == 0 || tj == 0) {
            return 0;
        }
        if (p != problem) {
            throw new IllegalStateException("prepare() was not called for this problem");
        }
        int[] a = src.bag(i, si);
        int[] b = tgt.bag(j, tj);
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
        double oneSide = src.sum(1, i, si) + tgt.sum(1, j, tj) - 2 * matchedNumbers;
        return -scale * matched + numberMismatch * Math.max(0, oneSide);
    }
}
