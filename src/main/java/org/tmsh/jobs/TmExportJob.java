package org.tmsh.jobs;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
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
        XLIFF(".xlf", ".xliff");

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
    public record Outcome(String tm, String file, String format, long units, long unreadable) {
    }

    private final TmLibrary library;
    private final String version;

    public TmExportJob(TmLibrary library, String version) {
        this.library = library;
        this.version = version;
    }

    public Outcome run(String tmName, Path file, String format, Progress progress) {
        Format f = Format.of(file, format);
        TranslationMemory tm = library.open(TmLibrary.checkName(tmName));
        long n = switch (f) {
            case TMX -> TmRead.of(tm, () -> tm.export(file, version, progress));
            case XLIFF -> {
                String[] langs = TmRead.of(tm, () -> tm.resolveLanguages(null, null));
                yield new XliffExportJob().run(tm, file, langs[0], langs[1], version, progress).written();
            }
        };
        return new Outcome(tm.name(), file.toString(), f.name().toLowerCase(Locale.ROOT), n, tm.unreadable());
    }
}
