package org.tmsh.formats.bilingual;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tmsh.common.TmshException;
import org.tmsh.formats.Csv;
import org.tmsh.formats.HeaderColumns;
import org.tmsh.formats.Spreadsheet;
import org.tmsh.formats.tmx.TmxReader;
import org.tmsh.formats.xliff.XliffReader;

/**
 * A memory that arrives as an Excel workbook ({@code .xlsx}): the first worksheet with cells
 * ({@link Spreadsheet}), a source and its translation a row.
 *
 * <p>The first row is a header when a cell of it names a language or a role ({@link HeaderColumns}:
 * "en-US", "German", "Source", "Target", "Note"). The source is then the first column that names a
 * language or "Source", the target the next one that names another language or "Target"; note columns
 * become the unit's notes; further languages' columns are not read. A header of "Source"/"Target" names
 * no languages: they come from {@code --source-lang}/{@code --target-lang}. A first row that names
 * nothing is a unit: the source is column A, the target column B. A row whose source or target is empty
 * is skipped and counted with its row number. Every row is a translation (state {@code translated}):
 * a sheet has no workflow state.
 */
public final class SpreadsheetPairsReader {

    private SpreadsheetPairsReader() {
    }

    public static XliffReader.Content read(Path file) {
        Spreadsheet.Sheet sheet = Spreadsheet.read(file);
        Csv.Row first = sheet.rows().get(0);
        List<HeaderColumns.Column> cols = first.cells().stream().map(HeaderColumns::of).toList();
        boolean header = cols.stream().anyMatch(c -> c.role() != HeaderColumns.Role.NONE);
        int src = 0;
        int tgt = 1;
        String srcLang = null;
        String tgtLang = null;
        List<Integer> notes = new ArrayList<>();
        if (header) {
            src = -1;
            tgt = -1;
            for (int k = 0; k < cols.size(); k++) {
                HeaderColumns.Column c = cols.get(k);
                boolean lang = c.role() == HeaderColumns.Role.LANGUAGE;
                if (src < 0 && (lang || c.role() == HeaderColumns.Role.SOURCE)) {
                    src = k;
                    srcLang = c.lang();
                } else if (src >= 0 && tgt < 0 && (c.role() == HeaderColumns.Role.TARGET
                        || lang && (srcLang == null || !srcLang.equalsIgnoreCase(c.lang())))) {
                    tgt = k;
                    tgtLang = c.lang();
                } else if (c.role() == HeaderColumns.Role.NOTE) {
                    notes.add(k);
                }
            }
            if (src < 0 || tgt < 0) {
                throw TmshException.inFile(file, first.line(), "sheet '" + sheet.name() + "': the first row should name"
                        + " the source and target columns: two languages (such as en-US, German) or Source and Target");
            }
        }
        List<XliffReader.Entry> entries = new ArrayList<>();
        List<TmxReader.Invalid> skipped = new ArrayList<>();
        for (Csv.Row r : header ? sheet.rows().subList(1, sheet.rows().size()) : sheet.rows()) {
            String s = cell(r, src);
            String t = cell(r, tgt);
            if (s.isBlank() || t.isBlank()) {
                skipped.add(new TmxReader.Invalid(r.line(), null, "an empty " + (s.isBlank() ? "source" : "target") + " cell"));
                continue;
            }
            List<String> unitNotes = new ArrayList<>();
            for (int k : notes) {
                if (!cell(r, k).isBlank()) {
                    unitNotes.add(cell(r, k).strip());
                }
            }
            entries.add(new XliffReader.Entry(String.valueOf(r.line()), s.strip(), t.strip(), "translated", r.line(), null,
                    false, java.util.Map.of(), unitNotes));
        }
        return new XliffReader.Content(new XliffReader.Header(null, null, null, null, srcLang, tgtLang), entries, skipped);
    }

    private static String cell(Csv.Row r, int k) {
        return k < r.cells().size() ? r.cells().get(k) : "";
    }
}
