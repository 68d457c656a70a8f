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
    private final int sources;
    private final int targets;
    private final double[][] corner = new double[SpanBags.MAX_SPAN + 1][SpanBags.MAX_SPAN + 1];
    private int cornerI = -1;
    private int cornerJ = -1;
    private boolean cornerDown;
    private int lastI = -1;
    private int lastJ = -1;
    private int lastEndI = -1;
    private int lastEndJ = -1;

    /**
     * Gains of {@code left} bags found in {@code right} bags, weighed by {@code gain}; when
     * {@code leftIsSource}, left is indexed by source segment, else by target segment.
     */
    PairGains(int[][] left, int[][] right, double[] gain, boolean leftIsSource, int targets) {
        this.left = left;
        this.right = right;
        this.gain = gain;
        this.leftIsSource = leftIsSource;
        this.sources = leftIsSource ? left.length : right.length;
        this.targets = targets;
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

    /**
     * The sum over the segment pairs of a bead. The search asks for the beads of one cell in a row:
     * all ending at the same cell (a search from the top) or all starting there (from the bottom),
     * so the second such bead makes a table of the sums of every bead at that corner.
     */
    double span(int i, int si, int j, int tj) {
        int ei = i + si;
        int ej = j + tj;
        if (cornerDown ? ei == cornerI && ej == cornerJ : i == cornerI && j == cornerJ) {
            return corner[si][tj];
        }
        if (ei == lastEndI && ej == lastEndJ) {
            fillCorner(ei, ej, true);
            return corner[si][tj];
        }
        if (i == lastI && j == lastJ) {
            fillCorner(i, j, false);
            return corner[si][tj];
        }
        lastI = i;
        lastJ = j;
        lastEndI = ei;
        lastEndJ = ej;
        double s = 0;
        for (int a = i; a < ei; a++) {
            for (int b = j; b < ej; b++) {
                s += get(a, b);
            }
        }
        return s;
    }

    /**
     * corner[x][y]: the sum over the x source and y target segments before cell ({@code ci},
     * {@code cj}) when {@code down}, else from it on.
     */
    private void fillCorner(int ci, int cj, boolean down) {
        cornerI = ci;
        cornerJ = cj;
        cornerDown = down;
        for (int x = 1; x <= SpanBags.MAX_SPAN; x++) {
            int a = down ? ci - x : ci + x - 1;
            double row = 0;
            for (int y = 1; y <= SpanBags.MAX_SPAN; y++) {
                int b = down ? cj - y : cj + y - 1;
                if (a >= 0 && a < sources && b >= 0 && b < targets) {
                    row += get(a, b);
                }
                corner[x][y] = corner[x - 1][y] + row;
            }
        }
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
