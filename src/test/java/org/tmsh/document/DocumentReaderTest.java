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
        assertTrue(msg.startsWith(f + ": line 2: not valid UTF-8"), msg);
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
