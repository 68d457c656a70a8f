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
        Concept kim1 = new Concept("c2", "", List.of(new Term("en", "Kim Jong Un", Term.Status.PREFERRED, "", "", List.of()),
                new Term("ko", "김정은", Term.Status.PREFERRED, "", "", List.of())));
        Concept kim2 = new Concept("c3", "", List.of(new Term("en", "Kim Il Sung", Term.Status.PREFERRED, "", "", List.of()),
                new Term("ko", "김일성", Term.Status.PREFERRED, "", "", List.of())));
        Concept full = new Concept("c4", "", List.of(new Term("de", "Sergei Wiktorowitsch Lawrow", Term.Status.PREFERRED, "", "",
                List.of()), new Term("en", "Sergey Lavrov", Term.Status.PREFERRED, "", "", List.of())));
        store.save(new Glossary("h", List.of(kim1, kim2, full)));
        assertTrue(KnownSpellings.of("Sergei Wiktorowitsch Lawrow", store).contains("Lavrov"));
        assertTrue(!KnownSpellings.of("Kim Jong Un", store).contains("Kim"), KnownSpellings.of("Kim Jong Un", store).toString());
        // a word that only looks inflected stays alone
        assertEquals(List.of("Lawrowski"), KnownSpellings.of("Lawrowski", store));
    }
}
