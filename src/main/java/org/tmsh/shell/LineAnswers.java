package org.tmsh.shell;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.springframework.shell.core.InputReader;

/**
 * Answers typed at the shell's terminal: a line editor of their own, which can also offer a text to edit
 * ({@code review}'s {@code e} puts the current target on the line, so a translator fixes one word instead of
 * typing the sentence again).
 *
 * <p>An answer is text, not a command: an apostrophe ("People's", "O'Brien") or a backslash never leaves the
 * line open for more, as the command line's quoting would; "!" is never a history reference; and answers
 * stay out of the command history (the up arrow after a review brings back commands, not "a").
 *
 * <p>NOTE: answers read from standard input (a one-shot run, a script) have no editor; they are read as
 * whole lines, and {@link TmshCommand#readAnswer(InputReader, String, String)} asks for a new line there.
 */
final class LineAnswers implements InputReader {

    private final LineReader reader;

    LineAnswers(Terminal terminal) {
        this.reader = LineReaderBuilder.builder().terminal(terminal)
                .parser(new DefaultParser().eofOnUnclosedQuote(false).eofOnEscapedNewLine(false).escapeChars(new char[0]))
                .history(new DefaultHistory())
                .variable(LineReader.DISABLE_HISTORY, true)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
    }

    @Override
    public String readInput() {
        return readInput("", "");
    }

    @Override
    public String readInput(String prompt) {
        return readInput(prompt, "");
    }

    /** The line the translator leaves after editing {@code initial} (null: an empty line); null at Ctrl-D. */
    String readInput(String prompt, String initial) {
        try {
            return reader.readLine(prompt, null, initial == null ? "" : initial);
        } catch (EndOfFileException e) {
            return null;
        }
    }
}
