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
    /**
     * As {@link #LINES}, but a pair is {@link #HASHED_LINE_LENGTH} characters: {@link #LINE_PAIR} and the 64-bit
     * {@link #lineHash} of its {@link #LINES} text in 13 digits of base 32 ({@code 0-9A-V}), whose order is the hash's
     * (unsigned): the terms of a Solr collection's {@code w_L} of configset tmsh-7 on. A pair is then one fixed-length
     * term that the client's segment collects as a number and radix-sorts ({@link MemorySegment}), as the embedded
     * index does with {@link #HASHED_PAIRS}, and that Solr's own tokenizer and query parser take as any other term.
     */
    static final int HASHED_LINES = 4;

    /** The first character of a hashed pair of {@link #HASHED_LINES}: not one a content-token key starts with. */
    static final byte LINE_PAIR = '~';
    /** A hashed pair's length in {@link #HASHED_LINES}: the marker and 13 base-32 digits (4 bits, then 12 x 5). */
    static final int HASHED_LINE_LENGTH = 14;

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

    /** Whether {@code format} is one of a Solr collection's line values ({@link #LINES}, {@link #HASHED_LINES}). */
    static boolean lines(int format) {
        return format == LINES || format == HASHED_LINES;
    }

    /** A key's term in {@code format}, written into {@code into} (cleared first). */
    static void key(String key, int format, BytesRefBuilder into) {
        key(key, into);
        if (lines(format)) {
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
        if (format == TEXT_PAIRS || lines(format)) {
            key(a + ' ' + b.replace(' ', '_'), format, into);
            byte[] bytes = into.bytes();
            // the space between the two keys stays a space; those inside a key are underscores
            bytes[utf8Length(a)] = ' ';
            if (format == HASHED_LINES) {
                linePair(lineHash(into.bytes(), 0, into.length()), into);
            }
            return;
        }
        pair(hash(a), hash(b), into);
    }

    /** The hashed pair term of two keys' {@link #hash}es. */
    static void pair(long ha, long hb, BytesRefBuilder into) {
        hashedPair(mix(ha * 0x9E3779B97F4A7C15L + hb), into);
    }

    /** The {@link #HASHED_PAIRS} term of a pair hashed {@code h}: the marker and the hash's 8 bytes, big-endian. */
    static void hashedPair(long h, BytesRefBuilder into) {
        into.clear();
        into.grow(9);
        into.append(PAIR);
        for (int s = 56; s >= 0; s -= 8) {
            into.append((byte) (h >>> s));
        }
    }

    /** The 64-bit hash of a {@link #LINES} pair term's UTF-8 bytes (FNV-1a over the bytes, then a final mix). */
    static long lineHash(byte[] b, int offset, int length) {
        return mix(fnv(FNV_START, b, offset, length));
    }

    /** FNV-1a's state before the first byte. */
    static final long FNV_START = 0xCBF29CE484222325L;

    /**
     * FNV-1a's state {@code h} after the bytes (a {@link #LINES} pair's hash is {@link #lineMix} of the state after its
     * first key's bytes, a space and its second key's bytes: {@link TermStream} goes on from the first key's state).
     */
    static long fnv(long h, byte[] b, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            h = (h ^ (b[i] & 0xff)) * 0x100000001B3L;
        }
        return h;
    }

    /** The pair's hash from FNV-1a's state after all its bytes ({@link #fnv}). */
    static long lineMix(long fnvState) {
        return mix(fnvState);
    }

    /** The {@link #HASHED_LINES} pair term of hash {@code h}, written into {@code into} (cleared first). */
    static void linePair(long h, BytesRefBuilder into) {
        into.clear();
        into.grow(HASHED_LINE_LENGTH);
        into.append(LINE_PAIR);
        into.append(DIGITS[(int) (h >>> 60)]);
        for (int s = 55; s >= 0; s -= 5) {
            into.append(DIGITS[(int) (h >>> s) & 31]);
        }
    }

    /**
     * Whether {@code t} is a {@link #HASHED_LINES} pair term ({@link #linePair}): its length, marker and digits (the
     * first at most 15). A term that passes is written back to the same bytes from {@link #linePairHash}.
     */
    static boolean isLinePair(BytesRef t) {
        if (t.length != HASHED_LINE_LENGTH || t.bytes[t.offset] != LINE_PAIR) {
            return false;
        }
        int first = digit(t.bytes[t.offset + 1]);
        if (first < 0 || first > 15) {
            return false;
        }
        for (int i = 2; i < HASHED_LINE_LENGTH; i++) {
            if (digit(t.bytes[t.offset + i]) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The hash of a term {@link #isLinePair} accepts. */
    static long linePairHash(BytesRef t) {
        long h = digit(t.bytes[t.offset + 1]);
        for (int i = 2; i < HASHED_LINE_LENGTH; i++) {
            h = h << 5 | digit(t.bytes[t.offset + i]);
        }
        return h;
    }

    /** The {@link #HASHED_LINES} term of a word pair given as its text {@code a b} ({@link org.tmsh.memory.UnitKeys#wordTerms}). */
    static String linePair(String textPair) {
        BytesRef b = new BytesRef(textPair.replace('\n', ' '));
        BytesRefBuilder out = new BytesRefBuilder();
        linePair(lineHash(b.bytes, b.offset, b.length), out);
        return out.get().utf8ToString();
    }

    private static final byte[] DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUV".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** The value of a base-32 digit of {@link #DIGITS}, or -1. */
    private static int digit(byte c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'V' ? c - 'A' + 10 : -1;
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
