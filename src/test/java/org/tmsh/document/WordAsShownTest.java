package org.tmsh.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipFile;

import net.sf.okapi.common.resource.TextFragment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tmsh.segment.SrxSegmenter;

/**
 * Word documents whose merge Okapi's writer damaged in real documents, generated here by hand (the XML
 * Word writes, zipped): each comes back untouched and translated showing what the original shows.
 */
class WordAsShownTest {

    @TempDir
    Path dir;

    private final SrxSegmenter segmenter = SrxSegmenter.withDefaultRules();

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String NS = " xmlns:w=\"" + W + "\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:w16se=\"http://schemas.microsoft.com/office/word/2015/wordml/symex\" mc:Ignorable=\"w16se\"";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    /** An emoji as Word 2016 writes it: the symbol extension in the choice, the character in the fallback. */
    private static String emoji(String ch, int code) {
        return "<w:r><w:rPr><mc:AlternateContent><mc:Choice Requires=\"w16se\"/><mc:Fallback><w:rFonts w:ascii=\"Segoe UI Emoji\""
                + " w:hAnsi=\"Segoe UI Emoji\"/></mc:Fallback></mc:AlternateContent></w:rPr><mc:AlternateContent>"
                + "<mc:Choice Requires=\"w16se\"><w16se:symEx w16se:font=\"Segoe UI Emoji\" w16se:char=\"" + Integer.toHexString(code).toUpperCase(Locale.ROOT)
                + "\"/></mc:Choice><mc:Fallback><w:t>" + ch + "</w:t></mc:Fallback></mc:AlternateContent></w:r>";
    }

    private Path docx(String body, String footnotes) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        String wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        parts.put("[Content_Types].xml", XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + wml + "document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"" + wml + "styles+xml\"/>"
                + "<Override PartName=\"/word/footnotes.xml\" ContentType=\"" + wml + "footnotes+xml\"/></Types>");
        parts.put("_rels/.rels", XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        parts.put("word/_rels/document.xml.rels", XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL + "footnotes\" Target=\"footnotes.xml\"/></Relationships>");
        parts.put("word/styles.xml", XML + "<w:styles xmlns:w=\"" + W + "\"><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
                + "<w:name w:val=\"Normal\"/></w:style><w:style w:type=\"character\" w:styleId=\"FootnoteReference\">"
                + "<w:name w:val=\"footnote reference\"/><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style></w:styles>");
        parts.put("word/document.xml", XML + "<w:document" + NS + "><w:body>" + body + "<w:sectPr/></w:body></w:document>");
        parts.put("word/footnotes.xml", XML + "<w:footnotes" + NS + "><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/>"
                + "</w:r></w:p></w:footnote><w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/>"
                + "</w:r></w:p></w:footnote>" + footnotes + "</w:footnotes>");
        return ZipParts.write(dir.resolve("doc-" + Integer.toHexString(body.hashCode()) + ".docx"), parts);
    }

    /** The document merged untouched (every target the source) and translated (every target upper-cased). */
    private Map<String, Path> merged(Path docx) {
        Path untouched = dir.resolve("untouched.docx");
        DocumentSegments.write(docx, "de", "en", segmenter, item -> null, untouched);
        Path upper = dir.resolve("upper.docx");
        DocumentSegments.write(docx, "de", "en", segmenter, item -> {
            TextFragment t = item.content().clone();
            t.setCodedText(t.getCodedText().toUpperCase(Locale.ROOT));
            return t;
        }, upper);
        return Map.of("untouched", untouched, "translated", upper);
    }

    private static String part(Path docx, String name) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void emojiWrittenWithWordsSymbolExtensionAreTextInTheSentenceAndComeBackAsText() throws IOException {
        Path doc = docx("<w:p><w:r><w:t xml:space=\"preserve\">Bunt: </w:t></w:r>" + emoji("❤", 0x2764) + emoji("\uD83D\uDE0F", 0x1F60F)
                + "<w:r><w:t xml:space=\"preserve\"> und fertig.</w:t></w:r></w:p>", "");
        List<String> sentences = DocumentSegments.read(doc, "de", segmenter).stream().map(DocumentSegments.Item::plain).toList();
        assertEquals(List.of("Bunt: ❤\uD83D\uDE0F und fertig."), sentences);
        for (Map.Entry<String, Path> m : merged(doc).entrySet()) {
            String xml = part(m.getValue(), "word/document.xml");
            // Okapi's writer drops every mc:Fallback: without the copy the emoji were a bare symEx LibreOffice shows as nothing
            assertTrue(xml.contains("❤") && xml.contains("\uD83D\uDE0F"), m.getKey() + ": " + xml);
            assertFalse(xml.contains("symEx"), m.getKey() + ": " + xml);
        }
    }

    @Test
    void aRunOfOnlySpacesWithoutPreserveStaysInvisible() throws IOException {
        Path doc = docx("<w:p><w:r><w:rPr><w:i/></w:rPr><w:t>  </w:t></w:r><w:r><w:t>Diese Schrift ist anders.</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t xml:space=\"preserve\">  Eingerückt bleibt eingerückt.</w:t></w:r></w:p>", "");
        for (Map.Entry<String, Path> m : merged(doc).entrySet()) {
            String xml = part(m.getValue(), "word/document.xml");
            // Okapi's writer puts xml:space="preserve" on every w:t: the two spaces would show before the first word
            assertFalse(xml.matches("(?s).*<w:t xml:space=\"preserve\"> +</w:t>.*"), m.getKey() + ": " + xml);
            assertFalse(xml.matches("(?s).*<w:t[^>]*> +(Diese|DIESE).*"), m.getKey() + ": " + xml);
            // spaces the original preserves are kept
            assertTrue(xml.matches("(?s).*<w:t xml:space=\"preserve\">  (Eingerückt|EINGERÜCKT).*"), m.getKey() + ": " + xml);
        }
    }

    @Test
    void aFootnoteNumberKeepsItsOwnBold() throws IOException {
        String mark = "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/><w:b/><w:vertAlign w:val=\"baseline\"/></w:rPr><w:footnoteRef/></w:r>";
        Path doc = docx("<w:p><w:r><w:t>Ein Satz mit Fußnote.</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/><w:b/></w:rPr>"
                        + "<w:footnoteReference w:id=\"1\"/></w:r></w:p>",
                "<w:footnote w:id=\"1\"><w:p>" + mark + "<w:r><w:t xml:space=\"preserve\"> </w:t></w:r><w:r><w:tab/></w:r>"
                        + "<w:r><w:t>Die Fußnote hat Text.</w:t></w:r></w:p></w:footnote>");
        for (Map.Entry<String, Path> m : merged(doc).entrySet()) {
            assertTrue(part(m.getValue(), "word/footnotes.xml").contains(mark), m.getKey() + ": " + part(m.getValue(), "word/footnotes.xml"));
            assertTrue(part(m.getValue(), "word/document.xml").contains("<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/><w:b/></w:rPr>"
                    + "<w:footnoteReference w:id=\"1\"/></w:r>"), m.getKey() + ": " + part(m.getValue(), "word/document.xml"));
        }
    }

    @Test
    void theCopyIsTmshsOwnFileInItsHomeReadableByItsOwnerAndWhatAKilledReadLeftIsSwept() throws IOException {
        Path doc = docx("<w:p><w:r><w:rPr><w:i/></w:rPr><w:t>  </w:t></w:r><w:r><w:t>Text.</w:t></w:r></w:p>", "");
        Path home = Files.createDirectory(dir.resolve("home"));
        Path word = Files.createDirectories(home.resolve("cache/word"));
        Path dead = Files.writeString(word.resolve(".shown.docx.999999999-abc.part"), "a copy a kill -9 left");
        System.setProperty("tmsh.home", home.toString());
        Path copy;
        try {
            copy = WordAsShown.copy(doc);
        } finally {
            System.clearProperty("tmsh.home");
        }
        try {
            assertEquals(word, copy.getParent(), "in tmsh's own cache, not the system's temporary folder: " + copy);
            assertTrue(copy.getFileName().toString().matches("\\.shown\\.docx\\.\\d+-[0-9a-f]+\\.part"), copy.toString());
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)));
            assertFalse(Files.exists(dead), "a dead reader's copy is swept");
        } finally {
            Files.deleteIfExists(copy);
        }
        // a link where the cache folder belongs is refused, nothing written where it points
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path linked = Files.createDirectory(dir.resolve("home2"));
        Files.createDirectories(linked.resolve("cache"));
        Files.createSymbolicLink(linked.resolve("cache/word"), elsewhere);
        System.setProperty("tmsh.home", linked.toString());
        try {
            org.tmsh.common.TmshException e = org.junit.jupiter.api.Assertions.assertThrows(org.tmsh.common.TmshException.class,
                    () -> WordAsShown.copy(doc));
            assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        } finally {
            System.clearProperty("tmsh.home");
        }
        try (var files = Files.list(elsewhere)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aDocumentWordShowsAsItIsNeedsNoCopy() throws IOException {
        assertNull(WordAsShown.copy(docx("<w:p><w:r><w:t xml:space=\"preserve\">Nichts zu ändern. </w:t></w:r></w:p>", "")));
    }

    @Test
    void edgeSpacesGoOnlyWhereNotPreservedAndOnlyTheSymbolExtensionsChoiceIsResolved() {
        String ns = "<w:document xmlns:w=\"" + W + "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
                + " xmlns:w16se=\"http://schemas.microsoft.com/office/word/2015/wordml/symex\">";
        assertEquals(ns + "<w:t>a</w:t><w:t xml:space=\"preserve\"> b </w:t><w:t>c\u00a0</w:t><w:t></w:t>",
                WordAsShown.part(ns + "<w:t> a\t</w:t><w:t xml:space=\"preserve\"> b </w:t><w:t>c\u00a0</w:t><w:t>\n </w:t>"));
        String textBox = "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing/></mc:Choice><mc:Fallback><w:pict/></mc:Fallback></mc:AlternateContent>";
        assertEquals(ns + textBox, WordAsShown.part(ns + textBox));
    }

    @Test
    void markRunsAreMatchedByIdentityAndATrackedFormattingChangeStaysWhole() {
        String ns = "<w:footnotes xmlns:w=\"" + W + "\">";
        String was = ns + "<w:r><w:rPr><w:b/><w:rPrChange w:id=\"1\"><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr><w:footnoteRef/></w:r>"
                + "<w:r><w:t>x</w:t></w:r><w:r><w:rPr><w:u w:val=\"single\"/></w:rPr><w:endnoteRef/></w:r>";
        String now = ns + "<w:r><w:rPr><w:i/></w:rPr><w:footnoteRef/></w:r><w:r><w:t>X</w:t></w:r><w:r><w:endnoteRef/></w:r>";
        assertEquals(was.replace(">x<", ">X<"), WordMarks.part(was, now));
        // a mark of the original that is gone (deleted with an accepted change): the others still pair
        assertEquals(was.replace(">x<", ">X<"), WordMarks.part(was + "<w:r><w:footnoteRef/></w:r>", now));
    }

    @Test
    void referencesATranslationMovedKeepTheirOwnFormattingAndAMarkWithoutOriginalIsNamed() {
        String ns = "<w:document xmlns:w=\"" + W + "\">";
        String one = "<w:r><w:rPr><w:b/></w:rPr><w:footnoteReference w:id=\"1\"/></w:r>";
        String two = "<w:r><w:rPr><w:i/></w:rPr><w:footnoteReference w:id=\"2\"/></w:r>";
        String was = ns + "<w:r><w:t>a</w:t></w:r>" + one + "<w:r><w:t>b</w:t></w:r>" + two;
        // the translator put the second note's reference first: each keeps its own formatting, not its place's
        String now = ns + "<w:r><w:t>B</w:t></w:r><w:r><w:footnoteReference w:id=\"2\"/></w:r><w:r><w:t>A</w:t></w:r>"
                + "<w:r><w:rPr><w:i/></w:rPr><w:footnoteReference w:id=\"1\"/></w:r>";
        List<String> unpaired = new java.util.ArrayList<>();
        assertEquals(ns + "<w:r><w:t>B</w:t></w:r>" + two + "<w:r><w:t>A</w:t></w:r>" + one, WordMarks.part(was, now, unpaired::add));
        assertEquals(List.of(), unpaired);
        String odd = now.replace("w:id=\"2\"", "w:id=\"7\"");
        assertEquals(ns + "<w:r><w:t>B</w:t></w:r><w:r><w:footnoteReference w:id=\"7\"/></w:r><w:r><w:t>A</w:t></w:r>" + one,
                WordMarks.part(was, odd, unpaired::add));
        assertEquals(List.of("w:footnoteReference w:id=\"7\""), unpaired);
    }

    @Test
    void aMergeWhoseTranslationSwappedTwoReferencesGivesEachItsOwnFormatting() throws IOException {
        String one = "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/><w:b/></w:rPr><w:footnoteReference w:id=\"1\"/></w:r>";
        String two = "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/><w:i/></w:rPr><w:footnoteReference w:id=\"2\"/></w:r>";
        Path doc = docx("<w:p><w:r><w:t xml:space=\"preserve\">Erstens hier</w:t></w:r>" + one
                        + "<w:r><w:t xml:space=\"preserve\"> und zweitens dort</w:t></w:r>" + two + "<w:r><w:t>.</w:t></w:r></w:p>",
                "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> Eins.</w:t></w:r></w:p></w:footnote>"
                        + "<w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> Zwei.</w:t></w:r></w:p></w:footnote>");
        Path out = dir.resolve("swapped.docx");
        List<String> cautions = new java.util.ArrayList<>();
        List<String> seen = new java.util.ArrayList<>();
        DocumentSegments.write(doc, "de", "en", segmenter, false, item -> {
            String marked = InlineText.marked(item.content());
            seen.add(marked);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("Erstens hier(\u27e8\\d+/\u27e9) und zweitens dort(\u27e8\\d+/\u27e9)\\.")
                    .matcher(marked);
            if (!m.matches()) {
                return null;
            }
            return InlineText.fragment("SECOND THERE" + m.group(2) + " AND FIRST HERE" + m.group(1) + ".", item.content());
        }, out, cautions::add);
        String xml = part(out, "word/document.xml");
        assertTrue(xml.contains("SECOND THERE"), seen + " " + xml);
        java.util.regex.Matcher refs = java.util.regex.Pattern.compile("<w:r>(?:(?!<w:r>).)*?<w:footnoteReference w:id=\"(\\d)\"/></w:r>").matcher(xml);
        List<String> runs = new java.util.ArrayList<>();
        while (refs.find()) {
            runs.add(refs.group());
        }
        assertEquals(List.of(two, one), runs, xml);
        assertEquals(List.of(), cautions);
    }

    @Test
    void aSimpleFieldInsideAnInlineContentControlStaysAField() throws IOException {
        Path doc = docx("<w:p><w:r><w:t xml:space=\"preserve\">Siehe das Buch. </w:t></w:r><w:sdt><w:sdtPr><w:id w:val=\"7\"/><w:citation/>"
                + "</w:sdtPr><w:sdtContent><w:fldSimple w:instr=\" CITATION Tol49 \\l 1031 \"><w:r><w:t>(Tolkien)</w:t></w:r></w:fldSimple>"
                + "</w:sdtContent></w:sdt><w:r><w:t xml:space=\"preserve\"> Stand </w:t></w:r><w:sdt><w:sdtPr><w:id w:val=\"8\"/></w:sdtPr>"
                + "<w:sdtContent><w:r><w:t xml:space=\"preserve\">vom </w:t></w:r><w:fldSimple w:instr=\" DATE \\@ &quot;d. MMMM yyyy&quot; \">"
                + "<w:r><w:t>1. Mai 2024</w:t></w:r></w:fldSimple></w:sdtContent></w:sdt><w:r><w:t>.</w:t></w:r></w:p>", "");
        List<String> sentences = DocumentSegments.read(doc, "de", segmenter).stream().map(DocumentSegments.Item::plain).toList();
        assertTrue(sentences.stream().noneMatch(t -> t.indexOf('\uFDD1') >= 0), sentences.toString());
        for (Map.Entry<String, Path> m : merged(doc).entrySet()) {
            String xml = part(m.getValue(), "word/document.xml");
            // Okapi's writer wrote both fields as their results only: "(Tolkien)" and "vom 1. Mai 2024" as plain runs
            assertTrue(xml.matches("(?s).*<w:sdtContent><w:fldSimple w:instr=\" CITATION Tol49 \\\\l 1031 \"><w:r>(<w:rPr/>)?<w:t>\\((Tolkien|TOLKIEN)\\)</w:t>"
                    + "</w:r></w:fldSimple></w:sdtContent>.*"),
                    m.getKey() + ": " + xml);
            assertTrue(xml.matches("(?s).*<w:fldSimple w:instr=\" DATE \\\\@ &quot;d\\. MMMM yyyy&quot; \"><w:r>(<w:rPr/>)?<w:t>1\\. (Mai|MAI) 2024"
                    + "</w:t></w:r></w:fldSimple></w:sdtContent>.*"), m.getKey() + ": " + xml);
            assertFalse(xml.contains("\uFDD1") || xml.contains("fldChar"), m.getKey() + ": " + xml);
        }
    }
}
