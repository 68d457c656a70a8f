package org.tmsh.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.tmsh.TestFiles;

/**
 * {@code term match} on the labelled pairs: the tuning part (rules may be tuned on it) and the
 * measured part (held out, never tuned on). Both figures are printed; the issue's targets,
 * precision at least 0.98 and recall at least 0.95, are asserted on both.
 */
class NameMatcherTest {

    /** Baseline before issue 14's matcher: tuning 0.956 / 0.832, measured 0.986 / 0.846. */
    static final double PRECISION = 0.98;
    static final double RECALL = 0.95;

    private final NameMatcher matcher = NameMatcher.standard();

    /** Precision, recall and the wrong answers on one labelled list. */
    record Score(String list, int pairs, double precision, double recall, List<String> wrong) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %d pairs, precision %.3f recall %.3f%n  %s", list, pairs, precision,
                    recall, String.join("\n  ", wrong));
        }
    }

    Score score(String resource) throws Exception {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int n = 0;
        List<String> wrong = new ArrayList<>();
        for (String line : TestFiles.exampleLines(resource)) {
            String[] c = line.split("\t");
            boolean gold = c[2].equals("same");
            NameMatcher.Result r = matcher.match(c[0], c[1]);
            n++;
            if (r.same() && gold) {
                tp++;
            } else if (r.same()) {
                fp++;
                wrong.add("false same: " + line + " -> " + r);
            } else if (gold) {
                fn++;
                wrong.add("missed: " + line + " -> " + r);
            }
        }
        return new Score(resource, n, tp / (double) Math.max(1, tp + fp), tp / (double) Math.max(1, tp + fn), wrong);
    }

    @Test
    void tuningPart() throws Exception {
        Score s = score("/names/name-pairs-tuning.tsv");
        System.out.println(s);
        assertTrue(s.precision() >= PRECISION && s.recall() >= RECALL, s.toString());
    }

    @Test
    void measuredPart() throws Exception {
        Score s = score("/names/name-pairs-measured.tsv");
        System.out.println(s);
        assertTrue(s.pairs() >= 150, "the held-out list has at least 150 pairs");
        assertTrue(s.precision() >= PRECISION && s.recall() >= RECALL, s.toString());
    }

    @Test
    void theIssuesAcceptanceAnswersWithReasonsALinguistCanFollow() {
        NameMatcher.Result djibouti = matcher.match("Dschibuti", "Djibouti");
        assertTrue(djibouti.same() && djibouti.reason().contains("same key 'yibuti'"), djibouti.toString());
        NameMatcher.Result hanoi = matcher.match("Ha Noi", "Hanoi");
        assertTrue(hanoi.same() && hanoi.reason().contains("one word and as several"), hanoi.toString());
        NameMatcher.Result peskow = matcher.match("Peskow", "Pestow");
        assertFalse(peskow.same());
        assertTrue(peskow.reason().contains("k/t") && peskow.reason().contains("no known transliteration alternation"),
                peskow.toString());
        NameMatcher.Result kim = matcher.match("Kim Jong Un", "Kim Jong Chol");
        assertFalse(kim.same());
        assertTrue(kim.reason().contains("last word: Un ~ Chol"), kim.toString());
        NameMatcher.Result gaddafi = matcher.match("Gaddafi", "Qaddafi");
        assertTrue(gaddafi.same() && gaddafi.reason().contains("known alternation"), gaddafi.toString());
    }

    @Test
    void emptyAndRandomInputGiveAnAnswerTheSameBothWays() {
        assertFalse(matcher.match("", "Lawrow").same());
        assertFalse(matcher.match("  ", "").same());
        java.util.Random r = new java.util.Random(14);
        String letters = "abcdefghijklmnopqrstuvwxyzäöüßšйлж- .'";
        for (int n = 0; n < 300; n++) {
            String a = random(r, letters);
            String b = r.nextBoolean() ? random(r, letters) : a.toUpperCase(Locale.ROOT);
            assertEquals(matcher.match(a, b).same(), matcher.match(b, a).same(), a + " / " + b);
        }
    }

    private static String random(java.util.Random r, String letters) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1 + r.nextInt(14); i > 0; i--) {
            sb.append(letters.charAt(r.nextInt(letters.length())));
        }
        return sb.toString();
    }

    @Test
    void theAnswerSaysWhy() {
        NameMatcher.Result r = matcher.match("최선희", "Choe Son-hui");
        assertTrue(r.same());
        assertTrue(r.reason().contains("최선희"), r.reason());
        assertFalse(matcher.match("Kim Jong Un", "Kim Jong Il").same());
    }
}
