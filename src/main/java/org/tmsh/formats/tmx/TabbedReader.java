package org.tmsh.formats.tmx;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.tmsh.common.StrictDecoder;
import org.tmsh.common.TextFiles;
import org.tmsh.common.TmshException;

/**
 * Bilingual tab-separated text, plain or gzip'd: {@code source TAB target} or
 * {@code id TAB source TAB target} a line, UTF-8 (a byte that is not UTF-8 is an error naming its
 * line). Lines without text on both sides are skipped and reported like invalid TMX units.
 */
public final class TabbedReader implements UnitSource {

    private final Path file;
    private final String srcLang;
    private final String tgtLang;
    private final BufferedReader in;
    private final CountingStream bytes;
    private final List<TmxReader.Invalid> invalid = new ArrayList<>();
    private final org.tmsh.document.InputLimits limits = org.tmsh.document.InputLimits.current();
    private final String date = TmxWriter.TMX_DATE.format(java.time.Instant.now());
    private int invalidCount;
    private int units;
    private int line;

    private TabbedReader(Path file, String srcLang, String tgtLang, BufferedReader in, CountingStream bytes) {
        this.file = file;
        this.bytes = bytes;
        this.srcLang = srcLang;
        this.tgtLang = tgtLang;
        this.in = in;
    }

    public static boolean handles(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".tsv") || n.endsWith(".tsv.gz") || n.endsWith(".tab");
    }

    public static TabbedReader open(Path file, String srcLang, String tgtLang) {
        if (!Files.isRegularFile(file)) {
            throw TmshException.inFile(file, 0, "file not found");
        }
        try {
            CountingStream raw = new CountingStream(Files.newInputStream(file));
            InputStream data = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader r = new BufferedReader(org.tmsh.document.InputLimits.current()
                    .boundedLines(file, TextFiles.reader(file, data, null), 3), 1 << 16);
            return new TabbedReader(file, srcLang, tgtLang, r, raw);
        } catch (IOException e) {
            throw TmshException.inFile(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    @Override
    public TmxUnit next() {
        try {
            String s;
            while ((s = in.readLine()) != null) {
                line++;
                if (s.isBlank()) {
                    continue;
                }
                String[] c = s.split("\t", -1);
                if (line == 1 && header(c)) {
                    continue; // a spreadsheet's header row ("en-US TAB de-DE", "English TAB German"): no unit
                }
                String problem = c.length < 2 || c.length > 3 || c[c.length - 2].isBlank() || c[c.length - 1].isBlank()
                        ? "expected source TAB target or id TAB source TAB target" : limits.segmentProblem(c[c.length - 2]);
                if (problem == null) {
                    problem = limits.segmentProblem(c[c.length - 1]);
                }
                if (problem != null) {
                    invalidCount++;
                    if (invalid.size() < 100) {
                        invalid.add(new TmxReader.Invalid(line, null, problem));
                    }
                    continue;
                }
                String id = c.length == 3 ? c[0] : file.getFileName() + "#" + line;
                units++;
                return TmxUnit.pair(id, srcLang, c[c.length - 2], tgtLang, c[c.length - 1], Map.of(), date);
            }
            if (units == 0 && invalidCount == 0) {
                throw TmshException.inFile(file, 0, "empty file (expected source TAB target, one pair a line)");
            }
            return null;
        } catch (StrictDecoder.BadBytes e) {
            throw TextFiles.badBytes(file, e, null);
        } catch (IOException e) {
            throw TmshException.inFile(file, line + 1, "cannot read: " + e.getMessage(), e);
        }
    }

    /** True when every cell of a first line names a language (a code or an English name): a header, not a pair. */
    private static boolean header(String[] cells) {
        if (cells.length < 2 || cells.length > 3) {
            return false;
        }
        for (String c : cells) {
            try {
                org.tmsh.common.Languages.ofHeader(c);
            } catch (TmshException e) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long bytesRead() {
        return bytes.count();
    }

    @Override
    public List<TmxReader.Invalid> invalid() {
        return invalid;
    }

    @Override
    public int invalidCount() {
        return invalidCount;
    }

    @Override
    public String sourceLang() {
        return srcLang;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // read-only
        }
    }
}
