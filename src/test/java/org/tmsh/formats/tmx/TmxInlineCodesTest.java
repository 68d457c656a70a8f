package org.tmsh.formats.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.TestFiles;

/** Inline-code markers written as TMX bpt/ept/it/ph, valid against the DTD, and read back as markers. */
class TmxInlineCodesTest {

    @TempDir
    Path dir;

    @Test
    void markersBecomeTmxInlineElementsAndComeBack() throws Exception {
        Path tmx = dir.resolve("codes.tmx");
        try (TmxWriter w = new TmxWriter(tmx, "de", "en", "test")) {
            w.unit("1", "Lawrow traf ⟨1⟩Choe Son Hui⟨/1⟩ in ⟨2⟩Moskau⟨/2⟩.⟨3/⟩", "Lavrov met ⟨1⟩Choe Son Hui⟨/1⟩ in ⟨2⟩Moscow⟨/2⟩.⟨3/⟩",
                    Map.of());
            w.unit("2", "Ende ⟨4⟩des Satzes", "end ⟨4⟩of the sentence", Map.of());
        }
        TestFiles.assertValidTmx14(tmx);
        String xml = java.nio.file.Files.readString(tmx);
        assertTrue(xml.contains("<bpt i=\"1\" x=\"1\"/>Choe Son Hui<ept i=\"1\"/>"), xml);
        assertTrue(xml.contains("<ph x=\"3\"/>"), xml);
        assertTrue(xml.contains("Ende <it pos=\"begin\" x=\"1\"/>des Satzes"), xml);
        try (TmxReader r = TmxReader.open(tmx)) {
            TmxUnit u = r.next();
            assertEquals("Lavrov met ⟨1⟩Choe Son Hui⟨/1⟩ in ⟨2⟩Moscow⟨/2⟩.⟨3/⟩", u.text("en"));
            assertEquals("end ⟨1/⟩of the sentence", r.next().text("en"));
        }
    }

    @Test
    void theOriginalCodesAreEscapedInsideAndTheTextIsNumberedAsTheReaderNumbersIt() throws Exception {
        Map<String, TmxUnit.Inline> de = Map.of("⟨3⟩", new TmxUnit.Inline("<a href=\"https://example.org/?a=1&b=2\">", "link"),
                "⟨/3⟩", new TmxUnit.Inline("</a>", "link"), "⟨5/⟩", new TmxUnit.Inline("<br/>", null),
                "⟨2⟩", new TmxUnit.Inline("<b>", "bold"));
        TmxUnit u = TmxUnit.pair("u", "de", "Satz ⟨3⟩mit Link⟨/3⟩ und⟨5/⟩ ⟨2⟩halb", de, "en", "Sentence", Map.of(), Map.of(),
                "20260101T000000Z");
        assertTrue(u.xml().contains("Satz <bpt i=\"1\" x=\"1\" type=\"link\">&lt;a href=\"https://example.org/?a=1&amp;b=2\"&gt;</bpt>"
                + "mit Link<ept i=\"1\">&lt;/a&gt;</ept> und<ph x=\"2\">&lt;br/&gt;</ph> "
                + "<it pos=\"begin\" x=\"3\" type=\"bold\">&lt;b&gt;</it>halb"), u.xml());
        assertEquals("Satz ⟨1⟩mit Link⟨/1⟩ und⟨2/⟩ ⟨3/⟩halb", u.text("de"));
        Path tmx = dir.resolve("native.tmx");
        try (TmxWriter w = new TmxWriter(tmx, "de", "en", "test")) {
            w.write(u);
        }
        TestFiles.assertValidTmx14(tmx);
        try (TmxReader r = TmxReader.open(tmx)) {
            assertEquals(u.text("de"), r.next().text("de"));
        }
    }
}
