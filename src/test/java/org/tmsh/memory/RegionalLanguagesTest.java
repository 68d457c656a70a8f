package org.tmsh.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.Progress;

/**
 * Regional variants in a memory (issue 23, item 1): tags kept as written, en-US/en-GB pairs valid
 * units, es, es-AR and es-BO apart in the counts, look-ups by BCP 47 range.
 */
class RegionalLanguagesTest {

    @TempDir
    Path dir;

    TmLibrary lib;
    TranslationMemory tm;

    @BeforeEach
    void open() {
        lib = new TmLibrary(dir.resolve("tm"));
        tm = lib.openOrCreate("t");
    }

    @AfterEach
    void close() {
        lib.close();
    }

    /** A TMX like the TMX Compliance Kit's import tests: tuvs in given languages. */
    private Path tmx(String srclang, String... units) throws Exception {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
                + "<header creationtool=\"kit\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en-US\""
                + " srclang=\"" + srclang + "\" datatype=\"plaintext\"/>\n<body>\n");
        for (String u : units) {
            sb.append("<tu>");
            for (String v : u.split("\\|")) {
                int eq = v.indexOf('=');
                sb.append("<tuv xml:lang=\"").append(v, 0, eq).append("\"><seg>").append(v.substring(eq + 1))
                        .append("</seg></tuv>");
            }
            sb.append("</tu>\n");
        }
        sb.append("</body>\n</tmx>\n");
        Path f = dir.resolve("in" + System.nanoTime() + ".tmx");
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aPairOfTwoRegionsOfOneLanguageIsAUnit() throws Exception {
        ImportReport r = tm.importTmx(tmx("en-US", "en-US=The color of the center|en-GB=The colour of the centre",
                "en-US=Check the program|en-GB=Cheque the programme"), Progress.NONE);
        assertEquals(2, r.added(), r.toString());
        assertEquals(Set.of("en-US", "en-GB"), tm.languages().keySet());
        List<Match> m = tm.search("The color of the center", "en-US", "en-GB", 70, 5);
        assertEquals("The colour of the centre", m.get(0).target());
        Path out = dir.resolve("out.tmx");
        assertEquals(2, tm.export(out, "1.4", Progress.NONE));
        String x = Files.readString(out);
        assertTrue(x.contains("xml:lang=\"en-GB\"") && x.contains("Cheque the programme"), x);
    }

    @Test
    void regionsStayApartInTheCounts() throws Exception {
        tm.importTmx(tmx("en", "en=Good morning|es=Buenos días", "en=Bus|es-AR=colectivo", "en=Bus|es-BO=micro",
                "en=Cake|es-AR=torta"), Progress.NONE);
        assertEquals(java.util.Map.of("en", 4L, "es-AR", 2L, "es", 1L, "es-BO", 1L), tm.languages());
    }

    @Test
    void aLanguageFindsItsRegionsAndARegionOnlyItself() throws Exception {
        tm.importTmx(tmx("en-GB", "en-GB=Open the file|de-DE=Öffnen Sie die Datei",
                "en-GB=Open the folder|de-AT=Öffnen Sie den Ordner",
                "en-US=Open the file|de-DE=Datei öffnen"), Progress.NONE);
        assertEquals(Set.of("Öffnen Sie die Datei", "Datei öffnen"), targets(tm.search("Open the file", "en", "de", 70, 5)));
        assertEquals(Set.of("Öffnen Sie die Datei"), targets(tm.search("Open the file", "en-GB", "de", 70, 5)));
        assertEquals(Set.of("Öffnen Sie den Ordner"), targets(tm.search("Open the folder", "en", "de", 90, 5)));
        assertTrue(tm.search("Open the folder", "en", "de-DE", 90, 5).isEmpty(), "de-AT is not de-DE");
        assertEquals(2, tm.concordance("Öffnen Sie", "de", null, 10).size());
        assertEquals(1, tm.concordance("Öffnen Sie", "de-AT", null, 10).size());
        String[] langs = tm.resolveLanguages("de", "en-GB");
        assertEquals("de", langs[0]);
    }

    @Test
    void casingAndUnderscoresAreTheSameTag() throws Exception {
        tm.importTmx(tmx("EN-us", "EN-us=One|en_GB=Un"), Progress.NONE);
        assertEquals(Set.of("en-US", "en-GB"), tm.languages().keySet());
    }

    private static Set<String> targets(List<Match> ms) {
        return ms.stream().map(Match::target).collect(Collectors.toSet());
    }
}
