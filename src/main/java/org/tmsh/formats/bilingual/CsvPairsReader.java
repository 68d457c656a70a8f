package org.tmsh.formats.bilingual;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tmsh.common.Languages;
import org.tmsh.common.TextFiles;
import org.tmsh.common.TmshException;
import org.tmsh.document.DocumentReader;
import org.tmsh.formats.Csv;
import org.tmsh.formats.tmx.TmxReader;
import org.tmsh.formats.xliff.XliffReader;

/**
 * Reads bilingual CSV whose first row names the two languages ({@code de,en}), separated by commas or
 * semicolons, quoted cells possibly over several lines: each further row a source and its translation
 * (state {@code translated}); rows with an empty cell are left out and counted. A
 * header that is not two different language codes, or a row of another width, is an error naming the line.
 */
public final class CsvPairsReader {

    private CsvPairsReader() {
    }

    public static XliffReader.Content read(Path file) {
        return read(file, null);
    }

    /** Reads the file in {@code encoding} (null: UTF-8). */
    public static XliffReader.Content read(Path file, String encoding) {
        String text = TextFiles.decode(file, DocumentReader.bytes(file), encoding);
        List<Csv.Row> rows;
        try {
            rows = Csv.rows(text, Csv.separator(text));
        } catch (IllegalArgumentException e) {
            throw TmshException.inFile(file, 0, e.getMessage());
        }
        if (rows.isEmpty()) {
            throw TmshException.inFile(file, 0, "file is empty");
        }
        List<String> header = rows.get(0).cells();
        if (header.size() != 2) {
            throw TmshException.inFile(file, rows.get(0).line(), "expected a header of two language codes, such as de,en");
        }
        String src;
        String tgt;
        try {
            src = Languages.ofHeader(header.get(0));
            tgt = Languages.ofHeader(header.get(1));
        } catch (TmshException e) {
            throw TmshException.inFile(file, rows.get(0).line(), "header: " + e.getMessage());
        }
        if (src.equalsIgnoreCase(tgt)) {
            throw TmshException.inFile(file, rows.get(0).line(), "header: both columns are '" + src + "'; name the source language,"
                    + " then the target language, such as de,en");
        }
        List<XliffReader.Entry> entries = new ArrayList<>();
        List<TmxReader.Invalid> skipped = new ArrayList<>();
        for (Csv.Row r : rows.subList(1, rows.size())) {
            List<String> row = r.cells();
            if (row.size() != 2) {
                throw TmshException.inFile(file, r.line(), "expected 2 cells, found " + row.size());
            }
            if (row.get(0).isBlank() || row.get(1).isBlank()) {
                skipped.add(new TmxReader.Invalid(r.line(), null, "an empty cell"));
            } else {
                entries.add(new XliffReader.Entry(String.valueOf(r.line()), row.get(0).strip(), row.get(1).strip(),
                        "translated", r.line()));
            }
        }
        return new XliffReader.Content(new XliffReader.Header(null, null, null, null, src, tgt), entries, skipped);
    }
}
