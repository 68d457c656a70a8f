package org.tmsh.formats;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV (RFC 4180 quoting: {@code "a, b"}, {@code ""} for a quote): one line's cells, or a whole text's
 * rows, where a quoted cell may hold line breaks, separated by commas or by semicolons (what a
 * spreadsheet writes where the comma is the decimal sign).
 */
public final class Csv {

    /** One row: its cells and the line it starts on (1-based). */
    public record Row(int line, List<String> cells) {
    }

    /** The separator of a CSV text, told by its first line: a semicolon when it has more of them than commas outside quotes. */
    public static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && (ch == '\n' || ch == '\r')) {
                break;
            } else if (!quoted && ch == ',') {
                commas++;
            } else if (!quoted && ch == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /**
     * The rows of a whole CSV text separated by {@code sep}: a quoted cell may hold line breaks (the
     * row's line is where it starts); blank lines give no row. A quote left open at the end is null's
     * opposite: the rest of the text is that cell, and {@code unclosed} callers check {@link #unclosed}.
     */
    public static List<Row> rows(String text, char sep) {
        List<Row> rows = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
                any = true;
            } else if (ch == sep) {
                cur.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || !cell.isEmpty()) {
                    cur.add(cell.toString());
                    rows.add(new Row(start, List.copyOf(cur)));
                }
                cur.clear();
                cell.setLength(0);
                any = false;
                line++;
                start = line;
            } else {
                cell.append(ch);
                if (!Character.isWhitespace(ch)) {
                    any = true;
                }
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + start + ": a quoted cell is not closed before the end of the file");
        }
        if (any || !cell.isEmpty()) {
            cur.add(cell.toString());
            rows.add(new Row(start, List.copyOf(cur)));
        }
        return rows;
    }

    private Csv() {
    }

    /**
     * One cell as every CSV writer of tmsh writes it: {@code cells} first decides a formula-like text
     * ({@link FormulaCells}), then the cell is quoted (RFC 4180, {@code ""} for a quote) when it holds a comma, a
     * semicolon (the separator where the comma is the decimal sign), a quote, a line break or white space at an
     * edge, so that no text of a cell can become a cell or a row of its own.
     */
    public static String cell(String text, FormulaCells cells) {
        String s = cells.text(text == null ? "" : text);
        boolean quote = !s.isEmpty() && (s.strip().length() != s.length()
                || s.chars().anyMatch(c -> c == ',' || c == ';' || c == '"' || c == '\n' || c == '\r'
                        || c == '\u2028' || c == '\u2029'));
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /**
     * One cell of a tab-separated file tmsh writes: a tab or line break inside becomes one space (the format cannot
     * hold them), then {@code cells} decides a formula-like text ({@link FormulaCells}).
     */
    public static String tabCell(String text, FormulaCells cells) {
        return cells.text(text == null ? "" : text.replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " "));
    }

    /**
     * The cells of one comma-separated {@code line} (for a whole text, with line breaks in quoted cells,
     * see {@link #rows}).
     */
    public static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
