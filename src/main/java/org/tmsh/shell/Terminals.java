package org.tmsh.shell;

/** What tmsh knows about the terminal it runs in: width, and whether colour is wanted. */
final class Terminals {

    private static volatile int width = 0;

    private Terminals() {
    }

    static void setWidth(int w) {
        width = w;
    }

    static int width() {
        if (width > 20) {
            return width;
        }
        String cols = System.getenv("COLUMNS");
        try {
            return cols == null ? 120 : Math.max(40, Integer.parseInt(cols.trim()));
        } catch (NumberFormatException e) {
            return 120;
        }
    }

    /** Colour only on a real terminal, and never when NO_COLOR is set. */
    static boolean colour() {
        return System.console() != null && System.getenv("NO_COLOR") == null;
    }

    static boolean interactiveErr() {
        return System.console() != null;
    }
}
