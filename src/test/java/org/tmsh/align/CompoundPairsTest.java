package org.tmsh.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.ScratchHome;
import org.tmsh.segment.Segments;

/** Compounds the dictionary lacks meet the translations of their parts, once, and give lexical evidence. */
class CompoundPairsTest {

    @RegisterExtension
    final ScratchHome home = new ScratchHome();

    @TempDir
    Path dir;

    private static final WordForms DE = WordForms.of("de");
    private static final WordForms FR = WordForms.of("fr");

    private static final List<String> GERMAN = List.of("Der Friedensvertrag wurde gestern unterzeichnet.",
            "Das Gipfeltreffen beginnt morgen.", "Ein Hund bellt laut.", "Die Katze schläft.", "Wir essen Brot.");
    private static final List<String> FRENCH = List.of("Le traité de paix a été signé hier.",
            "Le sommet commence demain.", "Un chien aboie fort.", "Le chat dort.", "Nous mangeons du pain.");

    private Path dictionary() throws IOException {
        Path dic = dir.resolve("de-fr.txt");
        Files.writeString(dic, """
                # a Ding file: German :: French
                Frieden {m} :: paix {f}
                Vertrag {m} :: traité {m}
                Gipfeltreffen {n} :: sommet {m}
                Treffen {n} :: rencontre {f}
                Hund {m} :: chien {m}
                """);
        return dic;
    }

    private Lexicon lexicon(boolean compounds) throws IOException {
        return new Vocabulary(dictionary(), false, false).withCompounds(compounds).lexicon("de", "fr",
                List.of(Segments.presegmented(GERMAN, "de")), List.of(Segments.presegmented(FRENCH, "fr")));
    }

    @Test
    void aCompoundTheDictionaryLacksPairsWithItsPartsTranslationsAndAListedOneKeepsItsOwn() throws IOException {
        Lexicon with = lexicon(true);
        assertEquals(Set.of(FR.form("traité"), FR.form("paix")), with.translations(DE.form("Friedensvertrag")));
        // Gipfeltreffen is a headword: its own translation, not those of Treffen ("rencontre")
        assertEquals(Set.of(FR.form("sommet")), with.translations(DE.form("Gipfeltreffen")));
        assertEquals(Set.of(), lexicon(false).translations(DE.form("Friedensvertrag")));
        assertEquals(lexicon(false).size() + 2, with.size(), "the compound's two pairs, nothing else");
    }

    @Test
    void aCompoundOfTheTargetLanguagePairsWithTheSourceWordsThatTranslateItsParts() throws IOException {
        Path dic = dir.resolve("fr-de.txt");
        Files.writeString(dic, "paix {f} :: Frieden {m}\ntraité {m} :: Vertrag {m}\nchien {m} :: Hund {m}\n");
        Lexicon lex = new Vocabulary(dic, false, false).withCompounds(true).lexicon("fr", "de",
                List.of(Segments.presegmented(FRENCH, "fr")), List.of(Segments.presegmented(GERMAN, "de")));
        assertEquals(Set.of(DE.form("Friedensvertrag")), lex.translations(FR.form("paix")));
        assertEquals(Set.of(DE.form("Friedensvertrag")), lex.translations(FR.form("traité")));
        assertEquals(Set.of(DE.form("Hund")), lex.translations(FR.form("chien")));
        assertEquals(3, lex.size());
    }

    @Test
    void theCompoundGivesLexicalEvidenceForItsLinkThatItLacksWithoutSplitting() throws IOException {
        List<String> de = List.of(GERMAN.get(0), GERMAN.get(3), GERMAN.get(4));
        List<String> fr = List.of(FRENCH.get(0), FRENCH.get(3), FRENCH.get(4));
        List<List<String>> src = de.stream().map(DE::forms).toList();
        List<List<String>> tgt = fr.stream().map(FR::forms).toList();
        assertNull(LexicalEvidence.of(src, tgt, lexicon(false), 0.5, 0.5), "no pair of the lexicon occurs");
        Problem p = LexicalCostTest.problem(de.size(), fr.size());
        p.lexical = LexicalEvidence.of(src, tgt, lexicon(true), 0.5, 0.5);
        LexicalCost c = new LexicalCost(1.0);
        c.prepare(p);
        double right = c.cost(p, 0, 1, 0, 1);
        double wrong = c.cost(p, 0, 1, 1, 1);
        assertTrue(right < 0, "the compound meets its parts' translations in its link: " + right);
        assertTrue(wrong > 0, "and misses them elsewhere: " + wrong);
        // counted once, though "traité" and "paix" are both there: the compound is one word of its segment
        assertEquals(1, p.lexical.srcOwn[0].length, "the compound, once");
        assertEquals(1, p.lexical.tgtFrom[0].length, "its translations in the link meet it once");
        assertEquals(2, p.lexical.tgtOwn[0].length, "the French side has two words the compound translates");
        // the head's translation alone is enough
        Problem half = LexicalCostTest.problem(de.size(), fr.size());
        List<List<String>> onlyTraite = List.of(FR.forms("Le traité a été signé hier."), tgt.get(1), tgt.get(2));
        half.lexical = LexicalEvidence.of(src, onlyTraite, lexicon(true), 0.5, 0.5);
        LexicalCost h = new LexicalCost(1.0);
        h.prepare(half);
        assertTrue(h.cost(half, 0, 1, 0, 1) < 0, "met through the head alone: " + h.cost(half, 0, 1, 0, 1));
    }
}
