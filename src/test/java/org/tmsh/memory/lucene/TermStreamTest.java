package org.tmsh.memory.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import org.tmsh.match.Tokenizer;
import org.tmsh.memory.UnitKeys;

/** The indexed word terms are those a look-up asks for ({@link UnitKeys#wordTerms}). */
class TermStreamTest {

    private static List<String> terms(List<String> keys) throws IOException {
        List<String> out = new ArrayList<>();
        try (TermStream s = new TermStream(keys)) {
            CharTermAttribute t = s.getAttribute(CharTermAttribute.class);
            for (int pass = 0; pass < 2; pass++) { // a stream is reset and read again for each use
                s.reset();
                List<String> once = new ArrayList<>();
                while (s.incrementToken()) {
                    once.add(t.toString());
                }
                s.end();
                if (pass == 1) {
                    assertEquals(out, once, "the same terms on the second reading");
                } else {
                    out.addAll(once);
                }
            }
        }
        return out;
    }

    @Test
    void keysAndPairsOfNeighboursWithSpacesInsideKeysAsUnderscores() throws IOException {
        assertEquals(List.of("a", "a b", "b", "b new_york", "new_york"), terms(List.of("a", "b", "new york")));
    }

    @Test
    void emptyAndSingleKey() throws IOException {
        assertEquals(List.of(), terms(List.of()));
        assertEquals(List.of("datei"), terms(List.of("datei")));
    }

    @Test
    void repeatsComeAgainButTheSetIsTheLookUpsOne() throws IOException {
        List<String> keys = List.of("the", "file", "the", "file");
        assertEquals(List.of("the", "the file", "file", "file the", "the", "the file", "file"), terms(keys));
        assertEquals(new LinkedHashSet<>(UnitKeys.wordTerms(keys)), new LinkedHashSet<>(terms(keys)));
    }

    @Test
    void sameTermsAsTheLookUpOnRandomTexts() throws IOException {
        Random rnd = new Random(7);
        String[] words = {"Datei", "öffnen", "the", "File", "%s", "{0}", "3,5", "New York", "über", "ß", "x"};
        Tokenizer tok = Tokenizer.standard();
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = rnd.nextInt(12); w >= 0; w--) {
                text.append(words[rnd.nextInt(words.length)]).append(rnd.nextInt(5) == 0 ? ", " : " ");
            }
            List<String> keys = tok.contentKeys(text.toString());
            Set<String> expected = new LinkedHashSet<>(UnitKeys.wordTerms(keys));
            assertEquals(expected, new LinkedHashSet<>(terms(keys)), text.toString());
        }
    }
}
