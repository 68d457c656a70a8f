package org.tmsh.memory.lucene;

import java.util.Iterator;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** A Lucene token stream over terms tmsh has already computed (word keys, bigrams, trigrams). */
final class TermStream extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final List<String> terms;
    private Iterator<String> it;

    TermStream(List<String> terms) {
        this.terms = terms;
    }

    @Override
    public boolean incrementToken() {
        if (it == null) {
            it = terms.iterator();
        }
        if (!it.hasNext()) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(it.next());
        return true;
    }

    @Override
    public void reset() {
        it = terms.iterator();
    }
}
