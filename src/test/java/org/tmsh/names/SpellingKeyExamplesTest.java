package org.tmsh.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.tmsh.TestFiles;

/** Runs every example of spelling-key.examples. */
class SpellingKeyExamplesTest {

    private final SpellingKey keys = SpellingKey.standard();

    @TestFactory
    Stream<DynamicTest> everyExampleKeysAsWritten() throws Exception {
        return TestFiles.examples("/tmsh/names/spelling-key.examples", c -> {
                    String a = keys.key(c[1], c[0]);
                    String b = keys.key(c[3], c[2]);
                    if (c[4].equals("same")) {
                        assertEquals(a, b, c[1] + " (" + c[0] + ") vs " + c[3] + " (" + c[2] + ")");
                    } else {
                        assertNotEquals(a, b, c[1] + " (" + c[0] + ") vs " + c[3] + " (" + c[2] + ")");
                    }
                });
    }

    @Test
    void cyrillicIsTransliteratedBeforeKeying() {
        assertEquals(keys.key("Lavrov", "en"), keys.key("Лавров", "ru"));
    }

    @Test
    void emptyWordGivesEmptyKey() {
        assertEquals("", keys.key("", "de"));
    }
}
