package org.tmsh.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void foldsCaseAndAccentsPointingBackIntoTheText() {
        Folding f = Folding.of("Pjöngjang, Straße");
        assertEquals("pjongjang, strasse", f.folded());
        // both s of "ss" point back to the ß (index 15); the end points past the text
        assertEquals(15, f.origin()[15]);
        assertEquals(15, f.origin()[16]);
        assertEquals(17, f.origin()[f.folded().length()]);
        assertEquals("lawrow", Folding.fold("LAWROW"));
        assertEquals("choe son-hui", Folding.fold("Choe Son-hui"));
    }

    @Test
    void theFoldedTextAloneIsTheSameAsWithItsOrigins() {
        // every UTF-16 unit, alone and between ASCII letters of both cases
        for (int c = 0; c <= 0xFFFF; c++) {
            String one = String.valueOf((char) c);
            assertEquals(Folding.of(one).folded(), Folding.fold(one), () -> "U+" + Integer.toHexString(one.charAt(0)));
            String mixed = "aB" + one + "Zy";
            assertEquals(Folding.of(mixed).folded(), Folding.fold(mixed), mixed);
        }
        assertEquals(Folding.of("Ae\u0301o\u0308").folded(), Folding.fold("Ae\u0301o\u0308"));
        assertEquals("aeo", Folding.fold("Ae\u0301o\u0308"));
    }

    @Test
    void anAlreadyFoldedAsciiKeyIsReturnedAsItIs() {
        String key = "pyongyang";
        assertSame(key, Folding.fold(key));
        assertEquals("", Folding.fold(""));
    }
}
