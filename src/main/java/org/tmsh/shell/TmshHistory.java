package org.tmsh.shell;

import java.io.IOException;
import java.io.PrintStream;

import org.jline.reader.impl.history.DefaultHistory;

import org.tmsh.common.AtomicFiles;

/**
 * The shell's history in {@code $TMSH_HOME/history}; when that cannot be read or written (a read-only
 * home, a full disk) the shell goes on: one line says so the first time, and history is simply not kept.
 * A symbolic link where the history file belongs is neither read nor written through (one line says so):
 * tmsh's own files are replaced, never followed. When the file has grown a quarter past its size, JLine
 * rewrites it trimmed: tmsh does that rewrite the way it writes every file of its own ({@link #trimHistory}).
 */
public class TmshHistory extends DefaultHistory {

    private final PrintStream err;
    private boolean told;

    public TmshHistory(PrintStream err) {
        this.err = err;
    }

    private org.jline.reader.LineReader reader;

    @Override
    public void attach(org.jline.reader.LineReader reader) {
        this.reader = reader;
        super.attach(reader);
    }

    /** Refuses (once, one line) a history file that is a link; true when the history may be used. */
    private boolean notALink(String what) {
        Object f = reader == null ? null : reader.getVariable(org.jline.reader.LineReader.HISTORY_FILE);
        java.nio.file.Path p = f instanceof java.nio.file.Path path ? path : f instanceof java.io.File file ? file.toPath()
                : f instanceof String s ? java.nio.file.Path.of(s) : null;
        if (p == null) {
            return true;
        }
        try {
            AtomicFiles.checkOwn(org.tmsh.common.TmshHome.path(), p);
            return true;
        } catch (org.tmsh.common.TmshException e) {
            tell(what, e);
            return false;
        }
    }

    @Override
    public void load() {
        if (!notALink("read")) {
            return;
        }
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
        if (!notALink("saved")) {
            return;
        }
        try {
            super.save();
        } catch (IOException | RuntimeException e) {
            tell("saved", e);
        }
    }

    /**
     * The history file trimmed to its last {@code max} commands, each command kept once at its last use (as JLine
     * trims it), written as tmsh writes its own files ({@link AtomicFiles#writeOwn}: a hidden
     * {@code .history.PID-RANDOM.part} beside it, moved over it; what a kill -9 left is swept by the next trim, and
     * Ctrl-C removes it). JLine's own trim wrote a {@code history123.tmp} of its own naming, which a kill -9 left in
     * the home for ever. The entries are then read again from the file, as JLine's trim does.
     */
    @Override
    protected void trimHistory(java.nio.file.Path path, int max) throws IOException {
        java.util.Map<String, String> last = new java.util.LinkedHashMap<>();
        for (String line : java.nio.file.Files.readAllLines(path, java.nio.charset.StandardCharsets.UTF_8)) {
            String command = line.replaceFirst("^\\d+:", "").strip();
            last.remove(command);
            last.put(command, line);
        }
        java.util.List<String> kept = new java.util.ArrayList<>(last.values());
        java.util.List<String> tail = kept.subList(Math.max(0, kept.size() - max), kept.size());
        AtomicFiles.writeOwn(org.tmsh.common.TmshHome.path(), path, os -> {
            for (String line : tail) {
                os.write((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        super.load();
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
