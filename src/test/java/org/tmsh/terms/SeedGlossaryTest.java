package org.tmsh.terms;

import org.tmsh.formats.glossary.GlossaryReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The project's glossary (glossaries/seeds.tbx, built by glossaries/seeds.tmsh): names, spellings, statuses. */
class SeedGlossaryTest {

    private final Glossary g = GlossaryReader.read(Path.of("glossaries/seeds.tbx"), "seeds");

    private Term term(String form, String lang) {
        for (Concept c : g.concepts()) {
            for (Term t : c.terms()) {
                if (t.form().equals(form) && t.lang().equals(lang)) {
                    return t;
                }
            }
        }
        throw new AssertionError(form + " (" + lang + ") not in the seed glossary");
    }

    @Test
    void misspellingsAreDeprecatedAndPreferredFormsKnown() {
        assertEquals(Term.Status.DEPRECATED, term("Sergei Wiktorowichi Lawrow", "de").status());
        assertEquals(Term.Status.DEPRECATED, term("Yaroslabli", "de").status());
        Concept lavrov = g.withForm("Lawrow").get(0);
        assertEquals("Sergei Wiktorowitsch Lawrow", lavrov.preferred("de").form());
        assertEquals("Sergei Viktorovich Lavrov", lavrov.preferred("en").form());
        assertEquals("Сергей Викторович Лавров", lavrov.preferred("ru").form());
        Concept choe = g.withForm("Choe Son-hui").get(0);
        assertEquals(choe, g.withForm("최선희").get(0));
        assertEquals(g.withForm("Pjöngjang"), g.withForm("Pyongyang"));
    }

    @Test
    void everySpellingAndItsSeedAreKept() {
        for (String[] f : List.of(new String[] {"Choe Son Hui", "de"}, new String[] {"Choe Son-hui", "de"},
                new String[] {"Kim jong-un", "de"}, new String[] {"W. W. Putin", "de"}, new String[] {"Wŏnsan", "de"})) {
            assertTrue(!term(f[0], f[1]).seen().isEmpty(), f[0] + " has no seed");
        }
        assertEquals(List.of("003_ff5ac3c8f505f82c.txt"), term("Choe Son-hui", "de").seen());
    }
}
