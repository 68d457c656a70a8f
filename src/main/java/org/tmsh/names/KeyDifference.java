package org.tmsh.names;

import java.util.ArrayList;
import java.util.List;

/**
 * How two spelling keys of one word differ: the cheapest alignment of their letters, each step
 * classed as a linguist would (same letter; vowel for vowel; a known transliteration alternation;
 * a weak letter - vowel, y or h - written or left out; any other letter), with a cost per class.
 *
 * <p>This is a weighted edit distance (Levenshtein with class costs), written by hand because its
 * steps must be kept and explained, which the libraries' distances do not give.
 */
public final class KeyDifference {

    /** Kinds of step, cheapest first. */
    public enum Kind { SAME, VOWEL, ALTERNATION, WEAK, OTHER }

    /** One step that is not a plain match: where (index in the first key), what, the letters, why. */
    public record Step(Kind kind, int at, String from, String to, String why) {
        @Override
        public String toString() {
            String f = from.isEmpty() ? "-" : from;
            String t = to.isEmpty() ? "-" : to;
            return f + "/" + t;
        }
    }

    static final double VOWEL = 0.3;
    static final double ALTERNATION = 0.4;
    static final double WEAK = 0.4;
    static final double OTHER = 1.0;

    private final String a;
    private final String b;
    private final double cost;
    private final List<Step> steps;
    private final String tail;

    private KeyDifference(String a, String b, double cost, List<Step> steps, String tail) {
        this.a = a;
        this.b = b;
        this.cost = cost;
        this.steps = steps;
        this.tail = tail;
    }

    static boolean vowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    private static boolean weak(char c) {
        return vowel(c) || c == 'h';
    }

    /** Aligns two keys. */
    public static KeyDifference of(String a, String b, Alternations alt) {
        int n = a.length();
        int m = b.length();
        double[][] d = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            d[i][0] = d[i - 1][0] + indel(a.charAt(i - 1));
        }
        for (int j = 1; j <= m; j++) {
            d[0][j] = d[0][j - 1] + indel(b.charAt(j - 1));
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double sub = d[i - 1][j - 1] + sub(a.charAt(i - 1), b.charAt(j - 1), alt);
                double del = d[i - 1][j] + indel(a.charAt(i - 1));
                double ins = d[i][j - 1] + indel(b.charAt(j - 1));
                d[i][j] = Math.min(sub, Math.min(del, ins));
            }
        }
        List<Step> steps = new ArrayList<>();
        StringBuilder tail = new StringBuilder();
        boolean inTail = true;
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && same(d[i][j], d[i - 1][j - 1] + sub(a.charAt(i - 1), b.charAt(j - 1), alt))) {
                inTail = false;
                char x = a.charAt(i - 1);
                char y = b.charAt(j - 1);
                if (x != y) {
                    String why = alt.why(x, y);
                    Kind k = vowel(x) && vowel(y) ? Kind.VOWEL : why != null ? Kind.ALTERNATION : Kind.OTHER;
                    steps.add(0, new Step(k, i - 1, "" + x, "" + y, why));
                }
                i--;
                j--;
            } else if (i > 0 && same(d[i][j], d[i - 1][j] + indel(a.charAt(i - 1)))) {
                char x = a.charAt(i - 1);
                steps.add(0, new Step(weak(x) ? Kind.WEAK : Kind.OTHER, i - 1, "" + x, "", null));
                if (inTail) {
                    tail.insert(0, x);
                }
                i--;
            } else {
                char y = b.charAt(j - 1);
                steps.add(0, new Step(weak(y) ? Kind.WEAK : Kind.OTHER, i, "", "" + y, null));
                if (inTail) {
                    tail.insert(0, y);
                }
                j--;
            }
        }
        return new KeyDifference(a, b, d[n][m], steps, tail.toString());
    }

    private static boolean same(double x, double y) {
        return Math.abs(x - y) < 1e-9;
    }

    private static double indel(char c) {
        return weak(c) ? WEAK : OTHER;
    }

    private static double sub(char x, char y, Alternations alt) {
        if (x == y) {
            return 0;
        }
        if (vowel(x) && vowel(y)) {
            return VOWEL;
        }
        return alt.why(x, y) != null ? ALTERNATION : OTHER;
    }

    public String a() {
        return a;
    }

    public String b() {
        return b;
    }

    public double cost() {
        return cost;
    }

    public List<Step> steps() {
        return steps;
    }

    public int length() {
        return Math.max(a.length(), b.length());
    }

    /** Steps of one kind. */
    public List<Step> of(Kind kind) {
        return steps.stream().filter(s -> s.kind() == kind).toList();
    }

    /**
     * Letters written at the end of one key only, after the last letter both share ("a" for
     * Iwanow / Iwanowa, "s" for Hama / Hamas), or "".
     */
    public String ending() {
        return tail;
    }
}
