package org.tmsh.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.tmsh.names.SpellingKey;
import org.tmsh.formats.glossary.GlossaryReader;
import org.tmsh.terms.TermLookup;

/** With a glossary, names anchor a link whatever their spelling (Moskau / Moscow share no spelling key). */
class NameAnchorsTest {

    private static int shared(Anchors a, String de, String en) {
        int[] x = a.extract(de, "de");
        int[] y = a.extract(en, "en");
        return (int) Arrays.stream(x).filter(v -> Arrays.stream(y).anyMatch(w -> w == v)).count();
    }

    @Test
    void glossaryConceptsAreSharedAnchors() {
        TermLookup lookup = new TermLookup(GlossaryReader.read(Path.of("glossaries/seeds.tbx"), "seeds"));
        NameConcepts names = s -> lookup.find(s, "en").stream().map(h -> h.concept().id()).toList();
        String de = "Sie trafen sich im Kreml in Moskau.";
        String en = "They met at the Kremlin in Moscow.";
        int plain = shared(new Anchors(SpellingKey.standard()), de, en);
        assertEquals(plain + 2, shared(new Anchors(SpellingKey.standard(), names), de, en), "one more anchor a name");
        assertEquals(List.of("c15", "c11"), names.in(de));
    }
}
