package org.tmsh.formats.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.tmx.TmxFilter;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.TestFiles;

/** TMX output: valid against the TMX 1.4 DTD, complete header, readable by Okapi, no illegal characters. */
class TmxWriterTest {

    @TempDir
    Path dir;

    private Path write(String src, String tgt) {
        Path f = dir.resolve("out.tmx");
        try (TmxWriter w = new TmxWriter(f, "de", "en", "test")) {
            w.unit("u1", src, tgt, Map.of("x-link", "[0]:[0]"));
            w.unit("u2", "Zweiter Satz.", "Second sentence.", Map.of());
        }
        return f;
    }

    @Test
    void headerHasAllSevenAttributesAndSourceVariantComesFirst() throws Exception {
        String xml = Files.readString(write("Lawrow & Putin <sprachen>.", "Lavrov & Putin <spoke>."));
        for (String attr : List.of("creationtool=", "creationtoolversion=", "segtype=", "o-tmf=", "adminlang=",
                "srclang=\"de\"", "datatype=")) {
            assertTrue(xml.contains(attr), attr);
        }
        assertTrue(xml.contains("version=\"1.4\""));
        assertTrue(xml.matches("(?s).*creationdate=\"\\d{8}T\\d{6}Z\".*"));
        assertTrue(xml.indexOf("xml:lang=\"de\"") < xml.indexOf("xml:lang=\"en\""));
        assertFalse(Files.list(dir).anyMatch(p -> p.getFileName().toString().endsWith(".part")));
    }

    @Test
    void xmlIllegalCharactersAreDropped() throws Exception {
        String xml = Files.readString(write("Bad\u0001 char\uFFFE here\uD800.", "ok"));
        assertTrue(xml.contains("Bad char here."), xml);
        assertEquals("ab\uD83D\uDE00", TmxWriter.clean("a\u0000b\uD83D\uDE00"));
    }

    @Test
    void validatesAgainstTheTmx14Dtd() throws Exception {
        TestFiles.assertValidTmx14(write("Erster Satz.", "First sentence."));
    }

    @Test
    void okapiTmxFilterReadsTheUnitsBack() throws Exception {
        Path f = write("Erster Satz.", "First sentence.");
        List<String[]> units = new ArrayList<>();
        try (TmxFilter filter = new TmxFilter();
             RawDocument doc = new RawDocument(f.toUri(), "UTF-8", LocaleId.fromBCP47("de"), LocaleId.fromBCP47("en"))) {
            filter.open(doc);
            while (filter.hasNext()) {
                Event e = filter.next();
                if (e.isTextUnit()) {
                    ITextUnit tu = e.getTextUnit();
                    units.add(new String[] {tu.getSource().toString(), tu.getTarget(LocaleId.fromBCP47("en")).toString()});
                }
            }
        }
        assertEquals(2, units.size());
        assertEquals("Erster Satz.", units.get(0)[0]);
        assertEquals("First sentence.", units.get(0)[1]);
    }

    @Test
    void committedSeedTmxValidates() throws Exception {
        Path seed = Path.of("tmx/seeds-000-004.de-en.tmx");
        TestFiles.assertValidTmx14(seed);
        assertEquals(11, Files.readString(seed).split("<tu ").length - 1);
    }
}
