package org.tmsh.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads and scores links in the gold format {@code [0, 1]:[2]} with the field's strict and lax measures. */
public final class GoldLinks {

    /** A link as two sorted id sets. */
    public record L(int[] s, int[] t) {
        boolean nullLink() {
            return s.length == 0 || t.length == 0;
        }

        boolean same(L o) {
            return Arrays.equals(s, o.s) && Arrays.equals(t, o.t);
        }

        boolean overlaps(L o) {
            return shares(s, o.s) && shares(t, o.t);
        }

        private static boolean shares(int[] a, int[] b) {
            for (int x : a) {
                for (int y : b) {
                    if (x == y) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** Summed counts over documents. */
    public static final class Counts {
        double strictP;
        double laxP;
        int produced;
        double strictR;
        double laxR;
        int goldLinks;

        public void add(List<L> out, List<L> gold) {
            List<L> o = out.stream().filter(l -> l.s.length + l.t.length > 0).toList();
            List<L> g = gold.stream().filter(l -> l.s.length + l.t.length > 0).toList();
            for (L l : o) {
                produced++;
                boolean strict = g.stream().anyMatch(l::same);
                if (strict) {
                    strictP++;
                }
                if (l.nullLink() ? strict : g.stream().anyMatch(l::overlaps)) {
                    laxP++;
                }
            }
            List<L> o2 = o.stream().filter(l -> !l.nullLink()).toList();
            for (L l : g) {
                if (l.nullLink()) {
                    continue;
                }
                goldLinks++;
                if (o2.stream().anyMatch(l::same)) {
                    strictR++;
                }
                if (o2.stream().anyMatch(l::overlaps)) {
                    laxR++;
                }
            }
        }

        public double[] strict() {
            return prf(strictP / Math.max(1, produced), strictR / Math.max(1, goldLinks));
        }

        public double[] lax() {
            return prf(laxP / Math.max(1, produced), laxR / Math.max(1, goldLinks));
        }

        private static double[] prf(double p, double r) {
            return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
        }
    }

    public static List<L> read(Path file, boolean swap) throws IOException {
        List<L> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                L l = parse(line.strip());
                out.add(swap ? new L(l.t, l.s) : l);
            }
        }
        return out;
    }

    public static L parse(String line) {
        int colon = line.indexOf("]:[");
        return new L(ids(line.substring(0, colon + 1)), ids(line.substring(colon + 2)));
    }

    private static int[] ids(String bracket) {
        String inner = bracket.strip();
        inner = inner.substring(1, inner.length() - 1).strip();
        if (inner.isEmpty()) {
            return new int[0];
        }
        int[] a = Arrays.stream(inner.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
        Arrays.sort(a);
        return a;
    }

    public static List<String> sentences(Path file, boolean indexPrefix) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (!indexPrefix) {
            return lines;
        }
        return lines.stream().map(l -> l.contains("\t") ? l.substring(l.indexOf('\t') + 1) : l).toList();
    }
}
