package org.tmsh.memory.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import org.tmsh.match.Tokenizer;
import org.tmsh.memory.UnitKeys;

/** The indexed word terms are those a look-up asks for ({@link UnitKeys#wordTerms}). */
class TermStreamTest {

    /** The terms of the stream in the format of the TMs before hashed pairs (text). */
    private static List<String> terms(List<String> keys) throws IOException {
        return bytes(keys, IndexTerms.TEXT_PAIRS).stream().map(BytesRef::utf8ToString).toList();
    }

    private static List<BytesRef> bytes(List<String> keys, int format) throws IOException {
        List<BytesRef> out = new ArrayList<>();
        try (TermStream s = new TermStream(keys, List.of(), format)) {
            BytesTermAttribute t = s.getAttribute(BytesTermAttribute.class);
            for (int pass = 0; pass < 2; pass++) { // a stream is reset and read again for each use
                s.reset();
                List<BytesRef> once = new ArrayList<>();
                while (s.incrementToken()) {
                    once.add(BytesRef.deepCopyOf(t.getBytesRef()));
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
            // a Solr collection of tmsh-7: its terms are those of tmsh-6 (LINES), each pair the hash of its text
            List<String> lines = bytes(keys, IndexTerms.LINES).stream().map(BytesRef::utf8ToString).toList();
            List<String> hashed = bytes(keys, IndexTerms.HASHED_LINES).stream().map(BytesRef::utf8ToString).toList();
            assertEquals(lines.stream().map(t -> t.indexOf(' ') > 0 ? IndexTerms.linePair(t) : t).toList(), hashed, text.toString());
            for (int format : new int[] {IndexTerms.TEXT_PAIRS, IndexTerms.HASHED_PAIRS, IndexTerms.LINES, IndexTerms.HASHED_LINES}) {
                List<BytesRef> asked = IndexTerms.of(keys, format).stream().map(IndexTerms.Term::bytes).toList();
                assertEquals(asked.size(), new LinkedHashSet<>(asked).size(), "each term asked once");
                assertEquals(new LinkedHashSet<>(asked), new LinkedHashSet<>(bytes(keys, format)),
                        "the look-up asks for what is indexed");
            }
        }
    }

    @Test
    void theSolrLayoutsTermsAreTheWordTermsItIndexesOneALine() {
        // what a Solr collection's w_L holds (SolrSchema: UnitKeys.wordTerms, a line end inside a term as a space), in
        // order, is what the look-up on the node asks for in format LINES
        List<String> keys = List.of("Datei", "new york", "a\nb", "über", "Datei", "x y\nz");
        List<String> indexed = UnitKeys.wordTerms(keys).stream().map(t -> t.replace('\n', ' ')).toList();
        assertEquals(indexed, IndexTerms.of(keys, IndexTerms.LINES).stream().map(t -> t.bytes().utf8ToString()).toList());
        assertEquals(List.of(false, false, true, false, true, false, true, true, false, true),
                IndexTerms.of(keys, IndexTerms.LINES).stream().map(IndexTerms.Term::pair).toList());
    }

    @Test
    void hashedPairsAreNineBytesMarkedAndWordsStayText() throws IOException {
        List<BytesRef> t = bytes(List.of("a", "b", "new york"), IndexTerms.HASHED_PAIRS);
        assertEquals(5, t.size());
        assertEquals("a", t.get(0).utf8ToString());
        assertEquals("b", t.get(2).utf8ToString());
        assertEquals("new_york", t.get(4).utf8ToString());
        for (BytesRef pair : List.of(t.get(1), t.get(3))) {
            assertEquals(9, pair.length);
            assertEquals(IndexTerms.PAIR, pair.bytes[pair.offset]);
        }
        assertNotEquals(t.get(1), t.get(3));
        // the same two keys make the same pair wherever they stand; swapped, another one
        assertEquals(t.get(1), bytes(List.of("x", "a", "b"), IndexTerms.HASHED_PAIRS).get(3));
        assertNotEquals(t.get(1), bytes(List.of("b", "a"), IndexTerms.HASHED_PAIRS).get(1));
    }

    @Test
    void distinctPairsOfManyWordsGetDistinctHashes() {
        Set<BytesRef> pairs = new java.util.HashSet<>();
        org.apache.lucene.util.BytesRefBuilder b = new org.apache.lucene.util.BytesRefBuilder();
        for (int i = 0; i < 1000; i++) {
            for (int j = 0; j < 300; j++) {
                IndexTerms.pair("w" + i, "w" + j, IndexTerms.HASHED_PAIRS, b);
                pairs.add(b.toBytesRef());
            }
        }
        assertEquals(300_000, pairs.size());
    }
}
