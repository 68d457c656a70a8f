package org.tmsh.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.jline.utils.WCWidth;

/**
 * A table in box-drawing characters, fitted to a width: every column keeps its header, long cells
 * wrap at word boundaries onto as many lines as they need (never cut), and width is counted in
 * terminal columns, East Asian wide characters (Hangul, Han, kana) as two and combining marks as
 * none, so that columns line up whatever the script.
 *
 * <p>NOTE: written by hand because Spring Shell's table counts characters, not columns (Hangul
 * shifts the borders), and its wrapping cuts words.
 */
final class TextTable {

    private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*m");
    private static final int MIN_COLUMN = 6;

    private TextTable() {
    }

    /** Terminal columns that {@code s} takes (ANSI colour codes take none). */
    static int width(String s) {
        // most cells have no colour: no matcher for them (a 10,000-link alignment measures 200,000 words)
        String plain = s.indexOf('\u001b') < 0 ? s : ANSI.matcher(s).replaceAll("");
        int w = 0;
        for (int i = 0; i < plain.length(); ) {
            int cp = plain.codePointAt(i);
            w += Math.max(0, WCWidth.wcwidth(cp));
            i += Character.charCount(cp);
        }
        return w;
    }

    /** The rows (the first is the header) as lines of at most {@code maxWidth} columns. */
    static String render(List<String[]> rows, int maxWidth) {
        int cols = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        if (cols == 0) {
            return "";
        }
        int[] natural = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                String cell = r[c] == null ? "" : r[c];
                for (String line : cell.split("\n", -1)) {
                    natural[c] = Math.max(natural[c], width(line));
                }
            }
        }
        int[] widths = fit(natural, Math.max(cols * (MIN_COLUMN + 3) + 1, maxWidth) - (3 * cols + 1));
        StringBuilder sb = new StringBuilder();
        border(sb, widths, '┌', '┬', '┐');
        for (int r = 0; r < rows.size(); r++) {
            row(sb, rows.get(r), widths);
            if (r == 0 && rows.size() > 1) {
                border(sb, widths, '├', '┼', '┤');
            }
        }
        border(sb, widths, '└', '┴', '┘');
        return sb.toString();
    }

    /**
     * Column widths within {@code room}: natural widths if they fit; else the columns narrower than
     * a fair share keep theirs, and the others share what is left in proportion to their natural width.
     */
    static int[] fit(int[] natural, int room) {
        int cols = natural.length;
        int[] w = new int[cols];
        for (int c = 0; c < cols; c++) {
            w[c] = Math.max(1, natural[c]);
        }
        if (Arrays.stream(w).sum() <= room) {
            return w;
        }
        boolean[] fixed = new boolean[cols];
        int left = room;
        int open = cols;
        boolean changed = true;
        while (changed && open > 0) {
            changed = false;
            int fair = left / open;
            for (int c = 0; c < cols; c++) {
                if (!fixed[c] && w[c] <= fair) {
                    fixed[c] = true;
                    left -= w[c];
                    open--;
                    changed = true;
                }
            }
        }
        long wideNatural = 0;
        for (int c = 0; c < cols; c++) {
            wideNatural += fixed[c] ? 0 : w[c];
        }
        for (int c = 0; c < cols; c++) {
            if (!fixed[c]) {
                w[c] = (int) Math.max(MIN_COLUMN, left * (long) w[c] / Math.max(1, wideNatural));
            }
        }
        return w;
    }

    private static void border(StringBuilder sb, int[] widths, char left, char mid, char right) {
        sb.append(left);
        for (int c = 0; c < widths.length; c++) {
            sb.append("─".repeat(widths[c] + 2)).append(c + 1 < widths.length ? mid : right);
        }
        sb.append('\n');
    }

    private static void row(StringBuilder sb, String[] cells, int[] widths) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < widths.length; c++) {
            String cell = c < cells.length && cells[c] != null ? cells[c] : "";
            List<String> lines = wrap(cell, widths[c]);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int k = 0; k < height; k++) {
            sb.append('│');
            for (int c = 0; c < widths.length; c++) {
                String line = k < wrapped.get(c).size() ? wrapped.get(c).get(k) : "";
                sb.append(' ').append(line).append(" ".repeat(Math.max(0, widths[c] - width(line)))).append(" │");
            }
            sb.append('\n');
        }
    }

    /** {@code text} in lines of at most {@code width} columns, broken at spaces; a longer word is broken where it must. */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int lineWidth = 0;
            for (String word : para.strip().split(" +")) {
                int ww = width(word);
                if (lineWidth > 0 && lineWidth + 1 + ww > width) {
                    out.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                while (ww > width) {
                    int cut = cut(word, width - lineWidth - (lineWidth > 0 ? 1 : 0));
                    if (lineWidth > 0) {
                        line.append(' ');
                    }
                    line.append(word, 0, cut);
                    out.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                    word = word.substring(cut);
                    ww = width(word);
                }
                if (lineWidth > 0) {
                    line.append(' ');
                    lineWidth++;
                }
                line.append(word);
                lineWidth += ww;
            }
            out.add(line.toString());
        }
        return out;
    }

    /** How many chars of {@code word} fit in {@code width} columns (at least one code point). */
    private static int cut(String word, int width) {
        int w = 0;
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            int cw = Math.max(0, WCWidth.wcwidth(cp));
            if (w + cw > width && i > 0) {
                break;
            }
            w += cw;
            i += Character.charCount(cp);
        }
        return Math.max(i, Character.charCount(word.codePointAt(0)));
    }
}
