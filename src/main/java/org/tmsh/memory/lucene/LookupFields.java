package org.tmsh.memory.lucene;

/**
 * How a TM's units are laid out in a Lucene index, as far as a look-up ({@link FuzzySearch}, {@link CountingProbe},
 * {@link CountingWalk}) reads them: the field names of a language L (its word and pair terms, its content-token
 * count, its text and its key hashes, each name a prefix followed by L), how the words and pairs are written as
 * terms ({@code format}), and where a unit's tuid is. The embedded index and a Solr collection of configset
 * {@code tmsh-5} on hold the same things under other names and encodings; the look-up is one code for both, the
 * node plug-in's ({@code org.tmsh.memory.solr.node.NodeLookup}) included.
 *
 * <p>What both layouts share: the length as numeric doc values, texts as UTF-8 binary doc values, key hashes as
 * binary doc values of 4 bytes a key, big-endian, a unit's position of import as numeric doc values ({@code seq}),
 * its {@code <tu>} as a stored field ({@code xml}).
 *
 * @param words   prefix of the word-term field ({@code w.} embedded, {@code w_} in Solr)
 * @param length  prefix of the content-token count field ({@code n.}, {@code n_})
 * @param text    prefix of the text field ({@code t.}, {@code t_})
 * @param keys    prefix of the key-hash field ({@code k.}, {@code k_})
 * @param format  how words and pairs are written as terms: {@link #TEXT_PAIRS}, {@link #HASHED_PAIRS}, {@link #LINES} or
 *                {@link #HASHED_LINES}
 * @param tuidInDocValues whether the tuid is a binary doc value (Solr, tmsh-5 on) or a stored field (embedded)
 */
public record LookupFields(String words, String length, String text, String keys, int format, boolean tuidInDocValues) {

    /** Word pairs as text {@code a b} (embedded TMs of format 1). */
    public static final int TEXT_PAIRS = IndexTerms.TEXT_PAIRS;
    /** Word pairs as 9-byte hashes (embedded TMs of format 2). */
    public static final int HASHED_PAIRS = IndexTerms.HASHED_PAIRS;
    /** Word pairs as text, a line end inside a key as a space (a Solr collection's {@code w_L}, tmsh-4 on). */
    public static final int LINES = IndexTerms.LINES;
    /** As {@link #LINES}, but each word pair a fixed-length hash of its text (a Solr collection's {@code w_L}, tmsh-7 on). */
    public static final int HASHED_LINES = IndexTerms.HASHED_LINES;

    /**
     * The term of a word pair, given as its text {@code a b} ({@link org.tmsh.memory.UnitKeys#wordTerms}), in format
     * {@link #HASHED_LINES}: what a query of Solr's plain path asks for where {@link #LINES} asks for the text.
     */
    public static String hashedPair(String textPair) {
        return IndexTerms.linePair(textPair);
    }

    /**
     * A unit's word terms in {@code format} as a Lucene token stream of their bytes: each of the content-token
     * {@code keys}, each pair of neighbouring keys, then the {@code numbers} ({@link TermStream}; what the embedded
     * index writes, and in {@link #LINES} what a Solr collection's tokenizer makes of the one-term-a-line value).
     */
    public static org.apache.lucene.analysis.TokenStream termStream(java.util.List<String> keys,
                                                                   java.util.List<String> numbers, int format) {
        return new TermStream(keys, numbers, format);
    }

    /** The units' languages (each a term). */
    public static final String LANG = "lang";
    /** The unit's tuid. */
    public static final String TUID = "tuid";
    /** The unit's {@code <tu>} as imported (stored). */
    public static final String XML = "xml";
    /** The unit's position of import (numeric doc values): its id in the TM. */
    public static final String SEQ = "seq";

    /** The word-term field of {@code lang}. */
    public String words(String lang) {
        return words + lang;
    }

    /** The content-token count field of {@code lang}. */
    public String length(String lang) {
        return length + lang;
    }

    /** The text field of {@code lang}. */
    public String text(String lang) {
        return text + lang;
    }

    /** The key-hash field of {@code lang}. */
    public String keys(String lang) {
        return keys + lang;
    }
}
