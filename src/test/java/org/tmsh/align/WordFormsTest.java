package org.tmsh.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.tmsh.TestFiles;

/** Runs every example of stemmers.examples; words, hyphens and apostrophes. */
class WordFormsTest {

    @TestFactory
    Stream<DynamicTest> everyExampleIsStemmedAsWritten() throws Exception {
        return TestFiles.examples("/tmsh/aligning/stemmers.examples", c -> {
            WordForms f = WordForms.of(c[2]);
            assertEquals(c[3].equals("same"), f.form(c[0]).equals(f.form(c[1])),
                    c[2] + ": " + c[0] + " -> " + f.form(c[0]) + ", " + c[1] + " -> " + f.form(c[1]));
        });
    }

    @Test
    void hyphensApostrophesAndDigitsCutWordsAndOneLetterIsNoWord() {
        assertEquals(List.of("berg", "und", "tal", "bahn"), WordForms.of("de").forms("Berg-und-Tal-Bahn 3"));
        assertEquals(List.of("homm"), WordForms.of("fr").forms("l'homme"));
        assertEquals(List.of(), WordForms.of("en").forms(""));
    }
}
