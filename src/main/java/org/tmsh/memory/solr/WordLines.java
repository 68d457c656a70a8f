package org.tmsh.memory.solr;

import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.util.BytesRefBuilder;
import org.tmsh.memory.UnitKeys;

/**
 * A language's word terms in a collection whose {@code w_L} takes them as one value, one term a line
 * ({@link SolrSchema#WORD_LINES}, configset tmsh-4 on): each content-token key (a space inside it as an
 * underscore), each pair of neighbouring keys ({@code a b}), then the number terms; a line end inside a
 * term as a space. {@link #join} is the value Solr's update request takes (its tokenizer splits it at the
 * line ends again); {@link #stream} gives the same terms to Lucene straight as bytes, for the segment the
 * client builds ({@link SolrSegment}): no string joined, copied and split again by the tokenizer (a
 * twentieth of the client's samples in the profile, docs/memory-performance.md).
 *
 * <p>NOTE: the stream gives a term that comes twice twice ({@link UnitKeys#wordTerms} makes them unique);
 * the field indexes documents only (no frequencies, positions or norms), so the index is the same.
 */
final class WordLines {

    private WordLines() {
    }

    /** The terms as one value, one term a line (each followed by a line end). */
    static String join(List<String> keys, List<String> numbers) {
        StringBuilder all = new StringBuilder(keys.size() * 16);
        for (String term : UnitKeys.wordTerms(keys)) {
            all.append(term.replace('\n', ' ')).append('\n');
        }
        for (String term : numbers) {
            all.append(term.replace('\n', ' ')).append('\n');
        }
        return all.toString();
    }

    /** The terms of {@link #join}, one token each, as UTF-8 bytes. */
    static TokenStream stream(List<String> keys, List<String> numbers) {
        return new Stream(keys, numbers);
    }

    private static final class Stream extends TokenStream {
        private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
        private final BytesRefBuilder bytes = new BytesRefBuilder();
        private final List<String> keys;
        private final List<String> numbers;
        private char[] chars = new char[64];
        /** Index of the next key; whether its pair with the key before comes first. */
        private int next;
        private boolean pairNext;
        private int nextNumber;

        Stream(List<String> keys, List<String> numbers) {
            this.keys = keys;
            this.numbers = numbers;
        }

        @Override
        public boolean incrementToken() {
            // no clearAttributes(): the one attribute is set on every call (as the embedded index's TermStream)
            int n = 0;
            while (n == 0) {
                // an empty term is none (the tokenizer gives no token between two line ends)
                if (next < keys.size()) {
                    if (pairNext) {
                        n = put(keys.get(next - 1), 0, true);
                        chars = grow(chars, n + 1);
                        chars[n++] = ' ';
                        n = put(keys.get(next), n, true);
                        pairNext = false;
                    } else {
                        n = put(keys.get(next), 0, true);
                        next++;
                        pairNext = next < keys.size();
                    }
                } else if (nextNumber < numbers.size()) {
                    n = put(numbers.get(nextNumber++), 0, false);
                } else {
                    return false;
                }
            }
            bytes.copyChars(chars, 0, n);
            term.setBytesRef(bytes.get());
            return true;
        }

        /** Puts {@code s} at {@code at} (a space as an underscore if {@code key}, a line end as a space); the end. */
        private int put(String s, int at, boolean key) {
            int len = s.length();
            chars = grow(chars, at + len);
            s.getChars(0, len, chars, at);
            for (int i = at; i < at + len; i++) {
                char c = chars[i];
                if (key && c == ' ') {
                    chars[i] = '_';
                } else if (c == '\n') {
                    chars[i] = ' ';
                }
            }
            return at + len;
        }

        private static char[] grow(char[] a, int n) {
            return a.length >= n ? a : java.util.Arrays.copyOf(a, Math.max(n, 2 * a.length));
        }

        @Override
        public void reset() {
            next = 0;
            nextNumber = 0;
            pairNext = false;
        }
    }
}
