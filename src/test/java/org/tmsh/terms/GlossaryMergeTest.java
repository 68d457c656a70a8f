package org.tmsh.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Importing into an existing glossary merges: concepts meet on a shared spelling, nothing is lost. */
class GlossaryMergeTest {

    private static Term t(String lang, String form, Term.Status st, String... seen) {
        return new Term(lang, form, st, "", "", List.of(seen));
    }

    private static final Term.Status P = Term.Status.PREFERRED;
    private static final Term.Status A = Term.Status.ADMITTED;

    @Test
    void aSharedSpellingJoinsConceptsAndAddsOnlyTheNewSpellings() {
        Glossary mine = new Glossary("g", List.of(
                new Concept("c1", "", List.of(t("de", "Lawrow", P, "a#1"), t("en", "Lavrov", P))),
                new Concept("c2", "", List.of(t("de", "Moskau", P)))));
        Glossary theirs = new Glossary("x", List.of(
                new Concept("c1", "Russian foreign minister", List.of(t("en", "lavrov", P, "b#2"), t("en", "Lavrow", P),
                        t("ru", "Лавров", P))),
                new Concept("c9", "", List.of(t("de", "Pjöngjang", P), t("en", "Pyongyang", P)))));
        Glossary.Merge m = mine.merge(theirs);
        assertEquals(1, m.conceptsAdded());
        assertEquals(1, m.conceptsMerged());
        assertEquals(4, m.termsAdded());
        Concept lavrov = m.glossary().concept("c1").orElseThrow();
        assertEquals(List.of("Lawrow", "Lavrov", "Lavrow", "Лавров"), lavrov.terms().stream().map(Term::form).toList());
        assertEquals(A, lavrov.terms().get(2).status(), "a second preferred English spelling is admitted");
        assertEquals(P, lavrov.terms().get(3).status());
        assertEquals(List.of(), lavrov.terms().get(1).seen().stream().filter(s -> !s.equals("b#2")).toList());
        assertEquals("Russian foreign minister", lavrov.note());
        assertEquals(List.of("c1", "c2", "c9"), m.glossary().concepts().stream().map(Concept::id).toList());
    }

    @Test
    void aTakenIdGetsANewOneAndHomonymsOfTheImportStayApart() {
        Glossary mine = new Glossary("g", List.of(new Concept("c1", "", List.of(t("de", "Moskau", P)))));
        Glossary theirs = new Glossary("x", List.of(
                new Concept("c1", "state", List.of(t("en", "Georgia", P))),
                new Concept("c2", "country", List.of(t("en", "Georgia", P), t("de", "Georgien", P)))));
        Glossary.Merge m = mine.merge(theirs);
        assertEquals(2, m.conceptsAdded());
        assertEquals(List.of("c1", "c2", "c3"), m.glossary().concepts().stream().map(Concept::id).toList());
        assertEquals("state", m.glossary().concept("c2").orElseThrow().note());
    }

    @Test
    void mergingAnEmptyGlossaryChangesNothing() {
        Glossary mine = new Glossary("g", List.of(new Concept("c1", "", List.of(t("de", "Moskau", P)))));
        Glossary.Merge m = mine.merge(new Glossary("x", List.of()));
        assertEquals(mine, m.glossary());
        assertEquals(0, m.conceptsAdded() + m.conceptsMerged() + m.termsAdded());
    }

    @Test
    void aSpellingGainedInTheMergeJoinsALaterConceptToTheSameOne() {
        Glossary mine = new Glossary("g", List.of(
                new Concept("c1", "", List.of(t("de", "Moskau", P))),
                new Concept("c2", "", List.of(t("de", "Lawrow", P)))));
        Glossary theirs = new Glossary("x", List.of(
                new Concept("k1", "", List.of(t("DE", "lawrow", P), t("en", "Lavrov", P))),
                new Concept("k2", "", List.of(t("en", "LAVROV", P), t("ru", "Лавров", P))),
                new Concept("k3", "", List.of(t("ru", "лавров", P), t("de", "MOSKAU", P)))));
        Glossary.Merge m = mine.merge(theirs);
        assertEquals(0, m.conceptsAdded());
        assertEquals(3, m.conceptsMerged());
        assertEquals(List.of("Lawrow", "Lavrov", "Лавров"), m.glossary().concept("c2").orElseThrow().terms().stream()
                .map(Term::form).toList(), "k2 meets c2 on the English spelling k1 brought");
        assertEquals(List.of("Moskau", "лавров"), m.glossary().concept("c1").orElseThrow().terms().stream()
                .map(Term::form).toList(), "k3 joins the first concept of the list that shares a spelling: c1");
    }

    @Test
    void freeIdsFollowTheGlossarySizeAndSkipTakenOnes() {
        Glossary mine = new Glossary("g", List.of(new Concept("c2", "", List.of(t("de", "A", P))),
                new Concept("c4", "", List.of(t("de", "B", P)))));
        Glossary theirs = new Glossary("x", List.of(new Concept("c2", "", List.of(t("de", "C", P))),
                new Concept("", "", List.of(t("de", "D", P))), new Concept("c3", "", List.of(t("de", "E", P))),
                new Concept("c5", "", List.of(t("de", "F", P)))));
        // c2 is taken: the first free id from size + 1 = 3 is c3; then "" gets c5 (c4 is taken);
        // c3 is taken now: c6; c5 is taken: c7
        assertEquals(List.of("c2", "c4", "c3", "c5", "c6", "c7"),
                mine.merge(theirs).glossary().concepts().stream().map(Concept::id).toList());
    }
}
