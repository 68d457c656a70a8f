package org.tmsh.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.tmsh.TestFiles;
import org.tmsh.common.TmshException;

/** Every line of {@code name-match.examples} decided by the name matcher as written; the table itself. */
class NameMatchExamplesTest {

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        return TestFiles.examples("/tmsh/names/name-match.examples", c -> {
            NameMatcher.Result r = NameMatcher.standard().match(c[0], c[1]);
            assertEquals(c[2].equals("same"), r.same(), c[0] + " / " + c[1] + ": " + r);
        });
    }

    @Test
    void alternationsWorkBothWaysAndOnlyForListedLetters() {
        Alternations a = Alternations.standard();
        assertEquals(a.why('g', 'k'), a.why('k', 'g'));
        assertNull(a.why('k', 't'));
    }

    @Test
    void aTableWithMoreThanOneLetterASideIsRejectedWithItsLine() {
        TmshException e = assertThrows(TmshException.class, () -> new Alternations("/names/bad-alternations.txt"));
        assertEquals(true, e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void keyDifferenceClassesEachStep() {
        KeyDifference d = KeyDifference.of("peskov", "pestov", Alternations.standard());
        assertEquals(1, d.of(KeyDifference.Kind.OTHER).size());
        assertEquals(0, KeyDifference.of("", "", Alternations.standard()).steps().size());
        assertEquals("a", KeyDifference.of("ivanov", "ivanova", Alternations.standard()).ending());
    }
}
