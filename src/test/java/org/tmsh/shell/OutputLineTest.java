package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A summary line on a terminal (the shell's, or the one a one-shot run prints to) wraps between words at its
 * width; into a file or a pipe it stays one line.
 */
class OutputLineTest {

    private static final String LINE = "tmx/seeds-000-004.de-en.tmx: 11 units read: 1 added, 10 duplicates skipped"
            + " (already in the TM or earlier in the file) (1.3 s, 9 units/s); TM 'news' now has 11 units.";

    @AfterEach
    void noTerminal() {
        Terminals.widthFrom(() -> 0);
        Terminals.oneShotWidthFrom(() -> 0);
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

    @Test
    void aOneShotRunOnATerminalWrapsAtThatTerminalsWidth() {
        Terminals.oneShotWidthFrom(() -> 80);
        String out = printed(LINE, false);
        assertTrue(out.lines().count() > 1, out);
        assertTrue(out.lines().allMatch(l -> TextTable.width(l) <= 79), out);
        assertEquals(LINE, String.join(" ", out.lines().toList()), "nothing lost, words whole: " + out);
        assertEquals(80, Terminals.width(), "tables and bars fit the same terminal");
    }

    @Test
    void aOneShotRunIntoAPipeNeverWraps() {
        Terminals.oneShotWidthFrom(() -> 0);
        assertEquals(LINE + System.lineSeparator(), printed(LINE, false));
        assertEquals(0, Terminals.liveWidth());
    }

    @Test
    void theOneShotTerminalIsAskedOnce() {
        int[] asked = {0};
        Terminals.oneShotWidthFrom(() -> ++asked[0] > 0 ? 100 : 0);
        printed(LINE, false);
        printed(LINE, false);
        Terminals.width();
        assertEquals(1, asked[0], "a progress bar asks at every step: the terminal is asked once");
    }

    @Test
    void columnsIsANumberOrNothing() {
        assertEquals(0, Terminals.columns(null));
        assertEquals(0, Terminals.columns("wide"));
        assertEquals(132, Terminals.columns(" 132 "));
    }

    @Test
    void theWelcomeWrapsBetweenWordsAndIndentsWhatFollows() {
        String line = "  align --source seeds/000_585da5ce89297943.txt --target seeds/004_676457e338a7e9c4.txt --out /tmp/seeds.tmx";
        String out = TmshRunner.fitted("Welcome.\n" + line, 79);
        List<String> lines = out.lines().toList();
        assertEquals("Welcome.", lines.get(0));
        assertTrue(lines.size() > 2, out);
        assertTrue(lines.stream().allMatch(l -> TextTable.width(l) <= 79), out);
        assertTrue(lines.get(2).startsWith("      "), "a command's next line is indented under it: " + out);
        assertTrue(out.contains("seeds/004_676457e338a7e9c4.txt"), "a file name is not cut: " + out);
        assertEquals(line.strip(), String.join(" ", lines.subList(1, lines.size()).stream().map(String::strip).toList()));
        assertEquals("Welcome.\n" + line + "\n", TmshRunner.fitted("Welcome.\n" + line, 0), "no terminal: as it is");
    }
}
