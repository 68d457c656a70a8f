package org.tmsh.jobs;

import org.tmsh.memory.TmHealth;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;

/**
 * {@code tm check NAME}: checks a TM's storage on demand ({@link TranslationMemory#check}: Lucene's
 * CheckIndex for an embedded TM) and says what is damaged. Changes nothing.
 */
public final class TmCheckJob {

    private final TmLibrary library;

    public TmCheckJob(TmLibrary library) {
        this.library = library;
    }

    public TmHealth run(String tmName) {
        TranslationMemory tm = library.open(TmLibrary.checkName(tmName));
        return TmRead.of(tm, tm::check);
    }
}
