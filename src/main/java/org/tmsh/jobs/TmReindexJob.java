package org.tmsh.jobs;

import org.tmsh.common.Progress;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;

/**
 * {@code tm reindex NAME}: makes the index copies of every unit's metadata again from its stored
 * {@code <tu>} ({@link TranslationMemory#reindex}), so that filters see units imported before
 * metadata was indexed, or before tmsh read another tool's fields, as they are. {@code --check} only
 * says whether the TM needs it.
 */
public final class TmReindexJob {

    /** What a check or a re-index found and did: units without copies, whether the copies were outdated, units re-indexed. */
    public record Result(String tm, String backend, long unitsWithoutMeta, boolean outdated, long reindexed) {
    }

    private final TmLibrary library;

    public TmReindexJob(TmLibrary library) {
        this.library = library;
    }

    /** Whether TM {@code name} needs a re-index; changes nothing. */
    public Result check(String name) {
        TranslationMemory tm = library.open(TmLibrary.checkName(name));
        long without = TmRead.of(tm, tm::unindexedMeta);
        boolean outdated = TmRead.of(tm, tm::metaOutdated);
        return new Result(tm.name(), tm.backend(), without, outdated, 0);
    }

    /** Re-indexes TM {@code name} (all or nothing in an embedded TM; see {@link TranslationMemory#reindex}). */
    public Result run(String name, Progress progress) {
        TranslationMemory tm = library.open(TmLibrary.checkName(name));
        long without = TmRead.of(tm, tm::unindexedMeta);
        boolean outdated = TmRead.of(tm, tm::metaOutdated);
        long n = tm.reindex(progress);
        return new Result(tm.name(), tm.backend(), without, outdated, n);
    }
}
