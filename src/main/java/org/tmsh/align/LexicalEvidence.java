package org.tmsh.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the lexical cost sees of two documents: for each segment the words that have a known
 * translation somewhere in the other document, and for each segment of the other side the words
 * its own words translate, as sorted id bags in two id spaces (forward: source words; backward:
 * target words), with each word's reward and penalty.
 *
 * <p>Each word is one test of naive Bayes between "these segments translate each other" and
 * "they are unrelated": its translation is present with probability {@code pc} in a true link
 * (the coverage of the lexicon, measured on the first pass) and with probability {@code pw} in an
 * unrelated segment (the share of the other side's segments that hold one of its translations:
 * rarity). A met word gains log(pc/pw), an unmet one loses log((1-pw)/(1-pc)); a word as common as
 * its coverage tells nothing and is left out.
 */
final class LexicalEvidence {

    /** Default coverage before a first pass has measured it. */
    static final double DEFAULT_COVERAGE = 0.5;

    final int[][] srcOwn;
    final int[][] tgtFrom;
    final int[][] tgtOwn;
    final int[][] srcTo;
    /** Per forward id: reward + penalty (what meeting it changes), and penalty. */
    final double[] fwdGain;
    final double[] fwdLoss;
    final double[] bwdGain;
    final double[] bwdLoss;
    /** Every known word of each segment, the uninformative ones included. */
    private final int[][] srcOwnAll;
    private final int[][] tgtOwnAll;
    final double fwdCoverage;
    final double bwdCoverage;

    private Spans spans;

    /** The bags of every span of each side's ids, with the sums the lexical cost reads. */
    record Spans(SpanBags srcOwn, SpanBags tgtFrom, SpanBags tgtOwn, SpanBags srcTo) {
    }

    /** The span bags of this evidence, made once for all the cost components that read it. */
    synchronized Spans spans() {
        if (spans == null) {
            spans = new Spans(new SpanBags(srcOwn, fwdLoss, fwdGain), new SpanBags(tgtFrom),
                    new SpanBags(tgtOwn, bwdLoss, bwdGain), new SpanBags(srcTo));
        }
        return spans;
    }

    private LexicalEvidence(int[][] srcOwn, int[][] tgtFrom, int[][] tgtOwn, int[][] srcTo, double pcF, double pcB) {
        this.srcOwnAll = srcOwn;
        this.tgtOwnAll = tgtOwn;
        this.fwdCoverage = pcF;
        this.bwdCoverage = pcB;
        int[] dfF = df(tgtFrom, maxId(srcOwn));
        int[] dfB = df(srcTo, maxId(tgtOwn));
        fwdGain = new double[dfF.length];
        fwdLoss = new double[dfF.length];
        bwdGain = new double[dfB.length];
        bwdLoss = new double[dfB.length];
        weigh(dfF, tgtFrom.length, pcF, fwdGain, fwdLoss);
        weigh(dfB, srcTo.length, pcB, bwdGain, bwdLoss);
        this.srcOwn = informative(srcOwn, fwdGain);
        this.tgtOwn = informative(tgtOwn, bwdGain);
        this.tgtFrom = tgtFrom;
        this.srcTo = srcTo;
    }

    /**
     * The evidence of {@code lexicon} for segments given as word forms, with coverages {@code pcF}
     * (source words) and {@code pcB} (target words); null when no pair of the lexicon occurs.
     */
    static LexicalEvidence of(List<List<String>> src, List<List<String>> tgt, Lexicon lexicon, double pcF,
                              double pcB) {
        Map<String, Integer> sIds = new HashMap<>();
        Map<String, Integer> tIds = new HashMap<>();
        int[][] s = intern(src, sIds);
        int[][] t = intern(tgt, tIds);
        List<List<Integer>> toT = new ArrayList<>();
        List<List<Integer>> toS = new ArrayList<>();
        for (int k = 0; k < tIds.size(); k++) {
            toS.add(new ArrayList<>(2));
        }
        int pairs = 0;
        for (Map.Entry<String, Integer> e : sIds.entrySet()) {
            List<Integer> ts = new ArrayList<>(2);
            for (String tr : lexicon.translations(e.getKey())) {
                Integer tid = tIds.get(tr);
                if (tid != null) {
                    ts.add(tid);
                    toS.get(tid).add(e.getValue());
                    pairs++;
                }
            }
            while (toT.size() <= e.getValue()) {
                toT.add(null);
            }
            toT.set(e.getValue(), ts);
        }
        if (pairs == 0) {
            return null;
        }
        return new LexicalEvidence(known(s, toT), image(t, toS), known(t, toS), image(s, toT), pcF, pcB);
    }

    /** This evidence re-weighed with coverages measured on {@code links}, 1-1 links with confidence 0.7 or more. */
    LexicalEvidence remeasured(List<Link> links) {
        double[] f = coverage(links, srcOwnAll, tgtFrom, true);
        double[] b = coverage(links, tgtOwnAll, srcTo, false);
        return new LexicalEvidence(srcOwnAll, tgtFrom, tgtOwnAll, srcTo, clampCoverage(f), clampCoverage(b));
    }

    private static double clampCoverage(double[] metOfSeen) {
        if (metOfSeen[1] < 20) {
            return DEFAULT_COVERAGE;
        }
        return Math.max(0.15, Math.min(0.9, metOfSeen[0] / metOfSeen[1]));
    }

    private static double[] coverage(List<Link> links, int[][] own, int[][] image, boolean sourceSide) {
        double met = 0;
        double seen = 0;
        for (Link l : links) {
            if (l.source().length != 1 || l.target().length != 1 || l.confidence() < 0.7) {
                continue;
            }
            int a = sourceSide ? l.source()[0] : l.target()[0];
            int b = sourceSide ? l.target()[0] : l.source()[0];
            for (int id : own[a]) {
                seen++;
                if (Arrays.binarySearch(image[b], id) >= 0) {
                    met++;
                }
            }
        }
        return new double[] {met, seen};
    }

    private static void weigh(int[] df, int segments, double pc, double[] gain, double[] loss) {
        double floor = 0.5 / Math.max(1, segments);
        for (int id = 0; id < df.length; id++) {
            double pw = Math.max(floor, Math.min(0.99, (double) df[id] / Math.max(1, segments)));
            double reward = Math.log(pc / pw);
            if (df[id] == 0 || reward < 0.1) {
                continue;
            }
            loss[id] = Math.log((1 - pw) / (1 - pc));
            gain[id] = reward + loss[id];
        }
    }

    private static int[][] informative(int[][] own, double[] gain) {
        int[][] out = new int[own.length][];
        for (int i = 0; i < own.length; i++) {
            out[i] = Arrays.stream(own[i]).filter(id -> gain[id] > 0).toArray();
        }
        return out;
    }

    private static int[][] intern(List<List<String>> segs, Map<String, Integer> ids) {
        int[][] out = new int[segs.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = segs.get(i).stream().mapToInt(w -> ids.computeIfAbsent(w, k -> ids.size())).distinct()
                    .sorted().toArray();
        }
        return out;
    }

    /** The words of each segment that have a translation in the other document. */
    private static int[][] known(int[][] segs, List<List<Integer>> to) {
        int[][] out = new int[segs.length][];
        for (int i = 0; i < segs.length; i++) {
            out[i] = Arrays.stream(segs[i]).filter(id -> id < to.size() && to.get(id) != null
                    && !to.get(id).isEmpty()).toArray();
        }
        return out;
    }

    /** For each segment, the other side's ids that its words translate, sorted, each once. */
    private static int[][] image(int[][] segs, List<List<Integer>> to) {
        int[][] out = new int[segs.length][];
        for (int i = 0; i < segs.length; i++) {
            out[i] = Arrays.stream(segs[i]).filter(id -> id < to.size() && to.get(id) != null)
                    .flatMap(id -> to.get(id).stream().mapToInt(Integer::intValue)).distinct().sorted().toArray();
        }
        return out;
    }

    private static int maxId(int[][] segs) {
        int max = 0;
        for (int[] a : segs) {
            for (int id : a) {
                max = Math.max(max, id + 1);
            }
        }
        return max;
    }

    private static int[] df(int[][] image, int ids) {
        int[] df = new int[Math.max(ids, maxId(image))];
        for (int[] a : image) {
            for (int id : a) {
                df[id]++;
            }
        }
        return df;
    }
}
