package org.tmsh.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

import org.tmsh.common.Markers;

/** Codes of a new sentence go where their words went in a target made from a match. */
class CodePlacementTest {

    /** One concept: Lawrow (German) = Lavrov (English). */
    private static final MatchRepair.Names LAVROV = new MatchRepair.Names() {
        @Override
        public List<MatchRepair.Name> find(String text, String lang) {
            String form = lang.equals("de") ? "Lawrow" : "Lavrov";
            int at = text.indexOf(form);
            return at < 0 ? List.of() : List.of(new MatchRepair.Name(at, at + form.length(), "lavrov"));
        }

        @Override
        public String preferred(String concept, String lang) {
            return null;
        }
    };

    private final CodePlacement plain = new CodePlacement(new WordLinks(Tokenizer.standard(), MatchRepair.Names.NONE,
            WordLinks.WordPairs.NONE));
    private final CodePlacement withNames = new CodePlacement(new WordLinks(Tokenizer.standard(), LAVROV,
            WordLinks.WordPairs.NONE));

    @Test
    void aMatchWithTheSameCodesKeepsTheTargetsCodesByIdentity() {
        CodePlacement.Placed p = plain.place("Er traf ⟨1⟩Lawrow⟨/1⟩ in ⟨2⟩Moskau⟨/2⟩.", "Er traf ⟨1⟩Lawrow⟨/1⟩ in ⟨2⟩Moskau⟨/2⟩ gestern.",
                "In ⟨2⟩Moscow⟨/2⟩ he met ⟨1⟩Lavrov⟨/1⟩ yesterday.", "de", "en");
        assertEquals("In ⟨2⟩Moscow⟨/2⟩ he met ⟨1⟩Lavrov⟨/1⟩ yesterday.", p.target());
        assertTrue(p.guessed().isEmpty());
    }

    @Test
    void pairedCodesGoAroundTheSameWordsNamesAndDates() {
        CodePlacement.Placed p = withNames.place("Am ⟨1⟩2. November⟨/1⟩ trafen sich ⟨2⟩Choe Son Hui⟨/2⟩ und ⟨3⟩Lawrow⟨/3⟩.",
                "Am 1. November trafen sich Choe Son Hui und Lawrow.",
                "On November 2, Choe Son Hui and Lavrov met.", "de", "en");
        assertEquals("On ⟨1⟩November 2⟨/1⟩, ⟨2⟩Choe Son Hui⟨/2⟩ and ⟨3⟩Lavrov⟨/3⟩ met.", p.target());
        assertTrue(p.guessed().isEmpty(), p.guessed().toString());
    }

    @Test
    void codesOfAnotherMatchAreReplacedByTheSentences() {
        CodePlacement.Placed p = plain.place("Gespräch mit ⟨1⟩Choe Son Hui⟨/1⟩.", "⟨1⟩Gespräch⟨/1⟩ mit Choe Son Hui.",
                "⟨1⟩Talks⟨/1⟩ with Choe Son Hui.", "de", "en");
        assertEquals("Talks with ⟨1⟩Choe Son Hui⟨/1⟩.", p.target());
    }

    @Test
    void withoutEvidenceThePairWrapsTheNearerEndWordAndIsReported() {
        CodePlacement.Placed p = plain.place("⟨1⟩Achtung⟨/1⟩: bitte warten.", "Achtung: bitte warten.", "Please wait.",
                "de", "en");
        assertEquals("⟨1⟩Please⟨/1⟩ wait.", p.target());
        assertEquals(1, p.guessed().size());
        assertTrue(p.guessed().get(0).contains("Achtung"), p.guessed().toString());
        CodePlacement.Placed q = plain.place("Lawrow traf den ⟨1⟩Außenminister⟨/1⟩.", "Lawrow traf den Außenminister.",
                "Lavrov met the foreign minister.", "de", "en");
        assertEquals("Lavrov met the foreign ⟨1⟩minister⟨/1⟩.", q.target());
        assertFalse(q.guessed().isEmpty(), "'Außenminister' has no certain counterpart");
        assertEquals("Lavrov met the ⟨1⟩minister⟨/1⟩.", plain.place("Lawrow traf den ⟨1⟩Minister⟨/1⟩.",
                "Lawrow traf den Minister.", "Lavrov met the minister.", "de", "en").target(), "the same word");
    }

    @Test
    void standaloneCodesFollowTheirNeighbour() {
        assertEquals("Line 2⟨1/⟩ and more.", plain.place("Zeile 2⟨1/⟩ und mehr.", "Zeile 2 und mehr.",
                "Line 2 and more.", "de", "en").target());
        assertEquals("⟨1/⟩Line two.", plain.place("⟨1/⟩Zeile zwei.", "Zeile zwei.", "Line two.", "de", "en").target());
        assertEquals("Line two.⟨1/⟩", plain.place("Zeile zwei.⟨1/⟩", "Zeile zwei.", "Line two.", "de", "en").target());
    }

    @Test
    void aSentenceWithoutCodesGetsATargetWithout() {
        assertEquals("Lavrov met the minister.", plain.place("Lawrow traf den Minister.", "⟨1⟩Lawrow⟨/1⟩ traf den Minister.",
                "⟨1⟩Lavrov⟨/1⟩ met the minister.", "de", "en").target());
    }

    @Test
    void randomCodesAreAlwaysAllThereBalancedNestedAndNeverEmpty() {
        Random rnd = new Random(2121);
        String[] words = {"Lawrow", "traf", "am", "3.", "November", "in", "Moskau", "Choe", "Son", "Hui", "den", "Minister"};
        String[] english = {"Lavrov", "met", "on", "November", "3", "in", "Moscow", "Choe", "Son", "Hui", "the", "minister"};
        for (int n = 0; n < 3000; n++) {
            int len = 1 + rnd.nextInt(8);
            StringBuilder q = new StringBuilder();
            int next = 1;
            ArrayDeque<Integer> open = new ArrayDeque<>();
            for (int i = 0; i < len; i++) {
                if (rnd.nextInt(4) == 0) {
                    q.append('⟨').append(next).append('⟩');
                    open.push(next++);
                }
                if (rnd.nextInt(8) == 0) {
                    q.append('⟨').append(next++).append("/⟩");
                }
                q.append(words[rnd.nextInt(words.length)]);
                while (!open.isEmpty() && rnd.nextInt(3) == 0) {
                    q.append("⟨/").append(open.pop()).append('⟩');
                }
                q.append(i + 1 < len ? " " : "");
            }
            while (!open.isEmpty()) {
                q.append("⟨/").append(open.pop()).append('⟩');
            }
            String query = Markers.canonical(q.toString());
            StringBuilder t = new StringBuilder();
            for (int i = 1 + rnd.nextInt(8); i > 0; i--) {
                t.append(english[rnd.nextInt(english.length)]).append(i > 1 ? " " : ".");
            }
            CodePlacement.Placed p = (n % 2 == 0 ? plain : withNames).place(query, Markers.MARKER.matcher(query).replaceAll(""),
                    t.toString(), "de", "en");
            assertWellFormed(query, p.target());
        }
    }

    /** Every marker of the query once, pairs opened before closed, properly nested, none empty. */
    static void assertWellFormed(String query, String target) {
        Map<String, Integer> want = new HashMap<>();
        Matcher m = Markers.MARKER.matcher(query);
        while (m.find()) {
            want.merge(m.group(), 1, Integer::sum);
        }
        Map<String, Integer> got = new HashMap<>();
        ArrayDeque<String> stack = new ArrayDeque<>();
        List<Integer> openAt = new ArrayList<>();
        m = Markers.MARKER.matcher(target);
        while (m.find()) {
            got.merge(m.group(), 1, Integer::sum);
            if (!m.group(3).isEmpty()) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                stack.push(m.group(2));
                openAt.add(m.end());
            } else {
                assertEquals(m.group(2), stack.peek(), "crossing or unbalanced: " + query + " => " + target);
                stack.pop();
                int from = openAt.remove(openAt.size() - 1);
                assertFalse(Markers.MARKER.matcher(target.substring(from, m.start())).replaceAll("").isBlank(),
                        "empty pair: " + query + " => " + target);
            }
        }
        assertTrue(stack.isEmpty(), "unclosed: " + target);
        assertEquals(want, got, query + " => " + target);
    }

    @Test
    void aDictionarysWordPairsPlaceACodeOnTheTranslatedWord(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path ding = java.nio.file.Files.writeString(dir.resolve("de-en.txt"), "# test\n"
                + "Vertrag {m}; Abkommen {n} | Verträge {pl} :: treaty; agreement | treaties\n"
                + "unterzeichnen {vt} :: to sign\n");
        java.util.function.BiPredicate<String, String> pairs = new org.tmsh.align.Dictionaries(
                org.tmsh.align.WordForms.of("de"), org.tmsh.align.WordForms.of("en"), f -> true, f -> true)
                .pairs(java.util.List.of(new org.tmsh.align.Dictionaries.Installed(ding,
                        org.tmsh.align.Dictionaries.Format.DING, false)));
        CodePlacement withDictionary = new CodePlacement(new WordLinks(Tokenizer.standard(), MatchRepair.Names.NONE,
                pairs::test));
        String source = "Gestern wurde der ⟨1⟩Vertrag⟨/1⟩ in Genf besprochen.";
        String match = "Gestern wurde der Vertrag in Genf besprochen.";
        String target = "The treaty was discussed in Geneva yesterday.";
        CodePlacement.Placed p = withDictionary.place(source, match, target, "de", "en");
        assertEquals("The ⟨1⟩treaty⟨/1⟩ was discussed in Geneva yesterday.", p.target());
        assertTrue(p.guessed().isEmpty(), p.guessed().toString());
        CodePlacement.Placed without = plain.place(source, match, target, "de", "en");
        assertFalse(without.guessed().isEmpty(), "without the pair the place is a guess: " + without.target());
    }
}
