package org.tmsh.jobs;

import java.io.IOException;

import org.tmsh.common.TmshException;
import org.tmsh.memory.TranslationMemory;

/**
 * Reads from a translation memory, turning an I/O failure, or a runtime failure of the store's
 * library, into a user error that names the TM and where it lives
 * ({@link TranslationMemory#readFailure}: a damaged or vanished index is the translator's to fix, not an internal error).
 */
public final class TmRead {

    /** A read from a TM that may fail with an {@link IOException}. */
    @FunctionalInterface
    public interface Call<T> {
        T call() throws IOException;
    }

    private TmRead() {
    }

    public static <T> T of(TranslationMemory tm, Call<T> call) {
        try {
            return call.call();
        } catch (TmshException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // a damaged index fails with anything from a checksum error to an index out of bounds
            throw tm.readFailure(e);
        }
    }
}
