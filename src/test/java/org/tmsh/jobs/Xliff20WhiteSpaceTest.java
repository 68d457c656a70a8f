package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tmsh.common.Progress;
import org.tmsh.formats.xliff.XliffReader;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.qa.BilingualFiles;
import org.tmsh.qa.QaSegment;
import org.tmsh.segment.SrxSegmenter;

/**
 * XLIFF 2.0's white space, read alike by {@code tm import}, {@code qa} and {@code merge}: {@code xml:space}
 * (inherited from file, group, unit, segment, source or target, the nearest deciding) keeps a segment's
 * text as written under {@code preserve} and makes runs one space, trimmed, under {@code default}; a
 * unit's whole text is its segments and {@code ignorable}s in order, which is what merge places.
 */
class Xliff20WhiteSpaceTest {

    @TempDir
    Path dir;
    private TmLibrary library;
    private final SrxSegmenter segmenter = SrxSegmenter.withDefaultRules();

    @BeforeEach
    void open() {
        library = new TmLibrary(dir.resolve("tm"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private static final String SPACES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
             <file id="f1">
              <unit id="kept" xml:space="preserve">
               <segment id="s1" state="translated"><source>  Two  spaces,
            a line. </source><target>  Zwei  Leerzeichen,
            eine Zeile. </target></segment>
               <ignorable><source>	</source></ignorable>
               <segment id="s2" state="translated"><source>Tab before.</source><target>Tab davor.</target></segment>
              </unit>
              <unit id="default">
               <segment id="s1" state="final"><source>
                 Indented  by an
                 editor.
               </source><target>
                 Von einem  Editor
                 eingerückt.
               </target></segment>
              </unit>
              <unit id="segment-says" xml:space="preserve">
               <segment id="s1" state="translated"><source xml:space="default"> Source  collapsed </source><target> Ziel  behalten </target></segment>
              </unit>
              <group id="g" xml:space="preserve">
               <unit id="in-group"><segment state="translated"><source>a  b</source><target>a  b</target></segment></unit>
              </group>
             </file>
            </xliff>
            """;

    @Test
    void xmlSpaceDecidesForImportQaAndMergeAlike() throws Exception {
        Path f = Files.writeString(dir.resolve("spaces.xlf"), SPACES);
        List<String> imported = texts(XliffReader.read(f).entries());
        assertEquals(List.of(
                "kept|  Two  spaces,\na line. |  Zwei  Leerzeichen,\neine Zeile. ",
                "kept_1|Tab before.|Tab davor.",
                "default|Indented by an editor.|Von einem Editor eingerückt.",
                "segment-says|Source collapsed| Ziel  behalten ",
                "in-group|a  b|a  b"), imported);
        // QA asks for the white space as written: in 2.0 the file says which is text, so QA reads what import reads
        assertEquals(imported, texts(XliffReader.read(f, true).entries()));
        List<String> qa = new ArrayList<>();
        BilingualFiles.read(f, null, null, s -> qa.add(s.id() + "|" + s.source() + "|" + s.target()));
        assertEquals(imported, qa);
        // merge's reading: a unit is its segments and ignorables (the tab between them is the unit's text)
        assertEquals(List.of(
                "kept|  Two  spaces,\na line. \tTab before.|  Zwei  Leerzeichen,\neine Zeile. \tTab davor.",
                "default|Indented by an editor.|Von einem Editor eingerückt.",
                "segment-says|Source collapsed| Ziel  behalten ",
                "in-group|a  b|a  b"), texts(XliffReader.readUnits(f).entries()));
    }

    @Test
    void aUnitsWholeTextIsItsSegmentsAndIgnorablesAndItsLeastDoneState() throws Exception {
        Path f = Files.writeString(dir.resolve("units.xlf"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
                 <file id="f1">
                  <unit id="u1">
                   <segment state="reviewed"><source>First <pc id="1">one</pc>.</source><target>Erster <pc id="1">einer</pc>.</target></segment>
                   <ignorable><source> <ph id="2"/> </source></ignorable>
                   <segment state="translated"><source>Second.</source><target>Zweiter.</target></segment>
                  </unit>
                  <unit id="u2">
                   <segment state="final"><source>Done.</source><target>Fertig.</target></segment>
                   <ignorable><source> </source><target>  </target></ignorable>
                   <segment state="initial"><source>Not done.</source><target>Nicht fertig.</target></segment>
                  </unit>
                  <unit id="u3">
                   <segment state="translated"><source>Has one.</source><target>Hat einen.</target></segment>
                   <ignorable><source> </source></ignorable>
                   <segment><source>Has none.</source></segment>
                  </unit>
                 </file>
                </xliff>
                """);
        List<XliffReader.Entry> units = XliffReader.readUnits(f).entries();
        assertEquals(List.of("u1|First ⟨1⟩one⟨/1⟩. ⟨2/⟩ Second.|Erster ⟨1⟩einer⟨/1⟩. ⟨2/⟩ Zweiter.",
                "u2|Done. Not done.|Fertig. Nicht fertig.", "u3|Has one. Has none.|null"), texts(units));
        assertEquals("translated", units.get(0).state(), "the least done of reviewed and translated");
        assertEquals("initial", units.get(1).state());
        assertNull(units.get(2).target(), "a unit with a segment no one translated has no whole target");
        // import and QA read the segments: six, each its own text, no ignorable among them
        assertEquals(6, XliffReader.read(f).entries().size());
        assertEquals("Second.", XliffReader.read(f).entries().get(1).source());
    }

    @Test
    void aUnitTheTranslatorsToolSplitIsMergedAsTheOneSentenceItWas() throws Exception {
        Path txt = Files.copy(RoundTripDocs.DIR.resolve("notes.de.txt"), dir.resolve("notes.de.txt"));
        Path xlf = dir.resolve("notes.xlf");
        TranslationMemory empty = library.openOrCreate("empty");
        new PretranslateJob(segmenter).run(new PretranslateJob.Request(txt, xlf, "de", "en", 95, 3, null, "test", "2.0"),
                empty, Progress.NONE);
        String x = Files.readString(xlf);
        // as a CAT tool splits a segment (canResegment is yes by default): two segments, the space between them an ignorable
        Matcher m = Pattern.compile("<segment id=\"s1\">\\s*<source>Der erste Satz steht hier\\.</source>\\s*</segment>").matcher(x);
        assertTrue(m.find(), x);
        x = x.substring(0, m.start()) + "<segment id=\"s1\" state=\"translated\"><source>Der erste Satz</source>"
                + "<target>The first sentence</target></segment><ignorable><source> </source></ignorable>"
                + "<segment id=\"s2\" state=\"reviewed\"><source>steht hier.</source><target>is here.</target></segment>"
                + x.substring(m.end());
        Files.writeString(xlf, x);
        Path out = dir.resolve("notes.en.txt");
        MergeJob.Result r = new MergeJob(segmenter).run(xlf, out, null, "test");
        assertEquals(1, r.translated());
        assertTrue(Files.readString(out).contains("The first sentence is here. Der zweite Satz steht dort."), Files.readString(out));
        // one segment of the two left initial: the sentence stays German
        Files.writeString(xlf, x.replace("state=\"reviewed\"", "state=\"initial\""));
        r = new MergeJob(segmenter).run(xlf, out, null, "test");
        assertEquals(0, r.translated());
        assertTrue(Files.readString(out).contains("Der erste Satz steht hier."));
    }

    @Test
    void qaOfAReturnedXliff20ReadsThePreservedDoubleSpaceTheTranslatorTyped() throws Exception {
        Path f = Files.writeString(dir.resolve("r.xlf"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en">
                 <file id="f1" xml:space="preserve"><unit id="u1"><segment state="translated"><source>Er kam.</source><target>He  came.</target></segment></unit></file>
                </xliff>
                """);
        List<QaSegment> s = new ArrayList<>();
        BilingualFiles.read(f, null, null, s::add);
        assertEquals("He  came.", s.get(0).target());
    }

    private static List<String> texts(List<XliffReader.Entry> entries) {
        return entries.stream().map(e -> e.id() + "|" + e.source() + "|" + e.target()).toList();
    }
}
