package org.tmsh.shell;

import java.util.function.IntSupplier;

/** What tmsh knows about the terminal it runs in: width, and whether colour is wanted. */
final class Terminals {

    /** The narrowest terminal tmsh fits its output to: a narrower {@code COLUMNS} counts as this. */
    static final int NARROWEST = 40;

    private static volatile IntSupplier width = () -> 0;
    /** The width of the terminal a one-shot run prints to, asked once, when first needed; 0 when it prints to no terminal. */
    private static volatile IntSupplier oneShot = cached(Terminals::askTerminal);

    private Terminals() {
    }

    /** Where the current width comes from (the interactive shell's terminal; it may be resized). */
    static void widthFrom(IntSupplier source) {
        width = source;
    }

    /** Where a one-shot run's width comes from (a test gives one; by default the terminal is asked once). */
    static void oneShotWidthFrom(IntSupplier source) {
        oneShot = cached(source);
    }

    /** The width to fit tables and bars to: the terminal's (the shell's, or the one a one-shot run prints to), else $COLUMNS, else 120. */
    static int width() {
        int w = liveWidth();
        if (w > 0) {
            return w;
        }
        int cols = columns(System.getenv("COLUMNS"));
        return cols > 0 ? Math.max(NARROWEST, cols) : 120;
    }

    /**
     * The width of the terminal that standard output shows on: the interactive shell's, or in a one-shot run
     * or a script the terminal it was started from ({@code COLUMNS} when the shell exported it, else the
     * terminal is asked, once); 0 when standard output is a file or a pipe, where a line is never wrapped.
     */
    static int liveWidth() {
        int w = width.getAsInt();
        if (w > 20) {
            return w;
        }
        w = oneShot.getAsInt();
        return w > 20 ? w : 0;
    }

    /**
     * The width of the terminal standard output is, or 0: none when standard output or input is not a
     * terminal (Java 17 gives a console only then); else {@code COLUMNS}, else what {@code stty} says of the
     * terminal (through JLine's exec provider, which runs it on the terminal: a few milliseconds, once).
     */
    private static int askTerminal() {
        if (System.console() == null) {
            return 0;
        }
        int cols = columns(System.getenv("COLUMNS"));
        if (cols > 0) {
            return cols;
        }
        try {
            return Math.max(0, new org.jline.terminal.impl.exec.ExecTerminalProvider()
                    .systemStreamWidth(org.jline.terminal.spi.SystemStream.Output));
        } catch (RuntimeException | LinkageError e) {
            return 0; // no stty: the terminal wraps as it does
        }
    }

    /** {@code COLUMNS} as a number, or 0 when it is unset or not a number. */
    static int columns(String value) {
        if (value == null) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static IntSupplier cached(IntSupplier source) {
        java.util.function.Supplier<Integer> once = org.tmsh.common.Lazy.of(source::getAsInt);
        return once::get;
    }

    /** Colour only on a real terminal, and never when NO_COLOR is set. */
    static boolean colour() {
        return System.console() != null && System.getenv("NO_COLOR") == null;
    }

    static boolean interactiveErr() {
        return System.console() != null;
    }

    /**
     * {@code text} as one line a terminal shows as it is: a line break, a carriage return, any other
     * control character (the escape that starts a terminal's colour and cursor sequences, C1 controls,
     * DEL) and the characters that reorder text (bidirectional embeddings, overrides and isolates) are
     * written as a backslash and {@code n}, {@code r}, or {@code u} and the character's four hex digits
     * (the escape as backslash, u, 001B). A message tmsh prints names files and quotes
     * their content, and both come from outside: a file named {@code "a\nb.tmx"} or an archive entry
     * with an escape sequence in its name must neither split the one line of an error nor drive the
     * terminal. A tab stays. Trailing line ends are dropped.
     */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String t = text.stripTrailing();
        StringBuilder sb = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            String shown = null;
            if (c == '\n') {
                shown = "\\n";
            } else if (c == '\r') {
                shown = "\\r";
            } else if (c != '\t' && (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C)) {
                shown = String.format("\\u%04X", (int) c);
            }
            if (shown != null && sb == null) {
                sb = new StringBuilder(t.length() + 16).append(t, 0, i);
            }
            if (sb != null) {
                if (shown != null) {
                    sb.append(shown);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? t : sb.toString();
    }
}
