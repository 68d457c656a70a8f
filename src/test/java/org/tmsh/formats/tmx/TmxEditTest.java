package org.tmsh.formats.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.tmsh.common.TmshException;

/** Rewriting one language of a stored {@code <tu>}: the rest stays, codes keep their content, history is stamped. */
class TmxEditTest {

    private static final String TU = "<tu tuid=\"7\" creationdate=\"20200101T000000Z\" changedate=\"20210101T000000Z\">"
            + "<prop type=\"x-client\">ACME</prop><note>checked</note>"
            + "<tuv xml:lang=\"en-GB\"><seg>Press <bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>Save<ept i=\"1\">&lt;/b&gt;</ept> now<ph x=\"2\">&lt;br/&gt;</ph></seg></tuv>"
            + "<tuv xml:lang=\"de-DE\"><seg>Jetzt <bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>Speichern<ept i=\"1\">&lt;/b&gt;</ept> drücken<ph x=\"2\">&lt;br/&gt;</ph></seg></tuv>"
            + "</tu>";

    @Test
    void theNewTextKeepsEachCodesOriginalContentAndEverythingElseStays() {
        TmxUnit u = TmxReader.unit(TU);
        assertEquals("Jetzt ⟨1⟩Speichern⟨/1⟩ drücken⟨2/⟩", u.text("de"));
        TmxUnit e = TmxEdit.withText(u, "de", "⟨2/⟩Drücken Sie jetzt ⟨1⟩Sichern⟨/1⟩ & fertig", "20260102T030405Z", "alice");
        assertEquals("⟨2/⟩Drücken Sie jetzt ⟨1⟩Sichern⟨/1⟩ & fertig", e.text("de"));
        assertEquals(u.text("en"), e.text("en"));
        assertEquals("7", e.tuid());
        String xml = e.xml();
        assertTrue(xml.startsWith("<tu tuid=\"7\" creationdate=\"20200101T000000Z\" changedate=\"20260102T030405Z\" changeid=\"alice\">"),
                "the old changedate is replaced, not doubled: " + xml);
        assertTrue(xml.contains("<seg><ph x=\"2\">&lt;br/&gt;</ph>Drücken Sie jetzt <bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>Sichern"
                + "<ept i=\"1\">&lt;/b&gt;</ept> &amp; fertig</seg>"), xml);
        assertTrue(xml.contains("<prop type=\"x-client\">ACME</prop><note>checked</note>"), xml);
        assertTrue(xml.contains("<tuv xml:lang=\"en-GB\"><seg>Press <bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>Save"), xml);
        assertEquals(xml, TmxReader.unit(xml).xml(), "the result reads back as itself");
    }

    @Test
    void aCodeTheOldTextDoesNotHaveIsRefusedAndALanguageTheUnitLacksToo() {
        TmxUnit u = TmxReader.unit(TU);
        TmshException e = assertThrows(TmshException.class, () -> TmxEdit.withText(u, "de", "Neu ⟨3/⟩", null, null));
        assertTrue(e.getMessage().contains("⟨3/⟩") && e.getMessage().contains("⟨1⟩"), e.getMessage());
        assertThrows(TmshException.class, () -> TmxEdit.withText(u, "fr", "Nouveau", null, null));
    }

    @Test
    void withoutADateOrUserOnlyTheTextChanges() {
        TmxUnit u = TmxReader.unit("<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv><tuv xml:lang=\"de\"><seg>b</seg></tuv></tu>");
        TmxUnit e = TmxEdit.withText(u, "en", "a < c", null, null);
        assertEquals("<tu><tuv xml:lang=\"en\"><seg>a &lt; c</seg></tuv><tuv xml:lang=\"de\"><seg>b</seg></tuv></tu>", e.xml());
    }
}
