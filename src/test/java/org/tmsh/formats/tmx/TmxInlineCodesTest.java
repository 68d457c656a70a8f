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
        assertTrue(xml.contains("<bpt i=\"1\"/>Choe Son Hui<ept i=\"1\"/>"), xml);
        assertTrue(xml.contains("<ph x=\"3\"/>"), xml);
        assertTrue(xml.contains("<it pos=\"begin\" x=\"4\"/>"), xml);
        try (TmxReader r = TmxReader.open(tmx)) {
            TmxUnit u = r.next();
            assertEquals("Lavrov met ⟨1⟩Choe Son Hui⟨/1⟩ in ⟨2⟩Moscow⟨/2⟩.⟨3/⟩", u.text("en"));
        }
    }
}
