package org.tmsh.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.tmsh.TestFiles;
import org.tmsh.bench.GoldLinks;
import org.tmsh.segment.Segments;

/** Hand cases, the toy gold file, empty and random input for {@link Aligner}. */
class AlignerTest {

    private final Aligner aligner = Aligner.standard();

    /** Every source and target id appears exactly once, in increasing order. */
    static void assertCovers(List<Link> links, int n, int m) {
        int i = 0;
        int j = 0;
        for (Link l : links) {
            for (int s : l.source()) {
                assertEquals(i++, s, "source ids in order: " + links);
            }
            for (int t : l.target()) {
                assertEquals(j++, t, "target ids in order: " + links);
            }
        }
        assertEquals(n, i);
        assertEquals(m, j);
    }

    /**
     * Every source and target id appears exactly once, the source in increasing order; the target
     * may be out of order where a link crosses others ({@link CrossingLinks}).
     */
    static void assertCoversOnce(List<Link> links, int n, int m) {
        boolean[] seen = new boolean[m];
        int i = 0;
        for (Link l : links) {
            for (int s : l.source()) {
                assertEquals(i++, s, "source ids in order: " + links);
            }
            for (int t : l.target()) {
                assertTrue(t < m && !seen[t], "target " + t + " once: " + links);
                seen[t] = true;
            }
        }
        assertEquals(n, i);
        for (int t = 0; t < m; t++) {
            assertTrue(seen[t], "target " + t + " in a link: " + links);
        }
    }

    private Alignment align(List<String> s, String sl, List<String> t, String tl) {
        return aligner.align(Segments.presegmented(s, sl), Segments.presegmented(t, tl));
    }

    @Test
    void unmatchedSentenceDoesNotMakeTheRestDrift() {
        List<String> de = List.of("Am 3. Mai traf Lawrow in Moskau ein.", "Das Wetter war schön und warm an diesem Tag.",
                "Er sprach mit Putin über 12 Verträge.", "Die Gespräche dauerten bis 22 Uhr.");
        List<String> en = List.of("On 3 May Lavrov arrived in Moscow.", "He spoke with Putin about 12 treaties.",
                "The talks lasted until 22:00.");
        Alignment a = align(de, "de", en, "en");
        List<String> links = a.links().stream().map(Link::format).toList();
        // NOTE: the short unmatched sentence [1] may merge into a neighbour ([1, 2]:[1]) instead
        // of standing alone; what must not happen is drift: the pairs after it stay right.
        assertEquals("[0]:[0]", links.get(0));
        assertEquals("[3]:[2]", links.get(links.size() - 1));
        assertTrue(links.contains("[2]:[1]") || links.contains("[1, 2]:[1]"), links.toString());
    }

    @Test
    void toyGoldIsReproducedExceptWhereLengthsMislead() throws Exception {
        Path toy = TestFiles.GOLD.resolve("toy-de-en");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(toy), "shared gold data not present");
        Alignment a = align(Files.readAllLines(toy.resolve("de.txt")), "de", Files.readAllLines(toy.resolve("en.txt")), "en");
        GoldLinks.Counts c = new GoldLinks.Counts();
        c.add(a.links().stream().map(l -> new GoldLinks.L(l.source(), l.target())).toList(),
                GoldLinks.read(toy.resolve("gold.deen"), false));
        assertTrue(c.lax()[2] >= 0.99, "lax F1 " + c.lax()[2]);
        assertTrue(c.strict()[2] >= 0.8, "strict F1 " + c.strict()[2]);
    }

    @Test
    void listItemsThatLookLikeFurnitureOnBothSidesAlignWithEachOther() {
        List<String> de = List.of("Bis heute wurden diese Gipfel bestiegen:", "1. 1950 :",
                "Annapurna, 8078 m, Leiter der Expedition Herzog.", "2. 1953 :", "Mount Everest, 8848 m, Leiter Hunt.");
        List<String> fr = List.of("Ont été gravis jusqu'à ce jour :", "1. 1950 :",
                "Annapurna, 8078 m. Chef de l'expédition Herzog.", "2. 1953 :", "Mount Everest, 8848 m. Chef Hunt.");
        Alignment a = align(de, "de", fr, "fr");
        List<String> links = a.links().stream().map(Link::format).toList();
        assertTrue(links.contains("[1]:[1]") && links.contains("[3]:[3]"), links.toString());
    }

    @Test
    void emptySidesGiveOnlyNullLinks() {
        assertEquals(List.of(), align(List.of(), "de", List.of(), "en").links());
        Alignment a = align(List.of("Ein Satz."), "de", List.of(), "en");
        assertEquals("[[0]:[]]", a.links().toString());
    }

    @Test
    void randomInputIsCoveredExactlyOnce() {
        Random r = new Random(42);
        for (int round = 0; round < 20; round++) {
            List<String> s = randomSentences(r, r.nextInt(40));
            List<String> t = randomSentences(r, r.nextInt(40));
            Alignment a = align(s, "de", t, "en");
            // random sentences of one small vocabulary: a run left out in order may be linked across
            assertCoversOnce(a.links(), s.size(), t.size());
            for (Link l : a.links()) {
                assertTrue(l.confidence() >= 0 && l.confidence() <= 1);
            }
        }
    }

    @Test
    void bandedSearchAgreesWithFullSearchOnALongDocument() {
        List<String> s = randomSentences(new Random(7), 700);
        List<String> t = new ArrayList<>(s);
        t.remove(350);
        Alignment a = align(s, "de", t, "de");
        assertCovers(a.links(), s.size(), t.size());
        long exact = onDiagonal(a, 350);
        assertTrue(exact >= 690, "1-1 links on the right diagonal: " + exact);
    }

    /** The 1-1 links that pair target j with source j plus the number of {@code removed} (target ids) at or before j. */
    private static long onDiagonal(Alignment a, int... removed) {
        return a.links().stream().filter(l -> {
            if (!l.type().equals("1-1")) {
                return false;
            }
            int target = l.target()[0];
            int source = target;
            for (int x : removed) {
                if (target >= x) {
                    source++;
                }
            }
            return l.source()[0] == source;
        }).count();
    }

    @Test
    void aLongSecondPassSearchedInTwoHalvesJoinsThemIntoOnePathOnTheDiagonal() {
        // over 2,000 segments a side, the second (lexical) pass runs in two halves on two threads
        List<String> s = randomSentences(new Random(11), 2_600);
        List<String> t = new ArrayList<>(s);
        t.remove(2_000);
        t.remove(500);
        Alignment a = aligner.withLearning(true).align(Segments.presegmented(s, "de"), Segments.presegmented(t, "de"));
        assertCovers(a.links(), s.size(), t.size());
        // source 500 and source 2,000 were removed: target ids from 500 and from 1,999 on shift
        long exact = onDiagonal(a, 500, 1_999);
        assertTrue(exact >= 2_590, "1-1 links on the right diagonal: " + exact);
        assertTrue(a.vocabulary().secondPass() > 0, "the second pass had learned pairs: " + a.vocabulary());
    }

    static List<String> randomSentences(Random r, int n) {
        String[] words = {"Lawrow", "Moskau", "sprach", "über", "Verträge", "die", "der", "Regierung", "2024", "Putin",
                "Außenminister", "Gipfel", "Pjöngjang", "Choe", "Dialog", "17", "Wirtschaft", "und"};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            int len = 3 + r.nextInt(20);
            for (int k = 0; k < len; k++) {
                sb.append(words[r.nextInt(words.length)]).append(' ');
            }
            out.add(sb.toString().strip() + " " + i + ".");
        }
        return out;
    }
}
