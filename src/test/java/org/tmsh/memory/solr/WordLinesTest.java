package org.tmsh.memory.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.pattern.SimplePatternSplitTokenizer;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The bulk path hands a language's word terms to Lucene as a token stream ({@link WordLines#stream}); Solr's update
 * path sends them joined ({@link WordLines#join}) and the configset's tokenizer (a split at line ends) splits them.
 * Both must give the same terms, whatever the keys hold.
 */
class WordLinesTest {

    @Test
    void theStreamGivesTheTermsTheTokenizerMakesOfTheJoinedValue() throws IOException {
        List<List<List<String>>> cases = List.of(
                List.of(List.of("minister", "visit", "berlin"), List.of("#=2024")),
                List.of(List.of("new york", "times"), List.of()),
                List.of(List.of("über", "straße", "日本", "ça"), List.of("#=3,5")),
                List.of(List.of("one"), List.of()),
                List.of(List.of(), List.of("#=7", "#=8")),
                List.of(List.of(), List.of()),
                List.of(List.of("a", "a", "a", "b", "a"), List.of("#=1", "#=1")),
                List.of(List.of("line\nend", "two words\nhere", "x"), List.of("#=1\n2")),
                List.of(List.of("", "empty", ""), List.of("")),
                List.of(List.of("\n", "z"), List.of("\n")));
        for (List<List<String>> c : cases) {
            List<String> keys = c.get(0);
            List<String> numbers = c.get(1);
            List<BytesRef> split = tokens(splitAtLineEnds(WordLines.join(keys, numbers)));
            List<BytesRef> streamed = tokens(WordLines.stream(keys, numbers));
            assertEquals(new TreeSet<>(split), new TreeSet<>(streamed), "keys " + keys + ", numbers " + numbers);
            for (BytesRef t : streamed) {
                assertFalse(t.length == 0, "an empty term from " + keys);
            }
        }
    }

    @Test
    void aStreamIsReadAgainAfterReset() throws IOException {
        TokenStream ts = WordLines.stream(List.of("prime", "minister"), List.of("#=10"));
        List<BytesRef> first = tokens(ts);
        List<BytesRef> second = tokens(ts);
        assertEquals(first, second);
        assertEquals(Set.of("prime", "minister", "prime minister", "#=10"),
                new TreeSet<>(first.stream().map(BytesRef::utf8ToString).toList()));
    }

    private static TokenStream splitAtLineEnds(String value) {
        SimplePatternSplitTokenizer t = new SimplePatternSplitTokenizer("\n");
        t.setReader(new StringReader(value));
        return t;
    }

    private static List<BytesRef> tokens(TokenStream ts) throws IOException {
        List<BytesRef> out = new ArrayList<>();
        TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
            out.add(BytesRef.deepCopyOf(term.getBytesRef()));
        }
        ts.end();
        ts.close();
        return out;
    }
}
