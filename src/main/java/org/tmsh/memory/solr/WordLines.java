package org.tmsh.memory.solr;

import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.tmsh.memory.UnitKeys;
import org.tmsh.memory.lucene.LookupFields;

/**
 * A language's word terms in a collection whose {@code w_L} takes them as one value, one term a line
 * ({@link SolrSchema#WORD_LINES}, configset tmsh-4 on): each content-token key (a space inside it as an
 * underscore), each pair of neighbouring keys ({@code a b}), then the number terms; a line end inside a
 * term as a space. {@link #join} is the value Solr's update request takes (its tokenizer splits it at the
 * line ends again); {@link #stream} gives the same terms to Lucene straight as bytes, for the segment the
 * client builds ({@link SolrSegment}): no string joined, copied and split again by the tokenizer (a
 * twentieth of the client's samples in the profile, docs/memory-performance.md), through the embedded
 * index's own term stream in format {@link LookupFields#LINES}.
 *
 * <p>NOTE: the stream gives a term that comes twice twice ({@link UnitKeys#wordTerms} makes them unique);
 * the field indexes documents only (no frequencies, positions or norms), so the index is the same.
 */
final class WordLines {

    private WordLines() {
    }

    /** The terms as one value, one term a line (each followed by a line end). */
    static String join(List<String> keys, List<String> numbers) {
        return join(keys, numbers, false);
    }

    /** The terms as one value, one term a line; {@code hashedPairs}: each word pair as its hash (tmsh-7 on, {@link SolrSchema#pairTerm}). */
    static String join(List<String> keys, List<String> numbers, boolean hashedPairs) {
        StringBuilder all = new StringBuilder(keys.size() * 16);
        for (String term : UnitKeys.wordTerms(keys)) {
            all.append(hashedPairs && term.indexOf(' ') > 0 ? SolrSchema.pairTerm(term) : term.replace('\n', ' ')).append('\n');
        }
        for (String term : numbers) {
            all.append(term.replace('\n', ' ')).append('\n');
        }
        return all.toString();
    }

    /** The terms of {@link #join}, one token each, as UTF-8 bytes (the embedded index's term stream, in format LINES). */
    static TokenStream stream(List<String> keys, List<String> numbers) {
        return stream(keys, numbers, false);
    }

    /** The terms of {@link #join} with {@code hashedPairs}, one token each, as UTF-8 bytes. */
    static TokenStream stream(List<String> keys, List<String> numbers, boolean hashedPairs) {
        return LookupFields.termStream(keys, numbers, hashedPairs ? LookupFields.HASHED_LINES : LookupFields.LINES);
    }
}
