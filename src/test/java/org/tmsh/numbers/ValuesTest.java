package org.tmsh.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.tmsh.common.TmshException;

/** Rules of {@link Values} and {@link ValueDiff} beyond the data files' examples. */
class ValuesTest {

    @Test
    void emptyTextHasNoValues() {
        assertEquals(List.of(), Values.of("de").read(""));
        assertEquals(List.of(), ValueDiff.compare("", "de", "", "en"));
    }

    @Test
    void aNumberInTheOtherConventionIsToldAndRewrittenInTheLanguagesOwn() {
        Values en = Values.of("en");
        Values de = Values.of("de");
        assertFalse(en.writtenNatively("1.234,5"));
        assertTrue(en.reads("1.234,5"));
        assertEquals("1,234.5", en.inOwnFormat("1.234,5"));
        assertEquals("3.5", en.inOwnFormat("3,5"));
        assertEquals("1.234,00", de.inOwnFormat("1,234.00"));
        assertTrue(en.writtenNatively("1,500") && de.writtenNatively("1.500") && en.writtenNatively("2024"));
        assertFalse(en.reads("7.4.2"));
    }

    @Test
    void unknownLanguageIsRejected() {
        assertThrows(TmshException.class, () -> Values.of("xx"));
    }

    @Test
    void spansPointAtTheTextAsWritten() {
        String text = "Am 3. November kamen 1.500 Gäste, 50 % mehr.";
        for (Quantity q : Values.of("de").read(text)) {
            assertEquals(q.text(), text.substring(q.start(), q.end()));
        }
    }

    @Test
    void aNumberIsWrittenAsTheTargetLanguageWritesIt() {
        assertEquals("1,500", Values.of("en").format("1500", "1,200"));
        assertEquals("1.500", Values.of("de").format("1500", "1.200"));
        assertEquals("1500", Values.of("en").format("1500", "1200"));
        assertEquals("3,75", Values.of("de").format("3.75", "3,5"));
    }

    @Test
    void differencesNameTheTextAndValue() {
        List<ValueDiff.Difference> d = ValueDiff.compare("Am 3. November", "de", "On November 1", "en");
        assertEquals(1, d.size());
        assertEquals("changed 3. November (--11-03) -> November 1 (--11-01)", d.get(0).toString());
    }

    @Test
    void randomTextGivesOrderedValuesInsideTheText() {
        Random rnd = new Random(21);
        String alphabet = "0123456789.,:/- %Nov.emberMaiJan3rd\u00A0\u202F−ab";
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = rnd.nextInt(40); i > 0; i--) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            for (String lang : List.of("de", "en", "fr")) {
                int last = 0;
                for (Quantity q : Values.of(lang).read(text)) {
                    assertTrue(q.start() >= last && q.end() <= text.length() && q.start() < q.end(), text);
                    last = q.end();
                }
                assertTrue(ValueDiff.compare(text, lang, text, lang).isEmpty(), text);
            }
        }
    }
}
