package org.tmsh.align;

/**
 * The ids of every span of 1..{@link #MAX_SPAN} consecutive segments merged once into a sorted
 * multiset, with the sums of per-id weights over each span, so that a bead's cost is one linear
 * intersection of two bags and its bounds are table look-ups.
 */
final class SpanBags {

    static final int MAX_SPAN = 4;

    /** ids[k][i]: the sorted ids of segments i..i+k. */
    final int[][][] ids = new int[MAX_SPAN][][];
    /** sums[w][k][i]: the sum of weights[w] over the ids of segments i..i+k. */
    final double[][][] sums;

    SpanBags(int[][] segs, double[]... weights) {
        int n = segs.length;
        sums = new double[weights.length][MAX_SPAN][n];
        for (int k = 0; k < MAX_SPAN; k++) {
            ids[k] = new int[n][];
            for (int i = 0; i + k < n; i++) {
                ids[k][i] = k == 0 ? segs[i] : merge(ids[k - 1][i], segs[i + k]);
                for (int w = 0; w < weights.length; w++) {
                    double s = k == 0 ? 0 : sums[w][k - 1][i];
                    for (int id : segs[i + k]) {
                        s += weights[w][id];
                    }
                    sums[w][k][i] = s;
                }
            }
        }
    }

    int[] bag(int from, int count) {
        return ids[count - 1][from];
    }

    double sum(int weight, int from, int count) {
        return sums[weight][count - 1][from];
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
