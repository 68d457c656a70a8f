package org.tmsh.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TermLookupWordsTest {

    private static List<String> words(String s) {
        return TermLookup.words(s).stream().map(w -> s.substring(w[0], w[1])).toList();
    }

    @Test
    void lookupSplitsLikeTheSharedWordsAndKeepsTheDotOfInitials() {
        assertEquals(List.of("S.", "Lawrow", "traf", "Choe", "Son-hui's", "Delegation"),
                words("S. Lawrow traf Choe Son-hui's Delegation."));
        assertEquals(List.of("1.500", "Soldaten", "in", "Pjöngjang"), words("1.500 Soldaten in Pjöngjang."),
                "a number is one word, and its dot no initial's");
        assertEquals(List.of("최선희", "외무상"), words("최선희 외무상."));
        assertEquals(List.of(), words(""));
    }
}
