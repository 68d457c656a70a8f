package org.tmsh.memory.lucene;

import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import org.tmsh.memory.UnitKeys;

/**
 * A Lucene token stream of the word terms of a unit's content-token keys: each key, and each pair
 * of neighbouring keys (the terms of {@link UnitKeys#wordTerms}), written straight into the term
 * buffer instead of building a string per term first.
 *
 * <p>NOTE: a term that comes twice is emitted twice; the field indexes documents only (no
 * frequencies, positions or norms), so the index is the same as with the terms made unique.
 */
final class TermStream extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final List<String> keys;
    /** Terms written as they are after the keys and pairs ({@link UnitKeys#numberTerms}). */
    private final List<String> literal;
    private int nextLiteral;
    /** Index of the next key; whether its pair with the previous key comes before the key itself. */
    private int next;
    private boolean pairNext;

    TermStream(List<String> keys) {
        this(keys, List.of());
    }

    TermStream(List<String> keys, List<String> literal) {
        this.keys = keys;
        this.literal = literal;
    }

    @Override
    public boolean incrementToken() {
        if (next >= keys.size()) {
            if (nextLiteral >= literal.size()) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(literal.get(nextLiteral++));
            return true;
        }
        clearAttributes();
        term.setEmpty();
        if (pairNext) {
            append(keys.get(next - 1));
            term.append(' ');
            append(keys.get(next));
            pairNext = false;
            return true;
        }
        append(keys.get(next));
        next++;
        pairNext = next < keys.size();
        return true;
    }

    /** A key as a term: a space inside it (which separates the two keys of a pair) becomes an underscore. */
    private void append(String key) {
        int at = term.length();
        term.append(key);
        char[] b = term.buffer();
        for (int i = at; i < at + key.length(); i++) {
            if (b[i] == ' ') {
                b[i] = '_';
            }
        }
    }

    @Override
    public void reset() {
        next = 0;
        nextLiteral = 0;
        pairNext = false;
    }
}
