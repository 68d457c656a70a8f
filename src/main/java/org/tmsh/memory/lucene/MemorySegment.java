package org.tmsh.memory.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;
import org.apache.lucene.index.VectorEncoding;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BitUtil;
import org.apache.lucene.util.ByteBlockPool;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;
import org.apache.lucene.util.BytesRefHash;
import org.apache.lucene.util.Counter;
import org.apache.lucene.util.RecyclingByteBlockAllocator;

/**
 * A batch of documents inverted in memory, which {@link org.apache.lucene.index.IndexWriter#addIndexes(CodecReader...)}
 * writes as one segment ({@link #reader()}). It takes the documents of {@link TmSchema#document}:
 * stored strings, numeric and binary doc values, and indexed fields of documents only (no
 * frequencies, positions or norms); anything else is refused.
 *
 * <p>Why not Lucene's own in-memory indexing: it looks every term occurrence up in one hash table
 * per field, and a TM's word pairs are mostly rare, so at a million units that table outgrows the
 * processor's caches and each look-up waits for memory (35% of an import's samples were in
 * {@code BytesRefHash.findHash}). Here a hashed pair ({@link IndexTerms#PAIR} and 8 bytes) is
 * appended as a number beside its document and the pairs are radix-sorted once per batch, which
 * reads and writes memory in sequence; the other terms (words, numbers: far fewer distinct ones per
 * batch) go through a small hash table that stays in cache. The segment written is the same as
 * Lucene's (a test compares them term by term, document by document).
 *
 * <p>The Solr client's segment of configset tmsh-7 on ({@code org.tmsh.memory.solr.SolrSegment}) is built here
 * too, with pairs as {@link IndexTerms#HASHED_LINES} writes them ({@link #MemorySegment(boolean)}); for its schema
 * a batch also takes sorted and sorted-set doc values (few distinct values a field, or one a document: a small hash
 * table of the values, sorted once a batch).
 */
public final class MemorySegment {

    /** One field of the batch: its schema and what its documents hold. */
    static final class FieldData {
        final String name;
        int number;
        // the field's schema: the union of what its values are (a name may come as an indexed value and as a doc value)
        IndexOptions indexOptions = IndexOptions.NONE;
        boolean omitNorms;
        DocValuesType docValues = DocValuesType.NONE;
        boolean stored;
        Postings postings;
        private final boolean linePairs;
        // numeric and binary doc values: the documents that have one, and the values
        int[] dvDocs = new int[16];
        long[] numbers;
        byte[] bytes;
        int[] offsets;
        int dvCount;

        // sorted and sorted-set doc values: each value's id in {@link #dvTerms}, beside its document in dvDocs (a
        // document of a sorted set once a value, in order); after {@link #freezeSorted}, each id's rank by bytes
        BytesRefHash dvTerms;
        int[] dvIds;
        int[] dvSorted;
        int[] dvRank;

        FieldData(String name, int number, boolean linePairs) {
            this.name = name;
            this.number = number;
            this.linePairs = linePairs;
        }

        /** Whether a value of type {@code t} fits the field's schema (what it has of both is the same). */
        boolean fits(IndexableFieldType t) {
            return (t.indexOptions() == IndexOptions.NONE || indexOptions == IndexOptions.NONE
                        || t.indexOptions() == indexOptions && t.omitNorms() == omitNorms)
                    && (t.docValuesType() == DocValuesType.NONE || docValues == DocValuesType.NONE || t.docValuesType() == docValues);
        }

        /** Adds to the field's schema what a value of type {@code t} has and it has not yet; false if {@code t} does not fit. */
        boolean absorb(IndexableFieldType t) {
            if (!fits(t)) {
                return false;
            }
            if (t.indexOptions() != IndexOptions.NONE && indexOptions == IndexOptions.NONE) {
                indexOptions = t.indexOptions();
                omitNorms = t.omitNorms();
                postings = new Postings(linePairs);
            }
            if (t.docValuesType() != DocValuesType.NONE && docValues == DocValuesType.NONE) {
                docValues = t.docValuesType();
                if (docValues == DocValuesType.NUMERIC) {
                    numbers = new long[16];
                } else if (docValues == DocValuesType.BINARY) {
                    bytes = new byte[256];
                    offsets = new int[17];
                } else {
                    dvTerms = new BytesRefHash(new ByteBlockPool(new RecyclingByteBlockAllocator(4096, Counter.newCounter())));
                    dvIds = new int[16];
                }
            }
            stored |= t.stored();
            return true;
        }

        void sorted(int doc, BytesRef v) {
            if (docValues == DocValuesType.SORTED) {
                checkOnce(doc);
            } else if (dvCount == dvDocs.length) {
                dvDocs = Arrays.copyOf(dvDocs, 2 * dvDocs.length);
            }
            if (dvCount == dvIds.length) {
                dvIds = Arrays.copyOf(dvIds, dvDocs.length);
            }
            int id = dvTerms.add(v);
            dvIds[dvCount] = id < 0 ? -id - 1 : id;
            dvDocs[dvCount++] = doc;
        }

        /** Sorts the sorted doc values' distinct values by bytes: {@link #dvSorted} ids by rank, {@link #dvRank} ranks by id. */
        void freezeSorted() {
            if (dvTerms == null) {
                return;
            }
            int n = dvTerms.size();
            dvSorted = Arrays.copyOf(dvTerms.sort(), n);
            dvRank = new int[n];
            for (int r = 0; r < n; r++) {
                dvRank[dvSorted[r]] = r;
            }
        }

        /** Empties the field for the next batch, where it has number {@code number}; its arrays stay for reuse. */
        void reset(int number) {
            this.number = number;
            dvCount = 0;
            if (postings != null) {
                postings.reset();
            }
            if (dvTerms != null) {
                dvTerms.clear();
                dvTerms.reinit();
            }
        }

        FieldInfo info() {
            return new FieldInfo(name, number, false, omitNorms, false, indexOptions, docValues, -1, Map.of(),
                    0, 0, 0, 0, VectorEncoding.FLOAT32, VectorSimilarityFunction.EUCLIDEAN, false, false);
        }

        void numeric(int doc, long v) {
            checkOnce(doc);
            if (dvCount == numbers.length) {
                numbers = Arrays.copyOf(numbers, 2 * numbers.length);
            }
            numbers[dvCount] = v;
            dvDocs[dvCount++] = doc;
        }

        void binary(int doc, BytesRef v) {
            checkOnce(doc);
            int at = dvCount == 0 ? 0 : offsets[dvCount];
            if (at + v.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(at + v.length, 2 * bytes.length));
            }
            System.arraycopy(v.bytes, v.offset, bytes, at, v.length);
            if (dvCount + 2 > offsets.length) {
                offsets = Arrays.copyOf(offsets, 2 * offsets.length);
            }
            offsets[dvCount] = at;
            offsets[dvCount + 1] = at + v.length;
            dvDocs[dvCount++] = doc;
        }

        private void checkOnce(int doc) {
            if (dvCount > 0 && dvDocs[dvCount - 1] == doc) {
                throw new IllegalArgumentException("doc values field \"" + name + "\" appears more than once in a document");
            }
            if (dvCount == dvDocs.length) {
                dvDocs = Arrays.copyOf(dvDocs, 2 * dvDocs.length);
            }
        }
    }

    /**
     * The postings of one indexed field, as collected: hashed pairs as numbers, other terms by their
     * id in a small hash table, each occurrence beside its document; {@link #freeze} sorts them.
     */
    static final class Postings {
        // the pool's blocks are kept when the batch is reset, for the next one
        final BytesRefHash terms = new BytesRefHash(new ByteBlockPool(new RecyclingByteBlockAllocator(4096, Counter.newCounter())));
        int[] termIds = new int[64];
        int[] termDocs = new int[64];
        int termCount;
        long[] pairs = new long[64];
        int[] pairDocs = new int[64];
        int pairCount;
        int lastDoc = -1;
        int docCount;
        // after freeze (arrays kept from batch to batch: their first {@link #size} entries count)
        /** How many distinct terms {@link #order} holds. */
        int size;
        /** Distinct terms by their bytes: ids in {@link #terms} ({@code >= 0}), or {@code -1 - i} for pair {@code i}. */
        int[] order;
        /** Per entry of {@link #order}: where its documents start in {@link #docs} (one more entry: the end). */
        int[] starts;
        int[] docs;
        long[] pairTerms;
        /** Scratch arrays of {@link #freeze} and {@link RadixSort}, kept for the next batch. */
        private int[] sortedDocs = new int[0];
        private long[] sortKeys = new long[0];
        private int[] sortValues = new int[0];
        /** Pairs as {@link IndexTerms#HASHED_LINES} writes them (a Solr collection's), else as {@link IndexTerms#HASHED_PAIRS}. */
        private final boolean linePairs;

        Postings(boolean linePairs) {
            this.linePairs = linePairs;
        }

        /** Empties the postings for the next batch; the arrays stay. */
        void reset() {
            terms.clear();
            terms.reinit();
            termCount = 0;
            pairCount = 0;
            lastDoc = -1;
            docCount = 0;
            size = 0;
        }

        void add(BytesRef term, int doc) {
            if (doc != lastDoc) {
                lastDoc = doc;
                docCount++;
            }
            boolean pair = linePairs ? IndexTerms.isLinePair(term) : term.length == 9 && term.bytes[term.offset] == IndexTerms.PAIR;
            if (pair) {
                if (pairCount == pairs.length) {
                    pairs = Arrays.copyOf(pairs, 2 * pairs.length);
                    pairDocs = Arrays.copyOf(pairDocs, pairs.length);
                }
                pairs[pairCount] = linePairs ? IndexTerms.linePairHash(term) : (long) BitUtil.VH_BE_LONG.get(term.bytes, term.offset + 1);
                pairDocs[pairCount++] = doc;
                return;
            }
            int id = terms.add(term);
            if (id < 0) {
                id = -id - 1;
            }
            if (termCount == termIds.length) {
                termIds = Arrays.copyOf(termIds, 2 * termIds.length);
                termDocs = Arrays.copyOf(termDocs, termIds.length);
            }
            termIds[termCount] = id;
            termDocs[termCount++] = doc;
        }

        /** Sorts the terms and makes each term's documents distinct and ascending. */
        void freeze() {
            // other terms: ids sorted by bytes, then a counting sort of the occurrences by rank (stable: documents stay ascending)
            int distinct = terms.size();
            int[] byBytes = Arrays.copyOf(terms.sort(), distinct);
            int[] rank = new int[distinct];
            for (int r = 0; r < distinct; r++) {
                rank[byBytes[r]] = r;
            }
            int[] termStart = new int[distinct + 1];
            for (int i = 0; i < termCount; i++) {
                termStart[rank[termIds[i]] + 1]++;
            }
            for (int r = 0; r < distinct; r++) {
                termStart[r + 1] += termStart[r];
            }
            int[] sortedDocs = this.sortedDocs = capacity(this.sortedDocs, termCount);
            int[] fill = Arrays.copyOf(termStart, distinct);
            for (int i = 0; i < termCount; i++) {
                sortedDocs[fill[rank[termIds[i]]]++] = termDocs[i];
            }
            // pairs: sorted by their 64 bits, unsigned (the order of their big-endian bytes), documents kept in order
            sortKeys = sortKeys.length >= pairCount ? sortKeys : new long[pairs.length];
            sortValues = sortValues.length >= pairCount ? sortValues : new int[pairs.length];
            RadixSort.sort(pairs, pairDocs, pairCount, sortKeys, sortValues);
            int pairDistinct = 0;
            for (int i = 0; i < pairCount; i++) {
                if (i == 0 || pairs[i] != pairs[i - 1]) {
                    pairDistinct++;
                }
            }
            pairTerms = pairTerms != null && pairTerms.length >= pairDistinct ? pairTerms : new long[pairDistinct];
            // merge both sorted lists into one by bytes; documents distinct per term
            size = distinct + pairDistinct;
            order = capacity(order, size);
            starts = capacity(starts, size + 1);
            docs = capacity(docs, termCount + pairCount);
            BytesRef a = new BytesRef();
            BytesRef b = new BytesRef();
            BytesRefBuilder pairScratch = new BytesRefBuilder();
            int r = 0;
            int p = 0;
            int pi = 0;
            int n = 0;
            int out = 0;
            while (r < distinct || p < pairCount) {
                boolean takeTerm;
                if (r == distinct) {
                    takeTerm = false;
                } else if (p == pairCount) {
                    takeTerm = true;
                } else {
                    terms.get(byBytes[r], a);
                    takeTerm = a.compareTo(pairTerm(pairs[p], pairScratch, b)) < 0;
                }
                starts[n] = out;
                if (takeTerm) {
                    order[n++] = byBytes[r];
                    int last = -1;
                    for (int i = termStart[r]; i < termStart[r + 1]; i++) {
                        if (sortedDocs[i] != last) {
                            last = sortedDocs[i];
                            docs[out++] = last;
                        }
                    }
                    r++;
                } else {
                    long h = pairs[p];
                    pairTerms[pi] = h;
                    order[n++] = -1 - pi++;
                    int last = -1;
                    for (; p < pairCount && pairs[p] == h; p++) {
                        if (pairDocs[p] != last) {
                            last = pairDocs[p];
                            docs[out++] = last;
                        }
                    }
                }
            }
            starts[n] = out;
        }

        /** {@code a} if it holds {@code n} entries, else a new array (of some room more, for the next batches). */
        private static int[] capacity(int[] a, int n) {
            return a != null && a.length >= n ? a : new int[ArrayUtil.oversize(n, Integer.BYTES)];
        }

        /** The bytes of entry {@code ord} of {@link #order}, into {@code scratch} (a pair) or pointing into the pool. */
        BytesRef term(int ord, BytesRef into, BytesRefBuilder pairScratch) {
            int e = order[ord];
            if (e >= 0) {
                terms.get(e, into);
                return into;
            }
            return pairTerm(pairTerms[-1 - e], pairScratch, into);
        }

        /** The term of the pair hashed {@code h}, written into {@code scratch}, {@code into} pointing at it. */
        private BytesRef pairTerm(long h, BytesRefBuilder scratch, BytesRef into) {
            if (linePairs) {
                IndexTerms.linePair(h, scratch);
            } else {
                IndexTerms.hashedPair(h, scratch);
            }
            into.bytes = scratch.bytes();
            into.offset = 0;
            into.length = scratch.length();
            return into;
        }
    }

    /** Stored values, per document: field numbers and values (strings or bytes). */
    private int[] storedStart = new int[17];
    private int[] storedField = new int[16];
    private Object[] storedValue = new Object[16];
    private int storedCount;

    private final Map<String, FieldData> fields = new LinkedHashMap<>();
    /** Whether pairs are {@link IndexTerms#HASHED_LINES} terms (a Solr collection's) or {@link IndexTerms#HASHED_PAIRS}. */
    private final boolean linePairs;

    /** A batch of the embedded index (pairs as {@link IndexTerms#HASHED_PAIRS}). */
    MemorySegment() {
        this(false);
    }

    /**
     * A batch whose hashed pairs are {@link IndexTerms#HASHED_LINES} terms ({@code linePairs}: a Solr collection's
     * {@code w_L} of configset tmsh-7 on) or {@link IndexTerms#HASHED_PAIRS} terms (the embedded index's).
     */
    public MemorySegment(boolean linePairs) {
        this.linePairs = linePairs;
    }
    /** Fields of earlier batches, emptied ({@link #reset}), whose arrays a field of the same name and schema takes again. */
    private final Map<String, FieldData> spare = new java.util.HashMap<>();
    private int docs;
    /** Roughly the memory the batch holds, for {@link #bytesUsed}. */
    private long bytes;
    private boolean frozen;

    public int size() {
        return docs;
    }

    /** About how many bytes of memory the batch holds. */
    long bytesUsed() {
        return bytes;
    }

    /** Adds a document (the next number); its fields must be of the kinds this class takes. */
    public void add(Document d) throws IOException {
        if (frozen) {
            throw new IllegalStateException("segment already read");
        }
        int doc = docs;
        for (IndexableField f : d.getFields()) {
            IndexableFieldType t = f.fieldType();
            check(f, t);
            FieldData fd = fields.get(f.name());
            if (fd == null) {
                fd = spare.remove(f.name());
                if (fd != null && fd.fits(t)) {
                    fd.reset(fields.size());
                } else {
                    fd = new FieldData(f.name(), fields.size(), linePairs);
                }
                fields.put(f.name(), fd);
            }
            if (!fd.absorb(t)) {
                throw new IllegalArgumentException("field \"" + f.name() + "\" changes its schema within a batch");
            }
            if (t.stored()) {
                store(fd.number, f);
            }
            if (t.docValuesType() == DocValuesType.NUMERIC) {
                fd.numeric(doc, f.numericValue().longValue());
                bytes += 12;
            } else if (t.docValuesType() == DocValuesType.BINARY) {
                BytesRef v = f.binaryValue();
                fd.binary(doc, v);
                bytes += 8 + v.length;
            } else if (t.docValuesType() == DocValuesType.SORTED || t.docValuesType() == DocValuesType.SORTED_SET) {
                BytesRef v = f.binaryValue();
                fd.sorted(doc, v);
                bytes += 8 + v.length;
            }
            if (t.indexOptions() != IndexOptions.NONE) {
                invert(f, t, fd.postings, doc);
            }
        }
        if (doc + 2 > storedStart.length) {
            storedStart = Arrays.copyOf(storedStart, 2 * storedStart.length);
        }
        storedStart[doc + 1] = storedCount;
        docs++;
    }

    private static void check(IndexableField f, IndexableFieldType t) {
        boolean indexed = t.indexOptions() != IndexOptions.NONE;
        if ((indexed && (t.indexOptions() != IndexOptions.DOCS || !t.omitNorms() || t.storeTermVectors()))
                || t.docValuesType() == DocValuesType.SORTED_NUMERIC
                || t.pointDimensionCount() != 0 || t.vectorDimension() != 0) {
            throw new IllegalArgumentException("field \"" + f.name() + "\": a memory segment takes stored values,"
                    + " numeric, binary, sorted and sorted-set doc values, and documents-only fields without norms");
        }
    }

    private void store(int field, IndexableField f) {
        Object v = f.stringValue() != null ? f.stringValue() : f.binaryValue() != null ? BytesRef.deepCopyOf(f.binaryValue()) : null;
        if (v == null) {
            throw new IllegalArgumentException("stored field \"" + f.name() + "\": only strings and bytes are stored");
        }
        if (storedCount == storedField.length) {
            storedField = Arrays.copyOf(storedField, 2 * storedField.length);
            storedValue = Arrays.copyOf(storedValue, storedField.length);
        }
        storedField[storedCount] = field;
        storedValue[storedCount++] = v;
        bytes += 40 + (v instanceof String s ? s.length() : ((BytesRef) v).length);
    }

    private void invert(IndexableField f, IndexableFieldType t, Postings p, int doc) throws IOException {
        int before = p.termCount + p.pairCount;
        if (!t.tokenized()) {
            BytesRef term = f.binaryValue() != null ? f.binaryValue() : new BytesRef(f.stringValue());
            p.add(term, doc);
        } else {
            try (TokenStream ts = f.tokenStream(null, null)) {
                TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    p.add(term.getBytesRef(), doc);
                }
                ts.end();
            }
        }
        bytes += 12L * (p.termCount + p.pairCount - before);
    }

    /**
     * Empties the batch for the next one, once its {@link #reader()} has been written (and is read no
     * more): its arrays, as large as a batch needs, stay and are filled again. An import's batches
     * are each some hundred megabytes; made anew, they were grown by copying and copied again by the
     * garbage collector while they lived (a third of a million-unit import's time went to collection).
     */
    public void reset() {
        for (FieldData fd : fields.values()) {
            spare.put(fd.name, fd);
        }
        fields.clear();
        Arrays.fill(storedValue, 0, storedCount, null);
        storedCount = 0;
        docs = 0;
        bytes = 0;
        frozen = false;
    }

    /** The batch as a segment for {@code addIndexes}; the batch takes no more documents. */
    public CodecReader reader() {
        frozen = true;
        List<FieldData> all = new ArrayList<>(fields.values());
        for (FieldData fd : all) {
            if (fd.postings != null) {
                fd.postings.freeze();
            }
            fd.freezeSorted();
        }
        return new MemorySegmentReader(docs, all, storedStart, storedField, storedValue);
    }
}
