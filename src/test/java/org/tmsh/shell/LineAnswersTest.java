package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;

/** The shell's answers: review's edit starts from the current target on the line, not from an empty one. */
class LineAnswersTest {

    private static String answer(String initial, String keys) throws Exception {
        try (Terminal t = new ExternalTerminal("test", "xterm",
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(),
                StandardCharsets.UTF_8)) {
            t.setSize(new Size(120, 40));
            return new LineAnswers(t).readInput("  new target: ", initial);
        }
    }

    @Test
    void enterAloneKeepsTheCurrentTarget() throws Exception {
        assertEquals("The treaty was signed in Berlin.", answer("The treaty was signed in Berlin.", "\r"));
    }

    @Test
    void typingAddsToTheCurrentTargetAndBackspaceTakesFromIt() throws Exception {
        assertEquals("The treaty was signed in Bonn.", answer("The treaty was signed in Berlin.", "\u0008\u0008\u0008\u0008\u0008\u0008\u0008Bonn.\r"));
    }

    @Test
    void ctrlUClearsTheLineForANewTarget() throws Exception {
        assertEquals("A new sentence.", answer("The treaty was signed.", "\u0015A new sentence.\r"));
    }

    @Test
    void noInitialTextIsAnEmptyLine() throws Exception {
        assertEquals("typed", answer(null, "typed\r"));
    }

    @Test
    void anApostropheOrABackslashEndsNoAnswerEarlyNorKeepsItOpen() throws Exception {
        assertEquals("People's Republic of Korea", answer("People", "'s Republic of Korea\r"));
        assertEquals("O'Brien \\ Smith!", answer("", "O'Brien \\ Smith!\r"));
    }
}
