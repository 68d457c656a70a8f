package org.tmsh.shell;

import java.io.PrintWriter;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;


/**
 * Where a command prints: plain text, tables that fit the terminal, or (with {@code --json}) one
 * JSON document and nothing else. Colour is used only when standard output is a terminal.
 */
public final class Output {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintWriter out;
    private final boolean json;
    private final boolean quiet;

    public Output(PrintWriter out, boolean json) {
        this(out, json, false);
    }

    /** With {@code quiet} ({@code --quiet}), {@link #details} and progress bars are left out; the rest is printed. */
    public Output(PrintWriter out, boolean json, boolean quiet) {
        this.out = out;
        this.json = json;
        this.quiet = quiet;
    }

    public boolean json() {
        return json;
    }

    /** True with {@code --quiet}: only the summary lines. */
    public boolean quiet() {
        return quiet;
    }

    /** A progress bar on standard error for this command: none with {@code --quiet} (Ctrl-C still cancels). */
    ProgressBar progress(String label) {
        return new ProgressBar(label, System.err, !quiet && Terminals.interactiveErr(), this::notice);
    }

    private int status;
    private String statusMessage = "";

    /**
     * Ends the command with this exit status though it worked ({@code qa}: 1 when it found errors), and
     * the line tmsh prints on stderr for it.
     */
    public void exitStatus(int code, String message) {
        this.status = code;
        this.statusMessage = message;
    }

    public int exitStatus() {
        return status;
    }

    public String exitMessage() {
        return statusMessage;
    }

    /** {@code n} and the noun in the number it needs, as a sentence counts: "1 unit", "2 units", "20,061 units". */
    public static String count(long n, String noun) {
        return String.format(java.util.Locale.ROOT, "%,d %s", n, n == 1 ? noun : noun + "s");
    }

    /**
     * A line the person must see whatever the mode: on standard output as a {@link #line}, or in JSON mode
     * on standard error (where only the JSON document may go to standard output).
     */
    public void notice(String text) {
        if (json) {
            System.err.println("tmsh: " + Terminals.oneLine(text));
        } else {
            line(text); // wrapped between words on a terminal, as every line is (the first align's notice was cut mid-word)
            out.flush(); // said while the work goes on (a progress bar's notice): seen now, not when the command ends
        }
    }

    /**
     * A line of text; suppressed in JSON mode, where only the JSON document may appear. On a terminal (the
     * interactive shell's, or the one a one-shot run prints to) a line wider than it is wrapped between words
     * (a path after a slash), where the terminal would cut it in the middle of a word ("dupl" / "icates
     * skipped" at 80 columns); into a file or a pipe it stays one line.
     */
    public void line(String text) {
        if (!json) {
            // a line narrower than the narrowest terminal tmsh fits to needs no width (a one-shot run then does not ask)
            int width = text.length() <= Terminals.NARROWEST || text.indexOf('\n') >= 0 ? 0 : Terminals.liveWidth() - 1;
            if (width > 20 && TextTable.width(text) > width) {
                StringBuilder sb = new StringBuilder();
                TmshCommand.hanging(sb, "", text, width, 0);
                out.print(sb);
            } else {
                out.println(text);
            }
        }
    }

    /**
     * {@code text} after {@code first} ("  source: "), wrapped at word boundaries to the terminal,
     * later lines indented under the text; suppressed in JSON mode.
     */
    public void paragraph(String first, String text) {
        if (!json) {
            StringBuilder sb = new StringBuilder();
            TmshCommand.hanging(sb, first, text, Terminals.width(), first.length());
            out.print(sb);
            out.flush(); // before a question asked on standard error (review), not after it
        }
    }

    /** The JSON document of this call. */
    public void json(Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** A table with a header row, fitted to the terminal width: long cells wrap at word boundaries ({@link TextTable}). */
    public void table(List<String[]> rows) {
        if (json || rows.isEmpty()) {
            return;
        }
        out.print(TextTable.render(rows, Terminals.width()));
        out.flush();
    }

    /**
     * A table that lists the work item by item (an alignment's links, QA findings, the pairs of a folder),
     * beside the lines that sum it up: left out with {@code --quiet}, otherwise as {@link #table}.
     */
    public void details(List<String[]> rows) {
        if (!quiet) {
            table(rows);
        }
    }

    /** Text in a colour (ANSI) when standard output is a terminal, plain otherwise. */
    public static String colour(String text, int ansi) {
        return Terminals.colour() ? "\u001b[" + ansi + "m" + text + "\u001b[0m" : text;
    }
}
