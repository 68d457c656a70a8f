package org.tmsh.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
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
    void theSeedsLanguagesAreGuessed() throws Exception {
        for (java.nio.file.Path f : List.of(java.nio.file.Path.of("seeds/000_585da5ce89297943.txt"),
                java.nio.file.Path.of("seeds/001_073037fdbd69bec0.txt"), java.nio.file.Path.of("seeds/002_907730a957e4e704.txt"),
                java.nio.file.Path.of("seeds/003_ff5ac3c8f505f82c.txt"), java.nio.file.Path.of("seeds/004_676457e338a7e9c4.txt"))) {
            String guess = LanguageGuess.standard().guess(java.nio.file.Files.readString(f));
            assertEquals(f.toString().contains("004_") ? "en" : "de", guess, f.toString());
        }
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
