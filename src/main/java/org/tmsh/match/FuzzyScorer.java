package org.tmsh.match;

import java.util.ArrayList;
import java.util.List;

/**
 * The match percentage of tmsh: {@code 100 x (max(n, m) - d) / max(n, m)}, where d is the
 * edit distance over content tokens (words without case or accents, numbers, placeholders; not
 * punctuation, not inline tags: a segment matches its text with other codes, or none), minus small
 * explicit penalties:
 * <ul>
 * <li>{@value #CASE} a word that differs only in case or accents,</li>
 * <li>{@value #NUMBER} a number whose value differs (a number still matches a number),</li>
 * <li>{@value #TAG} each inline-tag difference (an added, dropped or renumbered tag), at most two,</li>
 * <li>{@value #PUNCT} each punctuation difference, at most two,</li>
 * <li>{@value #WHITESPACE} a difference only in whitespace.</li>
 * </ul>
 * Only identical texts score 100; anything else scores at most 99, and never below 0.
 * Stateless and thread-safe.
 */
public final class FuzzyScorer {

    public static final int CASE = 1;
    public static final int NUMBER = 2;
    public static final int TAG = 1;
    public static final int PUNCT = 1;
    public static final int WHITESPACE = 1;

    /** A scored comparison; {@code differs[k]} tells whether candidate token k is not matched by the query. */
    public record Comparison(int score, List<Token> candidate, boolean[] differs) {
    }

    private FuzzyScorer() {
    }

    public static int score(String query, List<Token> q, String candidate, List<Token> c) {
        return compare(query, q, candidate, c).score();
    }

    public static Comparison compare(String query, List<Token> q, String candidate, List<Token> c) {
        boolean[] differs = new boolean[c.size()];
        if (query.equals(candidate)) {
            return new Comparison(100, c, differs);
        }
        List<Integer> qi = contentIndexes(q);
        List<Integer> ci = contentIndexes(c);
        int n = qi.size();
        int m = ci.size();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            String a = q.get(qi.get(i - 1)).key();
            for (int j = 1; j <= m; j++) {
                int sub = d[i - 1][j - 1] + (a.equals(c.get(ci.get(j - 1)).key()) ? 0 : 1);
                d[i][j] = Math.min(sub, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        int penalty = 0;
        for (int k = 0; k < c.size(); k++) {
            differs[k] = c.get(k).content();
        }
        // walk back along the cheapest path, preferring matches, to find which tokens are paired
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            Token a = q.get(qi.get(i - 1));
            Token b = c.get(ci.get(j - 1));
            boolean same = a.key().equals(b.key());
            if (same && d[i][j] == d[i - 1][j - 1]) {
                differs[ci.get(j - 1)] = false;
                if (!a.text().equals(b.text())) {
                    penalty += switch (a.kind()) {
                        case WORD -> CASE;
                        case NUMBER -> NUMBER;
                        default -> 0;
                    };
                }
                i--;
                j--;
            } else if (d[i][j] == d[i - 1][j - 1] + 1) {
                i--;
                j--;
            } else if (d[i][j] == d[i - 1][j] + 1) {
                i--;
            } else {
                j--;
            }
        }
        int punct = Math.min(2, sequenceDistance(q, c, Token.Kind.PUNCT));
        penalty += punct * PUNCT + Math.min(2, sequenceDistance(q, c, Token.Kind.TAG)) * TAG;
        int distance = d[n][m];
        int length = Math.max(n, m);
        int score;
        if (length == 0) {
            score = 100 - punct * 10;
        } else {
            score = 100 * (length - distance) / length;
        }
        if (penalty == 0 && distance == 0) {
            penalty = WHITESPACE;
        }
        score = Math.max(0, Math.min(99, score - penalty));
        return new Comparison(score, c, differs);
    }

    /**
     * The score before penalties, from content keys alone: an upper bound of {@link #score}
     * that an exhaustive scan can compute cheaply on interned key ids.
     */
    public static int baseScore(int[] q, int[] c, int[] row) {
        int n = q.length;
        int m = c.length;
        int length = Math.max(n, m);
        if (length == 0) {
            return 100;
        }
        for (int j = 0; j <= m; j++) {
            row[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            int diag = row[0];
            row[0] = i;
            int a = q[i - 1];
            for (int j = 1; j <= m; j++) {
                int up = row[j];
                int v = diag + (a == c[j - 1] ? 0 : 1);
                int other = Math.min(up, row[j - 1]) + 1;
                row[j] = Math.min(v, other);
                diag = up;
            }
        }
        return 100 * (length - row[m]) / length;
    }

    private static List<Integer> contentIndexes(List<Token> tokens) {
        List<Integer> idx = new ArrayList<>(tokens.size());
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).content()) {
                idx.add(k);
            }
        }
        return idx;
    }

    /** The edit distance between the texts of the two token lists' tokens of one kind (punctuation, tags). */
    private static int sequenceDistance(List<Token> q, List<Token> c, Token.Kind kind) {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (Token t : q) {
            if (t.kind() == kind) {
                a.add(t.text());
            }
        }
        for (Token t : c) {
            if (t.kind() == kind) {
                b.add(t.text());
            }
        }
        if (a.equals(b)) {
            return 0;
        }
        int[] row = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            int diag = row[0];
            row[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int up = row[j];
                row[j] = Math.min(diag + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1), Math.min(up, row[j - 1]) + 1);
                diag = up;
            }
        }
        return row[b.size()];
    }
}
