package org.tmsh.common;

import java.nio.file.Path;

/**
 * An error the user can act on: names the file, the place in it and what is wrong.
 *
 * <p>Services throw it; only the shell turns it into one line for the user. The message is
 * complete on its own ("seeds/x.txt: line 3: not valid UTF-8 ..."), so no stack trace is needed.
 */
public class TmshException extends RuntimeException {

    public TmshException(String message) {
        super(message);
    }

    public TmshException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An error in a file, optionally at a line (1-based; 0 or less: no line). */
    public static TmshException inFile(Path file, int line, String what) {
        String where = line > 0 ? file + ": line " + line + ": " : file + ": ";
        return new TmshException(where + what);
    }

    public static TmshException inFile(Path file, int line, String what, Throwable cause) {
        String where = line > 0 ? file + ": line " + line + ": " : file + ": ";
        return new TmshException(where + what, cause);
    }
}
