package org.tmsh.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.tmsh.TestFiles;
import org.tmsh.segment.Segments;

/** Runs every example of furniture.examples; furniture sentences stay out of the links. */
class FurnitureWordsTest {

    private final FurnitureWords words = FurnitureWords.standard();

    @TestFactory
    Stream<DynamicTest> everyExampleIsClassifiedAsWritten() throws Exception {
        return TestFiles.examples("/tmsh/aligning/furniture.examples",
                c -> assertEquals(c[2].equals("yes"), words.matches(c[1], c[0]), c[0] + ": " + c[1]));
    }

    @Test
    void aLongSentenceIsTextWhateverItMentions() {
        String s = "The court ruled on Monday that the company had stored cookies on the devices of millions of users"
                + " without asking them first, and fined it a record sum that it must pay within thirty days.";
        assertFalse(words.matches(s, "en"));
        assertTrue(words.matches("We use cookies.", "en"));
        assertFalse(words.matches("We use cookies.", "it-not-a-language"));
    }

    @Test
    void emptyInputHasNoFlags() {
        assertArrayEquals(new boolean[0], words.flags(List.of(), "de"));
        assertArrayEquals(new boolean[] {false}, words.flags(List.of("  "), "de"));
    }

    @Test
    void twoSitesFurnitureSentencesAreNotLinkedForStandingSideBySide() {
        List<String> de = List.of("Der Minister traf am 3. Mai 2024 in Moskau ein.",
                "Wir verwenden Cookies, um Ihnen ein besseres Angebot zu machen.",
                "Er sprach mit Putin über 12 Verträge.");
        List<String> en = List.of("The minister arrived in Moscow on 3 May 2024.",
                "Sign up for our daily newsletter to get the top stories first.",
                "He spoke with Putin about 12 treaties.");
        // without the phrases the two sentences between two anchored links are linked 1-1
        System.setProperty("tmsh.align.furnitureWords", "false");
        try {
            List<String> old = Aligner.standard().align(Segments.presegmented(de, "de"), Segments.presegmented(en, "en"))
                    .links().stream().map(Link::format).toList();
            assertTrue(old.contains("[1]:[1]"), old.toString());
        } finally {
            System.clearProperty("tmsh.align.furnitureWords");
        }
        Alignment a = Aligner.standard().align(Segments.presegmented(de, "de"), Segments.presegmented(en, "en"));
        List<String> links = a.links().stream().map(Link::format).toList();
        assertTrue(links.contains("[0]:[0]") && links.contains("[2]:[2]"), links.toString());
        assertFalse(links.contains("[1]:[1]"), "a cookie banner linked to a newsletter box: " + links);
    }
}
