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
    /** Tables of this many columns or more become records when their words cannot all stay whole. */
    static final int RECORDS_FROM = 6;

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
        int[] longest = new int[cols];
        int[] pieces = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                String cell = r[c] == null ? "" : r[c];
                for (String line : cell.split("\n", -1)) {
                    natural[c] = Math.max(natural[c], width(line));
                    for (String token : tokens(line)) {
                        longest[c] = Math.max(longest[c], width(token));
                        pieces[c] = Math.max(pieces[c], piece(token));
                    }
                }
            }
        }
        int room = Math.max(cols, maxWidth - (3 * cols + 1));
        if (rows.size() > 1 && cols >= RECORDS_FROM && !fits(natural, longest, pieces, room)) {
            return records(rows, maxWidth);
        }
        int[] widths = fit(natural, longest, pieces, room);
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

    /** Whether columns fit in {@code room} with no word broken (a path or file name may break at its slashes and dots). */
    private static boolean fits(int[] natural, int[] longest, int[] pieces, int room) {
        int need = 0;
        for (int c = 0; c < natural.length; c++) {
            int nat = Math.max(1, natural[c]);
            need += Math.min(nat, Math.min(Math.max(longest[c], MIN_COLUMN), Math.max(pieces[c], MIN_COLUMN)));
        }
        return need <= room;
    }

    /**
     * The rows as records, one field a line under its header's name, a blank line between records: what
     * a table becomes when its columns cannot share the width without breaking words in the middle
     * (many columns on a narrow terminal), as {@code psql}'s expanded display does.
     */
    static String records(List<String[]> rows, int maxWidth) {
        String[] header = rows.get(0);
        int label = 0;
        for (String h : header) {
            label = Math.max(label, width(h == null ? "" : h));
        }
        int room = Math.max(10, maxWidth - label - 2);
        StringBuilder sb = new StringBuilder();
        for (int r = 1; r < rows.size(); r++) {
            if (r > 1) {
                sb.append('\n');
            }
            String[] row = rows.get(r);
            for (int c = 0; c < row.length; c++) {
                String cell = row[c] == null ? "" : row[c];
                if (cell.isBlank()) {
                    continue;
                }
                String name = c < header.length && header[c] != null ? header[c] : "";
                String pad = " ".repeat(label - width(name));
                boolean first = true;
                for (String line : cell.split("\n", -1)) {
                    for (String piece : wrap(line, room)) {
                        sb.append(first ? name + pad + "  " : " ".repeat(label + 2)).append(piece).append('\n');
                        first = false;
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * Column widths within {@code room}, shared fairly (max-min: no column gets more while a narrower one
     * still wraps what it need not). Every column first gets its longest token ({@code longest}: a word, a
     * date with its time), so no token breaks while they all fit; what is left is shared out level by level
     * up to each column's natural width. When the tokens do not all fit, a column gets at least its longest
     * {@code piece} (a file name or path breaks at its slashes, underscores and dots, an id of digits
     * anywhere, a word or a date nowhere) and the room up to its longest token is shared fairly; only when
     * even the pieces do not fit are they shared, the longest breaking first. A table of so many columns
     * that not even {@link #MIN_COLUMN} each fits gets narrower columns, never a line wider than {@code room}.
     */
    static int[] fit(int[] natural, int[] longest, int[] pieces, int room) {
        int cols = natural.length;
        int[] nat = new int[cols];
        int[] words = new int[cols];
        int[] parts = new int[cols];
        int[] least = new int[cols];
        for (int c = 0; c < cols; c++) {
            nat[c] = Math.max(1, natural[c]);
            words[c] = Math.min(nat[c], Math.max(longest[c], MIN_COLUMN));
            parts[c] = Math.min(words[c], Math.max(pieces[c], MIN_COLUMN));
            least[c] = Math.min(nat[c], MIN_COLUMN);
        }
        if (Arrays.stream(nat).sum() <= room) {
            return nat;
        }
        if (Arrays.stream(words).sum() <= room) {
            return level(words, nat, room);
        }
        if (Arrays.stream(parts).sum() <= room) {
            return level(parts, words, room);
        }
        if (Arrays.stream(least).sum() <= room) {
            return level(least, parts, room);
        }
        // so many columns that not even MIN_COLUMN each fits: narrower still, rather than wider than the terminal
        int[] one = new int[cols];
        Arrays.fill(one, 1);
        return level(one, least, room);
    }

    /**
     * The widest part of {@code token} that must stay on one line: a word or a date whole; a file name or a
     * path from one break ({@code / _ . - ,}) to the next; an id mixing letters and digits ("585da5ce89") not
     * at all, since no place in it is better than another.
     */
    static int piece(String token) {
        if (token.indexOf(' ') > 0 || DATE.matcher(token).matches()) {
            return width(token);
        }
        int widest = 0;
        for (String part : token.split("(?<=[-/_.,;\\\\])")) {
            boolean id = part.chars().anyMatch(Character::isDigit) && part.chars().anyMatch(Character::isLetter);
            widest = Math.max(widest, id ? Math.min(width(part), MIN_COLUMN) : width(part));
        }
        return widest;
    }

    /** Widths between {@code low} and {@code high}, filled up to one level for all, the rest one column each. */
    private static int[] level(int[] low, int[] high, int room) {
        int cols = low.length;
        int lo = 0;
        int hi = Arrays.stream(high).max().orElse(0);
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (sum(low, high, mid) <= room) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int[] w = new int[cols];
        int used = 0;
        for (int c = 0; c < cols; c++) {
            w[c] = Math.min(high[c], Math.max(low[c], lo));
            used += w[c];
        }
        for (int c = 0; c < cols && used < room; c++) {
            if (w[c] < high[c]) {
                w[c]++;
                used++;
            }
        }
        return w;
    }

    private static long sum(int[] low, int[] high, int level) {
        long s = 0;
        for (int c = 0; c < low.length; c++) {
            s += Math.min(high[c], Math.max(low[c], level));
        }
        return s;
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

    /**
     * {@code text} in lines of at most {@code width} columns, broken at spaces. A token wider than the line
     * (see {@link #tokens}) starts a line of its own and is broken only then, at the most sensible place that
     * fits ({@link #breakAt}).
     */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int lineWidth = 0;
            for (String token : tokens(para)) {
                int tw = width(token);
                if (lineWidth > 0 && lineWidth + 1 + tw <= width) {
                    line.append(' ').append(token);
                    lineWidth += 1 + tw;
                    continue;
                }
                if (lineWidth > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                while (tw > width) {
                    int cut = breakAt(token, width);
                    out.add(token.substring(0, cut).stripTrailing());
                    token = token.substring(cut).stripLeading();
                    tw = width(token);
                }
                line.append(token);
                lineWidth = tw;
            }
            out.add(line.toString());
        }
        return out;
    }

    /** A date and a time of day written after it ("2026-12-06 19:34 UTC"): one token, never split over lines. */
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2})?");

    /**
     * The words of a line, split at spaces, except that a date, its time and its zone ({@code UTC}) stay one
     * token: a table cell breaks between words, never inside a date.
     */
    static List<String> tokens(String line) {
        List<String> out = new ArrayList<>();
        String[] words = line.strip().split(" +");
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            if (DATE.matcher(w).matches() && k + 1 < words.length && TIME.matcher(words[k + 1]).matches()) {
                w += " " + words[++k];
                if (k + 1 < words.length && words[k + 1].matches("UTC|GMT|Z|[+-]\\d{2}:?\\d{2}")) {
                    w += " " + words[++k];
                }
            }
            out.add(w);
        }
        return out;
    }

    /**
     * Where to break a token too wide for {@code width} columns: the last place that fits after a space,
     * a hyphen, a slash, an underscore, a dot or a comma; else before a capital that follows a small letter
     * ("Außen|Minister"); either provided the first part fills at least half the line; else where the width ends.
     */
    static int breakAt(String token, int width) {
        int fits = cut(token, width);
        for (boolean punctuation : new boolean[] {true, false}) {
            for (int i = fits; i > 0 && width(token.substring(0, i)) * 2 >= width; i--) {
                char before = token.charAt(i - 1);
                char at = token.charAt(i);
                if (punctuation ? " -/_.,;\\".indexOf(before) >= 0
                        : Character.isUpperCase(at) && Character.isLowerCase(before)) {
                    return i;
                }
            }
        }
        return fits;
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
