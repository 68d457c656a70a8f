package org.tmsh.memory.lucene;

/**
 * A least-significant-digit radix sort of 64-bit keys as unsigned numbers, carrying an int beside
 * each key; stable, so entries with equal keys keep their order. Eight passes of one byte each:
 * every pass reads both arrays in sequence and writes to 256 places that move forward, which the
 * processor's caches serve well (a comparison sort, or a hash table the size of the keys, waits on
 * memory for most steps instead).
 */
final class RadixSort {

    private RadixSort() {
    }

    /** Sorts {@code keys[0, n)} ascending as unsigned numbers, moving {@code values} with them. */
    static void sort(long[] keys, int[] values, int n) {
        sort(keys, values, n, new long[n], new int[n]);
    }

    /** As {@link #sort(long[], int[], int)}, with scratch arrays of at least {@code n} entries (their contents are lost). */
    static void sort(long[] keys, int[] values, int n, long[] k2, int[] v2) {
        if (n < 2) {
            return;
        }
        long[] fromK = keys;
        int[] fromV = values;
        long[] toK = k2;
        int[] toV = v2;
        int[] count = new int[256];
        for (int shift = 0; shift < 64; shift += 8) {
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) (fromK[i] >>> shift) & 0xFF]++;
            }
            if (count[(int) (fromK[0] >>> shift) & 0xFF] == n) {
                continue; // every key has this byte: the order stays
            }
            int sum = 0;
            for (int b = 0; b < 256; b++) {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int b = (int) (fromK[i] >>> shift) & 0xFF;
                int at = count[b]++;
                toK[at] = fromK[i];
                toV[at] = fromV[i];
            }
            long[] tk = fromK;
            fromK = toK;
            toK = tk;
            int[] tv = fromV;
            fromV = toV;
            toV = tv;
        }
        if (fromK != keys) {
            System.arraycopy(fromK, 0, keys, 0, n);
            System.arraycopy(fromV, 0, values, 0, n);
        }
    }
}
