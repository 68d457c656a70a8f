package org.tmsh.shell;

import java.io.PrintStream;

import org.tmsh.common.Progress;

/**
 * A progress bar on standard error, redrawn in place; silent when standard error is not a
 * terminal (scripts, CI), so it never mixes with output meant for programs. Each phase of the work
 * ({@link Progress#phase}) is named beside the label ("aligning: pass 2 (with the word pairs)"), so a bar
 * that starts again from 0% says why; a phase of unknown length shows its name and no percentage. Where a
 * long command stops when Ctrl-C was pressed ({@link Interrupts}).
 */
final class ProgressBar implements Progress {

    static final int BAR = 30;

    private final String label;
    private final PrintStream err;
    private final boolean enabled;
    private final java.util.function.Consumer<String> notices;
    private String phase = "";
    private int lastPercent = -1;
    private int shown;
    /** The bar drawn on the terminal now, if any: a log line clears it first ({@link BarAwareConsoleAppender}). */
    private static volatile ProgressBar drawn;

    /** Clears the line of the bar drawn now, if any; it draws itself again at its next step. */
    static void clearDrawn() {
        ProgressBar b = drawn;
        if (b != null) {
            synchronized (b) {
                if (b.shown > 0) {
                    b.draw("");
                    b.lastPercent = -1;
                }
            }
        }
    }

    ProgressBar(String label) {
        this(label, System.err, Terminals.interactiveErr());
    }

    ProgressBar(String label, PrintStream err, boolean enabled) {
        this(label, err, enabled, text -> err.println("tmsh: " + text));
    }

    ProgressBar(String label, PrintStream err, boolean enabled, java.util.function.Consumer<String> notices) {
        this.label = label;
        this.err = err;
        this.enabled = enabled;
        this.notices = notices;
    }

    /** Clears the bar's line, says {@code text} where the command's notices go, and lets the bar draw again. */
    @Override
    public synchronized void notice(String text) {
        if (enabled && shown > 0) {
            draw("");
            lastPercent = -1;
        }
        notices.accept(text);
    }

    /** The label with the phase's name, as the bar shows it. */
    String title() {
        return phase.isEmpty() ? label : label + ": " + phase;
    }

    @Override
    public synchronized void phase(String name) {
        if (name == null || name.equals(phase)) {
            return;
        }
        phase = name;
        lastPercent = -1;
        if (enabled) {
            draw(fit(title() + " ...", Terminals.width() - 1));
        }
    }

    @Override
    public synchronized void update(long done, long total) {
        if (done < total && Interrupts.requested()) {
            if (enabled) {
                draw("");
            }
            Interrupts.check(label);
        }
        if (!enabled || total <= 0) {
            return;
        }
        int percent = (int) (100 * done / total);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = percent * BAR / 100;
        draw(line(title(), percent, filled));
        if (done >= total) {
            draw("");
        }
    }

    /** {@code title [#####     ] 42%}, {@code filled} of {@value #BAR}, within the terminal's width. */
    static String line(String title, int percent, int filled) {
        return line(title, percent, filled, Terminals.width() - 1);
    }

    /**
     * {@code title [#####     ] 42%} in at most {@code width} columns: a long title ("aligning: pass 1 again, with
     * the length ratio it measured" at 80 columns) first narrows the bar (to 10 at the least), then is cut with
     * "…", so the bar never wraps onto a second line that the next redraw cannot clear.
     */
    static String line(String title, int percent, int filled, int width) {
        String tail = "] " + percent + "%";
        int bar = Math.max(10, Math.min(BAR, width - TextTable.width(title) - 2 - tail.length()));
        int f = filled * bar / BAR;
        return fit(title, width - 2 - bar - tail.length()) + " [" + "#".repeat(f) + " ".repeat(bar - f) + tail;
    }

    /** {@code text} cut to {@code width} columns, "…" at the end when cut. */
    static String fit(String text, int width) {
        if (TextTable.width(text) <= width) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String next = b + new String(Character.toChars(cp));
            if (TextTable.width(next) > width - 1) {
                break;
            }
            b.append(Character.toChars(cp));
            i += Character.charCount(cp);
        }
        return b.toString().stripTrailing() + "…";
    }

    /** Replaces what the bar showed with {@code text} (spaces over a longer line before it). */
    private void draw(String text) {
        int width = TextTable.width(text);
        err.print("\r" + text + " ".repeat(Math.max(0, shown - width)) + (shown > width ? "\r" + text : ""));
        shown = width;
        drawn = width > 0 ? this : (drawn == this ? null : drawn);
        err.flush();
    }
}
