package org.tmsh.shell;

import java.io.IOException;
import java.io.PrintStream;

import org.jline.reader.impl.history.DefaultHistory;

import org.tmsh.common.AtomicFiles;

/**
 * The shell's history in {@code $TMSH_HOME/history}; when that cannot be read or written (a read-only
 * home, a full disk) the shell goes on: one line says so the first time, and history is simply not kept.
 */
public class TmshHistory extends DefaultHistory {

    private final PrintStream err;
    private boolean told;

    public TmshHistory(PrintStream err) {
        this.err = err;
    }

    @Override
    public void load() {
        try {
            super.load();
        } catch (IOException | RuntimeException e) {
            tell("read", e);
        }
    }

    @Override
    public void save() {
        if (isEmpty()) {
            return; // one-shot runs add nothing; an unwritable home must not matter to them
        }
        try {
            super.save();
        } catch (IOException | RuntimeException e) {
            tell("saved", e);
        }
    }

    private void tell(String what, Exception e) {
        if (!told) {
            told = true;
            err.println("tmsh: shell history not " + what + ": "
                    + (e instanceof IOException io ? AtomicFiles.message(io) : e.getMessage())
                    + " (check $TMSH_HOME, or set it to a writable folder)");
        }
    }
}
