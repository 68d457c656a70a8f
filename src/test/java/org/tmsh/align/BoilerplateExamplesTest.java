package org.tmsh.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.tmsh.TestFiles;

/** Runs every example of boilerplate.examples, and checks the repeated-line rule. */
class BoilerplateExamplesTest {

    private final Boilerplate bp = Boilerplate.standard();

    @TestFactory
    Stream<DynamicTest> everyExampleIsClassifiedAsWritten() throws Exception {
        return TestFiles.examples("/tmsh/aligning/boilerplate.examples",
                c -> assertEquals(c[2].equals("yes"), bp.matches(c[1], c[0]), c[0] + ": " + c[1]));
    }

    @Test
    void nearbyRepeatedTeaserIsBoilerplateButRepeatedSentenceIsNot() {
        List<String> segs = List.of("Pyongyang, December 5 (KCNA) -- A spokesperson gave the",
                "It rained.", "Pyongyang, December 5 (KCNA) -- A spokesperson gave the", "It rained.");
        assertArrayEquals(new boolean[] {true, false, true, false}, bp.flags(segs, "en"));
    }

    @Test
    void farRepeatIsNotBoilerplate() {
        List<String> segs = new java.util.ArrayList<>();
        segs.add("Chapter one");
        for (int i = 0; i < Boilerplate.REPEAT_WINDOW + 1; i++) {
            segs.add("Sentence number " + i + " of the text.");
        }
        segs.add("Chapter one");
        boolean[] flags = bp.flags(segs, "en");
        assertEquals(false, flags[0]);
        assertEquals(false, flags[flags.length - 1]);
    }
}
