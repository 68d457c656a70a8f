package org.tmsh.jobs;

import java.nio.file.Path;

import org.tmsh.common.Progress;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.TmLibrary;

/**
 * Imports a file (TMX, tab-separated text) into a TM, created if new. An import that fails or is
 * cancelled commits nothing; when it was to create the TM, the TM is removed again, so no empty
 * TM is left behind.
 */
public final class ImportJob {

    private final TmLibrary library;

    public ImportJob(TmLibrary library) {
        this.library = library;
    }

    public ImportReport run(String tmName, Path file, String sourceLang, String targetLang, Progress progress) {
        String name = TmLibrary.checkName(tmName);
        boolean isNew = !library.exists(name);
        try {
            return library.openOrCreate(name).importFile(file, sourceLang, targetLang, progress);
        } catch (RuntimeException e) {
            if (isNew && library.exists(name)) {
                try {
                    library.delete(name);
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw e;
        }
    }
}
