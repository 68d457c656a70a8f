package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code term discover}'s "seen" column: each document once, so the table fits 80 columns with whole words. */
class TermDiscoverTableTest {

    private static final String DOC = "000_585da5ce89297943.txt";

    @Test
    void aDocumentIsNamedOnceWithItsUnits() {
        assertEquals(DOC + " #1 #3", TermDiscoverCommand.seen(List.of(DOC + "#1", DOC + "#3"), List.of(DOC + "#1")));
    }

    @Test
    void theSecondSpellingsPlacesFollowOnlyWhenThereAreOthers() {
        assertEquals("a.txt, b.txt / c.txt", TermDiscoverCommand.seen(List.of("a.txt", "b.txt"), List.of("c.txt")));
        assertEquals("a.txt #2, b.txt #7 / a.txt #9", TermDiscoverCommand.seen(List.of("a.txt#2", "b.txt#7"), List.of("a.txt#9")));
        assertEquals("", TermDiscoverCommand.seen(List.of(), List.of()));
    }

    @Test
    void theSeedsProposalFitsEightyColumnsWithNoWordBroken() {
        List<String[]> rows = List.of(new String[] {"kind", "spelling", "other spellings", "score", "seen"},
                new String[] {"cross-language", "Lawrow (de)", "S. W. Lawrow (de), Sergei Wiktorowichi Lawrow (de), Lavrov (en),"
                        + " Sergei Viktorovich Lavrov (en)", "1.00",
                        TermDiscoverCommand.seen(List.of(DOC + "#1", DOC + "#3"), List.of(DOC + "#1"))});
        String table = TextTable.render(rows, 80);
        assertTrue(table.lines().allMatch(l -> TextTable.width(l) <= 80), table);
        assertTrue(table.contains(DOC), "the file name whole:\n" + table);
        assertTrue(table.contains("Wiktorowichi"), table);
    }
}
