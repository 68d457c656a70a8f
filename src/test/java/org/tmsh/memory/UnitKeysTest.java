package org.tmsh.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.tmsh.match.Tokenizer;

class UnitKeysTest {

    private final Tokenizer tokenizer = Tokenizer.standard();

    @Test
    void numberTermsAreTheTextsNumbersOnceEachAsWritten() {
        assertEquals(List.of("#=3", "#=1.500", "#=12"),
                UnitKeys.numberTerms(tokenizer.tokens("Page 3 of 1.500, item 12 and page 3 again")));
        assertEquals(List.of(), UnitKeys.numberTerms(tokenizer.tokens("No number in this one.")));
    }

    @Test
    void digitsOfInlineTagsAreNotNumbersOfTheText() {
        assertEquals(List.of("#=4242"), UnitKeys.numberTerms(tokenizer.tokens("Item ⟨1⟩4242⟨/1⟩ of the budget ⟨2/⟩")));
    }
}
