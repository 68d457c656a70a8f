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
}
