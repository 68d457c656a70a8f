package org.tmsh.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds the test documents of {@code src/test/resources/jobs} (a DOCX from its XML parts). */
public final class TestDocuments {

    static final Path DIR = Path.of("src/test/resources/jobs");
    static final Path SEED_TMX = Path.of("tmx/seeds-000-004.de-en.tmx");

    private TestDocuments() {
    }

    /** Copies a resource into {@code dir}. */
    static Path copy(String name, Path dir) throws IOException {
        return Files.copy(DIR.resolve(name), dir.resolve(name));
    }

    /** A DOCX in {@code dir} made of {@code statement.de.docx.xml} (body) and {@code statement.de.docx.core.xml}. */
    public static Path docx(Path dir) throws IOException {
        return docx(dir, "de");
    }

    /** A DOCX {@code statement.LANG.docx} in {@code dir}, its body from {@code statement.LANG.docx.xml} (the link's address by language), its core properties German. */
    static Path docx(Path dir, String lang) throws IOException {
        Path f = dir.resolve("statement." + lang + ".docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                    + "</Relationships>");
            entry(zip, "word/document.xml", Files.readString(DIR.resolve("statement." + lang + ".docx.xml")));
            entry(zip, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\""
                    + " Target=\"https://example.org/" + (lang.equals("de") ? "lawrow" : "lavrov") + "\" TargetMode=\"External\"/>"
                    + "</Relationships>");
            entry(zip, "docProps/core.xml", Files.readString(DIR.resolve("statement.de.docx.core.xml")));
        }
        return f;
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
