package org.tmsh.jobs;

import java.nio.file.Path;

import org.tmsh.common.Progress;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TmSettings;
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
        return run(tmName, file, sourceLang, targetLang, allStates, encoding, labels, null, progress).report();
    }

    /** An import's report and what its conflict policy did (null for {@code add}). */
    public record Imported(ImportReport report, ImportConflicts.Counts conflicts) {
    }

    /**
     * As above, with the policy for a source that the TM already holds with another translation
     * ({@code onConflict}: {@link ImportConflicts}; null: the TM's settings, else {@code add}).
     */
    public Imported run(String tmName, Path file, String sourceLang, String targetLang, boolean allStates,
                        String encoding, UnitLabels labels, String onConflict, Progress progress) {
        String name = TmLibrary.checkName(tmName);
        boolean isNew = !library.exists(name);
        ImportConflicts.Policy policy = ImportConflicts.Policy.of(onConflict,
                isNew ? TmSettings.NONE : TmSettings.read(library.root().resolve(name)));
        try {
            TranslationMemory tm = library.openOrCreate(name);
            long before = isNew ? -1 : ImportConflicts.highestId(tm, policy);
            ImportReport r = BilingualImportJob.handles(file)
                    ? new BilingualImportJob().run(file, tm, sourceLang, targetLang, allStates, encoding, labels)
                    : tm.importFile(file, sourceLang, targetLang, progress, labels.props());
            ImportConflicts.Counts c = isNew && policy != ImportConflicts.Policy.ADD
                    ? new ImportConflicts.Counts(policy.option(), 0, 0, 0) : ImportConflicts.resolve(tm, policy, before);
            if (c != null && c.overwritten() + c.keptExisting() > 0) {
                long after = TmRead.of(tm, tm::size);
                r = new ImportReport(r.tm(), r.input(), r.read(), r.added(), r.duplicates(), r.invalid(), r.invalidSamples(),
                        after, r.seconds());
            }
            return new Imported(r, c);
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
