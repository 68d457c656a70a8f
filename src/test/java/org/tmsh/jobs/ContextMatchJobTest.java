package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.tmsh.common.Progress;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.formats.xliff.XliffReader;
import org.tmsh.memory.Penalty;
import org.tmsh.memory.SearchOptions;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.memory.UnitFilter;
import org.tmsh.memory.UnitMeta;
import org.tmsh.segment.SrxSegmenter;

/**
 * Context matches (101%) in a job: {@code analyze} counts them in the {@code context} band above the
 * exact one, and {@code pretranslate} fills them as confirmed (1.2: {@code state="final"} with
 * {@code approved="yes"}; 2.0: {@code state="final"}) and counts them; an exact match stored between
 * other neighbours stays an exact one. Filters and penalties reach the look-ups of both jobs.
 */
class ContextMatchJobTest {

    private static final SrxSegmenter SEGMENTER = SrxSegmenter.withDefaultRules();
    private static final String[] SENTENCES = {"The meeting starts at nine.", "The agenda has three items.",
        "Lunch is served at noon.", "The agenda has three items.", "The meeting ends at five."};
    private static final String[] GERMAN = {"Die Sitzung beginnt um neun.", "Die Tagesordnung hat drei Punkte.",
        "Das Mittagessen wird um zwölf serviert.", "Die Tagesordnung hat drei Punkte.", "Die Sitzung endet um fünf."};

    private Path dir;
    private TmLibrary library;
    private TranslationMemory tm;
    private Path doc;

    @BeforeEach
    void setUp() throws Exception {
        dir = Files.createTempDirectory("tmsh-context-");
        doc = dir.resolve("meeting.txt");
        Files.writeString(doc, String.join("\n\n", SENTENCES) + "\n");
        library = new TmLibrary(dir.resolve("tm"));
        tm = library.openOrCreate("ctx");
    }

    @AfterEach
    void tearDown() {
        library.close();
        org.tmsh.TestFiles.deleteQuietly(dir);
    }

    /** Units of sentences {@code which}, each stored between its neighbours in the document, from client {@code client}. */
    private void storeInContext(String client, int... which) {
        List<TmxUnit> units = new java.util.ArrayList<>();
        for (int i : which) {
            units.add(TmxUnit.pair("u" + i, "en", SENTENCES[i], "de", GERMAN[i], Map.of(
                    UnitMeta.CONTEXT_PRE, i == 0 ? "" : SENTENCES[i - 1],
                    UnitMeta.CONTEXT_POST, i + 1 == SENTENCES.length ? "" : SENTENCES[i + 1],
                    UnitMeta.CLIENT, client), "20260101T000000Z"));
        }
        tm.add(units, "en", "test");
    }

    @Test
    void analyzeCountsContextMatchesAboveExactOnes() {
        storeInContext("ACME", 0, 1, 4);
        // sentence 2 stored elsewhere: an exact match, not a context one
        tm.add(List.of(TmxUnit.pair("x2", "en", SENTENCES[2], "de", GERMAN[2],
                Map.of(UnitMeta.CONTEXT_PRE, "Something else.", UnitMeta.CONTEXT_POST, ""), "20260101T000000Z")), "en", "test");
        AnalyzeJob.Result r = new AnalyzeJob(SEGMENTER).run(List.of(doc), tm, "en", "de", null, SearchOptions.NONE, Progress.NONE);
        Map<String, AnalyzeJob.Count> bands = r.total().bands();
        assertEquals(List.of("context", "100%"), List.copyOf(bands.keySet()).subList(0, 2), "context comes first");
        // 0 (first segment, empty before), 1 (between 0 and 2), 4 (last segment) in context; 3 repeats 1's text
        assertEquals(3, bands.get("context").segments(), bands.toString());
        assertEquals(1, bands.get("100%").segments(), bands.toString());
        assertEquals(1, bands.get("repetition").segments(), bands.toString());

        AnalyzeJob.Result filtered = new AnalyzeJob(SEGMENTER).run(List.of(doc), tm, "en", "de", null,
                new SearchOptions(UnitFilter.parse("client=ACME"), List.of(), null), Progress.NONE);
        assertEquals(3, filtered.total().bands().get("context").segments());
        assertEquals(0, filtered.total().bands().get("100%").segments(), "the unit without client is filtered out");
        AnalyzeJob.Result penalised = new AnalyzeJob(SEGMENTER).run(List.of(doc), tm, "en", "de", null,
                new SearchOptions(UnitFilter.ALL, Penalty.parse(List.of("client=ACME:3")), null), Progress.NONE);
        assertEquals(0, penalised.total().bands().get("context").segments(), "101 - 3 is in the 95-99% band");
        assertEquals(3, penalised.total().bands().get("95-99%").segments(), penalised.total().bands().toString());
    }

    @Test
    void pretranslateFillsContextMatchesAsFinalAndSaysSo() throws Exception {
        storeInContext("ACME", 0, 1, 2, 4);
        tm.add(List.of(TmxUnit.pair("elsewhere", "en", "The meeting ends at five.", "de", "Schluss um fünf.",
                Map.of(UnitMeta.CONTEXT_PRE, "Other.", UnitMeta.CONTEXT_POST, "Other."), "20260101T000000Z")), "en", "test");
        Path xlf = dir.resolve("meeting.xlf");
        PretranslateJob.Result r = new PretranslateJob(SEGMENTER).run(new PretranslateJob.Request(doc, xlf, "en", "de",
                95, 3, null, "test", "1.2", false, false, SearchOptions.NONE), tm, Progress.NONE);
        assertEquals(4, r.contextFilled(), "segments 0, 1, 2, 4; 3 repeats 1's text between other neighbours");
        assertEquals(4, r.bands().get("context"));
        assertEquals(5, r.filled());
        XliffReader.Content c = XliffReader.read(xlf);
        List<XliffReader.Entry> e = c.entries();
        assertEquals("final", e.get(0).state());
        assertTrue(e.get(0).approved());
        assertEquals("Die Sitzung endet um fünf.", e.get(4).target(), "the context match wins over another exact one");
        assertEquals("final", e.get(4).state());
        assertEquals("translated", e.get(3).state(), "an exact match between other neighbours: translated, as before");
        String xml = Files.readString(xlf);
        assertTrue(xml.contains("state-qualifier=\"x-context-match\""), xml);

        Path xlf2 = dir.resolve("meeting2.xlf");
        PretranslateJob.Result r2 = new PretranslateJob(SEGMENTER).run(new PretranslateJob.Request(doc, xlf2, "en", "de",
                95, 3, null, "test", "2.0", false, false, SearchOptions.NONE), tm, Progress.NONE);
        assertEquals(4, r2.contextFilled());
        String x2 = Files.readString(xlf2);
        assertEquals(4, x2.split("state=\"final\"", -1).length - 1, x2);
    }
}
