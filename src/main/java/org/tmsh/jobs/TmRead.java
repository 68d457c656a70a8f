package org.tmsh.jobs;

import java.io.IOException;

import org.tmsh.common.TmshException;
import org.tmsh.memory.TranslationMemory;

/**
 * Reads from a translation memory, turning an I/O failure into a user error that names the TM and
 * where it lives (a damaged or vanished index is the translator's to fix, not an internal error).
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
        } catch (IOException e) {
            throw new TmshException("TM '" + tm.name() + "' (" + tm.location() + "): cannot read: " + e.getMessage(), e);
        }
    }
}
