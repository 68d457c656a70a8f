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

    @Test
    void aWordLongerThanItsColumnIsBrokenOnlyThere() {
        assertEquals(List.of("Donaudampf", "schifffahr", "t ist"), TextTable.wrap("Donaudampfschifffahrt ist", 10));
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
