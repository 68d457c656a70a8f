package org.tmsh.memory.lucene;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * The word terms of the embedded index as bytes: each content-token key (UTF-8, a space inside it
 * as an underscore) and each pair of neighbouring keys. Since format {@link #HASHED_PAIRS} a pair
 * is 9 bytes, a marker byte and a 64-bit hash of its two keys, instead of the two keys' text:
 * about half of a unit's terms are pairs, and Lucene's hashing and writing of the terms was most
 * of an import's time. Format {@link #TEXT_PAIRS} (TMs imported before) keeps the text "a b".
 *
 * <p>NOTE: two pairs with the same hash would share one term (a unit holding one would be a
 * candidate for the other; rescoring is exact, so no result is wrong); with 64 bits and a TM of a
 * hundred million distinct pairs, the chance of any such collision is below one in a thousand. The
 * marker (0xFF, never a byte of UTF-8) keeps pairs apart from words, and out of the concordance's
 * wildcard queries (which match UTF-8 only).
 */
final class IndexTerms {

    /** Word pairs as text, {@code a b} (format 1 of a TM, the only one until this class). */
    static final int TEXT_PAIRS = 1;
    /** Word pairs as 9-byte hashes (format 2). */
    static final int HASHED_PAIRS = 2;
    /** The format new TMs are written in. */
    static final int CURRENT = HASHED_PAIRS;
    /**
     * Word pairs as text, {@code a b}, and a line end inside a key as a space: the terms of a Solr collection's
     * {@code w_L} (configset tmsh-4 on), which take a language's terms as one value, one term a line.
     */
    static final int LINES = 3;

    static final byte PAIR = (byte) 0xFF;

    /** A look-up term: its bytes, and whether it is a pair of words. */
    record Term(BytesRef bytes, boolean pair) {
    }

    private IndexTerms() {
    }

    /** A key's term, written into {@code into} (cleared first). */
    static void key(String key, BytesRefBuilder into) {
        into.copyChars(key);
        byte[] b = into.bytes();
        for (int i = 0; i < into.length(); i++) {
            if (b[i] == ' ') {
                b[i] = '_';
            }
        }
    }

    /** A key's term in {@code format}, written into {@code into} (cleared first). */
    static void key(String key, int format, BytesRefBuilder into) {
        key(key, into);
        if (format == LINES) {
            byte[] b = into.bytes();
            for (int i = 0; i < into.length(); i++) {
                if (b[i] == '\n') {
                    b[i] = ' ';
                }
            }
        }
    }

    /** The term of the pair of keys {@code a b} in {@code format}, written into {@code into} (cleared first). */
    static void pair(String a, String b, int format, BytesRefBuilder into) {
        if (format == TEXT_PAIRS || format == LINES) {
            key(a + ' ' + b.replace(' ', '_'), format, into);
            byte[] bytes = into.bytes();
            // the space between the two keys stays a space; those inside a key are underscores
            bytes[utf8Length(a)] = ' ';
            return;
        }
        pair(hash(a), hash(b), into);
    }

    /** The hashed pair term of two keys' {@link #hash}es. */
    static void pair(long ha, long hb, BytesRefBuilder into) {
        long h = mix(ha * 0x9E3779B97F4A7C15L + hb);
        into.clear();
        into.grow(9);
        into.append(PAIR);
        for (int s = 56; s >= 0; s -= 8) {
            into.append((byte) (h >>> s));
        }
    }

    /** A 64-bit hash of a key's characters (FNV-1a over UTF-16 units, then a final mix). */
    static long hash(String key) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001B3L;
        }
        return mix(h);
    }

    /** MurmurHash3's 64-bit finaliser: every input bit moves about half of the output bits. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }

    /**
     * The distinct word terms of {@code keys} in {@code format}, keys and pairs in the order of
     * {@link org.tmsh.memory.UnitKeys#wordTerms}: what a look-up asks the index for.
     */
    static List<Term> of(List<String> keys, int format) {
        Set<BytesRef> seen = new LinkedHashSet<>();
        List<Term> out = new ArrayList<>();
        BytesRefBuilder b = new BytesRefBuilder();
        String prev = null;
        for (String k : keys) {
            key(k, format, b);
            add(b, false, seen, out);
            if (prev != null) {
                pair(prev, k, format, b);
                add(b, true, seen, out);
            }
            prev = k;
        }
        return out;
    }

    private static void add(BytesRefBuilder b, boolean pair, Set<BytesRef> seen, List<Term> out) {
        BytesRef term = b.toBytesRef();
        if (seen.add(term)) {
            out.add(new Term(term, pair));
        }
    }

    private static int utf8Length(String s) {
        return new BytesRef(s).length;
    }
}
