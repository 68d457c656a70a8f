package org.tmsh.terms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tmsh.names.NameMatcher;

/** When a glossary already holds what a discovery proposal names ({@link ProposalJoin#holds}). */
class ProposalJoinTest {

    private final ProposalJoin join = new ProposalJoin(NameMatcher.standard());

    private static Term term(String lang, String form) {
        return new Term(lang, form, Term.Status.PREFERRED, "", "", List.of());
    }

    private static ProposalJoin.Spelling sp(String lang, String form) {
        return new ProposalJoin.Spelling(lang, form, List.of());
    }

    private final Glossary glossary = new Glossary("news", List.of(
            new Concept("c1", "", List.of(term("de", "Sergei Lawrow"), term("en", "Sergei Lavrov"))),
            new Concept("c2", "", List.of(term("de", "Pjöngjang"), term("en", "Pyongyang")))));

    @Test
    void everySpellingInOneConceptIsHeldWhateverTheCase() {
        assertTrue(join.holds(glossary, List.of(sp("de", "Sergei Lawrow"), sp("en", "Sergei Lavrov"))));
        assertTrue(join.holds(glossary, List.of(sp("DE", "sergei lawrow "), sp("en", "SERGEI LAVROV"))));
    }

    @Test
    void aSpellingTheConceptLacksMakesTheProposalNew() {
        assertFalse(join.holds(glossary, List.of(sp("de", "Sergei Lawrow"), sp("en", "Sergey Lavrov"))));
        assertFalse(join.holds(glossary, List.of(sp("de", "Sergei Lawrow"), sp("en", "Sergei Lavrov"), sp("ru", "Сергей Лавров"))));
    }

    @Test
    void theSameFormInAnotherLanguageIsNotHeld() {
        assertFalse(join.holds(glossary, List.of(sp("de", "Sergei Lawrow"), sp("fr", "Sergei Lavrov"))));
    }

    @Test
    void spellingsSpreadOverTwoConceptsAreOfferedForTheTranslatorToDecide() {
        assertFalse(join.holds(glossary, List.of(sp("de", "Sergei Lawrow"), sp("en", "Pyongyang"))));
    }

    @Test
    void anEmptyGlossaryOrNoSpellingsHoldNothing() {
        assertFalse(join.holds(new Glossary("none", List.of()), List.of(sp("de", "Lawrow"))));
        assertFalse(join.holds(glossary, List.of()));
    }
}
