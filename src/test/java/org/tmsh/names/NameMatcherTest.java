package org.tmsh.names;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.tmsh.TestFiles;

/**
 * {@code term match} on a labelled list of German/English and variant spellings with hard negatives:
 * precision at least 0.95 and recall at least 0.90 (the targets).
 */
class NameMatcherTest {

    private final NameMatcher matcher = NameMatcher.standard();

    @Test
    void precisionAndRecallOnTheLabelledList() throws Exception {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> wrong = new ArrayList<>();
        for (String line : TestFiles.exampleLines("/names/name-pairs.tsv")) {
            String[] c = line.split("\t");
            boolean gold = c[2].equals("same");
            NameMatcher.Result r = matcher.match(c[0], c[1]);
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
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        String report = String.format("precision %.3f recall %.3f%n%s", precision, recall, String.join("\n", wrong));
        System.out.println(report);
        assertTrue(precision >= 0.95, report);
        assertTrue(recall >= 0.90, report);
    }

    @Test
    void theAnswerSaysWhy() {
        NameMatcher.Result r = matcher.match("최선희", "Choe Son-hui");
        assertTrue(r.same());
        assertTrue(r.reason().contains("최선희"), r.reason());
        assertFalse(matcher.match("Kim Jong Un", "Kim Jong Il").same());
    }
}
