package org.tmsh.shell;

import org.tmsh.common.TmshException;

/**
 * Ctrl-C while a command runs in the interactive shell: the terminal's interrupt handler asks the
 * running command to stop ({@link #request}); long commands see it at their next progress report
 * ({@link ProgressBar}) and stop with an error, undoing what they had begun (an import commits
 * nothing, an import into a new TM removes it). The shell itself goes on.
 */
final class Interrupts {

    private static volatile boolean requested;

    private Interrupts() {
    }

    static void request() {
        requested = true;
    }

    /** Called before each command of the shell. */
    static void reset() {
        requested = false;
    }

    static boolean requested() {
        return requested;
    }

    /** Stops the running command if Ctrl-C was pressed since it began. */
    static void check(String what) {
        if (requested) {
            requested = false;
            throw new TmshException(what + " cancelled (Ctrl-C); nothing was changed");
        }
    }
}
