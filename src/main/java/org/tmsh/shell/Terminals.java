package org.tmsh.shell;

import java.util.function.IntSupplier;

/** What tmsh knows about the terminal it runs in: width, and whether colour is wanted. */
final class Terminals {

    private static volatile IntSupplier width = () -> 0;

    private Terminals() {
    }

    /** Where the current width comes from (the interactive shell's terminal; it may be resized). */
    static void widthFrom(IntSupplier source) {
        width = source;
    }

    /** The terminal's width, else $COLUMNS, else 120. */
    static int width() {
        int w = width.getAsInt();
        if (w > 20) {
            return w;
        }
        String cols = System.getenv("COLUMNS");
        try {
            return cols == null ? 120 : Math.max(40, Integer.parseInt(cols.trim()));
        } catch (NumberFormatException e) {
            return 120;
        }
    }

    /** The width of the interactive shell's terminal; 0 outside the shell (a one-shot run, a script's output to a file). */
    static int liveWidth() {
        int w = width.getAsInt();
        return w > 20 ? w : 0;
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
