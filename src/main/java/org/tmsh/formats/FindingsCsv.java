package org.tmsh.formats;

import java.util.List;
import java.util.Locale;

import org.tmsh.common.AtomicFiles;
import org.tmsh.qa.Finding;

/**
 * QA findings as CSV for a spreadsheet (RFC 4180: comma-separated, fields quoted where needed, CRLF
 * line ends, UTF-8 with a byte-order mark so that spreadsheet programs read the accents right). A cell a
 * spreadsheet would run as a formula is written as {@code cells} says ({@link FormulaCells}; {@code qa --csv}
 * writes it with a leading apostrophe unless {@code --cells raw}).
 */
public final class FindingsCsv {

    private FindingsCsv() {
    }

    public static void write(java.nio.file.Path out, List<Finding> findings) {
        write(out, findings, new FormulaCells(FormulaCells.Mode.SAFE));
    }

    /** As above, formula-like cells written and counted by {@code cells}. */
    public static void write(java.nio.file.Path out, List<Finding> findings, FormulaCells cells) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        row(sb, cells, "number", "severity", "check", "where", "source", "target", "in source", "in target", "message", "suggestion");
        int n = 0;
        for (Finding f : findings) {
            row(sb, cells, String.valueOf(++n), f.severity().name().toLowerCase(Locale.ROOT), f.kind(), f.where(), f.source(),
                    f.target(), f.inSource(), f.inTarget(), f.message(), f.suggestion());
        }
        AtomicFiles.writeString(out, sb);
    }

    private static void row(StringBuilder sb, FormulaCells formulas, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(Csv.cell(cells[i], formulas));
        }
        sb.append("\r\n");
    }
}
