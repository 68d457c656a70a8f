package org.tmsh.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.TMXWriter;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.TestFiles;
import org.tmsh.common.Progress;
import org.tmsh.formats.tmx.TmxReader;
import org.tmsh.formats.tmx.TmxUnit;

/**
 * Import then export gives every unit back, with its tuid, attributes, properties, notes, dates and
 * inline codes, for TMX written by other tools: Okapi's TMXWriter (made here) and OmegaT 3.6
 * (a file OmegaT wrote; see src/test/resources/thirdparty/README.md).
 */
class TmxRoundTripTest {

    @TempDir
    Path dir;

    private static List<String> units(Path f) {
        List<String> xml = new ArrayList<>();
        try (TmxReader r = TmxReader.open(f)) {
            for (TmxUnit u = r.next(); u != null; u = r.next()) {
                xml.add(u.xml());
            }
        }
        return xml;
    }

    private Path roundTrip(Path in, int expected) throws Exception {
        try (TmLibrary lib = new TmLibrary(dir.resolve("tm"))) {
            TranslationMemory tm = lib.openOrCreate("rt");
            assertEquals(expected, tm.importTmx(in, Progress.NONE).added());
            Path out = dir.resolve("out-" + in.getFileName());
            assertEquals(expected, tm.export(out, "test", Progress.NONE));
            return out;
        }
    }

    @Test
    void okapiTmxWriterOutputComesBackWhole() throws Exception {
        Path in = dir.resolve("okapi.tmx");
        TMXWriter w = new TMXWriter(in.toString());
        LocaleId en = LocaleId.fromString("en-US");
        LocaleId de = LocaleId.fromString("de-DE");
        w.writeStartDocument(en, de, "okapi-test", "1", "sentence", "okp", "html");
        for (int i = 0; i < 50; i++) {
            TextFragment src = new TextFragment("Click ");
            src.append(TextFragment.TagType.OPENING, "b", "<b>");
            src.append("OK " + i);
            src.append(TextFragment.TagType.CLOSING, "b", "</b>");
            src.append(" & continue");
            src.append(TextFragment.TagType.PLACEHOLDER, "br", "<br/>");
            TextFragment tgt = new TextFragment("Klicken Sie auf ");
            tgt.append(TextFragment.TagType.OPENING, "b", "<b>");
            tgt.append("OK " + i);
            tgt.append(TextFragment.TagType.CLOSING, "b", "</b>");
            tgt.append(TextFragment.TagType.PLACEHOLDER, "br", "<br/>");
            w.writeTU(src, tgt, "tu-" + i, Map.of("x-project", "help", "x-note", "n" + i));
        }
        w.writeEndDocument();
        w.close();
        List<String> before = units(in);
        assertEquals(50, before.size());
        assertTrue(before.get(0).contains("<bpt") && before.get(0).contains("<prop"), before.get(0));
        Path out = roundTrip(in, 50);
        assertEquals(before, units(out));
        TestFiles.assertValidTmx14(out);
    }

    @Test
    void omegatTmxComesBackWhole() throws Exception {
        Path in = Path.of("src/test/resources/thirdparty/omegat-3.6-pseudo.tmx");
        Path out = roundTrip(in, 6);
        assertEquals(units(in), units(out));
        assertTrue(Files.readString(out).contains("xml:lang=\"en-US\""), "TMX 1.1 lang becomes xml:lang, in BCP 47's case");
        TestFiles.assertValidTmx14(out);
    }

    @Test
    void propsNotesDatesAndAllInlineElementsComeBack() throws Exception {
        Path in = dir.resolve("full.tmx");
        String tu = "<tu tuid=\"x1\" creationdate=\"20240101T101010Z\" changedate=\"20240202T101010Z\" creationid=\"anna\""
                + " usagecount=\"3\">\n <prop type=\"x-domain\">politics</prop>\n <note>checked &amp; approved</note>\n"
                + " <tuv xml:lang=\"de\" creationid=\"anna\"><prop type=\"x-origin\">seed</prop>"
                + "<seg>A <bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>fett<ept i=\"1\">&lt;/b&gt;</ept> <ph x=\"2\" type=\"lb\">&lt;br/&gt;</ph>"
                + "<it pos=\"begin\" x=\"3\">&lt;i&gt;</it>x <ut>{\\b}</ut> <hi type=\"em\">y</hi></seg></tuv>\n"
                + " <tuv xml:lang=\"en\"><seg>A <bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>bold<ept i=\"1\">&lt;/b&gt;</ept>"
                + " <ph x=\"2\" type=\"lb\">&lt;br/&gt;</ph><it pos=\"begin\" x=\"3\">&lt;i&gt;</it>x <ut>{\\b}</ut>"
                + " <hi type=\"em\">y</hi></seg></tuv>\n</tu>";
        Files.writeString(in, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"t\""
                + " creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"de\""
                + " datatype=\"plaintext\"/><body>\n" + tu + "\n</body></tmx>\n");
        Path out = roundTrip(in, 1);
        assertEquals(List.of(tu), units(out));
        TestFiles.assertValidTmx14(out);
    }
}
