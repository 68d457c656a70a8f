package org.tmsh.align;

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
    /** Known word translations, or null when the aligner has no lexicon. */
    LexicalEvidence lexical;

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
