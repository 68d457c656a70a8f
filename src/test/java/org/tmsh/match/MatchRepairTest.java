package org.tmsh.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Match repair substitutes differing numbers and names in the target, and nothing it cannot map with certainty. */
class MatchRepairTest {

    /** Two concepts, by spelling: Putin and Lawrow, German and English. */
    private static final Map<String, String> CONCEPT = Map.of("W. W. Putin", "putin", "Putin", "putin",
            "Vladimir Putin", "putin", "Lawrow", "lavrov", "Lavrov", "lavrov", "Schoigu", "shoigu");
    private static final Map<String, String> ENGLISH = Map.of("putin", "Putin", "lavrov", "Lavrov");

    private static final MatchRepair.Names NAMES = new MatchRepair.Names() {
        @Override
        public List<MatchRepair.Name> find(String text, String lang) {
            List<MatchRepair.Name> out = new ArrayList<>();
            for (String form : List.of("W. W. Putin", "Vladimir Putin", "Putin", "Lawrow", "Lavrov", "Schoigu")) {
                int at = text.indexOf(form);
                boolean english = form.equals("Vladimir Putin") || form.equals("Lavrov");
                boolean german = form.equals("W. W. Putin") || form.equals("Lawrow") || form.equals("Schoigu");
                boolean ok = lang.equals("en") ? !german : !english;
                while (at >= 0 && ok) {
                    int s = at;
                    if (out.stream().noneMatch(n -> s < n.end() && n.start() < s + form.length())) {
                        out.add(new MatchRepair.Name(at, at + form.length(), CONCEPT.get(form)));
                    }
                    at = text.indexOf(form, at + 1);
                }
            }
            out.sort(java.util.Comparator.comparingInt(MatchRepair.Name::start));
            return out;
        }

        @Override
        public String preferred(String concept, String lang) {
            return lang.equals("en") ? ENGLISH.get(concept) : null;
        }
    };

    private final MatchRepair repair = new MatchRepair(Tokenizer.standard(), NAMES);

    private Optional<MatchRepair.Repaired> run(String query, String source, String target) {
        return repair.repair(query, source, target, "de", "en");
    }

    @Test
    void nameAndDayAreSubstitutedInTheTarget() {
        MatchRepair.Repaired r = run("Lawrow traf am 3. Mai den Minister in Moskau.",
                "W. W. Putin traf am 1. Mai den Minister in Moskau.",
                "Putin met the minister in Moscow on 1 May.").orElseThrow();
        assertEquals("Lavrov met the minister in Moscow on 3 May.", r.target());
        assertEquals("[Putin -> Lavrov, 1 -> 3]", r.substitutions().toString());
    }

    @Test
    void numbersAloneNeedNoGlossary() {
        MatchRepair plain = new MatchRepair(Tokenizer.standard(), MatchRepair.Names.NONE);
        assertEquals("Talks took place on November 2.", plain.repair("Die Gespräche fanden am 2. November statt.",
                "Die Gespräche fanden am 1. November statt.", "Talks took place on November 1.", "de", "en")
                .orElseThrow().target());
    }

    @Test
    void aSentenceWithInlineCodesIsRepairedFromAUnitWithout() {
        MatchRepair plain = new MatchRepair(Tokenizer.standard(), MatchRepair.Names.NONE);
        assertEquals("Talks took place on November 3.", plain.repair("Die Gespräche fanden am ⟨1⟩3. November⟨/1⟩ statt.",
                "Die Gespräche fanden am 1. November statt.", "Talks took place on November 1.", "de", "en")
                .orElseThrow().target());
        assertEquals("⟨1⟩Talks⟨/1⟩ took place on November 3.", plain.repair("Die ⟨1⟩Gespräche⟨/1⟩ fanden am 3. November statt.",
                "Die ⟨1⟩Gespräche⟨/1⟩ fanden am 1. November statt.", "⟨1⟩Talks⟨/1⟩ took place on November 1.", "de", "en")
                .orElseThrow().target());
    }

    @Test
    void numbersAreFoundAndWrittenAsEachLanguageWritesThem() {
        MatchRepair plain = new MatchRepair(Tokenizer.standard(), MatchRepair.Names.NONE);
        MatchRepair.Repaired r = plain.repair("Der Preis stieg um 1.500 Euro.", "Der Preis stieg um 1.200 Euro.",
                "The price rose by 1,200 euros.", "de", "en").orElseThrow();
        assertEquals("The price rose by 1,500 euros.", r.target());
        assertEquals("[1,200 -> 1,500]", r.substitutions().toString());
        assertEquals("The track is 4.5 km long.", plain.repair("Die Strecke misst 4,5 km.", "Die Strecke misst 3,5 km.",
                "The track is 3.5 km long.", "de", "en").orElseThrow().target());
    }

    @Test
    void aRepairThatLeavesAnotherValueWrongIsNone() {
        MatchRepair plain = new MatchRepair(Tokenizer.standard(), MatchRepair.Names.NONE);
        assertTrue(plain.repair("Er kaufte 4 Äpfel für 10 Euro.", "Er kaufte 3 Äpfel für 10 Euro.",
                "He bought 3 apples for 12 euros.", "de", "en").isEmpty(), "the unit's own target says 12, not 10");
    }

    @Test
    void aChangedWordIsNotRepaired() {
        assertTrue(run("Lawrow traf am 3. Mai den Präsidenten in Moskau.", "Putin traf am 1. Mai den Minister in Moskau.",
                "Putin met the minister in Moscow on 1 May.").isEmpty());
    }

    @Test
    void anAddedOrDroppedWordIsNotRepaired() {
        assertTrue(run("Lawrow traf am 3. Mai in Moskau.", "Putin traf am 1. Mai den Minister in Moskau.",
                "Putin met the minister in Moscow on 1 May.").isEmpty());
    }

    @Test
    void aNumberTwiceInTheTargetIsAmbiguous() {
        assertTrue(run("Am 3. Mai kamen 1 Minister.", "Am 1. Mai kamen 1 Minister.", "On 1 May 1 minister came.").isEmpty());
        assertTrue(run("Am 3. Mai kam er.", "Am 1. Mai kam er.", "He came on 1 May, 1 day later.").isEmpty());
    }

    @Test
    void aNameWithoutATranslationOrMissingFromTheTargetIsNotRepaired() {
        assertTrue(run("Schoigu traf den Minister.", "Putin traf den Minister.", "Putin met the minister.").isEmpty(),
                "no English spelling of Schoigu");
        assertTrue(run("Lawrow traf den Minister.", "Putin traf den Minister.", "The president met the minister.").isEmpty(),
                "the target does not name Putin");
    }

    @Test
    void identicalOrEmptyTextsNeedNoRepair() {
        assertTrue(run("Putin traf den Minister.", "Putin traf den Minister.", "Putin met the minister.").isEmpty());
        assertTrue(run("", "", "").isEmpty());
    }

    @Test
    void randomTextsNeverThrowAndARepairAlwaysChangesTheTarget() {
        Random rnd = new Random(11);
        String[] words = {"Putin", "traf", "am", "1.", "2.", "Mai", "Lawrow", "in", "Moskau", "3", "."};
        for (int k = 0; k < 500; k++) {
            String a = sentence(rnd, words);
            String b = sentence(rnd, words);
            String target = b.replace("traf", "met").replace("Lawrow", "Lavrov");
            run(a, b, target).ifPresent(x -> {
                assertTrue(!x.substitutions().isEmpty());
                assertTrue(!x.target().equals(target), a + " / " + b);
            });
        }
    }

    private static String sentence(Random rnd, String[] words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = 1 + rnd.nextInt(8); i < n; i++) {
            sb.append(words[rnd.nextInt(words.length)]).append(' ');
        }
        return sb.toString().strip();
    }
}
