package org.tmsh.memory.lucene;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Every unit's length (its source's content tokens, the field {@link TmSchema#length}) in one index segment, as an
 * array of bytes kept while the segment is open, so that the look-up's walks can pass over a unit outside the
 * length window before they count it: a unit shorter or longer than the window can never reach the bar, and a
 * walk that drops it from the start reads or advances fewer postings for the units left (a short query at a high
 * bar over common words kept hundreds of thousands of candidates, most of them far too long, and read every list
 * through for them).
 *
 * <p>The doc values hold the same numbers, but reading them for each of a walk's postings cost as much as the
 * posting itself; an array costs a byte a unit (ten megabytes at ten million units), built once a segment from its
 * doc values the first time a heavy walk needs it. A length of {@value #UNKNOWN} or more, or none, is stored as
 * {@value #UNKNOWN}: such a unit is never dropped here (the walk's last check, on the doc values, decides).
 */
final class UnitLengths {

    /** Stored for a length of 255 tokens or more and for a unit without one: never outside a window here. */
    static final int UNKNOWN = 255;

    /** Whether the walks use the arrays ({@code -Dtmsh.tm.lengths=false}: the walk before; a test switches it). */
    static volatile boolean on = !"false".equals(System.getProperty("tmsh.tm.lengths"));

    /**
     * The postings a walk is expected to read from which it builds and uses the arrays ({@code -Dtmsh.tm.lengthsFrom};
     * a light walk has too few candidates for the drop to pay, and a look-up of a few words should not pay for
     * building them). A test sets 0.
     */
    static volatile long from = Long.getLong("tmsh.tm.lengthsFrom", 50_000);

    /** The arrays of the open segments, by segment core and field; dropped when the core closes. */
    private static final Map<IndexReader.CacheKey, Map<String, byte[]>> OPEN = new ConcurrentHashMap<>();

    private static final java.util.concurrent.atomic.AtomicLong BUILT = new java.util.concurrent.atomic.AtomicLong();

    private UnitLengths() {
    }

    /** Whether a walk expected to read {@code estimate} postings uses the arrays. */
    static boolean wanted(long estimate) {
        return on && estimate >= from;
    }

    /** The lengths of {@code reader}'s units in {@code field}, or null if the segment has no such doc values. */
    static byte[] of(LeafReader reader, String field) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return read(reader, field); // a reader that cannot tell when it closes: this walk only
        }
        Map<String, byte[]> fields = OPEN.get(helper.getKey());
        if (fields == null) {
            fields = OPEN.computeIfAbsent(helper.getKey(), key -> {
                helper.addClosedListener(OPEN::remove);
                return new ConcurrentHashMap<>();
            });
        }
        byte[] lengths = fields.get(field);
        if (lengths == null) {
            lengths = read(reader, field);
            if (lengths != null) {
                fields.putIfAbsent(field, lengths);
            }
        }
        return lengths;
    }

    /** True if a unit of stored length {@code stored} (a byte of an array) may lie in {@code [low, high]}. */
    static boolean in(byte stored, int low, int high) {
        int l = stored & 0xFF;
        return l == UNKNOWN || (l >= low && l <= high);
    }

    /** How many arrays were built since the JVM started (for tests). */
    static long built() {
        return BUILT.get();
    }

    /** How many segments' arrays are kept (for tests). */
    static int open() {
        return OPEN.values().stream().mapToInt(Map::size).sum();
    }

    private static byte[] read(LeafReader reader, String field) throws IOException {
        NumericDocValues dv = reader.getNumericDocValues(field);
        if (dv == null) {
            return null;
        }
        BUILT.incrementAndGet();
        byte[] out = new byte[reader.maxDoc()];
        java.util.Arrays.fill(out, (byte) UNKNOWN);
        for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
            long v = dv.longValue();
            out[d] = (byte) (v >= 0 && v < UNKNOWN ? v : UNKNOWN);
        }
        return out;
    }
}
