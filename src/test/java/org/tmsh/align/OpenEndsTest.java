package org.tmsh.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.tmsh.TestFiles;

/** Runs every example of open-ends.examples. */
class OpenEndsTest {

    @TestFactory
    Stream<DynamicTest> everyExampleIsClassifiedAsWritten() throws Exception {
        return TestFiles.examples("/tmsh/aligning/open-ends.examples",
                c -> assertEquals(c[2].equals("open"), OpenEnds.standard().isOpen(c[1], c[0]), c[0] + ": " + c[1]));
    }

    @Test
    void flagsOneASegmentAndNoneForNone() {
        assertArrayEquals(new boolean[] {true, false}, OpenEnds.standard().flags(List.of("Es waren:", "Wir."), "de"));
        assertArrayEquals(new boolean[0], OpenEnds.standard().flags(List.of(), "de"));
    }
}
