package org.tmsh.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CommonWords#words}, the reader of one side of a Ding dictionary line, on hand cases; and a dictionary's
 * lists read the same from the dictionary and from {@link WordListCache}.
 */
class CommonWordsTest {

    @TempDir
    Path dir;

    private static void words(String side, Set<String> nouns, Set<String> lower) {
        Set<String> written = new HashSet<>();
        Set<String> low = new HashSet<>();
        CommonWords.words(side, written, low);
        assertEquals(nouns, written, "nouns of: " + side);
        assertEquals(lower, low, "lower-case words of: " + side);
    }

    @Test
    void aNounIsTheWordBeforeItsGenderAndRemarksAreLeftOut() {
        words("Dialog {m}; Dialoge {pl} [ling.] (über etw.)", Set.of("Dialog", "Dialoge"), Set.of());
        words("Ärger {m}; Öl {n}; Übung {f}; schön ärgerlich", Set.of("Ärger", "Öl", "Übung"), Set.of("schön", "ärgerlich"));
        words("Straße{f}  Weg \t {m} Stadt {x} Land {pl", Set.of("Straße", "Weg"), Set.of());
    }

    @Test
    void apostrophesAndHyphensBelongToAWordButANounStartsAfterAnApostrophe() {
        words("Haus- {n} | rock'n'roll {m}; O'Brien {m} /oʊˈbraɪən/ <Abk.>", Set.of("Haus-", "roll", "Brien"),
                Set.of("rock'n'roll"));
    }

    @Test
    void shortLowerCaseWordsAndUnclosedBracketsAreNotRemarks() {
        words("unclosed [bracket and (paren and <angle and /slash", Set.of(),
                Set.of("unclosed", "bracket", "paren", "angle", "slash"));
        words("hui ade {m} {f}", Set.of("ade"), Set.of());
        words("", Set.of(), Set.of());
    }

    @Test
    void theListsAreTheSameReadFromTheDictionaryOrFromTheCache() throws Exception {
        String home = System.getProperty("tmsh.home");
        System.setProperty("tmsh.home", dir.resolve("home").toString());
        try {
            for (int run = 0; run < 2; run++) {
                CommonWords c = new CommonWords("/terms/mini-common-words.txt");
                assertTrue(c.common("Dialog", "de") && c.common("Gespräch", "de") && c.common("Dialogue", "en"), "run " + run);
                assertFalse(c.common("Lawrow", "de") || c.common("Lavrov", "en"), "a name: run " + run);
                assertEquals(1, Files.list(dir.resolve("home/cache/common-words")).count(), "one file read for both sides");
            }
        } finally {
            if (home == null) {
                System.clearProperty("tmsh.home");
            } else {
                System.setProperty("tmsh.home", home);
            }
        }
    }

    @Test
    void theLanguagesOfAFoundDictionaryAreKnown() {
        List<String> langs = List.of("de", "en");
        CommonWords c = CommonWords.standard();
        for (String lang : langs) {
            assertEquals(Files.isReadable(Path.of("/usr/share/trans/de-en")), c.knows(lang), lang);
        }
    }
}
