package org.tmsh.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TabbedReader;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TmSettings;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.memory.UnitLabels;
import org.tmsh.memory.UnitSources;

/**
 * Imports a file (TMX, tab-separated text; XLIFF, PO, CSV, Excel, TTX, TXML through
 * {@link BilingualImportJob}) into a TM, created if new. An import that fails or is
 * cancelled commits nothing; when it was to create the TM, the TM is removed again, so no empty
 * TM is left behind. A file of none of these formats is refused with the list of them, before any TM is
 * made; tab-separated text into a TM that has units takes the languages it is not given from the TM.
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

    /**
     * An import's report, what its conflict policy did (null for {@code add}), and how many units of
     * the file it held back because they are still marked for review ({@code x-needs-review}).
     */
    public record Imported(ImportReport report, ImportConflicts.Counts conflicts, long heldBack) {

        public Imported(ImportReport report, ImportConflicts.Counts conflicts) {
            this(report, conflicts, 0);
        }
    }

    /**
     * As above, with the policy for a source that the TM already holds with another translation
     * ({@code onConflict}: {@link ImportConflicts}; null: the TM's settings, else {@code add}).
     */
    public Imported run(String tmName, Path file, String sourceLang, String targetLang, boolean allStates,
                        String encoding, UnitLabels labels, String onConflict, Progress progress) {
        return run(tmName, file, sourceLang, targetLang, allStates, encoding, labels, onConflict, false, progress);
    }

    /**
     * As above. A TMX unit still marked for review ({@code x-needs-review} yes: an undecided link that
     * {@code align} or {@code review} wrote) is held back and counted, as {@code align --tm} and
     * {@code review --tm} hold such units back, unless {@code takeMarked}.
     */
    public Imported run(String tmName, Path file, String sourceLang, String targetLang, boolean allStates,
                        String encoding, UnitLabels labels, String onConflict, boolean takeMarked, Progress progress) {
        String name = TmLibrary.checkName(tmName);
        checkFormat(file);
        boolean isNew = !library.exists(name);
        ImportConflicts.Policy policy = ImportConflicts.Policy.of(onConflict,
                isNew ? TmSettings.NONE : TmSettings.read(library.root().resolve(name)));
        try {
            TranslationMemory tm = library.openOrCreate(name);
            if (!isNew && TabbedReader.handles(file) && (sourceLang == null || targetLang == null)) {
                String[] pair = languagesOf(tm, sourceLang, targetLang);
                sourceLang = pair[0];
                targetLang = pair[1];
            }
            // the TM applies the policy with the import (ImportConflicts); one that cannot, after it
            long[] inImport = isNew ? null : ImportConflicts.planWithImport(tm, policy);
            long before = isNew || inImport != null ? -1 : ImportConflicts.highestId(tm, policy);
            ImportReport r;
            long heldBack;
            try (UnitSources.Screen screen = UnitSources.screen(takeMarked)) {
                try {
                    r = BilingualImportJob.handles(file)
                            ? new BilingualImportJob().run(file, tm, sourceLang, targetLang, allStates, encoding, labels)
                            : tm.importFile(file, sourceLang, targetLang, progress, labels.props());
                } catch (TmshException e) {
                    if (screen.heldBack() > 0 && e.getMessage().contains("no valid unit to import")) {
                        throw new TmshException(e.getMessage().replace("; nothing was changed", "") + "; "
                                + heldBackText(screen.heldBack()) + "; nothing was changed", e);
                    }
                    throw e;
                }
                heldBack = screen.heldBack();
            }
            ImportConflicts.Counts c = isNew && policy != ImportConflicts.Policy.ADD
                    ? new ImportConflicts.Counts(policy.option(), 0, 0, 0)
                    : inImport != null ? ImportConflicts.counts(policy, inImport) : ImportConflicts.resolve(tm, policy, before);
            if (c != null && c.overwritten() + c.keptExisting() > 0) {
                long after = TmRead.of(tm, tm::size);
                r = new ImportReport(r.tm(), r.input(), r.read(), r.added(), r.duplicates(), r.invalid(), r.invalidSamples(),
                        after, r.seconds());
            }
            return new Imported(r, c, heldBack);
        } catch (RuntimeException e) {
            if (!isNew && library.exists(name)) {
                // a plan the failed import did not take must not wait for the next one
                try {
                    library.open(name).planWithImport(null);
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
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

    /** "12 held back: still marked for review (--take-marked takes them)". */
    public static String heldBackText(long n) {
        return String.format(java.util.Locale.ROOT, "%,d held back: still marked for review (--take-marked takes %s)", n,
                n == 1 ? "it" : "them");
    }

    /** The formats {@code tm import} reads, as the message that refuses another names them. */
    public static final String FORMATS = "TMX (.tmx), tab-separated text (.tsv, .tsv.gz, .tab), XLIFF (.xlf, .xliff,"
            + " .sdlxliff, .mqxliff, .mxliff), PO (.po), CSV (.csv), Excel (.xlsx), Trados TTX (.ttx), Wordfast TXML (.txml),"
            + " Trados Studio memory (.sdltm)";

    /**
     * Refuses a file that is none of the formats an import reads: not named as a bilingual file or
     * tab-separated text, and not XML (a TMX file may have any name; the TMX reader names the line where XML
     * is not TMX). A missing file is left to the reader, which names it in the one wording.
     */
    static void checkFormat(Path file) {
        if (BilingualImportJob.handles(file) || TabbedReader.handles(file) || !Files.isRegularFile(file)) {
            return;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        } catch (IOException e) {
            return; // the reader reports what cannot be read
        }
        boolean utf16 = head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE);
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
        if (utf16 || text.stripLeading().startsWith("<")) {
            return;
        }
        if (head.length == 0) {
            throw TmshException.inFile(file, 0, "file is empty (expected one of " + FORMATS + "); nothing was changed");
        }
        if (text.indexOf('\0') >= 0) {
            throw TmshException.inFile(file, 0, "a binary file (a NUL byte in its first 4 KB), not a format tm import"
                    + " reads: " + FORMATS);
        }
        String first = text.lines().findFirst().orElse("");
        throw TmshException.inFile(file, 0, "not a format tm import reads: " + FORMATS
                + (first.contains("\t") ? "; this looks like tab-separated text: name it .tsv" : ""));
    }

    /** The source and target language of tab-separated text for {@code tm}: the given ones, else the TM's. */
    private static String[] languagesOf(TranslationMemory tm, String sourceLang, String targetLang) {
        try {
            return tm.languages().isEmpty() ? new String[] {sourceLang, targetLang}
                    : tm.resolveLanguages(sourceLang, targetLang);
        } catch (IOException e) {
            throw new TmshException("TM '" + tm.name() + "' (" + tm.location() + "): cannot read its languages: "
                    + e.getMessage(), e);
        }
    }
}
