package org.tmsh.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tmsh.common.TmshException;
import org.tmsh.document.DocumentReader;
import org.tmsh.formats.bilingual.CsvPairsReader;
import org.tmsh.formats.bilingual.PoReader;
import org.tmsh.document.InputLimits;
import org.tmsh.formats.tmx.TmxReader;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.formats.tmx.TmxWriter;
import org.tmsh.formats.xliff.XliffReader;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.TranslationMemory;

/**
 * {@code tm import FILE.xlf|FILE.po|FILE.csv}: the translated segments of a bilingual file (XLIFF 1.2
 * or 2.0, gettext PO, CSV with a language header) into a memory, through the memory's {@code add}
 * (duplicates skipped, one commit).
 *
 * <p>By default only targets whose state says they are done: {@link MergeJob#DONE} ({@code translated},
 * {@code signed-off}, {@code final}, 2.0 {@code reviewed}); a 1.2 target without a state counts as
 * done; a PO entry flagged fuzzy is not done. With {@code allStates}, every non-empty target. Languages come from the file unless given.
 */
public final class BilingualImportJob {

    /** File types this job reads. */
    public static final Set<String> EXTENSIONS = Set.of("xlf", "xliff", "po", "csv");

    /** True when {@code file} is a bilingual file this job reads (by extension). */
    public static boolean handles(Path file) {
        return EXTENSIONS.contains(DocumentReader.extension(file));
    }

    public ImportReport run(Path file, TranslationMemory tm, String srcLang, String tgtLang, boolean allStates) {
        XliffReader.Content c = switch (DocumentReader.extension(file)) {
            case "po" -> PoReader.read(file);
            case "csv" -> CsvPairsReader.read(file);
            default -> XliffReader.read(file);
        };
        String src = srcLang != null ? srcLang : c.header().srcLang();
        String tgt = tgtLang != null ? tgtLang : c.header().tgtLang();
        if (src == null || tgt == null) {
            throw TmshException.inFile(file, 0, "no source or target language in the file: give --source-lang and --target-lang");
        }
        boolean v2 = c.header().version() != null && c.header().version().startsWith("2");
        String now = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).format(TmxWriter.TMX_DATE);
        String name = file.getFileName().toString();
        List<TmxUnit> units = new ArrayList<>();
        InputLimits limits = InputLimits.current();
        List<TmxReader.Invalid> invalid = new ArrayList<>();
        int invalidCount = 0;
        for (XliffReader.Entry e : c.entries()) {
            if (e.target() == null || e.source().isBlank()) {
                continue;
            }
            boolean done = e.state() == null ? !v2 : MergeJob.DONE.contains(e.state());
            String problem = limits.segmentProblem(e.source());
            problem = problem != null ? problem : limits.segmentProblem(e.target());
            if ((done || allStates) && problem != null) {
                invalidCount++;
                if (invalid.size() < 100) {
                    invalid.add(new TmxReader.Invalid(e.line(), e.id(), problem));
                }
            } else if (done || allStates) {
                units.add(TmxUnit.pair(name + "#" + e.id(), src, e.source(), tgt, e.target(),
                        Map.of("x-document", name), now));
            }
        }
        if (units.isEmpty()) {
            throw TmshException.inFile(file, 0, "no translated unit to import" + (invalidCount > 0
                    ? " (" + invalidCount + " over a limit; first: line " + invalid.get(0).line() + ": " + invalid.get(0).reason() + ")"
                    : allStates || c.entries().stream().noneMatch(e -> e.target() != null) ? " (no segment has a translation)"
                    : " (no target with state translated, reviewed, signed-off or final; --all-states takes every non-empty one)")
                    + "; nothing was changed");
        }
        ImportReport r = tm.add(units, src, file.toString());
        return invalidCount == 0 ? r : new ImportReport(r.tm(), r.input(), r.read(), r.added(), r.duplicates(),
                invalidCount, List.copyOf(invalid), r.unitsAfter(), r.seconds());
    }
}
