package org.tmsh.jobs;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TmOptimized;
import org.tmsh.memory.TranslationMemory;

/**
 * {@code tm optimize NAME [--segments N]}: merges an embedded TM's index down to at most N segments
 * ({@link TranslationMemory#optimize}), locked and all or nothing like an import; look-ups in a large TM then look
 * each term up in fewer segments.
 */
public final class TmOptimizeJob {

    /** The segments a TM is merged down to unless told otherwise. */
    public static final int DEFAULT_SEGMENTS = 10;

    private final TmLibrary library;

    public TmOptimizeJob(TmLibrary library) {
        this.library = library;
    }

    /** Merges TM {@code name} down to at most {@code segments} segments (1 or more). */
    public TmOptimized run(String name, int segments, Progress progress) {
        if (segments < 1) {
            throw new TmshException("--segments must be 1 or more, not " + segments);
        }
        TranslationMemory tm = library.open(TmLibrary.checkName(name));
        return tm.optimize(segments, progress);
    }
}
