package org.tmsh.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class WordsTest {

    private static List<String> texts(String s) {
        return Words.of(s).stream().map(Words.Word::text).toList();
    }

    private static List<Words.Kind> kinds(String s) {
        return Words.of(s).stream().map(Words.Word::kind).toList();
    }

    @Test
    void hyphenatedNamesAreOneWord() {
        assertEquals(List.of("Kim", "Jong-un", "und", "Choe", "Son-hui"), texts("Kim Jong-un und Choe Son-hui."));
        assertEquals(List.of("Putin-Regierung"), texts("(Putin-Regierung)"));
        assertEquals(List.of("Nord", "und", "Süd"), texts("Nord- und Süd-"), "a hanging hyphen is no joiner");
    }

    @Test
    void apostrophesAndPossessives() {
        assertEquals(List.of("Son-hui's", "talks"), texts("Son-hui's talks"));
        assertEquals(List.of("O’Neill", "don't"), texts("O’Neill don't"));
        assertEquals(List.of("the", "Kims", "visit"), texts("the Kims' visit"), "a trailing apostrophe ends the word");
        assertEquals(List.of("rock", "n", "roll"), texts("rock 'n' roll"));
    }

    @Test
    void germanUmlautsAndEszett() {
        assertEquals(List.of("Außenminister", "Lawrow", "äußerte", "sich", "über", "Gespräche"),
                texts("Außenminister Lawrow äußerte sich über Gespräche."));
        // a decomposed umlaut (a + combining diaeresis) stays inside its word
        assertEquals(List.of("Gespra\u0308che"), texts("Gespra\u0308che!"));
    }

    @Test
    void hangul() {
        List<Words.Word> w = Words.of("최선희 외무상은 \"평양\"에서");
        assertEquals(List.of("최선희", "외무상은", "평양", "에서"), w.stream().map(Words.Word::text).toList());
        assertEquals(0, w.get(0).start());
        assertEquals(3, w.get(0).end());
    }

    @Test
    void numbers() {
        assertEquals(List.of("1.500", "Soldaten", "3,5", "Prozent"), texts("1.500 Soldaten, 3,5 Prozent."));
        assertEquals(List.of(Words.Kind.NUMBER, Words.Kind.WORD, Words.Kind.NUMBER, Words.Kind.WORD),
                kinds("1.500 Soldaten, 3,5 Prozent."));
        assertEquals(List.of("7.4.2", "um", "12:30", "2024"), texts("7.4.2 um 12:30. 2024."), "a final dot ends a number");
        assertEquals(List.of(Words.Kind.WORD, Words.Kind.WORD), kinds("3D MP3"), "digits running into letters make a word");
        assertEquals(List.of("COVID-19"), texts("COVID-19"));
    }

    @Test
    void initialsKeepTheirDotOnlyWhenAskedAndOnlyAfterOneLetter() {
        assertEquals(List.of("S", "Lawrow"), texts("S. Lawrow"));
        assertEquals(List.of("S.", "W.", "Lawrow", "am", "5", "Mai"),
                Words.withInitials("S.W. Lawrow am 5. Mai").stream().map(Words.Word::text).toList());
        assertEquals(List.of(), Words.withInitials(""));
    }

    @Test
    void partsCutWordsAtJoinersAndBetweenLettersAndDigits() {
        assertEquals(List.of("Putin", "Regierung", "COVID", "19", "1", "500", "Son", "hui", "s"),
                Words.parts("Putin-Regierung, COVID-19: 1.500 Son-hui's").stream().map(Words.Word::text).toList());
        assertEquals(List.of(Words.Kind.WORD, Words.Kind.NUMBER, Words.Kind.WORD),
                Words.parts("MP3s").stream().map(Words.Word::kind).toList());
        assertEquals(List.of("1½"), texts("1½"), "a vulgar fraction is part of its number's word");
        assertEquals(List.of(), Words.parts(""));
    }

    @Test
    void emptyAndSeparatorsOnly() {
        assertEquals(List.of(), Words.of(""));
        assertEquals(List.of(), Words.of(" \t\n,.;-'’ — «»"));
    }

    @Test
    void randomTextGivesOrderedSpansThatMatchTheTextAndLeaveOnlySeparators() {
        String alphabet = "ab Zß ü-'’.,:/09 최\u0308_\t«";
        Random r = new Random(13);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(30);
            for (int k = 0; k < len; k++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            int last = 0;
            for (Words.Word w : Words.of(s)) {
                assertTrue(w.start() >= last && w.end() > w.start(), s);
                assertEquals(s.substring(w.start(), w.end()), w.text(), s);
                assertTrue(Words.wordChar(s.codePointAt(w.start())), s);
                assertTrue(Words.wordChar(s.codePointBefore(w.end())), "no word ends in a joiner: " + s);
                for (int k = last; k < w.start(); k++) {
                    assertTrue(!Words.wordChar(s.charAt(k)), "a word character left out at " + k + ": " + s);
                }
                assertTrue(w.end() == s.length() || !Words.wordChar(s.codePointAt(w.end())), "a word cut short: " + s);
                last = w.end();
            }
            for (int k = last; k < s.length(); k++) {
                assertTrue(!Words.wordChar(s.charAt(k)), "a word character left out at " + k + ": " + s);
            }
        }
    }
}
