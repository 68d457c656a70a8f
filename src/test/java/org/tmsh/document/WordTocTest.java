package org.tmsh.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import net.sf.okapi.common.resource.TextFragment;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tmsh.segment.SrxSegmenter;

/**
 * A table of contents comes back with the translated headings ({@link WordToc}): its entries are a {@code TOC}
 * field's cached result, which Okapi's filter does not extract, so they stayed in the source language.
 */
class WordTocTest {

    @TempDir
    Path dir;

    private final SrxSegmenter segmenter = SrxSegmenter.withDefaultRules();

    /**
     * LibreOffice 7.4 made this document (a Writer document through its UNO API: a title, three headings with a
     * paragraph each, a table of contents inserted after the title and updated, saved as "MS Word 2007 XML"): the
     * contents are a content control ({@code w:sdt}, "Table of Contents") holding a {@code TOC} field whose entries
     * link to LibreOffice's {@code __RefHeading___Toc} bookmarks, the title and page number in one run.
     */
    private static final Path LIBREOFFICE = Path.of("src/test/resources/documents/contents-libreoffice.de.docx.d");

    private Path zipped(Path parts, String name) throws IOException {
        Path out = dir.resolve(name);
        List<Path> files = new ArrayList<>();
        try (var walk = Files.walk(parts)) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        files.sort((a, b) -> Boolean.compare(!a.getFileName().toString().startsWith("[Content_Types]"),
                !b.getFileName().toString().startsWith("[Content_Types]")));
        try (OutputStream os = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (Path f : files) {
                zip.putNextEntry(new ZipEntry(parts.relativize(f).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        return out;
    }

    private Path upperCased(Path docx, String name) {
        Path out = dir.resolve(name);
        DocumentSegments.write(docx, "de", "en", segmenter, item -> {
            TextFragment t = item.content().clone();
            t.setCodedText(t.getCodedText().toUpperCase(Locale.ROOT));
            return t;
        }, out);
        return out;
    }

    private static String part(Path docx, String name) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The texts of the content control that holds the table of contents, in order. */
    private static List<String> contents(String xml) {
        String toc = xml.substring(xml.indexOf("<w:sdtContent>"), xml.indexOf("</w:sdtContent>"));
        return java.util.regex.Pattern.compile("<w:t(?:\\s[^>]*)?>([^<]*)</w:t>").matcher(toc).results().map(m -> m.group(1)).toList();
    }

    @Test
    void aTableOfContentsLibreOfficeMadeShowsTheTranslatedHeadingsWithItsPageNumbersAndField() throws Exception {
        Path doc = zipped(LIBREOFFICE, "contents.de.docx");
        Path untouched = dir.resolve("untouched.docx");
        DocumentSegments.write(doc, "de", "en", segmenter, item -> null, untouched);
        String same = part(untouched, "word/document.xml");
        assertEquals(List.of("Inhalt", "Lage im Land", "1", "Reaktionen aus dem Ausland", "1", "Ausblick &amp; Folgen", "1"), contents(same));
        assertFalse(same.contains("w:dirty"), same);

        Path upper = upperCased(doc, "upper.docx");
        String xml = part(upper, "word/document.xml");
        // before: the entries kept "Lage im Land" ... beside the headings "LAGE IM LAND" ...
        assertEquals(List.of("INHALT", "LAGE IM LAND", "1", "REAKTIONEN AUS DEM AUSLAND", "1", "AUSBLICK &amp; FOLGEN", "1"), contents(xml));
        assertTrue(xml.contains("<w:instrText xml:space=\"preserve\"> TOC \\f \\o \"1-9\" \\h</w:instrText>"), xml);
        assertTrue(xml.contains("<w:hyperlink w:anchor=\"__RefHeading___Toc"), xml);
        assertFalse(xml.contains("w:dirty"), "every entry matched its heading: " + xml);

        // LibreOffice (which does not update fields when it converts) opens it and shows the translated contents
        String soffice = Files.isExecutable(Path.of("/usr/bin/soffice")) ? "/usr/bin/soffice" : "soffice";
        Assumptions.assumeTrue(Files.isExecutable(Path.of(soffice)) || org.tmsh.TestFiles.onPath(soffice), "LibreOffice not installed");
        Path txt = Files.createDirectories(dir.resolve("txt"));
        org.tmsh.TestFiles.Ran r = org.tmsh.TestFiles.run(new ProcessBuilder(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", txt.toString(), upper.toString()).redirectErrorStream(true), 300);
        assertEquals(0, r.code(), r.out());
        List<String> lines = Files.readAllLines(txt.resolve("upper.txt")).stream().map(l -> l.replace("\uFEFF", "")).toList();
        assertEquals(List.of("BERICHT ZUR LAGE", "INHALT", "LAGE IM LAND\t1", "REAKTIONEN AUS DEM AUSLAND\t1", "AUSBLICK & FOLGEN\t1"),
                lines.subList(0, 5), String.join("\n", lines));
    }

    private static final String HEAD = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";

    private static String heading(String bookmark, String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:bookmarkStart w:id=\"7\" w:name=\"" + bookmark + "\"/><w:r><w:t>"
                + text + "</w:t></w:r><w:bookmarkEnd w:id=\"7\"/></w:p>";
    }

    private static String pageRef(String bookmark, int page) {
        return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGEREF " + bookmark
                + " \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>" + page
                + "</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    }

    /** Word's table of contents: a numbered entry linked with w:hyperlink, one whose title is two runs, one without a link. */
    private static String wordContents(String first, String second, String third) {
        return "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/><w:tabs><w:tab w:val=\"left\" w:pos=\"440\"/><w:tab w:val=\"right\" w:leader=\"dot\""
                + " w:pos=\"9000\"/></w:tabs></w:pPr><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">"
                + " TOC \\o \"1-3\" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:hyperlink w:anchor=\"_Toc101\" w:history=\"1\"><w:r><w:t>1.</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>" + first
                + "</w:t></w:r><w:r><w:tab/></w:r>" + pageRef("_Toc101", 2) + "</w:hyperlink></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr><w:hyperlink w:anchor=\"_Toc102\" w:history=\"1\"><w:r><w:t xml:space=\"preserve\">"
                + second + "</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>Ausland</w:t></w:r><w:r><w:tab/></w:r>" + pageRef("_Toc102", 3)
                + "</w:hyperlink></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr><w:r><w:t>" + third + "</w:t></w:r><w:r><w:tab/></w:r>" + pageRef("_Toc103", 4)
                + "</w:p><w:p><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
    }

    @Test
    void wordsEntriesTakeTheHeadingsTextByTheirBookmarkAndKeepNumbersPagesAndFields() {
        String was = HEAD + wordContents("Lage im Land", "Reaktionen aus dem ", "Ausblick") + heading("_Toc101", "Lage im Land")
                + heading("_Toc102", "Reaktionen aus dem Ausland") + heading("_Toc103", "Ausblick") + "</w:body></w:document>";
        // as Okapi's writer leaves it: the headings translated, the contents as they were
        String now = HEAD + wordContents("Lage im Land", "Reaktionen aus dem ", "Ausblick") + heading("_Toc101", "Situation at home")
                + heading("_Toc102", "Reactions from abroad & <elsewhere>") + heading("_Toc103", "Outlook") + "</w:body></w:document>";
        String expected = HEAD + wordContents("Situation at home", "Reactions from abroad &amp; &lt;elsewhere&gt;", "Outlook")
                .replace("<w:i/></w:rPr><w:t>Ausland</w:t>", "<w:i/></w:rPr><w:t></w:t>")
                + heading("_Toc101", "Situation at home") + heading("_Toc102", "Reactions from abroad & <elsewhere>")
                + heading("_Toc103", "Outlook") + "</w:body></w:document>";
        assertEquals(expected, WordToc.entries(was, now, "w"));
        // untouched: nothing changes
        assertEquals(was, WordToc.entries(was, was, "w"));
    }

    @Test
    void anOlderTocWithHyperlinkFieldsIsReadByTheFieldsBookmark() {
        String entry = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> TOC \\o \"1-3\" \\h </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText"
                + " xml:space=\"preserve\"> HYPERLINK \\l \"_Toc5\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r><w:t>%s</w:t></w:r><w:r><w:tab/></w:r>" + pageRef("_Toc5", 1) + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
        String was = HEAD + entry.formatted("Die Lage") + heading("_Toc5", "Die Lage") + "</w:body></w:document>";
        String now = HEAD + entry.formatted("Die Lage") + heading("_Toc5", "The situation") + "</w:body></w:document>";
        assertEquals(HEAD + entry.formatted("The situation") + heading("_Toc5", "The situation") + "</w:body></w:document>",
                WordToc.entries(was, now, "w"));
    }

    @Test
    void anEntryThatDoesNotReadAsItsHeadingMakesTheFieldDirtyAndTheOthersAreStillWritten() {
        String was = HEAD + wordContents("Lage im Land", "Reaktionen aus dem ", "Ausblick (von Hand)") + heading("_Toc101", "Lage im Land")
                + heading("_Toc102", "Reaktionen aus dem Ausland") + heading("_Toc103", "Ausblick") + "</w:body></w:document>";
        String now = HEAD + wordContents("Lage im Land", "Reaktionen aus dem ", "Ausblick (von Hand)") + heading("_Toc101", "Situation")
                + heading("_Toc102", "Reaktionen aus dem Ausland") + heading("_Toc103", "Outlook") + "</w:body></w:document>";
        String out = WordToc.entries(was, now, "w");
        assertTrue(out.contains("<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC "), out);
        assertEquals(1, out.split("w:dirty", -1).length - 1, out);
        assertTrue(out.contains("<w:t>Situation</w:t></w:r><w:r><w:tab/></w:r>"), out);
        assertTrue(out.contains("<w:t>Ausblick (von Hand)</w:t>"), out);
        // the heading not translated: its entry as it was
        assertTrue(out.contains("<w:t xml:space=\"preserve\">Reaktionen aus dem </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>Ausland</w:t>"), out);
    }
}
