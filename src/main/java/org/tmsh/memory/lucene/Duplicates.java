package org.tmsh.memory.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Duplicate detection for one import: a unit already in the TM is skipped; one that may repeat
 * within the input replaces by key (exact, through Lucene's update-by-term).
 *
 * <p>NOTE: built from the commit seen while the import holds the writer's lock, so that two imports
 * of one file, one after the other, cannot both add its units.
 */
final class Duplicates {

    private Duplicates() {
    }

    /** The decision for each key of an input, against the TM as {@code r} shows it (null: empty). */
    static ImportPipeline.Dedup against(DirectoryReader r) throws IOException {
        Existing existing = new Existing(r);
        SeenFilter seen = new SeenFilter();
        return key -> {
            try {
                if (existing.contains(key)) {
                    return ImportPipeline.Action.SKIP;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return seen.add(key) ? ImportPipeline.Action.ADD : ImportPipeline.Action.REPLACE;
        };
    }

    /**
     * Which keys this input may already have had: a Bloom filter of fixed size (32 MB, five bits a
     * key), so memory stays flat however long the file. "Maybe" sends the unit through the import's
     * replacement of earlier copies ({@code LuceneImport.deleteReplaced}), which is exact but looks
     * the key up in every segment; "no" lets it be added directly. At the ten-millionth distinct key
     * one in 7,000 is a false "maybe", some 250 over an import of ten million (16 MB and three bits,
     * before: one in 125, some 21,000, each looked up in every one of 150 segments).
     */
    static final class SeenFilter {
        private static final int BITS = 1 << 28;
        private static final int HASHES = 5;
        private final long[] words = new long[BITS / 64];

        /** Records the key; false if it may have been recorded before. */
        boolean add(String key) {
            long h1 = hex(key, 0, Math.min(16, key.length()));
            long h2 = key.length() > 16 ? hex(key, 16, Math.min(32, key.length())) : h1 >>> 7;
            boolean fresh = false;
            for (int i = 0; i < HASHES; i++) {
                int bit = (int) ((h1 + i * h2) & (BITS - 1));
                long mask = 1L << (bit & 63);
                if ((words[bit >>> 6] & mask) == 0) {
                    fresh = true;
                    words[bit >>> 6] |= mask;
                }
            }
            return fresh;
        }

        /**
         * The bits of the lower-case hexadecimal digits {@code key[from, to)} ({@code UnitKeys.dupKey});
         * any other character counts by its low bits (a key is hashed, not checked: Long's parser was
         * 1.4% of an import's time).
         */
        static long hex(String key, int from, int to) {
            long v = 0;
            for (int i = from; i < to; i++) {
                char c = key.charAt(i);
                v = v << 4 | (c <= '9' ? c - '0' : c - 'a' + 10) & 0xF;
            }
            return v;
        }
    }

    /** Looks up duplicate keys in a commit. */
    private static final class Existing {
        private final List<TermsEnum> enums = new ArrayList<>();
        private final List<Bits> live = new ArrayList<>();

        Existing(DirectoryReader r) throws IOException {
            if (r == null) {
                return;
            }
            for (LeafReaderContext ctx : r.leaves()) {
                Terms t = ctx.reader().terms(TmSchema.DUP);
                if (t != null) {
                    enums.add(t.iterator());
                    live.add(ctx.reader().getLiveDocs());
                }
            }
        }

        boolean contains(String key) throws IOException {
            BytesRef b = new BytesRef(key);
            for (int i = 0; i < enums.size(); i++) {
                TermsEnum te = enums.get(i);
                if (te.seekExact(b)) {
                    Bits bits = live.get(i);
                    var docs = te.postings(null, 0);
                    for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                        if (bits == null || bits.get(d)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    }
}
