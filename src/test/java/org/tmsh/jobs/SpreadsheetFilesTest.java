package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.formats.Xlsx;
import org.tmsh.formats.glossary.GlossaryReader;
import org.tmsh.memory.ImportReport;
import org.tmsh.terms.Concept;
import org.tmsh.terms.Term;

/**
 * Glossaries and memories that arrive as Excel workbooks ({@code .xlsx}), built part by part in the shape
 * Excel saves them ({@link Xlsx}): read by {@code term import} and {@code tm import} with their languages
 * (regions kept), several terms in a cell, status and note columns, rich text and phonetic guides; and
 * the workbooks tmsh refuses in one line naming the file (an .xls, a password-protected workbook, an empty
 * or non-zip file, a zip that is no workbook, a DOCTYPE, a zip bomb, a header that names no languages).
 */
class SpreadsheetFilesTest extends ImportedFilesTestBase {

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    /** Each concept as "lang/form/status[/note]" terms joined by " | ", then " # concept note" when it has one. */
    private static List<String> concepts(GlossaryReader.Read r) {
        List<String> out = new ArrayList<>();
        for (Concept c : r.glossary().concepts()) {
            List<String> terms = new ArrayList<>();
            for (Term t : c.terms()) {
                terms.add(t.lang() + "/" + t.form() + "/" + t.status().label() + (t.note().isEmpty() ? "" : "/" + t.note()));
            }
            out.add(String.join(" | ", terms) + (c.note().isEmpty() ? "" : " # " + c.note()));
        }
        return out;
    }

    @Test
    void aClientGlossaryWithLanguageNamesSynonymsStatusAndNotes() throws Exception {
        Xlsx x = new Xlsx();
        String bolzen = "<c r=\"B5\" t=\"s\"><v>" + x.rawString("<r><rPr><b/><sz val=\"11\"/></rPr><t>Bol</t></r><r><t>zen</t></r>")
                + "</v></c>";
        x.rawSheet("Glossary", x.row(1, row("English (United States)", "German (Germany)", "Status", "Note"))
                + x.row(2, row("car; automobile", "Auto\nPKW", "", "a road vehicle"))
                + x.row(3, row("screw", "Schraube", "Forbidden"))
                + x.row(4, row("nut"))
                + "<row r=\"5\"><c r=\"A5\" t=\"s\"><v>" + x.string("bolt") + "</v></c>" + bolzen
                + "<c r=\"C5\" t=\"s\"><v>" + x.string("proposed") + "</v></c><c r=\"F5\" t=\"s\"><v>"
                + x.string("stray") + "</v></c></row>");
        x.sheet("Sheet2", List.of(row("not", "read")));
        Path f = x.write(dir.resolve("client glossary.xlsx"));
        GlossaryReader.Read r = GlossaryReader.readReporting(f, "g", null, null, null);
        assertEquals(List.of("en-US/car/preferred | en-US/automobile/admitted | de-DE/Auto/preferred | de-DE/PKW/admitted # a road vehicle",
                "en-US/screw/preferred | de-DE/Schraube/deprecated",
                "en-US/bolt/preferred | de-DE/Bolzen/admitted/status: proposed"), concepts(r));
        assertEquals(1, r.skipped().size());
        assertEquals(4, r.skipped().get(0).line()); // Excel's row number
    }

    @Test
    void memoQTermBaseExportAndAPhoneticGuide() throws Exception {
        Xlsx x = new Xlsx();
        x.sheet("Sheet1", List.of(row("Entry_ID", "English_United_Kingdom", "English_United_Kingdom_Def", "German", "Term_Info"),
                row("1", "colour", "what the eye sees of light", "Farbe", "x")));
        GlossaryReader.Read r = GlossaryReader.readReporting(x.write(dir.resolve("memoq.xlsx")), "g", null, null, null);
        assertEquals(List.of("en-GB/colour/preferred/what the eye sees of light | de/Farbe/preferred # x"), concepts(r));

        // Japanese Excel keeps a reading (furigana) beside a cell's text: not part of the term
        Xlsx j = new Xlsx();
        String tokyo = "<c r=\"B2\" t=\"s\"><v>" + j.rawString("<t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh>"
                + "<phoneticPr fontId=\"1\"/>") + "</v></c>";
        j.rawSheet("用語", j.row(1, row("en", "ja")) + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>" + j.string("Tokyo") + "</v></c>"
                + tokyo + "</row>");
        assertEquals(List.of("en/Tokyo/preferred | ja/東京/preferred"),
                concepts(GlossaryReader.readReporting(j.write(dir.resolve("ja.xlsx")), "g", null, null, null)));
    }

    @Test
    void aTwoColumnSheetIsAMemoryOnTheFirstSheetWithCells() throws Exception {
        Xlsx x = new Xlsx();
        x.rawSheet("Sheet1", "");
        x.rawSheet("TM", x.row(1, row("en-US", "de-DE", "Comment"))
                + x.row(2, row("Click Save.", "Klicken Sie auf Speichern.", "UI"))
                + "<row r=\"3\"><c r=\"A3\" s=\"2\"><v>1.5</v></c><c r=\"B3\" t=\"s\"><v>" + x.string("1,50") + "</v></c></row>"
                + x.row(4, row("Only a source.")));
        Path f = x.write(dir.resolve("memory.xlsx"));
        ImportReport r = new ImportJob(library).run("t", f, null, null, false, null, Progress.NONE);
        assertEquals(2, r.added());
        assertEquals(1, r.invalid());
        assertEquals(4, r.invalidSamples().get(0).line());
        assertEquals(List.of("de-DE=Klicken Sie auf Speichern. | en-US=Click Save.", "de-DE=1,50 | en-US=1.50"), unitLines("t"));
        List<String> raw = new ArrayList<>();
        library.open("t").forEachUnit(u -> raw.add(u.xml()));
        assertTrue(raw.get(0).contains("<note>UI</note>"), raw.get(0));
    }

    @Test
    void sourceAndTargetHeadersOrNoHeaderTakeTheGivenLanguages() throws Exception {
        Xlsx x = new Xlsx();
        x.sheet("Sheet1", List.of(row("Source", "Target"), row("Haus", "house")));
        Path f = x.write(dir.resolve("st.xlsx"));
        TmshException e = assertThrows(TmshException.class,
                () -> new ImportJob(library).run("t", f, null, null, false, null, Progress.NONE));
        assertTrue(e.getMessage().contains("give --source-lang and --target-lang"), e.getMessage());
        assertFalse(library.exists("t"));
        new ImportJob(library).run("t", f, "de", "en", false, null, Progress.NONE);
        assertEquals(List.of("de=Haus | en=house"), unitLines("t"));

        Xlsx bare = new Xlsx();
        bare.sheet("Sheet1", List.of(row("Baum", "tree"), row("Haus", "house")));
        new ImportJob(library).run("b", bare.write(dir.resolve("bare.xlsx")), "de", "en", false, null, Progress.NONE);
        assertEquals(List.of("de=Baum | en=tree", "de=Haus | en=house"), unitLines("b"));
    }

    private String refusedImport(Path f) {
        TmshException e = assertThrows(TmshException.class,
                () -> new ImportJob(library).run("r", f, "de", "en", false, null, Progress.NONE));
        assertFalse(library.exists("r"), "nothing stored for " + f);
        TmshException g = assertThrows(TmshException.class, () -> GlossaryReader.readReporting(f, "g", null, null, null));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertEquals(e.getMessage(), g.getMessage());
        return e.getMessage();
    }

    @Test
    void xlsPasswordProtectedEmptyAndNonWorkbooksAreRefusedInOneLine() throws Exception {
        Path xls = dir.resolve("old.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            wb.createSheet("Glossary").createRow(0).createCell(0).setCellValue("en");
            wb.write(out);
        }
        assertTrue(refusedImport(xls).contains("an Excel 97-2003 workbook (.xls)"));

        Path locked = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                new Xlsx().sheet("Sheet1", List.of(row("en", "de"), row("car", "Auto"))).write(os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        assertTrue(refusedImport(locked).contains("password-protected"));

        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        assertTrue(refusedImport(empty).contains("empty file"));
        Path text = Files.writeString(dir.resolve("text.xlsx"), "en;de\ncar;Auto\n");
        assertTrue(refusedImport(text).contains("not an Excel workbook (.xlsx)"));

        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(docx)) {
            z.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            z.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            z.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            z.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>".getBytes());
        }
        Path word = Files.write(dir.resolve("word.xlsx"), docx.toByteArray());
        assertTrue(refusedImport(word).contains("no xl/workbook.xml"), refusedImport(word));
    }

    @Test
    void hostileAndBrokenWorkbooksAreRefusedInOneLine() throws Exception {
        Xlsx entities = new Xlsx().sheet("Sheet1", List.of(row("en", "de")));
        entities.part("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<si><t>&b;</t></si><si><t>de</t></si></sst>");
        assertTrue(refusedImport(entities.write(dir.resolve("entities.xlsx"))).contains("DOCTYPE"));

        Xlsx broken = new Xlsx().sheet("Sheet1", List.of(row("en", "de"), row("car", "Auto")));
        broken.part("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></sheetData></worksheet>");
        assertTrue(refusedImport(broken.write(dir.resolve("broken.xlsx"))).contains("not well-formed"));

        // a sheet that inflates past the document limit (a zip bomb's shape: a little zip, much XML)
        StringBuilder big = new StringBuilder();
        Xlsx bomb = new Xlsx();
        int zero = bomb.string("0");
        for (int r = 1; r <= 40_000; r++) {
            big.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"s\"><v>").append(zero)
                    .append("</v></c></row>");
        }
        bomb.rawSheet("Sheet1", big.toString());
        Path f = bomb.write(dir.resolve("bomb.xlsx"));
        assertTrue(Files.size(f) < 1 << 20); // the zip is under the limit, the sheet over it
        System.setProperty("tmsh.limit.documentMb", "1");
        try {
            assertTrue(refusedImport(f).contains("expands to more than 1 MB"));
        } finally {
            System.clearProperty("tmsh.limit.documentMb");
        }
    }

    @Test
    void aGlossarySheetWhoseFirstRowNamesNoLanguagesIsRefusedNamingTheSheet() throws Exception {
        Path f = new Xlsx().sheet("Terms", List.of(row("Word", "Meaning"), row("car", "Auto"))).write(dir.resolve("g.xlsx"));
        TmshException e = assertThrows(TmshException.class, () -> GlossaryReader.readReporting(f, "g", null, null, null));
        assertTrue(e.getMessage().startsWith(f + ": line 1: sheet 'Terms': not a glossary"), e.getMessage());
    }
}
