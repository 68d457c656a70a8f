package org.tmsh.shell;

import java.io.PrintStream;

import org.tmsh.common.Progress;

/**
 * A progress bar on standard error, redrawn in place; silent when standard error is not a
 * terminal (scripts, CI), so it never mixes with output meant for programs. Where a long command
 * stops when Ctrl-C was pressed ({@link Interrupts}).
 */
final class ProgressBar implements Progress {

    private final String label;
    private final PrintStream err = System.err;
    private final boolean enabled = Terminals.interactiveErr();
    private int lastPercent = -1;

    ProgressBar(String label) {
        this.label = label;
    }

    @Override
    public void update(long done, long total) {
        if (done < total && Interrupts.requested()) {
            if (enabled) {
                err.print("\r" + " ".repeat(label.length() + 40) + "\r");
                err.flush();
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
        int width = 30;
        int filled = percent * width / 100;
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + percent + "%");
        if (done >= total) {
            err.print("\r" + " ".repeat(label.length() + width + 8) + "\r");
        }
        err.flush();
    }
}
