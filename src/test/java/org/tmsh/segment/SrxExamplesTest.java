package org.tmsh.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.tmsh.TestFiles;

/** Runs every example of tmsh.srx.examples against the shipped SRX rules. */
class SrxExamplesTest {

    private final SrxSegmenter segmenter = SrxSegmenter.withDefaultRules();

    @TestFactory
    Stream<DynamicTest> everyExampleSegmentsAsWritten() throws Exception {
        String file = "/tmsh/segmenting/tmsh.srx.examples";
        assertTrue(TestFiles.exampleLines(file).size() >= 20, "the examples file should carry its examples");
        return TestFiles.examples(file, cols -> {
            List<String> expected = Arrays.asList(cols[1].split(" \\| "));
            String text = String.join(" ", expected);
            assertEquals(expected, segmenter.split(text, cols[0]),
                    "language " + cols[0] + ", text: " + text);
        });
    }

    @Test
    void emptyAndBlankTextGiveNoSegments() {
        assertEquals(List.of(), segmenter.split("", "de"));
        assertEquals(List.of(), segmenter.split("   \n ", "en"));
    }

    @Test
    void badRulesFileIsRejectedWithItsName() throws Exception {
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("bad", ".srx");
        java.nio.file.Files.writeString(bad, "<srx><oops");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.tmsh.common.TmshException.class,
                () -> SrxSegmenter.fromFile(bad));
        assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
    }
}
