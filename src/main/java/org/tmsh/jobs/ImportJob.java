package org.tmsh.jobs;

import java.nio.file.Path;

import org.tmsh.common.Progress;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.memory.UnitLabels;

/**
 * Imports a file (TMX, tab-separated text; XLIFF, PO, CSV through {@link BilingualImportJob}) into a
 * TM, created if new. An import that fails or is
 * cancelled commits nothing; when it was to create the TM, the TM is removed again, so no empty
 * TM is left behind.
 */
public final class ImportJob {

    private final TmLibrary library;

    public ImportJob(TmLibrary library) {
        this.library = library;
    }

    public ImportReport run(String tmName, Path file, String sourceLang, String targetLang, Progress progress) {
        return run(tmName, file, sourceLang, targetLang, false, progress);
    }

    /**
     * As above; bilingual files ({@link BilingualImportJob}: XLIFF, PO, CSV) take only their done
     * targets unless {@code allStates}.
     */
    public ImportReport run(String tmName, Path file, String sourceLang, String targetLang, boolean allStates,
                            Progress progress) {
        return run(tmName, file, sourceLang, targetLang, allStates, null, progress);
    }

    /** As above; {@code encoding} (may be null) is a PO or CSV file's encoding when the file declares none. */
    public ImportReport run(String tmName, Path file, String sourceLang, String targetLang, boolean allStates,
                            String encoding, Progress progress) {
        return run(tmName, file, sourceLang, targetLang, allStates, encoding, UnitLabels.NONE, progress);
    }

    /** As above; {@code labels} (client, project, domain) are set in every unit's {@code <tu>}. */
    public ImportReport run(String tmName, Path file, String sourceLang, String targetLang, boolean allStates,
                            String encoding, UnitLabels labels, Progress progress) {
        String name = TmLibrary.checkName(tmName);
        boolean isNew = !library.exists(name);
        try {
            TranslationMemory tm = library.openOrCreate(name);
            return BilingualImportJob.handles(file)
                    ? new BilingualImportJob().run(file, tm, sourceLang, targetLang, allStates, encoding, labels)
                    : tm.importFile(file, sourceLang, targetLang, progress, labels.props());
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
