package org.tmsh.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.tmsh.TestFiles;

/** Runs every example of boilerplate.examples, and checks the repeated-line rule. */
class BoilerplateExamplesTest {

    private final Boilerplate bp = Boilerplate.standard();

    @TestFactory
    Stream<DynamicTest> everyExampleIsClassifiedAsWritten() throws Exception {
        return TestFiles.examples("/tmsh/aligning/boilerplate.examples",
                c -> assertEquals(c[2].equals("yes"), bp.matches(c[1], c[0]), c[0] + ": " + c[1]));
    }

    @Test
    void nearbyRepeatedTeaserIsBoilerplateButRepeatedSentenceIsNot() {
        List<String> segs = List.of("Pyongyang, December 5 (KCNA) -- A spokesperson gave the",
                "It rained.", "Pyongyang, December 5 (KCNA) -- A spokesperson gave the", "It rained.");
        assertArrayEquals(new boolean[] {true, false, true, false}, bp.flags(segs, "en"));
    }

    @Test
    void farRepeatIsNotBoilerplate() {
        List<String> segs = new java.util.ArrayList<>();
        segs.add("Chapter one");
        for (int i = 0; i < Boilerplate.REPEAT_WINDOW + 1; i++) {
            segs.add("Sentence number " + i + " of the text.");
        }
        segs.add("Chapter one");
        boolean[] flags = bp.flags(segs, "en");
        assertEquals(false, flags[0]);
        assertEquals(false, flags[flags.length - 1]);
    }

    @Test
    void aShortLineOnTwoPagesOfAFolderIsTheSitesButARecurringSentenceIsNot() {
        List<List<String>> pages = List.of(
                List.of("Anmelden", "Wahl in Sachsen", "Die Partei gewann die Wahl.", "Alle Angaben ohne Gewähr."),
                List.of("Anmelden", "Streik bei der Bahn", "Die Züge standen still.", "Alle Angaben ohne Gewähr."),
                List.of("Suche", "Neue Regierung", "Der Kanzler wurde gewählt."));
        java.util.Set<String> site = Boilerplate.siteLines(pages);
        assertEquals(java.util.Set.of("Anmelden"), site);
        assertEquals(true, Boilerplate.isSiteLine(site, " Anmelden "));
        assertEquals(false, Boilerplate.isSiteLine(site, "Suche"));
        assertEquals(java.util.Set.of(), Boilerplate.siteLines(List.of(pages.get(0))), "one page has no site lines");
        assertEquals(java.util.Set.of(), Boilerplate.siteLines(List.of()));
    }

    @Test
    void shortLinesAboveTheHeadlineAndBelowTheArticleAreFurnitureTheHeadlineIsNot() {
        List<String> page = List.of("Suche", "Anmelden", "Streik legt den Bahnverkehr lahm", "Foto: dpa",
                "Von Anna Weber", "Die Züge der Bahn standen am Montag in ganz Deutschland still.",
                "Der Streik soll bis Mittwoch dauern, sagte ein Sprecher.", "Impressum", "Kontakt");
        boolean[] furniture = new boolean[page.size()];
        for (int i = 0; i < page.size(); i++) {
            furniture[i] = bp.matches(page.get(i), "de");
        }
        assertEquals(2, Boilerplate.headline(page, furniture));
        assertArrayEquals(new boolean[] {true, true, false, true, false, false, false, true, true},
                Boilerplate.edges(page, furniture));
    }

    @Test
    void aDocumentWithoutRunningTextHasNoEdgesNorHeadline() {
        List<String> lines = List.of("Politik", "Kultur", "Sport");
        assertArrayEquals(new boolean[3], Boilerplate.edges(lines, new boolean[3]));
        assertEquals(-1, Boilerplate.headline(lines, new boolean[3]));
        assertArrayEquals(new boolean[0], Boilerplate.edges(List.of(), new boolean[0]));
    }

    @Test
    void aBreadcrumbIsAMenuLineItsSeparatorsAreNoWords() {
        List<String> segs = List.of("Startseite › Politik › Ausland", "Inland / Gesellschaft", "Home / Business / Markets");
        assertArrayEquals(new boolean[] {true, true, true}, Boilerplate.menus(segs));
    }
}
