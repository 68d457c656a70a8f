package org.tmsh.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Numbers and dates by value, the way each language writes them. */
class NumberValuesTest {

    private final NumberValues values = new NumberValues(LanguageRules.standard());

    private boolean same(String de, String en) {
        return values.compare(de, "de", en, "en").none();
    }

    @Test
    void groupingAndDecimalMarksAreReadByTheLanguage() {
        assertTrue(same("1.500 Euro", "1,500 euros"));
        assertTrue(same("3,5 Prozent", "3.5 percent"));
        assertTrue(same("1.234.567,89", "1,234,567.89"));
        assertFalse(same("1.500 Euro", "1.5 euros"));
        assertFalse(same("3,5 Prozent", "35 percent"));
    }

    @Test
    void datesWithMonthNamesAreOneDayInAnyOrder() {
        assertTrue(same("am 2. November", "on November 2"));
        assertTrue(same("am 2. November", "on 2 November"));
        assertTrue(same("am 2. November 2024", "on November 2nd, 2024"));
        assertFalse(same("am 2. November", "on November 3"));
        assertFalse(same("im März 1949", "in March 1948"));
    }

    @Test
    void numericDatesFollowTheTargetLocalesOrder() {
        assertTrue(same("am 2.11.2024", "on 11/2/2024"));
        assertTrue(values.compare("am 2.11.2024", "de", "on 2/11/2024", "en-GB").none());
        assertFalse(values.compare("am 2.11.2024", "de", "on 11/2/2024", "en-GB").none());
        assertTrue(same("am 2024-11-02", "on 2024-11-02"));
    }

    @Test
    void numbersGluedToWordsAndVersionsAreNotMisread() {
        assertTrue(same("MP3-Dateien in Version 7.4", "MP3 files in version 7.4"));
        assertTrue(same("das 2. Kapitel", "the 2nd chapter"));
    }

    @Test
    void aNumberWrittenAsAWordOnTheOtherSideIsThere() {
        assertTrue(same("Klicken Sie zweimal.", "Click 2 times."));
        assertTrue(same("Es gibt drei Optionen.", "There are 3 options."));
        assertFalse(same("Es gibt vier Optionen.", "There are 3 options."));
    }

    @Test
    void missingAndExtraAreToldApart() {
        NumberValues.Difference d = values.compare("Seite 12 und 14", "de", "page 12 and 15", "en");
        assertEquals(List.of("14"), d.missing().stream().map(NumberValues.Value::shown).toList());
        assertEquals(List.of("15"), d.extra().stream().map(NumberValues.Value::shown).toList());
    }

    @Test
    void emptyAndRandomTextNeverFail() {
        assertTrue(values.of("", "de").isEmpty());
        Random r = new Random(42);
        String alphabet = "0123456789.,/- aZ:Nov";
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(30); k > 0; k--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String t = sb.toString();
            assertTrue(values.compare(t, "de", t, "de").none(), "a text has the numbers of itself: " + t);
        }
    }
}
