package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.Progress;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.segment.SrxSegmenter;

/**
 * Pre-translation never fills a target with a number or date the sentence does not have, and a
 * target made from a plain match carries the sentence's codes where their words went, never as
 * empty pairs; a code placed by guess sends the target to review with a note naming it.
 */
class PretranslateValuesAndCodesTest {

    @TempDir
    Path dir;
    private TmLibrary library;
    private TranslationMemory tm;
    private final SrxSegmenter segmenter = SrxSegmenter.withDefaultRules();

    @BeforeEach
    void memory() {
        library = new TmLibrary(dir.resolve("tm"));
        tm = library.openOrCreate("news");
        tm.add(List.of(
                unit("u1", "Die Gespräche fanden am 1. November in Moskau statt, sagte der Sprecher.",
                        "The talks took place in Moscow on November 1, the spokesman said."),
                unit("u2", "Der Preis der Karten stieg im Frühjahr um 1.200 Euro.",
                        "The price of the tickets rose by 1,200 euros in spring."),
                unit("u3", "Bitte warten Sie hier auf den nächsten Bus.", "Please wait here for the next bus.")),
                "de", "test");
    }

    private static TmxUnit unit(String id, String de, String en) {
        return TmxUnit.pair(id, "de", de, "en", en, Map.of(), "20261201T000000Z");
    }

    @AfterEach
    void close() {
        library.close();
    }

    private String pretranslate(String name, String text, int fill) throws Exception {
        Path doc = Files.writeString(dir.resolve(name), text);
        Path xlf = dir.resolve(name + ".xlf");
        new PretranslateJob(segmenter).run(new PretranslateJob.Request(doc, xlf, "de", "en", fill, 3, null, "test"), tm,
                Progress.NONE);
        return Files.readString(xlf);
    }

    @Test
    void aFuzzyMatchWithAnotherDateIsNeverFilledAndSaysWhy() throws Exception {
        // another word changed too: no repair; the match is 90% or more, above any --fill
        String xml = pretranslate("talks.de.txt", "Die Gespräche fanden am 3. November in Moskau statt, sagte die Sprecherin.\n", 50);
        assertFalse(xml.contains("<target xml:lang=\"en\" state="), "not pre-filled: " + xml);
        assertTrue(xml.contains("<alt-trans"), "the match is still offered: " + xml);
        assertTrue(xml.contains("<note from=\"tmsh-numbers\">not filled: the ") && xml.contains(
                "the sentence has 3. November (--11-03), the match 1. November (--11-01)"), xml);
    }

    @Test
    void aFuzzyMatchWithAnotherNumberIsNeverFilled() throws Exception {
        String xml = pretranslate("price.de.txt", "Der Preis der Karten stieg im Herbst um 1.500 Euro.\n", 50);
        assertFalse(xml.contains("<target xml:lang=\"en\" state="), xml);
        assertTrue(xml.contains("the sentence has 1.500 (1500), the match 1.200 (1200)"), xml);
    }

    @Test
    void aFuzzyMatchWithTheSameValuesIsFilledAsBefore() throws Exception {
        String xml = pretranslate("talks.de.txt", "Die Gespräche fanden am 1. November in Moskau statt, sagte die Sprecherin.\n", 50);
        assertTrue(xml.contains("state-qualifier=\"fuzzy-match\">The talks took place in Moscow on November 1"), xml);
        assertFalse(xml.contains("tmsh-numbers"), xml);
    }

    @Test
    void aNumberOnlyDifferenceIsRepairedAsTheTargetWritesNumbers() throws Exception {
        String xml = pretranslate("price.de.txt", "Der Preis der Karten stieg im Frühjahr um 1.500 Euro.\n", 95);
        assertTrue(xml.contains("state-qualifier=\"leveraged-tm\">The price of the tickets rose by 1,500 euros in spring.</target>"),
                xml);
    }

    @Test
    void aCodedSentenceIsRepairedAndItsCodesSitOnTheirWords() throws Exception {
        String xml = pretranslate("talks.de.html", "<html><body><p>Die Gespräche fanden am <b>3. November</b> in "
                + "<i>Moskau</i> statt, sagte der Sprecher.</p></body></html>", 95);
        // the date by its value, "Moskau" by the installed dictionary's pair Moskau - Moscow
        assertTrue(xml.contains("state-qualifier=\"leveraged-tm\">The talks took place in <g id=\"2\">Moscow</g> on "
                + "<g id=\"1\">November 3</g>,"), xml);
        assertNoEmptyPairs(xml);
    }

    @Test
    void aCodePlacedByGuessSendsTheTargetToReviewWithANote() throws Exception {
        String xml = pretranslate("bus.de.html", "<html><body><p><b>Bitte</b> warten Sie hier auf den nächsten Bus."
                + "</p></body></html>", 95);
        assertTrue(xml.contains("state=\"needs-review-translation\""), xml);
        assertTrue(xml.contains("<g id=\"1\">Please</g> wait here for the next bus."), xml);
        assertTrue(xml.contains("<note from=\"tmsh-codes\">inline codes placed by guess, check them: ⟨1⟩ around 'Bitte'"),
                xml);
        assertNoEmptyPairs(xml);
    }

    @Test
    void aTargetWithReorderedCodesComesBackReorderedFromTheMemory() throws Exception {
        String html = "<html><body><p><b>Lawrow</b> traf <a href=\"https://example.org/choe\">Choe</a> in Moskau.</p>"
                + "<p>Danach reiste <i>Choe</i> mit <b>Lawrow</b> und <a href=\"https://example.org/m\">Schoigu</a> ab.</p>"
                + "</body></html>";
        String xml = pretranslate("visit.de.html", html, 95);
        Path xlf = dir.resolve("visit.de.html.xlf");
        // the translator moves the codes: the link to the first word, the bold to the second name
        xml = xml.replaceFirst("(<source[^>]*><g id=\"1\">Lawrow</g> traf <g id=\"2\">Choe</g> in Moskau.</source>)",
                "$1<target xml:lang=\"en\" state=\"translated\"><g id=\"2\">Choe</g> met <g id=\"1\">Lavrov</g> in Moscow.</target>");
        xml = xml.replaceFirst("(<source[^>]*>Danach reiste <g id=\"1\">Choe</g> mit <g id=\"2\">Lawrow</g> und "
                        + "<g id=\"3\">Schoigu</g> ab.</source>)",
                "$1<target xml:lang=\"en\" state=\"translated\">Then <g id=\"3\">Shoigu</g> and <g id=\"2\">Lavrov</g> left "
                        + "with <g id=\"1\">Choe</g>.</target>");
        assertEquals(2, xml.split("state=\"translated\"").length - 1, "both targets set by hand: " + xml);
        Files.writeString(xlf, xml);
        TranslationMemory fresh = library.openOrCreate("fresh");
        new MergeJob(segmenter).run(xlf, dir.resolve("visit.en.html"), fresh, "test");
        assertTrue(Files.readString(dir.resolve("visit.en.html")).contains(
                "<a href=\"https://example.org/choe\">Choe</a> met <b>Lavrov</b> in Moscow."));
        Path again = dir.resolve("again.xlf");
        new PretranslateJob(segmenter).run(new PretranslateJob.Request(dir.resolve("visit.de.html"), again, "de", "en", 95, 3,
                null, "test"), fresh, Progress.NONE);
        String next = Files.readString(again);
        // the same document again: each sentence between the same neighbours, a context match (101%)
        assertTrue(next.contains("state-qualifier=\"x-context-match\"><g id=\"2\">Choe</g> met <g id=\"1\">Lavrov</g> in Moscow."
                + "</target>"), next);
        assertTrue(next.contains("state-qualifier=\"x-context-match\">Then <g id=\"3\">Shoigu</g> and <g id=\"2\">Lavrov</g> "
                + "left with <g id=\"1\">Choe</g>.</target>"), next);
    }

    private static void assertNoEmptyPairs(String xml) {
        Matcher m = Pattern.compile("<g id=\"\\d+\"[^>]*>\\s*</g>|<g id=\"\\d+\"[^>]*/>").matcher(xml);
        assertFalse(m.find(), "empty pair " + (m.hitEnd() ? "" : m.group()) + " in " + xml);
        assertEquals(-1, xml.indexOf("<bpt"), "codes as g elements, paired: " + xml);
    }
}
