package org.tmsh.names;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.tmsh.TestFiles;

/** Every line of {@code romanization.examples}: the spelling is among the name's variants. */
class RomanizerExamplesTest {

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        return TestFiles.examples("/tmsh/names/romanization/romanization.examples", c -> {
            Romanizer.Variant want = new Romanizer.Variant(c[1], c[2], c[3]);
            var got = Romanizer.standard().variants(c[0]);
            assertTrue(got.contains(want), want + " not in " + got);
        });
    }
}
