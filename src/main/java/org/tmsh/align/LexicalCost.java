package org.tmsh.align;

/**
 * Lexical evidence of a bead from a {@link Lexicon}: the words on each side whose known
 * translation is, or is not, on the other side, over merged spans too, each weighed by its rarity
 * ({@link LexicalEvidence}). Zero when the problem has no lexical evidence, and for 1-0 and 0-1.
 *
 * <p>The two directions are averaged: a 2-1 bead whose second source sentence has no counterpart
 * in the target loses for the source words left unmet, one whose target holds more than the source
 * loses for the target's.
 */
final class LexicalCost implements BeadCost {

    /**
     * log(k) for spans of k segments: a span of k segments holds a translation by chance k times as
     * often as one segment, so each word met in it tells log(k) less.
     */
    private static final double[] SPAN = {0, 0, Math.log(2), Math.log(3), Math.log(4)};

    private final double weight;
    private LexicalEvidence ev;
    private SpanBags srcOwn;
    private SpanBags tgtFrom;
    private SpanBags tgtOwn;
    private SpanBags srcTo;
    private PairGains fwd;
    private PairGains bwd;

    LexicalCost(double weight) {
        this.weight = weight;
    }

    @Override
    public void prepare(Problem p) {
        ev = p.lexical;
        if (ev == null) {
            return;
        }
        LexicalEvidence.Spans spans = ev.spans();
        srcOwn = spans.srcOwn();
        tgtFrom = spans.tgtFrom();
        tgtOwn = spans.tgtOwn();
        srcTo = spans.srcTo();
        fwd = new PairGains(ev.srcOwn, ev.tgtFrom, ev.fwdGain, true, p.m);
        bwd = new PairGains(ev.tgtOwn, ev.srcTo, ev.bwdGain, false, p.m);
    }

    @Override
    public boolean boundIsCost() {
        return false;
    }

    @Override
    public double lowerBound(Problem p, int i, int si, int j, int tj) {
        if (ev == null || si == 0 || tj == 0) {
            return 0;
        }
        double f = srcOwn.sum(0, i, si) - Math.min(srcOwn.sum(1, i, si), fwd.span(i, si, j, tj));
        double b = tgtOwn.sum(0, j, tj) - Math.min(tgtOwn.sum(1, j, tj), bwd.span(i, si, j, tj));
        return 0.5 * weight * (f + b);
    }

    @Override
    public double cost(Problem p, int i, int si, int j, int tj) {
        if (ev == null || si == 0 || tj == 0) {
            return 0;
        }
        double f = srcOwn.sum(0, i, si) - PairGains.met(srcOwn.bag(i, si), tgtFrom.bag(j, tj), ev.fwdGain, SPAN[tj]);
        double b = tgtOwn.sum(0, j, tj) - PairGains.met(tgtOwn.bag(j, tj), srcTo.bag(i, si), ev.bwdGain, SPAN[si]);
        return 0.5 * weight * (f + b);
    }
}
