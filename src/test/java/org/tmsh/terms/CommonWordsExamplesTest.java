package org.tmsh.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.tmsh.TestFiles;
import org.tmsh.common.TmshException;

/** {@code common-words.examples} and {@code function-words.examples}, as written. */
class CommonWordsExamplesTest {

    @TestFactory
    Stream<DynamicTest> commonWords() throws IOException {
        return TestFiles.examples("/tmsh/terms/common-words.examples", c -> {
            Assumptions.assumeTrue(CommonWords.standard().knows(c[0]), "no dictionary for " + c[0] + " installed");
            assertEquals(c[2].equals("common"), CommonWords.standard().common(c[1], c[0]), c[0] + " " + c[1]);
        });
    }

    @TestFactory
    Stream<DynamicTest> languages() throws IOException {
        return TestFiles.examples("/tmsh/terms/function-words.examples", c -> {
            String guess = LanguageGuess.standard().guess(c[1]);
            assertEquals(c[0].equals("-") ? null : c[0], guess, c[1]);
        });
    }

    @Test
    void emptyTextHasNoLanguage() {
        assertNull(LanguageGuess.standard().guess(""));
    }

    @Test
    void anUnknownListFormatIsRejectedWithItsLine() {
        TmshException e = assertThrows(TmshException.class, () -> new CommonWords("/names/bad-common-words.txt"));
        assertEquals(true, e.getMessage().contains("line 2") && e.getMessage().contains("unknown format"), e.getMessage());
    }
}
