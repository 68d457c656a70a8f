package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import org.tmsh.common.TmshException;

/** Find and replace in unit texts: literal or regex, never inside or across inline codes. */
class TextReplaceTest {

    @Test
    void aLiteralFindReplacesEveryOccurrenceAndTakesRegexCharactersAsThemselves() {
        assertEquals("a.b a.b", TextReplace.of("x+y", "a.b", false).apply("x+y x+y"));
        assertEquals("cost $1", TextReplace.of("price", "$1", false).apply("cost price"));
    }

    @Test
    void aRegexMayUseGroups() {
        assertEquals("2026-01-31", TextReplace.of("(\\d\\d)/(\\d\\d)/(\\d{4})", "$3-$2-$1", true).apply("31/01/2026"));
    }

    @Test
    void codesAreNeverMatchedAndAMatchDoesNotSpanOne() {
        TextReplace r = TextReplace.of("1", "one", false);
        assertEquals("⟨1⟩one⟨/1⟩ and one", r.apply("⟨1⟩1⟨/1⟩ and 1"));
        String t = "bold⟨1/⟩word";
        assertSame(t, TextReplace.of("boldword", "x", false).apply(t), "no match: the same string");
    }

    @Test
    void badInputIsRefused() {
        assertThrows(TmshException.class, () -> TextReplace.of("", "x", false));
        assertThrows(TmshException.class, () -> TextReplace.of("(", "x", true));
        assertThrows(TmshException.class, () -> TextReplace.of("a", "⟨1/⟩", false));
    }
}
