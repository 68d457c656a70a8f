package org.tmsh.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How a less trusted source of word pairs is combined with a more trusted one. */
class LexiconTest {

    @Test
    void aLessTrustedSourceFillsOnlyTheGapsOfAMoreTrustedOne() {
        Lexicon dictionary = Lexicon.builder().add("vertrag", "treaty").add("gipfel", "summit").build();
        Lexicon learned = Lexicon.builder()
                .add("vertrag", "agreement")  // a rival translation of a word the dictionary knows
                .add("abkommen", "treaty")    // a rival source of a translation the dictionary knows
                .add("kanzler", "chancellor") // neither word known: a gap
                .add("vertrag", "treaty")     // the same pair
                .build();
        Lexicon both = dictionary.withGapsFilledBy(learned);
        assertTrue(both.has("vertrag", "treaty"));
        assertTrue(both.has("gipfel", "summit"));
        assertTrue(both.has("kanzler", "chancellor"));
        assertFalse(both.has("vertrag", "agreement"));
        assertFalse(both.has("abkommen", "treaty"));
        assertEquals(3, both.size());
        // a plain union keeps the rivals
        assertEquals(5, dictionary.with(learned).size());
        assertSame(learned, Lexicon.EMPTY.withGapsFilledBy(learned));
        assertSame(dictionary, dictionary.withGapsFilledBy(Lexicon.EMPTY));
    }
}
