package org.tmsh.formats.bilingual;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tmsh.common.Languages;
import org.tmsh.common.TmshException;
import org.tmsh.document.DocumentReader;
import org.tmsh.formats.Csv;
import org.tmsh.formats.xliff.XliffReader;

/**
 * Reads bilingual CSV whose first row names the two languages ({@code de,en}): each further row a
 * source and its translation (state {@code translated}); rows with an empty cell are left out. A
 * header that is not two different language codes, or a row of another width, is an error naming the line.
 */
public final class CsvPairsReader {

    private CsvPairsReader() {
    }

    public static XliffReader.Content read(Path file) {
        List<String> lines = DocumentReader.lines(file, null);
        if (lines.isEmpty()) {
            throw TmshException.inFile(file, 0, "file is empty");
        }
        List<String> header = Csv.cells(lines.get(0));
        if (header.size() != 2) {
            throw TmshException.inFile(file, 1, "expected a header of two language codes, such as de,en");
        }
        String src;
        String tgt;
        try {
            src = Languages.check(header.get(0).strip());
            tgt = Languages.check(header.get(1).strip());
        } catch (TmshException e) {
            throw TmshException.inFile(file, 1, "header: " + e.getMessage());
        }
        if (src.equalsIgnoreCase(tgt)) {
            throw TmshException.inFile(file, 1, "header: both columns are '" + src + "'; name the source language,"
                    + " then the target language, such as de,en");
        }
        List<XliffReader.Entry> entries = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> row = Csv.cells(lines.get(i));
            if (row.size() != 2) {
                throw TmshException.inFile(file, i + 1, "expected 2 cells, found " + row.size());
            }
            if (!row.get(0).isBlank() && !row.get(1).isBlank()) {
                entries.add(new XliffReader.Entry(String.valueOf(i + 1), row.get(0).strip(), row.get(1).strip(),
                        "translated", i + 1));
            }
        }
        return new XliffReader.Content(new XliffReader.Header(null, null, null, null, src, tgt), entries);
    }
}
