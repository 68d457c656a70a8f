package org.tmsh.formats.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.TestFiles;

/** A translation that reorders its codes keeps each code's identity through TMX, written and read back. */
class TmxCodeIdentityTest {

    @TempDir
    Path dir;

    @Test
    void aReorderedTargetKeepsItsCodesIdentities() {
        TmxUnit u = TmxUnit.pair("t1", "de", "⟨1⟩Lawrow⟨/1⟩ traf ⟨2⟩Choe⟨/2⟩ in Moskau⟨3/⟩.", "en",
                "⟨2⟩Choe⟨/2⟩ met ⟨1⟩Lavrov⟨/1⟩ in Moscow⟨3/⟩.", Map.of(), "20261201T000000Z");
        assertEquals("⟨1⟩Lawrow⟨/1⟩ traf ⟨2⟩Choe⟨/2⟩ in Moskau⟨3/⟩.", u.text("de"));
        assertEquals("⟨2⟩Choe⟨/2⟩ met ⟨1⟩Lavrov⟨/1⟩ in Moscow⟨3/⟩.", u.text("en"));
    }

    @Test
    void idsFromAnotherToolAreNumberedByTheSourceAndKeptInTheTarget() {
        // XLIFF ids 5 and 7: the source numbered 1, 2 in order, the target's codes the same codes
        TmxUnit u = TmxUnit.pair("t2", "de", "⟨5⟩Lawrow⟨/5⟩ traf ⟨7⟩Choe⟨/7⟩.", "en", "⟨7⟩Choe⟨/7⟩ met ⟨5⟩Lavrov⟨/5⟩.",
                Map.of(), "20261201T000000Z");
        assertEquals("⟨1⟩Lawrow⟨/1⟩ traf ⟨2⟩Choe⟨/2⟩.", u.text("de"));
        assertEquals("⟨2⟩Choe⟨/2⟩ met ⟨1⟩Lavrov⟨/1⟩.", u.text("en"));
    }

    @Test
    void writtenAndReadBackTheCodesStayReordered() throws Exception {
        Path tmx = dir.resolve("codes.tmx");
        try (TmxWriter w = new TmxWriter(tmx, "de", "en", "test")) {
            w.unit("t1", "⟨1⟩Lawrow⟨/1⟩ traf ⟨2⟩Choe⟨/2⟩.", "⟨2⟩Choe⟨/2⟩ met ⟨1⟩Lavrov⟨/1⟩.", Map.of());
        }
        TestFiles.assertValidTmx14(tmx);
        String xml = Files.readString(tmx);
        assertTrue(xml.contains("<bpt i=\"2\" x=\"2\"/>Choe<ept i=\"2\"/> met <bpt i=\"1\" x=\"1\"/>Lavrov"), xml);
        try (TmxReader r = TmxReader.open(tmx)) {
            TmxUnit u = r.next();
            assertEquals("⟨1⟩Lawrow⟨/1⟩ traf ⟨2⟩Choe⟨/2⟩.", u.text("de"));
            assertEquals("⟨2⟩Choe⟨/2⟩ met ⟨1⟩Lavrov⟨/1⟩.", u.text("en"));
        }
    }

    @Test
    void aFileWithoutXIsNumberedByPositionAsBefore() throws Exception {
        Path tmx = Files.writeString(dir.resolve("plain.tmx"), "<?xml version=\"1.0\"?><tmx version=\"1.4\"><header "
                + "creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" "
                + "srclang=\"de\" datatype=\"plaintext\"/><body><tu><tuv xml:lang=\"de\"><seg><bpt i=\"1\">&lt;b&gt;</bpt>"
                + "Lawrow<ept i=\"1\">&lt;/b&gt;</ept> kam<ph>&lt;br/&gt;</ph></seg></tuv><tuv xml:lang=\"en\"><seg>"
                + "<bpt i=\"1\">&lt;b&gt;</bpt>Lavrov<ept i=\"1\">&lt;/b&gt;</ept> came<ph>&lt;br/&gt;</ph></seg></tuv></tu>"
                + "</body></tmx>");
        try (TmxReader r = TmxReader.open(tmx)) {
            TmxUnit u = r.next();
            assertEquals("⟨1⟩Lawrow⟨/1⟩ kam⟨2/⟩", u.text("de"));
            assertEquals("⟨1⟩Lavrov⟨/1⟩ came⟨2/⟩", u.text("en"));
        }
    }
}
