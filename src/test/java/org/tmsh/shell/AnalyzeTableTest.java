package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tmsh.jobs.AnalyzeJob;

/** analyze's table: the bands as rows, so that it fits 80 columns; the files as columns, the total last. */
class AnalyzeTableTest {

    private static Map<String, AnalyzeJob.Count> bands(long exact, long fresh) {
        Map<String, AnalyzeJob.Count> m = new LinkedHashMap<>();
        m.put("100%", new AnalyzeJob.Count(exact, exact * 10));
        m.put("new", new AnalyzeJob.Count(fresh, fresh * 5));
        return m;
    }

    @Test
    void oneFileIsOneColumnThatIsTheTotal() {
        AnalyzeJob.FileResult f = new AnalyzeJob.FileResult("/tmp/x/statement.de.txt", 7, 119, bands(2, 5));
        List<String[]> rows = AnalyzeCommand.table(new AnalyzeJob.Result(List.of(f), new AnalyzeJob.Total(7, 119, bands(2, 5))));
        assertArrayEquals(new String[] {"band", "statement.de.txt (total)"}, rows.get(0));
        assertArrayEquals(new String[] {"segments", "7"}, rows.get(1));
        assertArrayEquals(new String[] {"words", "119"}, rows.get(2));
        assertArrayEquals(new String[] {"100%", "2 / 20"}, rows.get(3));
        assertArrayEquals(new String[] {"new", "5 / 25"}, rows.get(4));
        assertEquals(5, rows.size());
    }

    @Test
    void twoFilesAndTheTotalFitEightyColumns() {
        AnalyzeJob.FileResult a = new AnalyzeJob.FileResult("a.txt", 3, 40, bands(1, 2));
        AnalyzeJob.FileResult b = new AnalyzeJob.FileResult("b.html", 4, 79, bands(1, 3));
        List<String[]> rows = AnalyzeCommand.table(new AnalyzeJob.Result(List.of(a, b), new AnalyzeJob.Total(7, 119, bands(2, 5))));
        assertArrayEquals(new String[] {"band", "a.txt", "b.html", "total"}, rows.get(0));
        assertArrayEquals(new String[] {"new", "2 / 10", "3 / 15", "5 / 25"}, rows.get(4));
        String drawn = TextTable.render(rows, 80);
        assertTrue(drawn.lines().allMatch(l -> TextTable.width(l) <= 80) && drawn.contains("┌"), drawn);
    }
}
