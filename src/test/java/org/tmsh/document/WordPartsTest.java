package org.tmsh.document;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tmsh.common.TmshException;

/** A merged Word package is delivered only when every XML part of it parses. */
class WordPartsTest {

    @TempDir
    Path dir;

    private static final String RELS = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
            + "package/2006/relationships\"/>";
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private Path pack(Map<String, String> parts) throws IOException {
        return ZipParts.write(dir.resolve("merged-" + parts.hashCode() + ".docx"), parts);
    }

    private Map<String, String> parts(String document) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("_rels/.rels", RELS);
        m.put("word/document.xml", document);
        m.put("word/media/image1.png", "\u0089PNG not xml < & >");
        return m;
    }

    @Test
    void aPackageWhosePartsParseIsDelivered() throws IOException {
        Path ok = pack(parts("<w:document " + W + "><w:body><w:p><w:r><w:t>Ruby &amp; text</w:t></w:r></w:p></w:body></w:document>"));
        assertDoesNotThrow(() -> WordParts.requireWellFormed(Path.of("report.docx"), ok));
    }

    @Test
    void anUnclosedElementInAPartIsRefusedNamingTheDocumentAndThePart() throws IOException {
        Path broken = pack(parts("<w:document " + W + "><w:body><w:p><w:r><w:ruby><w:rubyBase><w:r><w:t>漢</w:t></w:r>"
                + "</w:ruby></w:r></w:p></w:body></w:document>"));
        TmshException e = assertThrows(TmshException.class, () -> WordParts.requireWellFormed(Path.of("report.docx"), broken));
        assertTrue(e.getMessage().contains("report.docx"), e.getMessage());
        assertTrue(e.getMessage().contains("word/document.xml"), e.getMessage());
        assertTrue(e.getMessage().contains("nothing written"), e.getMessage());
    }

    @Test
    void aBrokenRelationshipPartIsRefusedToo() throws IOException {
        Map<String, String> m = parts("<w:document " + W + "/>");
        m.put("word/_rels/document.xml.rels", RELS.replace("/>", ">"));
        TmshException e = assertThrows(TmshException.class, () -> WordParts.requireWellFormed(Path.of("a.docx"), pack(m)));
        assertTrue(e.getMessage().contains("word/_rels/document.xml.rels"), e.getMessage());
    }

    @Test
    void aDoctypeInAPartIsRefusedNotExpanded() throws IOException {
        Path hostile = pack(parts("<!DOCTYPE d [<!ENTITY x \"xxxxxxxx\">]><w:document " + W + ">&x;</w:document>"));
        assertThrows(TmshException.class, () -> WordParts.requireWellFormed(Path.of("a.docx"), hostile));
    }

    @Test
    void aFileThatIsNoZipIsRefusedWithOneLine() throws IOException {
        Path notZip = Files.writeString(dir.resolve("x.docx"), "not a zip");
        TmshException e = assertThrows(TmshException.class, () -> WordParts.requireWellFormed(Path.of("a.docx"), notZip));
        assertTrue(e.getMessage().contains("cannot be read back"), e.getMessage());
    }
}
