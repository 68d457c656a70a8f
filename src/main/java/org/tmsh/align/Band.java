package org.tmsh.align;

import java.util.Arrays;
import java.util.List;

/**
 * The cells a search visits: for row i (source segments done), the columns (target segments done)
 * lo[i]..hi[i], around the diagonal or around an earlier path; always from cell (0, 0) to cell (n, m).
 */
final class Band {

    final int[] lo;
    final int[] hi;
    final int n;
    final int m;

    /** The cells within {@code w} columns of the diagonal. */
    Band(int n, int m, int w) {
        this(new int[n + 1], new int[n + 1], m);
        for (int i = 0; i <= n; i++) {
            long center = n == 0 ? 0 : (long) i * m / n;
            lo[i] = (int) Math.max(0, center - w);
            hi[i] = (int) Math.min(m, center + w);
        }
        lo[0] = 0;
        hi[n] = m;
    }

    private Band(int[] lo, int[] hi, int m) {
        this.lo = lo;
        this.hi = hi;
        this.n = lo.length - 1;
        this.m = m;
    }

    /** The cells within {@code w} columns of the path of {@code links} (all its columns on a row). */
    static Band around(int n, int m, int w, List<Link> links) {
        int[] min = new int[n + 1];
        int[] max = new int[n + 1];
        Arrays.fill(min, Integer.MAX_VALUE);
        Arrays.fill(max, -1);
        int i = 0;
        int j = 0;
        for (Link l : links) {
            int di = l.source().length;
            int dj = l.target().length;
            for (int k = 0; k <= di; k++) {
                int r = i + k;
                int c = j + (di == 0 ? 0 : k * dj / di);
                min[r] = Math.min(min[r], di == 0 ? j : c);
                max[r] = Math.max(max[r], di == 0 ? j + dj : c);
            }
            i += di;
            j += dj;
        }
        int last = i;
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        for (int r = 0; r <= n; r++) {
            // rows the path does not reach keep the band of the nearest row it does
            int q = Math.min(last, r);
            lo[r] = Math.max(0, min[q] - w);
            hi[r] = Math.min(m, max[q] + w);
        }
        for (int r = 1; r <= n; r++) {
            lo[r] = Math.max(lo[r], lo[r - 1]);
        }
        for (int r = n - 1; r >= 0; r--) {
            hi[r] = Math.min(hi[r], hi[r + 1]);
        }
        lo[0] = 0;
        hi[n] = m;
        return new Band(lo, hi, m);
    }

    /** Whether the band holds every cell. */
    boolean covers() {
        for (int i = 0; i <= n; i++) {
            if (lo[i] > 0 || hi[i] < m) {
                return false;
            }
        }
        return true;
    }

    boolean inside(int i, int j) {
        return i >= 0 && i <= n && j >= lo[i] && j <= hi[i];
    }

    /** Whether the path of {@code links} comes within 3 columns of an edge that is not the document's. */
    boolean touchedBy(List<Link> links) {
        int i = 0;
        int j = 0;
        for (Link l : links) {
            i += l.source().length;
            j += l.target().length;
            if ((lo[i] > 0 && j - lo[i] < 3) || (hi[i] < m && hi[i] - j < 3)) {
                return true;
            }
        }
        return false;
    }
}
