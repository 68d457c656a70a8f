package org.tmsh.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.tmsh.segment.Segments;

/** The self-learned pass: word pairs from confident links, and the aligner that learns them. */
class CooccurrenceLearnerTest {

    private static Link link(int s, int t, double confidence) {
        return new Link(new int[] {s}, new int[] {t}, 0, confidence);
    }

    @Test
    void wordsThatKeepMeetingInConfidentLinksArePaired() {
        List<List<String>> src = List.of(List.of("berg", "hoch"), List.of("berg", "steil"), List.of("tal", "tief"),
                List.of("berg", "tal"), List.of("nebel", "dicht"));
        List<List<String>> tgt = List.of(List.of("montagn", "haut"), List.of("montagn", "raid"),
                List.of("vallé", "profond"), List.of("montagn", "vallé"), List.of("brouillard", "épais"));
        CooccurrenceLearner l = new CooccurrenceLearner(2, 0.3);
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            links.add(link(i, i, 0.9));
        }
        links.add(link(4, 4, 0.2));
        l.add(links, src, tgt, 0.7);
        Lexicon lex = l.lexicon();
        assertTrue(lex.has("berg", "montagn"));
        assertTrue(lex.has("tal", "vallé"));
        assertFalse(lex.has("berg", "vallé"), "once together is chance");
        assertFalse(lex.has("nebel", "brouillard"), "an unconfident link teaches nothing");
        assertFalse(lex.has("hoch", "haut"), "a pair met once is not learned");
    }

    @Test
    void nothingLearnedFromNoLinks() {
        CooccurrenceLearner l = new CooccurrenceLearner(2, 0.3);
        l.add(List.of(), List.of(), List.of(), 0.7);
        assertTrue(l.lexicon().isEmpty());
    }

    @Test
    void learningAlignsARandomParallelTextAsWellAsWithout() {
        Random r = new Random(12);
        String[] de = {"Berg", "Hütte", "Gipfel", "Gletscher", "Wand", "Seil", "Nebel", "Schnee", "Weg", "Grat"};
        String[] fr = {"montagne", "cabane", "sommet", "glacier", "paroi", "corde", "brouillard", "neige", "chemin",
            "arête"};
        List<String> s = new ArrayList<>();
        List<String> t = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            StringBuilder a = new StringBuilder();
            StringBuilder b = new StringBuilder();
            int words = 3 + r.nextInt(8);
            for (int k = 0; k < words; k++) {
                int w = r.nextInt(de.length);
                a.append(de[w]).append(' ');
                b.append(fr[w]).append(' ');
            }
            s.add(a.toString().trim() + ".");
            t.add(b.toString().trim() + ".");
            if (i % 17 == 5) {
                t.add("Remarque de la rédaction sans équivalent.");
            }
        }
        Aligner learning = Aligner.standard().withLearning(true);
        Alignment learned = learning.align(Segments.presegmented(s, "de"), Segments.presegmented(t, "fr"));
        AlignerTest.assertCovers(learned.links(), s.size(), t.size());
        long right = learned.links().stream().filter(l -> l.source().length == 1 && l.target().length == 1
                && t.indexOf(t.get(l.target()[0])) == l.target()[0]
                && l.target()[0] - l.source()[0] == (int) t.subList(0, l.target()[0]).stream()
                        .filter(x -> x.startsWith("Remarque")).count()).count();
        assertEquals(s.size(), right, learned.links().toString());
    }
}
