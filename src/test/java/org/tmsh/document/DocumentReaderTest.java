package org.tmsh.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.TmshException;

/** Reading documents through Okapi filters, and rejecting bad input with file and line. */
class DocumentReaderTest {

    @TempDir
    Path dir;

    private String error(Path f) {
        return assertThrows(TmshException.class, () -> DocumentReader.paragraphs(f, "de")).getMessage();
    }

    @Test
    void plainTextGivesOneParagraphPerNonEmptyLine() throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "Erste Zeile.\n\nZweite Zeile.\n");
        assertEquals(List.of("Erste Zeile.", "Zweite Zeile."), DocumentReader.paragraphs(f, "de"));
    }

    @Test
    void htmlGivesBlockTextWithoutMarkup() throws Exception {
        Path f = dir.resolve("a.html");
        Files.writeString(f, "<html><body><h1>Titel</h1><p>Ein <b>fetter</b> Satz &amp; mehr.</p></body></html>");
        List<String> paras = DocumentReader.paragraphs(f, "de");
        assertTrue(paras.contains("Titel"), paras.toString());
        assertTrue(paras.contains("Ein fetter Satz & mehr."), paras.toString());
    }

    @Test
    void xliffGivesTheSourceOfEachTransUnit() throws Exception {
        Path f = dir.resolve("a.xlf");
        Files.writeString(f, "<?xml version=\"1.0\"?><xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
                + "<file original=\"x\" source-language=\"de\" datatype=\"plaintext\"><body>"
                + "<trans-unit id=\"1\"><source>Lawrow traf Choe Son Hui.</source></trans-unit>"
                + "<trans-unit id=\"2\"><source>Sie sprachen lange.</source></trans-unit>"
                + "</body></file></xliff>");
        assertEquals(List.of("Lawrow traf Choe Son Hui.", "Sie sprachen lange."), DocumentReader.paragraphs(f, "de"));
    }

    @Test
    void docxGivesOneParagraphPerWordParagraph() throws Exception {
        Path f = dir.resolve("a.docx");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(f))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + "<w:p><w:r><w:t>Lawrow traf Choe Son Hui.</w:t></w:r></w:p>"
                    + "<w:p><w:r><w:t>Sie sprachen lange.</w:t></w:r></w:p>"
                    + "</w:body></w:document>");
        }
        assertEquals(List.of("Lawrow traf Choe Son Hui.", "Sie sprachen lange."), DocumentReader.paragraphs(f, "de"));
    }

    private static void entry(java.util.zip.ZipOutputStream zip, String name, String xml) throws Exception {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void missingFileIsNamed() {
        Path f = dir.resolve("nope.txt");
        assertEquals(f + ": file not found", error(f));
    }

    @Test
    void emptyFileIsRejected() throws Exception {
        Path f = dir.resolve("empty.txt");
        Files.write(f, new byte[0]);
        assertEquals(f + ": file is empty", error(f));
    }

    @Test
    void binaryFileIsRejectedWithLine() throws Exception {
        Path f = dir.resolve("bin.txt");
        Files.write(f, new byte[] {'a', '\n', 'b', 0, 1, 2});
        String msg = error(f);
        assertTrue(msg.startsWith(f + ": line 2: binary file"), msg);
    }

    @Test
    void wrongEncodingIsRejectedWithLineAndHint() throws Exception {
        Path f = dir.resolve("latin1.txt");
        Files.write(f, "Zeile eins\nStraße\n".getBytes(StandardCharsets.ISO_8859_1));
        String msg = error(f);
        assertTrue(msg.startsWith(f + ": line 2: byte 0xDF is not valid UTF-8"), msg);
        assertTrue(msg.contains("--encoding"), msg);
        assertEquals(List.of("Zeile eins", "Straße"), DocumentReader.paragraphs(f, "de", "ISO-8859-1"));
    }

    @Test
    void unknownExtensionIsRejected() throws Exception {
        Path f = dir.resolve("a.pdf");
        Files.writeString(f, "x");
        assertTrue(error(f).contains("unsupported file type '.pdf'"));
    }

    @Test
    void malformedXliffIsRejectedWithTheFileName() throws Exception {
        Path f = dir.resolve("bad.xlf");
        Files.writeString(f, "<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>x</source>");
        assertTrue(error(f).startsWith(f.toString()), error(f));
    }
}
