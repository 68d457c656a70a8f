package org.tmsh.formats;

import java.util.List;
import java.util.Locale;

import org.tmsh.common.AtomicFiles;
import org.tmsh.qa.Finding;

/**
 * QA findings as CSV for a spreadsheet (RFC 4180: comma-separated, fields quoted where needed, CRLF
 * line ends, UTF-8 with a byte-order mark so that spreadsheet programs read the accents right).
 */
public final class FindingsCsv {

    private FindingsCsv() {
    }

    public static void write(java.nio.file.Path out, List<Finding> findings) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        row(sb, "number", "severity", "check", "where", "source", "target", "in source", "in target", "message", "suggestion");
        int n = 0;
        for (Finding f : findings) {
            row(sb, String.valueOf(++n), f.severity().name().toLowerCase(Locale.ROOT), f.kind(), f.where(), f.source(),
                    f.target(), f.inSource(), f.inTarget(), f.message(), f.suggestion());
        }
        AtomicFiles.writeString(out, sb);
    }

    private static void row(StringBuilder sb, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i] == null ? "" : cells[i];
            if (i > 0) {
                sb.append(',');
            }
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        sb.append("\r\n");
    }
}
