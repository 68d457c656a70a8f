package org.tmsh.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.tmsh.TestFiles;

/** Every line of {@code inflections.examples}: a one-term glossary, the text, the form found (or none). */
class InflectionsExamplesTest {

    private static Glossary of(String lang, String... forms) {
        Concept c = new Concept("c1", "", List.of());
        for (String f : forms) {
            c = c.with(new Term(lang, f, c.terms().isEmpty() ? Term.Status.PREFERRED : Term.Status.ADMITTED, "", "", List.of()));
        }
        return new Glossary("t", List.of(c));
    }

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        return TestFiles.examples("/tmsh/terms/inflections.examples", c -> {
            List<TermLookup.Hit> hits = TermLookup.lookup(of("de", c[0]), c[1], "en");
            if (c[2].equals("-")) {
                assertEquals(List.of(), hits, c[1]);
            } else {
                assertEquals(1, hits.size(), hits.toString());
                assertEquals(c[2], hits.get(0).text());
                assertEquals(c[0], hits.get(0).form());
            }
        });
    }

    @Test
    void aFamilyNameAloneFindsTheFullNameButNotWhenTwoConceptsShareIt() {
        Concept lavrov = new Concept("c1", "", List.of(new Term("en", "Sergei Viktorovich Lavrov", Term.Status.PREFERRED,
                "", "", List.of())));
        Concept kim1 = new Concept("c2", "", List.of(new Term("ko", "김정은", Term.Status.PREFERRED, "", "", List.of()),
                new Term("en", "Kim Jong Un", Term.Status.PREFERRED, "", "", List.of())));
        Concept kim2 = new Concept("c3", "", List.of(new Term("ko", "김일성", Term.Status.PREFERRED, "", "", List.of()),
                new Term("en", "Kim Il Sung", Term.Status.PREFERRED, "", "", List.of())));
        Glossary g = new Glossary("t", List.of(lavrov, kim1, kim2));
        List<TermLookup.Hit> hits = TermLookup.lookup(g, "Lavrov's aide met Kim and Kim Jong Un's sister.", "de");
        assertEquals(2, hits.size(), hits.toString());
        assertEquals("Lavrov's", hits.get(0).text());
        assertEquals("Lavrov", hits.get(0).form());
        assertEquals(TermLookup.How.FAMILY_NAME, hits.get(0).how());
        assertEquals("Kim Jong Un's", hits.get(1).text());
        assertEquals(TermLookup.How.INFLECTED, hits.get(1).how());
    }

    @Test
    void nothingInAnEmptyTextAndACompoundIsNoInflection() {
        assertTrue(TermLookup.lookup(of("de", "Putin"), "", "en").isEmpty());
        assertTrue(TermLookup.lookup(of("de", "Putin"), "Die Putin-Regierung", "en").isEmpty());
    }
}
