package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tmsh.shell.LoseNothingCliTest.assertRefused;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.tmsh.formats.Xlsx;

/**
 * {@code tm import} and {@code term import} of Excel workbooks as a translator runs them: a glossary and
 * a memory read, with the rows skipped named by Excel's row numbers; an .xls and a sheet that is no
 * glossary refused in one line, exit 2, nothing stored.
 */
class SpreadsheetCliTest extends WithTempHome {

    @Test
    void anExcelGlossaryAndMemoryImportAndAnXlsIsRefused() throws Exception {
        Path glossary = new Xlsx().sheet("Glossary", List.of(List.of("English", "German", "Status"),
                List.of("car; automobile", "Auto", "approved"), List.of("nut", ""))).write(dir.resolve("client.xlsx"));
        CliTest.Run g = CliTest.run("term", "import", glossary.toString());
        assertEquals(0, g.code(), g.err());
        assertTrue(g.out().contains("1 concept added"), g.out());
        assertTrue(g.out().contains("skipped: line 3: an empty cell"), g.out());
        CliTest.Run list = CliTest.run("term", "list", "automobile", "--glossary", "client");
        assertTrue(list.out().contains("Auto") && list.out().contains("automobile"), list.out() + list.err());

        Path memory = new Xlsx().sheet("TM", List.of(List.of("en-GB", "de-AT"), List.of("The colour is red.", "Die Farbe ist rot.")))
                .write(dir.resolve("memory.xlsx"));
        CliTest.Run m = CliTest.run("tm", "import", memory.toString(), "--tm", "agency");
        assertEquals(0, m.code(), m.err());
        CliTest.Run stats = CliTest.run("tm", "stats", "--tm", "agency");
        assertTrue(stats.out().contains("en-GB") && stats.out().contains("de-AT"), stats.out());

        Path xls = dir.resolve("old.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("English");
            wb.write(out);
        }
        assertRefused(CliTest.run("tm", "import", xls.toString(), "--tm", "old"), "old.xls: an Excel 97-2003 workbook (.xls)");
        assertFalse(Files.exists(home.path().resolve("tm/old")));
        assertRefused(CliTest.run("term", "import", xls.toString()), "save it in Excel as an Excel Workbook (.xlsx)");
        assertFalse(Files.exists(home.path().resolve("glossaries/old.tbx")));

        Path notGlossary = new Xlsx().sheet("Hours", List.of(List.of("Name", "Hours"), List.of("Bob", "8")))
                .write(dir.resolve("hours.xlsx"));
        assertRefused(CliTest.run("term", "import", notGlossary.toString()), "hours.xlsx: line 1: sheet 'Hours': not a glossary");
        assertFalse(Files.exists(home.path().resolve("glossaries/hours.tbx")));
    }
}
