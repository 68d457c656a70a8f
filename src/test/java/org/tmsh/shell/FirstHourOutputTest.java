package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tmsh.ScratchHome;
import org.tmsh.jobs.MergeJob;

/**
 * What the first hour's commands show a translator: a concordance hit in context on both sides, each unit once;
 * the segments a merge kept in the source language by their number and text, not only the XLIFF's ids.
 */
class FirstHourOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final ScratchHome home = new ScratchHome();

    @Test
    void concordanceShowsTheOtherSideAroundItsSpellingOfTheNameAndEachUnitOnce() throws Exception {
        assertEquals(0, CliTest.run("tm", "import", "tmx/seeds-000-004.de-en.tmx", "--tm", "news").code());
        assertEquals(0, CliTest.run("term", "import", "glossaries/seeds.tbx").code());
        CliTest.Run r = CliTest.run("tm", "concordance", "Lavrov", "--tm", "news", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode hits = JSON.readTree(r.out());
        assertTrue(hits.size() >= 2, hits.toString());
        Set<String> units = new HashSet<>();
        int around = 0;
        for (JsonNode h : hits) {
            assertTrue(units.add(h.get("id").asText()), "a unit found on both sides is one hit: " + hits);
            if (!h.get("otherMatch").isNull()) {
                around++;
                String other = h.get("otherText").asText();
                assertEquals(h.get("otherMatch").asText(),
                        other.substring(h.get("otherStart").asInt(), h.get("otherEnd").asInt()));
                assertTrue(h.get("otherMatch").asText().endsWith("Lawrow"), h.toString());
            }
        }
        assertTrue(around >= 2, "the German side of units found by Lavrov shows Lawrow: " + hits);

        // in the shell's text, the other side's spelling is in the line, not the side's first words
        CliTest.Run text = CliTest.run("tm", "concordance", "Lavrov", "--tm", "news");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith("de ") && l.contains("Lawrow]")), text.out());
    }

    @Test
    void kwicPutsTheMatchInTheMiddleAndCutsTheContext() {
        String t = "Against this backdrop, a strategic dialogue between Choe Son Hui and Sergei Lavrov took place in Moscow.";
        int at = t.indexOf("Lavrov");
        String line = TmConcordanceCommand.kwic("en", t, at, at + 6, 20, 53);
        assertEquals("en   …Son Hui and Sergei [Lavrov] took place in Mosc…", line);
        assertEquals("de   " + " ".repeat(16) + "Die [Gespräche] gingen weiter.",
                TmConcordanceCommand.kwic("de", "Die Gespräche gingen weiter.", 4, 13, 20, 53));
        // a long match takes room from the context, so that the line still fits (80 columns wrapped it before)
        String other = "and Sergei Viktorovich Lavrov, foreign minister of the Russian Federation";
        String fitted = TmConcordanceCommand.kwic("en", other, 4, 29, 29, 60);
        assertEquals("en   " + " ".repeat(14) + "and [Sergei Viktorovich Lavrov], foreign…", fitted);
        assertEquals(60, fitted.length());
    }

    @Test
    void mergeListsTheSegmentsKeptInTheSourceByNumberAndText() {
        StringWriter sw = new StringWriter();
        Output out = new Output(new PrintWriter(sw, true), false);
        MergeCommand.keptInSource(List.of(new MergeJob.Kept(2, "2_0", "Indessen gab es am 2. November in Moskau einen"
                + " strategischen Dialog zwischen den Außenministern beider Länder."), new MergeJob.Kept(5, "5_0", "Kurz.")), out);
        String printed = sw.toString();
        assertTrue(printed.contains("segment") && printed.contains("unit id"), printed);
        assertTrue(printed.lines().anyMatch(l -> l.contains(" 2 ") && l.contains("Indessen gab es") && l.contains("2_0")),
                printed);
        assertTrue(printed.lines().anyMatch(l -> l.contains(" 5 ") && l.contains("Kurz.") && l.contains("5_0")), printed);
        assertFalse(printed.contains("Länder."), "a long source is cut: " + printed);

        StringWriter quiet = new StringWriter();
        MergeCommand.keptInSource(List.of(new MergeJob.Kept(1, "1_0", "x")), new Output(new PrintWriter(quiet, true), false, true));
        assertEquals("", quiet.toString(), "--quiet leaves the list out");
    }

    @Test
    void theStartOfASourceIsCutAfterAWord() {
        assertEquals("Kurz.", MergeCommand.start("Kurz.", 30));
        assertEquals("Am Abend besuchte die…", MergeCommand.start("Am Abend besuchte die Delegation das Theater.", 25));
        assertEquals("Donaudampfschifffahrtsgese…", MergeCommand.start("Donaudampfschifffahrtsgesellschaft", 27));
    }
}
