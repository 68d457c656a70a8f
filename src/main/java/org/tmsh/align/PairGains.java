package org.tmsh.align;

import java.util.Arrays;

/**
 * The gain of one source segment against one target segment (the weights of the ids of one bag
 * found in the other), cached for the rows the search is on, for bounds on merged beads: what a
 * span meets is at most the sum of what its segment pairs meet.
 *
 * <p>NOTE: keeps {@link #ROWS} source rows; the search moves down one row at a time and looks back
 * at most {@link SpanBags#MAX_SPAN} rows, so older rows are never asked for again.
 */
final class PairGains {

    static final int ROWS = SpanBags.MAX_SPAN + 1;

    private final int[][] left;
    private final int[][] right;
    private final double[] gain;
    private final boolean leftIsSource;
    private final float[][] value;
    private final int[][] stamp;

    /**
     * Gains of {@code left} bags found in {@code right} bags, weighed by {@code gain}; when
     * {@code leftIsSource}, left is indexed by source segment, else by target segment.
     */
    PairGains(int[][] left, int[][] right, double[] gain, boolean leftIsSource, int targets) {
        this.left = left;
        this.right = right;
        this.gain = gain;
        this.leftIsSource = leftIsSource;
        value = new float[ROWS][targets];
        stamp = new int[ROWS][targets];
        for (int[] s : stamp) {
            Arrays.fill(s, -1);
        }
    }

    /** The gain of source segment {@code a} with target segment {@code b}. */
    double get(int a, int b) {
        int r = a % ROWS;
        if (stamp[r][b] != a) {
            int[] x = leftIsSource ? left[a] : left[b];
            int[] y = leftIsSource ? right[b] : right[a];
            value[r][b] = (float) met(x, y, gain, 0);
            stamp[r][b] = a;
        }
        return value[r][b];
    }

    /** The sum over the segment pairs of a bead. */
    double span(int i, int si, int j, int tj) {
        double s = 0;
        for (int a = i; a < i + si; a++) {
            for (int b = j; b < j + tj; b++) {
                s += get(a, b);
            }
        }
        return s;
    }

    /**
     * The gain of the ids of {@code own} found in {@code image}, each occurrence matched once, each
     * less {@code chance} (never below zero).
     */
    static double met(int[] own, int[] image, double[] gain, double chance) {
        double g = 0;
        int x = 0;
        int y = 0;
        while (x < own.length && y < image.length) {
            if (own[x] < image[y]) {
                x++;
            } else if (own[x] > image[y]) {
                y++;
            } else {
                g += Math.max(0, gain[own[x]] - chance);
                x++;
                y++;
            }
        }
        return g;
    }
}
