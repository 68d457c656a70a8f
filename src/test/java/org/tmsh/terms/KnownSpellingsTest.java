package org.tmsh.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spellings a concordance searches: the glossary's, also for an inflected query. */
class KnownSpellingsTest {

    @Test
    void anInflectedNameGivesTheSpellingsOfTheName(@TempDir Path dir) {
        GlossaryStore store = new GlossaryStore(dir);
        Concept c = new Concept("c1", "", List.of(new Term("de", "Lawrow", Term.Status.PREFERRED, "", "", List.of()),
                new Term("en", "Lavrov", Term.Status.PREFERRED, "", "", List.of())));
        store.save(new Glossary("g", List.of(c)));
        assertTrue(KnownSpellings.of("Lawrows", store).contains("Lavrov"), KnownSpellings.of("Lawrows", store).toString());
        assertTrue(KnownSpellings.of("Lavrov's", store).contains("Lawrow"));
        assertTrue(KnownSpellings.of("Lavrov", store).contains("Lawrow"));
        // a word that only looks inflected stays alone
        assertEquals(List.of("Lawrowski"), KnownSpellings.of("Lawrowski", store));
    }
}
