package org.tmsh.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a link's confidence is computed from: its cost per segment, component by component, its
 * shape, how well the links around it are aligned, and whether a segment next to it was left
 * unaligned (where the link may have missed a part, boilerplate or not), and four signs of a wrong
 * link its costs hardly show (numbers that disagree, names on one side only, furniture on both sides,
 * a short link without evidence); and what the document pair's verdict is
 * computed from: the median cost per segment of its links, and the share of its segments left
 * unaligned.
 *
 * <p>Between two documents that are not translations of each other every link is cheap only by
 * chance; the document features say so, and a calibration gates every link on them.
 *
 * <p>NOTE: a component not among the four standard ones adds to the total cost only; a calibration
 * fitted with the standard components is then still applied, from the total.
 */
final class LinkFeatures {

    /** The link features, in the order of the vector; {@code bias} is always 1. */
    static final List<String> LINK = List.of("bias", "total", "anchor", "lexical", "length", "prior", "many",
            "boilerplate", "neighbours", "document", "unpaired", "gap", "total2", "many*total", "many*neighbours",
            "numbers apart", "names apart", "furniture", "short", "short*evidence",
            "short*unexplained");

    /** The document features, in the order of the vector. */
    static final List<String> DOCUMENT = List.of("bias", "document", "unpaired");

    /** The features of a document pair's links (null for a link with an empty side) and of the pair. */
    record Of(double[][] links, double[] document) {
    }

    private LinkFeatures() {
    }

    /**
     * The features of every link of {@code links} (in the source's order, covering both sides once; crossing links break the target's order), null
     * for a link with an empty side; {@code components} must be prepared for {@code p}.
     */
    static Of of(Problem p, List<BeadCost> components, List<Link> links) {
        double[][] out = new double[links.size()][];
        boolean[] gapBefore = new boolean[links.size() + 1];
        double[] perSegment = new double[links.size()];
        List<Double> pairCosts = new ArrayList<>();
        int unpaired = 0;
        int segments = 0;
        for (int k = 0; k < links.size(); k++) {
            Link l = links.get(k);
            int si = l.source().length;
            int tj = l.target().length;
            // a link's own ids, not a running count: crossing links break the target's order
            int i = si == 0 ? 0 : l.source()[0];
            int j = tj == 0 ? 0 : l.target()[0];
            int real = realSegments(p.srcBoiler, i, si) + realSegments(p.tgtBoiler, j, tj);
            segments += real;
            if (l.isNull()) {
                unpaired += real;
                gapBefore[k] = true;
                gapBefore[k + 1] = true;
            } else {
                double[] f = new double[LINK.size()];
                f[0] = 1;
                f[1] = l.cost() / (si + tj);
                for (BeadCost bc : components) {
                    int slot = slot(bc);
                    if (slot > 0) {
                        f[slot] = bc.cost(p, i, si, j, tj) / (si + tj);
                    }
                }
                f[6] = si == 1 && tj == 1 ? 0 : 1;
                f[7] = real < si + tj ? 1 : 0;
                out[k] = f;
                perSegment[k] = f[1];
                pairCosts.add(f[1]);
            }
        }
        double median = median(pairCosts);
        double unpairedShare = segments == 0 ? 0 : unpaired / (double) segments;
        for (int k = 0; k < links.size(); k++) {
            if (out[k] == null) {
                continue;
            }
            double sum = 0;
            int n = 0;
            int prev = neighbour(out, k, -1);
            int next = neighbour(out, k, 1);
            if (prev >= 0) {
                sum += perSegment[prev];
                n++;
            }
            if (next >= 0) {
                sum += perSegment[next];
                n++;
            }
            double[] f = out[k];
            f[8] = n == 0 ? median : sum / n;
            f[9] = median;
            f[10] = unpairedShare;
            f[11] = gapBefore[k] || gapBefore[k + 1] ? 1 : 0;
            f[12] = Math.min(f[1], 0) * Math.min(f[1], 0);
            f[13] = f[6] * f[1];
            f[14] = f[6] * f[8];
            Link l = links.get(k);
            int si = l.source().length;
            int tj = l.target().length;
            int i = l.source()[0];
            int j = l.target()[0];
            f[15] = numbersApart(p, i, si, j, tj);
            f[16] = Math.min(3, namesApart(p.srcNames, p.srcAnchors, i, si, p.tgtAnchors, j, tj)
                    + namesApart(p.tgtNames, p.tgtAnchors, j, tj, p.srcAnchors, i, si));
            f[17] = allMenu(p.srcMenu, i, si) && allMenu(p.tgtMenu, j, tj) ? 1 : 0;
            f[18] = Math.max(p.srcLength(i, si), p.tgtLength(j, tj)) <= SHORT ? 1 : 0;
            f[19] = f[18] * (f[2] + f[3]);
            // a short link that no shared anchor and no known word pair explains: two headlines side by side
            f[20] = f[18] == 1 && f[2] >= 0 && f[3] >= 0 ? 1 : 0;
        }
        return new Of(out, new double[] {1, median, unpairedShare});
    }

    /**
     * {@code links} with the confidence of each pair given by {@code calibration} (links with an
     * empty side kept as they are), and the probability that the documents are translations.
     */
    static Calibrated calibrated(Problem p, List<BeadCost> components, List<Link> links, LinkCalibration calibration) {
        Of f = of(p, components, links);
        List<Link> out = new ArrayList<>(links.size());
        for (int k = 0; k < links.size(); k++) {
            Link l = links.get(k);
            out.add(f.links()[k] == null ? l
                    : new Link(l.source(), l.target(), l.cost(), calibration.probability(f.links()[k], f.document())));
        }
        return new Calibrated(out, calibration.translation(f.document()));
    }

    /** Links with calibrated confidences, and the probability that their documents are translations. */
    record Calibrated(List<Link> links, double translation) {
    }

    /** A link whose longer side has at most this many characters is short (a headline, a credit, a menu line). */
    static final int SHORT = 45;

    /**
     * The share of a link's numbers that have no equal on the other side (0 when neither side has a
     * number): a sentence linked to another sentence of numbers, with other values, is not its translation.
     */
    static double numbersApart(Problem p, int i, int si, int j, int tj) {
        List<Integer> a = numbers(p, p.srcAnchors, i, si);
        List<Integer> b = numbers(p, p.tgtAnchors, j, tj);
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int total = a.size() + b.size();
        int matched = 0;
        for (Integer x : a) {
            if (b.remove(x)) {
                matched += 2;
            }
        }
        return (total - matched) / (double) total;
    }

    private static List<Integer> numbers(Problem p, int[][] anchors, int from, int count) {
        List<Integer> out = new ArrayList<>();
        for (int x = from; x < from + count; x++) {
            for (int id : anchors[x]) {
                if (p.anchors.isNumber(id)) {
                    out.add(id);
                }
            }
        }
        return out;
    }

    /** How many names of one side's segments {@code [from, from + count)} are not among the other side's anchors. */
    static int namesApart(int[][] names, int[][] anchors, int from, int count, int[][] other, int oFrom, int oCount) {
        if (names == null) {
            return 0;
        }
        int apart = 0;
        for (int x = from; x < from + count; x++) {
            for (int id : names[x]) {
                boolean found = false;
                for (int y = oFrom; y < oFrom + oCount && !found; y++) {
                    found = Arrays.binarySearch(other[y], id) >= 0;
                }
                apart += found ? 0 : 1;
            }
        }
        return apart;
    }

    private static boolean allMenu(boolean[] menu, int from, int count) {
        if (menu == null) {
            return false;
        }
        for (int x = from; x < from + count; x++) {
            if (!menu[x]) {
                return false;
            }
        }
        return true;
    }

    private static int slot(BeadCost bc) {
        if (bc instanceof AnchorCost) {
            return 2;
        }
        if (bc instanceof LexicalCost) {
            return 3;
        }
        if (bc instanceof LengthCost) {
            return 4;
        }
        if (bc instanceof PriorCost) {
            return 5;
        }
        return -1;
    }

    private static int neighbour(double[][] f, int k, int step) {
        for (int x = k + step; x >= 0 && x < f.length; x += step) {
            if (f[x] != null) {
                return x;
            }
        }
        return -1;
    }

    private static int realSegments(boolean[] boiler, int from, int count) {
        int n = 0;
        for (int x = from; x < from + count; x++) {
            if (!boiler[x]) {
                n++;
            }
        }
        return n;
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        int h = a.length / 2;
        return a.length % 2 == 1 ? a[h] : (a[h - 1] + a[h]) / 2;
    }
}
