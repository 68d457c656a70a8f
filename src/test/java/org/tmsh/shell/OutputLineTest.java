package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A summary line in the shell wraps between words at the terminal's width; elsewhere it stays one line. */
class OutputLineTest {

    private static final String LINE = "tmx/seeds-000-004.de-en.tmx: 11 units read: 1 added, 10 duplicates skipped"
            + " (already in the TM or earlier in the file) (1.3 s, 9 units/s); TM 'news' now has 11 units.";

    @AfterEach
    void noTerminal() {
        Terminals.widthFrom(() -> 0);
    }

    private static String printed(String text, boolean json) {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        new Output(w, json).line(text);
        w.flush();
        return s.toString();
    }

    @Test
    void inTheShellALongLineWrapsBetweenWords() {
        Terminals.widthFrom(() -> 80);
        String out = printed(LINE, false);
        assertTrue(out.lines().count() > 1, out);
        assertTrue(out.lines().allMatch(l -> TextTable.width(l) <= 79), out);
        assertEquals(LINE, String.join(" ", out.lines().toList()), "nothing lost, words whole: " + out);
    }

    @Test
    void outsideTheShellOrShortOrJsonItIsAsGiven() {
        assertEquals(LINE + System.lineSeparator(), printed(LINE, false));
        Terminals.widthFrom(() -> 80);
        assertEquals("11 units read." + System.lineSeparator(), printed("11 units read.", false));
        assertEquals("", printed(LINE, true));
    }
}
