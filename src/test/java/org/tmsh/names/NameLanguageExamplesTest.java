package org.tmsh.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.tmsh.TestFiles;

/** Every line of {@code name-languages.examples}, and the order of readings it gives {@code term variants}. */
class NameLanguageExamplesTest {

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        return TestFiles.examples("/tmsh/names/name-languages.examples", c -> {
            Romanizer.Readings r = Romanizer.standard().readings(c[0]);
            String want = c[1].equals("?") ? null : c[1];
            assertEquals(want, r.language().lang(), c[0] + ": " + r.language().why());
            if (want != null && !r.variants().isEmpty()) {
                assertEquals(want, r.variants().get(0).from(), c[0] + ": the name's own reading comes first: " + r.variants());
            }
        });
    }

    @Test
    void aUkrainianNameIsReadInItsOwnRulesFirstAndEachReadingIsLabelled() {
        Romanizer.Readings r = Romanizer.standard().readings("Олена Зеленська");
        assertEquals("uk", r.language().lang());
        List<String> readings = r.variants().stream().map(Romanizer.Variant::reading).distinct().toList();
        assertEquals("Ukrainian, national 2010", readings.get(0));
        assertTrue(readings.indexOf("Russian, BGN/PCGN") > readings.indexOf("Ukrainian, Duden"), readings.toString());
        assertTrue(r.variants().stream().anyMatch(v -> v.form().equals("Olena Zelenska")), r.variants().toString());
    }

    @Test
    void aRussianNameHasNoUkrainianReadingBeforeItsOwn() {
        Romanizer.Readings r = Romanizer.standard().readings("Эльвира Набиуллина");
        assertEquals("ru", r.language().lang());
        assertTrue(r.variants().stream().allMatch(v -> v.from().equals("ru")), "э is not Ukrainian: " + r.variants());
    }

    @Test
    void aNameOfAnOpenLanguageSaysSo() {
        Romanizer.Readings r = Romanizer.standard().readings("Олександр Усик");
        assertEquals(null, r.language().lang());
        assertTrue(r.language().why().contains("Ukrainian and Russian") || r.language().why().contains("Russian and Ukrainian"),
                r.language().why());
    }
}
