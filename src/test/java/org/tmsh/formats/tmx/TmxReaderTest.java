package org.tmsh.formats.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.TmshException;

/** The hardened streaming TMX reader: units, inline codes, invalid units, and every kind of bad input. */
class TmxReaderTest {

    @TempDir
    Path dir;

    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
            + "<header srclang=\"en-US\" creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\""
            + " adminlang=\"en\" datatype=\"plaintext\"/>\n<body>\n";

    private Path file(String body) throws Exception {
        Path f = dir.resolve("in.tmx");
        Files.writeString(f, body, StandardCharsets.UTF_8);
        return f;
    }

    private static List<TmxUnit> readAll(Path f) {
        List<TmxUnit> out = new ArrayList<>();
        try (TmxReader r = TmxReader.open(f)) {
            for (TmxUnit u = r.next(); u != null; u = r.next()) {
                out.add(u);
            }
        }
        return out;
    }

    private static String error(Path f) {
        return assertThrows(TmshException.class, () -> readAll(f)).getMessage();
    }

    @Test
    void inlineCodesBecomeNumberedMarkersAndStayVerbatimInTheXml() throws Exception {
        String tu = "<tu tuid=\"7\" creationdate=\"20240101T000000Z\"><prop type=\"x-domain\">IT</prop><note>n &amp; m</note>\n"
                + "<tuv xml:lang=\"en-US\"><seg>Click <bpt i=\"1\">&lt;b&gt;</bpt>OK<ept i=\"1\">&lt;/b&gt;</ept> now<ph x=\"2\">{br}</ph></seg></tuv>\n"
                + "<tuv xml:lang=\"de-DE\"><seg>Klicken Sie <hi type=\"b\">OK</hi></seg></tuv></tu>";
        List<TmxUnit> units = readAll(file(HEAD + tu + "\n</body></tmx>"));
        assertEquals(1, units.size());
        TmxUnit u = units.get(0);
        assertEquals("7", u.tuid());
        assertEquals("Click ⟨1⟩OK⟨/1⟩ now⟨2/⟩", u.text("en"));
        assertEquals("Klicken Sie ⟨1⟩OK⟨/1⟩", u.text("de"));
        assertEquals("de-DE", u.langCode("de"));
        assertEquals(tu, u.xml());
    }

    @Test
    void unusableUnitsAreSkippedWithLineAndReason() throws Exception {
        Path f = file(HEAD + "<tu tuid=\"a\"><tuv xml:lang=\"en\"><seg>only one</seg></tuv></tu>\n"
                + "<tu tuid=\"b\"><tuv><seg>x</seg></tuv><tuv xml:lang=\"de\"><seg>y</seg></tuv></tu>\n"
                + "<tu tuid=\"c\"><tuv xml:lang=\"en\"><seg>ok</seg></tuv><tuv xml:lang=\"de\"><seg>gut</seg></tuv></tu>\n"
                + "</body></tmx>");
        try (TmxReader r = TmxReader.open(f)) {
            assertEquals("en-US", r.header().srcLang());
            TmxUnit u = r.next();
            assertEquals("c", u.tuid());
            assertNull(r.next());
            assertEquals(2, r.invalidCount());
            assertEquals(5, r.invalid().get(0).line());
            assertTrue(r.invalid().get(0).reason().contains("fewer than two languages"));
            assertTrue(r.invalid().get(1).reason().contains("without xml:lang"));
        }
    }

    @Test
    void externalEntitiesAreNeverFetched() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        Path f = file("<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + HEAD.substring(HEAD.indexOf("<tmx")) + "<tu><tuv xml:lang=\"en\"><seg>a &xxe;</seg></tuv>"
                + "<tuv xml:lang=\"de\"><seg>b</seg></tuv></tu>\n</body></tmx>");
        String msg = error(f);
        assertTrue(msg.startsWith(f + ": line 6: "), msg);
        assertTrue(msg.contains("xxe") && !msg.contains("TOP SECRET"), msg);
    }

    @Test
    void entityExpansionBombsFailAtTheFirstReference() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE tmx [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>\n");
        Path f = file("<?xml version=\"1.0\"?>\n" + dtd + HEAD.substring(HEAD.indexOf("<tmx"))
                + "<tu><tuv xml:lang=\"en\"><seg>&l9;</seg></tuv><tuv xml:lang=\"de\"><seg>b</seg></tuv></tu>\n</body></tmx>");
        String msg = error(f);
        assertTrue(msg.contains("line 6") && msg.contains("l9"), msg);
    }

    @Test
    void bytesNotValidInTheDeclaredEncodingAreReportedWithTheirLine() throws Exception {
        Path f = dir.resolve("latin1.tmx");
        byte[] bytes = (HEAD + "<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv>\n<tuv xml:lang=\"de\"><seg>M\u00fcller</seg></tuv></tu>\n</body></tmx>")
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(f, bytes);
        String msg = error(f);
        assertTrue(msg.startsWith(f + ": line 6: byte 0xFC is not valid UTF-8"), msg);
    }

    @Test
    void declaredLatin1AndUtf16WithBomAreRead() throws Exception {
        String body = HEAD.replace("UTF-8", "ISO-8859-1") + "<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv>"
                + "<tuv xml:lang=\"de\"><seg>M\u00fcller</seg></tuv></tu>\n</body></tmx>";
        Path f = dir.resolve("l1.tmx");
        Files.write(f, body.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("M\u00fcller", readAll(f).get(0).text("de"));
        Path g = dir.resolve("u16.tmx");
        Files.write(g, ("\uFEFF" + HEAD.replace("UTF-8", "UTF-16") + "<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv>"
                + "<tuv xml:lang=\"de\"><seg>M\u00fcller</seg></tuv></tu>\n</body></tmx>").getBytes(StandardCharsets.UTF_16BE));
        assertEquals("M\u00fcller", readAll(g).get(0).text("de"));
    }

    @Test
    void malformedMissingEmptyBinaryAndForeignFilesGetOneClearLine() throws Exception {
        String truncated = error(file(HEAD + "<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv>\n<tuv xml:lang=\"de\"><seg>b</seg>"));
        assertTrue(truncated.contains(": line 6: malformed XML"), truncated);
        String wrongNesting = error(file(HEAD + "<tu><tuv xml:lang=\"en\"><seg>a</tuv></seg></tu></body></tmx>"));
        assertTrue(wrongNesting.contains(": line 5: malformed XML"), wrongNesting);
        assertEquals(dir.resolve("none.tmx") + ": file not found", error(dir.resolve("none.tmx")));
        assertTrue(error(file("")).endsWith(": empty file (expected TMX)"));
        Path bin = dir.resolve("bin.tmx");
        Files.write(bin, new byte[] {'<', 't', 'm', 'x', 0, 1, 2, 3, (byte) 0xFF});
        assertTrue(error(bin).contains(bin + ": line 1: "), error(bin));
        String html = error(file("<html><body>hi</body></html>"));
        assertTrue(html.contains("not a TMX file (the root element is <html>"), html);
    }

    @Test
    void omegatTmx11WithLangAttributesIsRead() throws Exception {
        Path f = Path.of("src/test/resources/thirdparty/omegat-3.6-pseudo.tmx");
        List<TmxUnit> units = readAll(f);
        assertEquals(6, units.size());
        assertEquals("Click <b0>OK</b0> to save the file.", units.get(2).text("en"));
        assertEquals("en-US", units.get(2).langCode("en"), "OmegaT's EN-US in BCP 47's case");
    }

    @Test
    void languageTagsOtherToolsWriteAreKeptInBcp47FormSoThatAnExportIsValid() throws Exception {
        // TMX 1.1 lang with an underscore, an upside-down region, a lower-case one; the header's srclang too
        Path f = file("<?xml version=\"1.0\"?>\n<tmx version=\"1.1\"><header srclang=\"de_DE\" creationtool=\"t\""
                + " creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" datatype=\"plaintext\"/><body>\n"
                + "<tu><tuv lang=\"de_DE\"><seg>Wahl</seg></tuv><tuv xml:lang=\"EN-gb\"><seg>Vote</seg></tuv></tu>\n"
                + "<tu><tuv xml:lang=\"DE-de\"><seg>Zwei</seg></tuv><tuv lang=\"en_gb\"><seg>Two</seg></tuv></tu>\n"
                + "</body></tmx>\n");
        List<TmxUnit> units = readAll(f);
        for (TmxUnit u : units) {
            assertEquals(List.of("de-DE", "en-GB"), u.variants().stream().map(TmxUnit.Variant::lang).toList());
            assertTrue(u.xml().contains("xml:lang=\"de-DE\"") && u.xml().contains("xml:lang=\"en-GB\""), u.xml());
        }
        try (TmxReader r = TmxReader.open(f)) {
            assertEquals("de-DE", r.header().srcLang());
        }
    }
}
