package org.tmsh.align;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the cost functions see of two documents: per-segment lengths, anchors, boilerplate flags
 * and paragraph numbers, precomputed once, and the expected target/source length ratio.
 */
final class Problem {

    final int n;
    final int m;
    final long[] srcLenPrefix;
    final long[] tgtLenPrefix;
    final int[][] srcAnchors;
    final int[][] tgtAnchors;
    final boolean[] srcBoiler;
    final boolean[] tgtBoiler;
    final int[] srcPara;
    final int[] tgtPara;
    final Anchors anchors;
    double ratio = 1.0;
    /** Segments that end open (the sentence goes on in the next): see {@link OpenEnds}. */
    boolean[] srcOpen;
    boolean[] tgtOpen;
    /** Segments that are lines of a menu (navigation, share rows, footers: {@link Boilerplate#menus}); may be null. */
    boolean[] srcMenu;
    boolean[] tgtMenu;
    /** The anchor ids of each segment's names ({@link Anchors#nameKeys}); may be null. */
    int[][] srcNames;
    int[][] tgtNames;
    /** Known word translations, or null when the aligner has no lexicon. */
    LexicalEvidence lexical;
    private final Map<Object, Object> shared = new HashMap<>();

    Problem(int[] srcLen, int[] tgtLen, int[][] srcAnchors, int[][] tgtAnchors, boolean[] srcBoiler,
            boolean[] tgtBoiler, int[] srcPara, int[] tgtPara, Anchors anchors) {
        this.n = srcLen.length;
        this.m = tgtLen.length;
        this.srcLenPrefix = prefix(srcLen);
        this.tgtLenPrefix = prefix(tgtLen);
        this.srcAnchors = srcAnchors;
        this.tgtAnchors = tgtAnchors;
        this.srcBoiler = srcBoiler;
        this.tgtBoiler = tgtBoiler;
        this.srcPara = srcPara;
        this.tgtPara = tgtPara;
        this.anchors = anchors;
    }

    /**
     * What {@code make} makes from this problem, made once for {@code key} and shared by the cost
     * components that ask (the instances of the two threads of a search, the passes): it must not
     * change once made, nor depend on what changes between passes (the ratio, the lexicon).
     */
    @SuppressWarnings("unchecked")
    synchronized <T> T shared(Object key, Supplier<T> make) {
        return (T) shared.computeIfAbsent(key, k -> make.get());
    }

    private static long[] prefix(int[] len) {
        long[] p = new long[len.length + 1];
        for (int i = 0; i < len.length; i++) {
            p[i + 1] = p[i] + len[i];
        }
        return p;
    }

    long srcLength(int from, int count) {
        return srcLenPrefix[from + count] - srcLenPrefix[from];
    }

    long tgtLength(int from, int count) {
        return tgtLenPrefix[from + count] - tgtLenPrefix[from];
    }
}
