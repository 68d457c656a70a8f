package org.tmsh.names;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.tmsh.TestFiles;

/** Every line of {@code romanization.examples}: the spelling is among the name's variants. */
class RomanizerExamplesTest {

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        return TestFiles.examples("/tmsh/names/romanization/romanization.examples", c -> {
            String want = c[1] + " | " + c[2] + " | " + c[3];
            var got = Romanizer.standard().variants(c[0]).stream().map(v -> v.lang() + " | " + v.system() + " | " + v.form())
                    .toList();
            assertTrue(got.contains(want), want + " not in " + got);
        });
    }

    @Test
    void anUnknownKindInTheRegistryIsRejectedWithItsLine() {
        var e = assertThrows(org.tmsh.common.TmshException.class, () -> new Romanizer("/names/bad-romanization-index.txt"));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("unknown kind 'magic'"), e.getMessage());
    }

    @Test
    void aLatinNameHasNoRomanizationAndUkrainianLettersPickTheUkrainianSystems() {
        assertTrue(Romanizer.standard().variants("Lawrow").isEmpty());
        assertTrue(Romanizer.standard().variants("Київ").stream().noneMatch(v -> v.system().equals("Duden")));
    }
}
