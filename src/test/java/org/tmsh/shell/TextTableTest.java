package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Tables fit the terminal in columns, not characters, and wrap at word boundaries. */
class TextTableTest {

    private static final String LONG = "Indessen gab es am 2. November in Moskau zwischen der Außenministerin der DVRK, Choe Son Hui,"
            + " und dem Außenminister der Russischen Föderation, Sergei Lawrow, einen strategischen Dialog.";

    private static List<String> lines(String table) {
        return table.lines().toList();
    }

    @Test
    void wideCharactersCountAsTwoColumnsSoBordersLineUp() {
        List<String[]> rows = List.of(new String[] {"lang", "spelling", "status"}, new String[] {"ko", "최선희", "preferred"},
                new String[] {"de", "Choe Son Hui", "admitted"}, new String[] {"ru", "Сергей Лавров", "preferred"});
        String t = TextTable.render(rows, 80);
        List<String> lines = lines(t);
        int w = TextTable.width(lines.get(0));
        for (String l : lines) {
            assertEquals(w, TextTable.width(l), "every line as wide as the border:\n" + t);
        }
        assertEquals(6, TextTable.width("최선희"));
        assertEquals(5, TextTable.width("e\u0301tude"), "a combining accent takes no column");
    }

    @Test
    void longCellsWrapAtWordBoundariesAndLoseNothing() {
        List<String[]> rows = List.of(new String[] {"link", "source", "target"},
                new String[] {"[3]:[2]", LONG, "Meanwhile a strategic dialogue took place in Moscow on November 2."});
        String t = TextTable.render(rows, 60);
        List<String> lines = lines(t);
        assertTrue(lines.size() > 6, "the long sentence takes several lines:\n" + t);
        for (String l : lines) {
            assertTrue(TextTable.width(l) <= 60, l);
        }
        assertFalse(t.contains("..."), t);
        StringBuilder source = new StringBuilder();
        for (String l : lines.subList(3, lines.size() - 1)) {
            String cell = l.split("│")[2].strip();
            if (!cell.isEmpty()) {
                source.append(source.length() == 0 ? "" : " ").append(cell);
            }
        }
        assertEquals(LONG, source.toString(), "every word, in order, none cut");
        assertTrue(lines.get(1).contains("source") && lines.get(1).contains("target"), "headers kept");
    }

    /** A glossary listing as 'term list' shows it: seven columns, file names, a date, notes. */
    private static final List<String[]> TERMS = List.of(
            new String[] {"concept", "lang", "script", "spelling", "status", "system", "seen / note"},
            new String[] {"c1", "ru", "Cyrl", "Сергей Викторович Лавров", "preferred", "", "Russian foreign minister"},
            new String[] {"c1", "de", "Latn", "Sergei Wiktorowitschi Lawrow", "deprecated", "",
                    "000_585da5ce89297943.txt\nmisspelling of Wiktorowitsch"},
            new String[] {"c1", "en", "Latn", "Sergei Viktorovich Lavrov", "preferred", "English press usage",
                    "004_676457e338a7e9c4.txt"},
            new String[] {"c2", "de", "Latn", "Choe Son-hui", "admitted", "press (KCNA letters)", "2026-12-06 19:34 UTC"},
            new String[] {"c1", "en", "Latn", "Sergey Lavrov", "admitted", "BGN/PCGN", ""});

    /** The lines of column {@code c} of a rendered table's body, and the column's width. */
    private static List<String> column(String table, int c) {
        List<String> out = new ArrayList<>();
        for (String l : lines(table)) {
            if (l.startsWith("│")) {
                out.add(l.split("│")[c + 1].strip());
            }
        }
        return out;
    }

    /**
     * Every word (letters only) of the cells that fits its column's width is on one line whole: a word breaks
     * only when it alone is wider than its column.
     */
    private static void assertNoWordBrokenThatFits(List<String[]> rows, int width) {
        String t = TextTable.render(rows, width);
        if (!t.startsWith("┌")) {
            // records: every word of every cell stands whole on a line of its field
            for (String[] r : rows.subList(1, rows.size())) {
                for (String cell : r) {
                    for (String token : cell.split("[\\s\n]+")) {
                        if (token.matches("\\p{L}+")) {
                            assertTrue(t.lines().anyMatch(l -> java.util.Arrays.asList(l.split(" +")).contains(token)),
                                    "'" + token + "' whole at width " + width + ":\n" + t);
                        }
                    }
                }
            }
            return;
        }
        String[] border = lines(t).get(0).split("┬");
        for (int c = 0; c < rows.get(0).length; c++) {
            int colWidth = TextTable.width(border[c]) - (c == 0 ? 3 : 2);
            String shown = String.join("\n", column(t, c));
            for (String[] r : rows) {
                for (String token : r[c].split("[\\s\n]+")) {
                    if (token.matches("\\p{L}+") && TextTable.width(token) <= colWidth) {
                        assertTrue(shown.lines().anyMatch(l -> java.util.Arrays.asList(l.split(" ")).contains(token)),
                                "'" + token + "' (fits " + colWidth + " columns) whole at width " + width + ":\n" + t);
                    }
                }
            }
        }
    }

    @Test
    void aWordIsBrokenOnlyWhenItAloneIsWiderThanItsColumnAt80And120Columns() {
        for (int width : List.of(80, 120)) {
            String t = TextTable.render(TERMS, width);
            for (String l : lines(t)) {
                assertTrue(TextTable.width(l) <= width, width + ": " + l);
            }
            assertNoWordBrokenThatFits(TERMS, width);
            assertTrue(t.contains("deprecated") && t.contains("misspelling"), t);
        }
        String narrow = TextTable.render(TERMS, 80);
        assertTrue(!narrow.startsWith("┌") && narrow.lines().anyMatch(l -> l.matches("status +deprecated")),
                "seven columns whose words cannot all stay whole in 80 columns: one record a row\n" + narrow);
        String wide = TextTable.render(TERMS, 120);
        assertTrue(wide.contains("Wiktorowitschi") && wide.contains("000_585da5ce89297943.txt"),
                "at 120 columns nothing breaks:\n" + wide);
        assertTrue(wide.contains("2026-12-06 19:34 UTC"), "a date with its time on one line:\n" + wide);
    }

    @Test
    void aDateAndItsTimeStayOnOneLineAndAPathBreaksAtItsSlashes() {
        List<String[]> rows = List.of(new String[] {"TM", "units", "languages", "updated", "backend", "where"},
                new String[] {"news", "11", "de en", "2026-12-06 19:34 UTC", "lucene", "/tmp/tmp.ESu6XjNgsg/tm/news"});
        String t = TextTable.render(rows, 80);
        assertTrue(t.contains("2026-12-06 19:34 UTC"), "the date whole:\n" + t);
        for (String piece : column(t, 5)) {
            assertTrue(piece.isEmpty() || piece.endsWith("/") || piece.endsWith(".") || piece.equals("news")
                    || piece.equals("where"), "the path breaks after a slash or a dot: '" + piece + "'\n" + t);
        }
        assertEquals(List.of("/tmp/tmp.", "ESu6XjNgsg/tm/", "news"), TextTable.wrap("/tmp/tmp.ESu6XjNgsg/tm/news", 15));
        assertEquals(List.of("2026-12-06 19:34", "UTC"), TextTable.wrap("2026-12-06 19:34 UTC", 17),
                "a date-time too wide for its line breaks at a space, never inside the date");
    }

    @Test
    void twoLongColumnsShareTheWidthFairlyAndAShortOneKeepsItsOwn() {
        String english = "Meanwhile a strategic dialogue took place in Moscow on November 2 between the two ministers.";
        List<String[]> rows = List.of(new String[] {"link", "source", "target"}, new String[] {"[3]:[2]", LONG, english});
        for (int width : List.of(80, 120)) {
            String[] border = lines(TextTable.render(rows, width)).get(0).split("┬");
            int link = TextTable.width(border[0]) - 3;
            int source = TextTable.width(border[1]) - 2;
            int target = TextTable.width(border[2]) - 3;
            assertEquals(7, link, "the short column keeps its natural width");
            assertTrue(Math.abs(source - target) <= 1, width + ": source " + source + ", target " + target);
        }
        // a column that needs less than a fair share keeps what it needs; the long one takes the rest
        String[] border = lines(TextTable.render(List.of(new String[] {"a", "b"},
                new String[] {"short text", LONG}), 80)).get(0).split("┬");
        assertEquals(10, TextTable.width(border[0]) - 3);
    }

    @Test
    void aWordLongerThanItsColumnIsBrokenOnlyThere() {
        assertEquals(List.of("Donaudampf", "schifffahr", "t ist"), TextTable.wrap("Donaudampfschifffahrt ist", 10));
        assertEquals(List.of("ein", "Außenminister"), TextTable.wrap("ein Außenminister", 13),
                "a word that fits a line of its own is moved there whole, never split to fill the line before");
        assertEquals(List.of("a b", "c"), TextTable.wrap("a b c", 3));
        assertEquals(List.of(""), TextTable.wrap("", 5));
    }

    @Test
    void randomTablesKeepTheirWidthAndEveryCharacter() {
        Random random = new Random(13);
        String alphabet = "abc de fg 최선 ЛаВ ß  ";
        for (int n = 0; n < 200; n++) {
            int cols = 1 + random.nextInt(5);
            List<String[]> rows = new ArrayList<>();
            for (int r = 0; r < 1 + random.nextInt(5); r++) {
                String[] row = new String[cols];
                for (int c = 0; c < cols; c++) {
                    StringBuilder sb = new StringBuilder();
                    for (int k = random.nextInt(80); k > 0; k--) {
                        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    row[c] = sb.toString();
                }
                rows.add(row);
            }
            int width = 30 + random.nextInt(100);
            String t = TextTable.render(rows, width);
            int w = TextTable.width(t.lines().findFirst().orElseThrow());
            for (String l : t.lines().toList()) {
                assertEquals(w, TextTable.width(l), t);
            }
            long letters = rows.stream().flatMap(r -> java.util.Arrays.stream(r)).mapToLong(s -> s.replace(" ", "").length()).sum();
            long shown = t.lines().mapToLong(l -> l.replaceAll("[│─┌┐└┘├┤┬┴┼ ]", "").length()).sum();
            assertEquals(letters, shown, "nothing cut:\n" + t);
        }
    }
}
