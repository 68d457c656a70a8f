package org.tmsh.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import net.sf.okapi.common.resource.TextFragment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tmsh.segment.SrxSegmenter;

/**
 * A text run's direct properties that Okapi's Word writer drops come back: documents generated here by
 * hand (the XML Word writes, zipped), merged untouched and translated through Okapi's writer.
 */
class WordRunPropertiesTest {

    @TempDir
    Path dir;

    private final SrxSegmenter segmenter = SrxSegmenter.withDefaultRules();

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    /** A DOCX of a body and a styles part whose character style "Betont" is italic and marked default. */
    private Path docx(String body) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        String wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        parts.put("[Content_Types].xml", XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + wml + "document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"" + wml + "styles+xml\"/></Types>");
        parts.put("_rels/.rels", XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        parts.put("word/_rels/document.xml.rels", XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "styles\" Target=\"styles.xml\"/></Relationships>");
        parts.put("word/styles.xml", XML + "<w:styles xmlns:w=\"" + W + "\"><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
                + "<w:name w:val=\"Normal\"/></w:style><w:style w:type=\"character\" w:default=\"1\" w:styleId=\"Betont\">"
                + "<w:name w:val=\"Betont\"/><w:rPr><w:i/><w:iCs/></w:rPr></w:style></w:styles>");
        parts.put("word/document.xml", XML + "<w:document xmlns:w=\"" + W + "\"><w:body>" + body + "<w:sectPr/></w:body></w:document>");
        return ZipParts.write(dir.resolve("doc-" + Integer.toHexString(body.hashCode()) + ".docx"), parts);
    }

    private Map<String, String> merged(Path docx) throws IOException {
        Path untouched = dir.resolve("untouched.docx");
        DocumentSegments.write(docx, "de", "en", segmenter, item -> null, untouched);
        Path upper = dir.resolve("upper.docx");
        DocumentSegments.write(docx, "de", "en", segmenter, item -> {
            TextFragment t = item.content().clone();
            t.setCodedText(t.getCodedText().toUpperCase(Locale.ROOT));
            return t;
        }, upper);
        return Map.of("untouched", body(untouched), "translated", body(upper));
    }

    private static String body(Path docx) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The run properties of the run whose text starts with {@code text} (any case). */
    private static String propertiesOf(String xml, String text) {
        Matcher m = Pattern.compile("<w:r>(<w:rPr>.*?</w:rPr>)?<w:t[^>]*>" + Pattern.quote(text), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(xml);
        assertTrue(m.find(), "no run starting " + text + " in " + xml);
        String rpr = m.group(1) == null ? "" : m.group(1);
        // the match may start at an earlier run: keep the last rPr
        return rpr.substring(Math.max(0, rpr.lastIndexOf("<w:rPr>")));
    }

    private static final String ALL = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/><w:b/><w:bCs/><w:i/><w:iCs/>"
            + "<w:position w:val=\"0\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/><w:vertAlign w:val=\"baseline\"/>";

    @Test
    void directItalicBesideAnItalicDefaultCharacterStyleAndComplexScriptPropertiesComeBack() throws IOException {
        Path doc = docx("<w:p><w:r><w:t xml:space=\"preserve\">Ganz normal. </w:t></w:r><w:r><w:rPr>" + ALL
                + "</w:rPr><w:t xml:space=\"preserve\">Schräg und fett, </w:t></w:r><w:r><w:rPr>" + ALL + "</w:rPr><w:t>zweiter Lauf.</w:t></w:r></w:p>"
                + "<w:p><w:r><w:rPr><w:b/><w:bCs/><w:rtl/></w:rPr><w:t>Rechts nach links fett.</w:t></w:r></w:p>");
        for (Map.Entry<String, String> m : merged(doc).entrySet()) {
            // without the fix: <w:rFonts .../><w:b/><w:sz w:val="24"/> (italic and the rest dropped: the run came back upright)
            assertEquals("<w:rPr>" + ALL + "</w:rPr>", propertiesOf(m.getValue(), "Schräg"), m.getKey());
            // Word shows a w:rtl run with its complex-script bold: without the fix w:bCs was dropped
            assertEquals("<w:rPr><w:b/><w:bCs/><w:rtl/></w:rPr>", propertiesOf(m.getValue(), "Rechts"), m.getKey());
            assertEquals("", propertiesOf(m.getValue(), "Ganz"), m.getKey());
        }
    }

    @Test
    void aRunJoinedFromRunsOfDifferentPropertiesIsLeftAsWritten() {
        String w = "xmlns:w=\"" + W + "\"";
        String was = "<w:document " + w + "><w:body><w:p><w:r><w:t>Eins </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>zwei.</w:t></w:r></w:p>"
                + "<w:p><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t>Drei </w:t></w:r><w:r><w:rPr><w:bCs/><w:b/></w:rPr><w:t>vier.</w:t></w:r></w:p>"
                + "</w:body></w:document>";
        String now = "<w:document " + w + "><w:body><w:p><w:r><w:t>Eins zwei.</w:t></w:r></w:p>"
                + "<w:p><w:r><w:rPr><w:b/><w:lang w:val=\"en-US\"/></w:rPr><w:t>Drei vier.</w:t></w:r></w:p></w:body></w:document>";
        String mended = WordRunProperties.part(was, now);
        // the first paragraph's runs differ (plain and italic): which the joined run is, is not known
        assertTrue(mended.contains("<w:p><w:r><w:t>Eins zwei.</w:t></w:r></w:p>"), mended);
        // the second's agree (the order of their properties does not count): w:bCs back, in the schema's place, w:lang kept
        assertTrue(mended.contains("<w:r><w:rPr><w:b/><w:bCs/><w:lang w:val=\"en-US\"/></w:rPr><w:t>Drei vier."), mended);
        assertEquals(now, WordRunProperties.part(now, now));
    }
}
