package org.tmsh.jobs;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import java.util.function.Predicate;

import org.tmsh.formats.FormulaCells;
import org.tmsh.formats.bilingual.PairsWriter;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.memory.UnitFilter;
import org.tmsh.memory.UnitMeta;
import org.tmsh.memory.UnitRecord;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;

/**
 * Writes a TM to a file in the format its extension (or {@code --format}) names. A format is one
 * constant of {@link Format} and one case of {@link #run}'s switch; an extension no format claims
 * is refused before anything is written (no TMX inside a file named {@code .xlf}).
 */
public final class TmExportJob {

    /** The formats a TM can be written in, with the file extensions that choose them. */
    public enum Format {
        TMX(".tmx"),
        /** XLIFF 1.2 of the TM's language pair ({@link XliffExportJob}). */
        XLIFF(".xlf", ".xliff"),
        /** {@code id TAB source TAB target} a line ({@link PairsWriter}). */
        TSV(".tsv"),
        /** A header of the two language codes, then {@code source,target} a row ({@link PairsWriter}). */
        CSV(".csv");

        private final String[] extensions;

        Format(String... extensions) {
            this.extensions = extensions;
        }

        /** The extensions of the files written in this format. */
        public java.util.List<String> extensions() {
            return java.util.List.of(extensions);
        }

        /** The format named by {@code name} (any case), else by the file's extension; an error naming the known ones otherwise. */
        public static Format of(Path file, String name) {
            if (name != null) {
                for (Format f : values()) {
                    if (f.name().equalsIgnoreCase(name)) {
                        return f;
                    }
                }
                throw new TmshException("tm export: unknown format '" + name + "' (formats: " + known() + ")");
            }
            String fileName = file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                for (String e : f.extensions) {
                    if (fileName.endsWith(e)) {
                        return f;
                    }
                }
            }
            throw new TmshException("tm export: " + file + ": no format writes this extension (formats: " + known()
                    + "; or give --format)");
        }

        private static String known() {
            return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT) + " " + String.join("/", f.extensions))
                    .collect(Collectors.joining(", "));
        }
    }

    /**
     * The TM written, the file, the format, the number of units, and the units a damaged TM could not
     * give (left out: the export saves what can still be read).
     */
    public record Outcome(String tm, String file, String format, long units, long unreadable, long formulaCells) {
    }

    private final TmLibrary library;
    private final String version;

    public TmExportJob(TmLibrary library, String version) {
        this.library = library;
        this.version = version;
    }

    public Outcome run(String tmName, Path file, String format, Progress progress) {
        return run(tmName, file, format, UnitFilter.ALL, progress);
    }

    /** As above, only the units that pass {@code filter} ({@code --filter}: their metadata, {@link UnitMeta}). */
    public Outcome run(String tmName, Path file, String format, UnitFilter filter, Progress progress) {
        return run(tmName, file, format, filter, new FormulaCells(FormulaCells.Mode.RAW), progress);
    }

    /**
     * As above; a TSV or CSV cell that a spreadsheet would run as a formula is written as {@code cells} says
     * ({@link FormulaCells}), and counted in the outcome.
     */
    public Outcome run(String tmName, Path file, String format, UnitFilter filter, FormulaCells cells, Progress progress) {
        Format f = Format.of(file, format);
        TranslationMemory tm = library.open(TmLibrary.checkName(tmName));
        Predicate<TmxUnit> which = filter.isEmpty() ? u -> true : u -> filter.matches(UnitMeta.of(u));
        long n = switch (f) {
            case TMX -> TmRead.of(tm, () -> tm.export(file, version, progress, which));
            case XLIFF -> {
                String[] langs = TmRead.of(tm, () -> tm.resolveLanguages(null, null));
                yield new XliffExportJob().run(tm, file, langs[0], langs[1], version, progress, which).written();
            }
            case TSV, CSV -> TmRead.of(tm, () -> pairs(tm, file, f == Format.TSV ? PairsWriter.Kind.TSV
                    : PairsWriter.Kind.CSV, which, cells, progress));
        };
        return new Outcome(tm.name(), file.toString(), f.name().toLowerCase(Locale.ROOT), n, tm.unreadable(),
                cells.found());
    }

    /**
     * The TM's pairs in its language pair (its source and most frequent other language) as TSV or CSV,
     * in the order of import; units without text on both sides are left out.
     */
    private static long pairs(TranslationMemory tm, Path file, PairsWriter.Kind kind, Predicate<TmxUnit> which,
                              FormulaCells cells, Progress progress) throws java.io.IOException {
        String[] langs = tm.resolveLanguages(null, null);
        PairsWriter w = new PairsWriter(file, kind, langs[0], langs[1], cells);
        long[] n = {0};
        long total = tm.size();
        try {
            tm.forEachRecord((UnitRecord r) -> {
                TmxUnit u = r.unit();
                String s = u.text(langs[0]);
                String t = u.text(langs[1]);
                if (s == null || t == null || s.isBlank() || t.isBlank() || !which.test(u)) {
                    return;
                }
                try {
                    w.write(r.id(), s, t);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                if (++n[0] % 1000 == 0) {
                    progress.update(n[0], Math.max(total, n[0]));
                }
            });
            w.close();
        } catch (java.io.IOException | RuntimeException e) {
            w.abort();
            throw e;
        }
        progress.update(n[0], n[0]);
        return n[0];
    }
}
