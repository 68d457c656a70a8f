package org.tmsh.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.TmshException;

/** Bombs built here, small on disk: each ends in one line naming the limit and how to raise it. */
class InputLimitsTest {

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        for (String p : List.of(InputLimits.DOCUMENT_MB, InputLimits.ZIP_ENTRIES, InputLimits.DEPTH, InputLimits.SEGMENT_CHARS)) {
            System.clearProperty(p);
        }
    }

    private static String error(Path f) {
        return assertThrows(TmshException.class, () -> DocumentReader.paragraphs(f, "de")).getMessage();
    }

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    /** A DOCX whose document.xml holds {@code head}, {@code repeat} copies of {@code body}, then {@code tail}. */
    private Path docx(String name, String head, String body, int repeat, String tail, int extraEntries) throws Exception {
        Path f = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            OutputStream out = zip;
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + W + "><w:body>" + head).getBytes(StandardCharsets.UTF_8));
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < repeat; i++) {
                out.write(b);
            }
            out.write((tail + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (int i = 0; i < extraEntries; i++) {
                put(zip, "word/media/x" + i + ".xml", "<a/>");
            }
        }
        return f;
    }

    private static void put(ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void aDocxThatExpandsBeyondTheLimitIsRefusedBeforeOkapiReadsIt() throws Exception {
        System.setProperty(InputLimits.DOCUMENT_MB, "2");
        Path bomb = docx("bomb.docx", "", "<w:p><w:r><w:t>Lawrow traf Choe Son Hui in Pjöngjang.</w:t></w:r></w:p>", 100_000, "", 0);
        assertTrue(Files.size(bomb) < 200_000, "small on disk: " + Files.size(bomb));
        String msg = error(bomb);
        assertEquals(bomb + ": the archive expands to more than 2 MB (limit tmsh.limit.documentMb=2;"
                + " raise it with java -Dtmsh.limit.documentMb=N -jar tmsh.jar)", msg);
        System.setProperty(InputLimits.DOCUMENT_MB, "16");
        InputLimits.current().checkZip(bomb);
    }

    @Test
    void tooManyZipEntriesAndTooDeepXmlAreRefused() throws Exception {
        System.setProperty(InputLimits.ZIP_ENTRIES, "20");
        String msg = error(docx("many.docx", "", "<w:p><w:r><w:t>Text.</w:t></w:r></w:p>", 1, "", 30));
        assertTrue(msg.endsWith("the archive has 33 entries, more than the limit (limit tmsh.limit.zipEntries=20;"
                + " raise it with java -Dtmsh.limit.zipEntries=N -jar tmsh.jar)"), msg);
        System.setProperty(InputLimits.DEPTH, "100");
        String deep = error(docx("deep.docx", "<w:p><w:r><w:t>Text.</w:t></w:r></w:p>", "<w:sdt>", 500, "", 0));
        assertTrue(deep.contains("word/document.xml: line 1: elements nested more than 100 deep (limit tmsh.limit.depth=100"), deep);
    }

    /** An XLIFF read as a document names itself once, then the line (before: "x.xlf: x.xlf: line 2: ..."). */
    @Test
    void anXliffDocumentWithAnEntityIsRefusedNamingTheFileOnce() throws Exception {
        Path f = dir.resolve("xxe.xlf");
        Files.writeString(f, "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>\n"
                + "<xliff version=\"1.2\"><file original=\"a\" source-language=\"de\" datatype=\"plaintext\"><body>"
                + "<trans-unit id=\"1\"><source>Der &x; sagte.</source></trans-unit></body></file></xliff>");
        String msg = error(f);
        assertTrue(msg.startsWith(f + ": line 2: a DOCTYPE declaration with entities"), msg);
    }

    @Test
    void htmlWithAHundredThousandNestedElementsEndsInOneLine() throws Exception {
        Path f = dir.resolve("deep.html");
        Files.writeString(f, "<html><body>\n" + "<div>".repeat(100_000) + "Text." + "</div>".repeat(100_000) + "</body></html>");
        String msg = error(f);
        assertTrue(msg.startsWith(f + ": line 2: elements nested more than 500 deep (limit tmsh.limit.depth=500;"), msg);
    }

    @Test
    void htmlThatOnlyLooksDeepIsNotRefused() throws Exception {
        System.setProperty(InputLimits.DEPTH, "100");
        Path f = dir.resolve("flat.html");
        StringBuilder sb = new StringBuilder("<html><body><ul>");
        for (int i = 0; i < 300; i++) {
            sb.append("<li>Punkt ").append(i).append(".<br><img src=x.png><p>Absatz ").append(i).append(".</span>\n");
        }
        Files.writeString(f, sb.append("</ul></body></html>").toString());
        assertEquals(600, DocumentReader.paragraphs(f, "de").size());
    }

    @Test
    void tooLongAParagraphAndTooLargeAFileAreRefused() throws Exception {
        System.setProperty(InputLimits.SEGMENT_CHARS, "1000");
        Path f = Files.writeString(dir.resolve("long.txt"), "Kurz.\n\n" + "Wort ".repeat(400) + "\n");
        assertTrue(error(f).startsWith(f + ": paragraph 2 has 1999 characters, more than the limit (limit tmsh.limit.segmentChars=1000"),
                error(f));
        System.setProperty(InputLimits.DOCUMENT_MB, "1");
        Path big = Files.writeString(dir.resolve("big.txt"), "Ein Satz.\n".repeat(220_000));
        assertTrue(error(big).contains("the document has 2 MB, more than the limit (limit tmsh.limit.documentMb=1"), error(big));
        System.setProperty(InputLimits.DEPTH, "zero");
        assertEquals("system property tmsh.limit.depth=zero is not a positive whole number", error(f));
    }
}
