package org.tmsh.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.tmsh.TestFiles;
import org.tmsh.common.RuleFiles;
import org.tmsh.common.TmshException;

/** Runs every example of compounds.examples; the choice between splits; empty and random words. */
class CompoundSplitterTest {

    @TestFactory
    Stream<DynamicTest> everyExampleIsSplitAsWritten() throws Exception {
        return TestFiles.examples("/tmsh/aligning/compounds.examples", c -> {
            WordForms forms = WordForms.of(c[1]);
            Map<String, Integer> dictionary = new HashMap<>();
            for (String h : c[2].split(",")) {
                dictionary.put(forms.form(h), 1);
            }
            List<String> expected = c[3].equals("-") ? List.of()
                    : Arrays.stream(c[3].split(" ")).map(forms::form).toList();
            List<String> found = CompoundSplitter.of(c[1], forms).split(c[0], f -> dictionary.getOrDefault(f, 0));
            assertEquals(expected, found, c[1] + ": " + c[0] + " with headwords " + c[2]);
        });
    }

    @Test
    void ofTwoSplitsWithAsManyPartsTheOneOfCommonerPartsWins() {
        WordForms forms = WordForms.of("de");
        // "Staubecken": Stau + Becken, or Staub + Ecken; the dictionary's weights decide
        Map<String, Integer> weights = new HashMap<>(Map.of(forms.form("Stau"), 3, forms.form("Becken"), 3,
                forms.form("Staub"), 1, forms.form("Ecken"), 1));
        CompoundSplitter s = CompoundSplitter.of("de", forms);
        assertEquals(List.of(forms.form("Stau"), forms.form("Becken")),
                s.split("Staubecken", f -> weights.getOrDefault(f, 0)));
        weights.put(forms.form("Staub"), 10);
        assertEquals(List.of(forms.form("Staub"), forms.form("Ecken")),
                s.split("Staubecken", f -> weights.getOrDefault(f, 0)));
    }

    @Test
    void emptyAndRandomWordsGiveNoSplitOrOnlyHeadwords() {
        WordForms forms = WordForms.of("de");
        CompoundSplitter s = CompoundSplitter.of("de", forms);
        assertTrue(s.splits());
        assertFalse(CompoundSplitter.of("fr", WordForms.of("fr")).splits());
        assertEquals(List.of(), s.split("", f -> 1));
        Map<String, Integer> dictionary = new HashMap<>();
        for (String h : List.of("Berg", "Hütte", "Wand", "Gipfel", "Weg")) {
            dictionary.put(forms.form(h), 1);
        }
        Random r = new Random(12);
        String letters = "abeghilnorstuwäü";
        for (int k = 0; k < 2000; k++) {
            StringBuilder w = new StringBuilder();
            int n = 1 + r.nextInt(20);
            for (int i = 0; i < n; i++) {
                w.append(r.nextInt(4) == 0 ? List.of("berg", "hütte", "wand", "gipfel").get(r.nextInt(4))
                        : String.valueOf(letters.charAt(r.nextInt(letters.length()))));
            }
            List<String> parts = s.split(w.toString(), f -> dictionary.getOrDefault(f, 0));
            assertTrue(parts.isEmpty() || parts.size() >= 2, w + " -> " + parts);
            assertTrue(dictionary.keySet().containsAll(parts), w + " -> " + parts);
        }
    }

    @Test
    void aBadRuleIsRejectedNamingItsLine() {
        assertEquals(new CompoundSplitter.Rules(8, 3, List.of("s"), List.of(), false),
                CompoundSplitter.rules(List.of(row(4, "nl", "8", "3", "s", "-", "any"))).get("nl"));
        for (String[] bad : new String[][] {{"de", "x", "3", "s", "e", "any"}, {"de", "5", "3", "s", "e", "any"},
                {"de", "8", "3", "s-", "e", "any"}, {"de", "8", "3", "s", "e", "nouns"}}) {
            TmshException e = assertThrows(TmshException.class, () -> CompoundSplitter.rules(List.of(row(7, bad))));
            assertTrue(e.getMessage().startsWith(CompoundSplitter.TABLE + ": line 7: "), e.getMessage());
        }
    }

    private static RuleFiles.Row row(int line, String... columns) {
        return new RuleFiles.Row(line, List.of(columns));
    }
}
