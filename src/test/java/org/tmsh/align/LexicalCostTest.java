package org.tmsh.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.tmsh.bench.GoldLinks;
import org.tmsh.segment.Segments;

/** Hand cases of {@link LexicalCost}: a known pair rewards, merged spans, inflected forms; and its aligner. */
class LexicalCostTest {

    private static final List<String> FILLER_DE = List.of("Ein Hund bellt laut.", "Die Katze schläft.",
            "Wir essen Brot.", "Das Haus ist alt.");
    private static final List<String> FILLER_FR = List.of("Un chien aboie fort.", "Le chat dort.",
            "Nous mangeons du pain.", "La maison est vieille.");

    /** The lexical cost over German and French segments with the given lexicon (German word, French word ...). */
    private static LexicalCost cost(List<String> de, List<String> fr, String... pairs) {
        WordForms d = WordForms.of("de");
        WordForms f = WordForms.of("fr");
        Lexicon.Builder b = Lexicon.builder();
        for (int k = 0; k < pairs.length; k += 2) {
            b.add(d.form(pairs[k]), f.form(pairs[k + 1]));
        }
        Problem p = problem(de.size(), fr.size());
        p.lexical = LexicalEvidence.of(de.stream().map(d::forms).toList(), fr.stream().map(f::forms).toList(),
                b.build(), 0.5, 0.5);
        LexicalCost c = new LexicalCost(1.0);
        c.prepare(p);
        PROBLEM.set(p);
        return c;
    }

    private static final ThreadLocal<Problem> PROBLEM = new ThreadLocal<>();

    static Problem problem(int n, int m) {
        return new Problem(new int[n], new int[m], new int[n][0], new int[m][0], new boolean[n], new boolean[m],
                new int[n], new int[m], new Anchors(org.tmsh.names.SpellingKey.standard()));
    }

    private static List<String> with(List<String> head, List<String> filler) {
        List<String> out = new ArrayList<>(head);
        out.addAll(filler);
        return out;
    }

    @Test
    void aDictionaryPairRewardsTheLinkThatHoldsBothWords() {
        LexicalCost c = cost(with(List.of("Der Vertrag gilt.", "Die Sonne scheint."), FILLER_DE),
                with(List.of("Le traité vaut.", "Le soleil brille."), FILLER_FR), "Vertrag", "traité", "Sonne", "soleil");
        Problem p = PROBLEM.get();
        double right = c.cost(p, 0, 1, 0, 1);
        double wrong = c.cost(p, 0, 1, 1, 1);
        assertTrue(right < 0, "a met pair lowers the cost: " + right);
        assertTrue(wrong > 0, "a pair whose translation is elsewhere raises it: " + wrong);
        assertTrue(c.lowerBound(p, 0, 1, 0, 1) <= right);
        assertEquals(0, c.cost(p, 0, 1, 0, 0), "1-0 has no lexical cost");
        assertEquals(0, c.cost(p, 4, 1, 4, 1), 1e-9, "unknown words tell nothing");
    }

    @Test
    void aMergedSpanIsRewardedForBothSentencesItHolds() {
        LexicalCost c = cost(with(List.of("Der Vertrag gilt.", "Die Sonne scheint."), FILLER_DE),
                with(List.of("Le traité vaut et le soleil brille."), FILLER_FR), "Vertrag", "traité", "Sonne", "soleil");
        Problem p = PROBLEM.get();
        double merged = c.cost(p, 0, 2, 0, 1);
        double oneToOne = c.cost(p, 0, 1, 0, 1);
        assertTrue(merged < oneToOne, "2-1 " + merged + " is cheaper than 1-1 " + oneToOne
                + ", whose target holds an unmet word");
    }

    @Test
    void anInflectedFormMeetsItsDictionaryHeadword() {
        LexicalCost c = cost(with(List.of("Die Verträge gelten."), FILLER_DE),
                with(List.of("Les traités valent."), FILLER_FR), "Vertrag", "traité");
        Problem p = PROBLEM.get();
        assertTrue(c.cost(p, 0, 1, 0, 1) < 0, "Verträge/traités meet through Vertrag/traité");
    }

    @Test
    void noLexiconMeansNoEvidenceAndNoCost() {
        LexicalCost c = cost(FILLER_DE, FILLER_FR);
        Problem p = PROBLEM.get();
        assertNull(p.lexical);
        assertEquals(0, c.cost(p, 0, 1, 0, 1));
    }

    @Test
    void theInstalledDictionaryAlignsTheToysMergeAndSplit() throws Exception {
        Assumptions.assumeTrue(!Dictionaries.installedFiles("de", "en").isEmpty(), "no de-en dictionary installed");
        Path toy = Path.of("../shared/align-gold/toy-de-en");
        Assumptions.assumeTrue(Files.isDirectory(toy), "no toy gold");
        List<String> de = GoldLinks.sentences(toy.resolve("de.txt"), false);
        List<String> en = GoldLinks.sentences(toy.resolve("en.txt"), false);
        List<GoldLinks.L> gold = GoldLinks.read(toy.resolve("gold.deen"), false);
        WordForms d = WordForms.of("de");
        WordForms e = WordForms.of("en");
        java.util.Set<String> dv = new java.util.HashSet<>();
        de.forEach(s -> dv.addAll(d.forms(s)));
        java.util.Set<String> ev = new java.util.HashSet<>();
        en.forEach(s -> ev.addAll(e.forms(s)));
        Lexicon lex = new Dictionaries(d, e, dv::contains, ev::contains).installed("de", "en");
        Alignment a = Aligner.standard().withLexicon(lex).align(Segments.presegmented(de, "de"),
                Segments.presegmented(en, "en"));
        GoldLinks.Counts withDict = new GoldLinks.Counts();
        withDict.add(a.links().stream().map(l -> new GoldLinks.L(l.source(), l.target())).toList(), gold);
        Alignment plain = Aligner.standard().align(Segments.presegmented(de, "de"), Segments.presegmented(en, "en"));
        GoldLinks.Counts without = new GoldLinks.Counts();
        without.add(plain.links().stream().map(l -> new GoldLinks.L(l.source(), l.target())).toList(), gold);
        assertTrue(withDict.strict()[2] >= without.strict()[2], withDict.strict()[2] + " < " + without.strict()[2]);
        assertEquals(1.0, withDict.strict()[2], 1e-9, a.links().toString());
    }
}
