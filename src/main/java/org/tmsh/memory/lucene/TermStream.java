package org.tmsh.memory.lucene;

import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.util.BytesRefBuilder;

import org.tmsh.memory.UnitKeys;

/**
 * A Lucene token stream of the word terms of a unit's content-token keys ({@link IndexTerms}):
 * each key, and each pair of neighbouring keys, written straight as bytes instead of building a
 * string per term first; then the number terms ({@link UnitKeys#numberTerms}) as they are.
 *
 * <p>In format {@link IndexTerms#LINES} (a Solr collection's {@code w_L}, whose value is one term a line) the
 * terms are those the configset's tokenizer makes of that value: pairs as text, a line end inside a term as a
 * space, and no empty term; the Solr client's segment takes them so ({@link LookupFields#termStream}).
 *
 * <p>NOTE: a term that comes twice is emitted twice; the field indexes documents only (no
 * frequencies, positions or norms), so the index is the same as with the terms made unique.
 */
final class TermStream extends TokenStream {

    private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    private final BytesRefBuilder bytes = new BytesRefBuilder();
    private final List<String> keys;
    /** Terms written as they are after the keys and pairs ({@link UnitKeys#numberTerms}). */
    private final List<String> literal;
    private final int format;
    private int nextLiteral;
    /** Index of the next key; whether its pair with the previous key comes before the key itself. */
    private int next;
    private boolean pairNext;
    /** The hash of the key before {@code next} (hashed pairs). */
    private long prevHash;
    /**
     * {@link IndexTerms#HASHED_LINES}: FNV-1a's state after the previous key's term and a space (a pair's hash goes on
     * from it with the next key's term, {@link IndexTerms#fnv}), and the next key's term, made for its pair and then
     * emitted as it is: no pair text built, each key's term encoded once.
     */
    private long prevState;
    private static final byte[] SPACE = {' '};
    private final BytesRefBuilder nextKey = new BytesRefBuilder();
    private boolean nextKeyReady;

    TermStream(List<String> keys, List<String> literal, int format) {
        this.keys = keys;
        this.literal = literal;
        this.format = format;
    }

    @Override
    public boolean incrementToken() {
        // no clearAttributes(): the one attribute is set below on every call, and working out the
        // attributes' state for each new stream (one per field and unit) was 3.6% of an import's samples
        do {
            if (next >= keys.size()) {
                if (nextLiteral >= literal.size()) {
                    return false;
                }
                bytes.copyChars(literal.get(nextLiteral++));
                if (IndexTerms.lines(format)) {
                    byte[] b = bytes.bytes();
                    for (int i = 0; i < bytes.length(); i++) {
                        if (b[i] == '\n') {
                            b[i] = ' ';
                        }
                    }
                }
            } else if (pairNext && format == IndexTerms.HASHED_LINES) {
                IndexTerms.key(keys.get(next), format, nextKey);
                nextKeyReady = true;
                long h = IndexTerms.fnv(prevState, nextKey.bytes(), 0, nextKey.length());
                IndexTerms.linePair(IndexTerms.lineMix(h), bytes);
                pairNext = false;
            } else if (pairNext) {
                if (format != IndexTerms.HASHED_PAIRS) {
                    IndexTerms.pair(keys.get(next - 1), keys.get(next), format, bytes);
                } else {
                    long h = IndexTerms.hash(keys.get(next));
                    IndexTerms.pair(prevHash, h, bytes);
                    prevHash = h;
                }
                pairNext = false;
            } else {
                String key = keys.get(next);
                if (nextKeyReady) {
                    bytes.copyBytes(nextKey);
                    nextKeyReady = false;
                } else {
                    IndexTerms.key(key, format, bytes);
                }
                if (next == 0 && format == IndexTerms.HASHED_PAIRS) {
                    prevHash = IndexTerms.hash(key);
                }
                if (format == IndexTerms.HASHED_LINES) {
                    prevState = IndexTerms.fnv(IndexTerms.FNV_START, bytes.bytes(), 0, bytes.length());
                    prevState = IndexTerms.fnv(prevState, SPACE, 0, 1);
                }
                next++;
                pairNext = next < keys.size();
            }
            // a value of one term a line has no empty term (nothing between two line ends)
        } while (IndexTerms.lines(format) && bytes.length() == 0);
        term.setBytesRef(bytes.get());
        return true;
    }

    @Override
    public void reset() {
        nextKeyReady = false;
        next = 0;
        nextLiteral = 0;
        pairNext = false;
    }
}
