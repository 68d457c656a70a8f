package org.tmsh.shell;

import org.jline.reader.LineReader;
import org.jline.reader.Widget;
import org.jline.reader.impl.LineReaderImpl;

/**
 * The shell's self-insert: inserts the typed character and every printable character already waiting
 * behind it, so that a pasted line is drawn once per chunk instead of once per character.
 *
 * <p>JLine redraws (and highlights) the whole line after each key it handles; a 92 KB line pasted
 * without bracketed paste (tmux {@code paste-buffer}, {@code send-keys}, some terminals) thus cost time
 * quadratic in its length, 85 s of CPU. Taking the waiting characters in one step makes it linear.
 *
 * <p>NOTE: only printable characters are taken; a tab, a newline or an escape sequence behind them
 * goes through the key bindings as before (completion, accept, cursor keys).
 */
final class TypeaheadInsert implements Widget {

    private final LineReaderImpl reader;

    TypeaheadInsert(LineReaderImpl reader) {
        this.reader = reader;
    }

    /** Makes {@code reader}'s self-insert this widget. */
    static void install(LineReaderImpl reader) {
        reader.getWidgets().put(LineReader.SELF_INSERT, new TypeaheadInsert(reader));
    }

    @Override
    public boolean apply() {
        StringBuilder sb = new StringBuilder(reader.getLastBinding());
        for (int c = reader.peekCharacter(1); c >= 0x20 && c != 0x7F; c = reader.peekCharacter(1)) {
            sb.appendCodePoint(reader.readCharacter());
        }
        reader.getBuffer().write(sb);
        return true;
    }
}
