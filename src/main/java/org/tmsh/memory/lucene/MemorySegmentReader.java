package org.tmsh.memory.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.codecs.DocValuesProducer;
import org.apache.lucene.codecs.FieldsProducer;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.NormsProducer;
import org.apache.lucene.codecs.PointsReader;
import org.apache.lucene.codecs.StoredFieldsReader;
import org.apache.lucene.codecs.TermVectorsReader;
import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.LeafMetaData;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SlowImpactsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Version;

/**
 * A {@link MemorySegment} as Lucene reads a segment to merge it: field infos, postings (documents
 * only), numeric, binary, sorted and sorted-set doc values, stored fields; no norms, points, vectors or deletions.
 */
final class MemorySegmentReader extends CodecReader {

    private final int maxDoc;
    private final FieldInfos infos;
    private final Map<String, MemorySegment.FieldData> byName = new TreeMap<>();
    private final MemorySegment.FieldData[] byNumber;
    private final int[] storedStart;
    private final int[] storedField;
    private final Object[] storedValue;

    MemorySegmentReader(int maxDoc, List<MemorySegment.FieldData> fields, int[] storedStart, int[] storedField,
                        Object[] storedValue) {
        this.maxDoc = maxDoc;
        FieldInfo[] fi = new FieldInfo[fields.size()];
        byNumber = new MemorySegment.FieldData[fields.size()];
        for (MemorySegment.FieldData f : fields) {
            fi[f.number] = f.info();
            byNumber[f.number] = f;
            byName.put(f.name, f);
        }
        this.infos = new FieldInfos(fi);
        this.storedStart = storedStart;
        this.storedField = storedField;
        this.storedValue = storedValue;
    }

    @Override
    public StoredFieldsReader getFieldsReader() {
        return new StoredFieldsReader() {
            @Override
            public void document(int docID, StoredFieldVisitor visitor) throws IOException {
                for (int i = storedStart[docID]; i < storedStart[docID + 1]; i++) {
                    FieldInfo fi = infos.fieldInfo(storedField[i]);
                    switch (visitor.needsField(fi)) {
                        case YES -> {
                            if (storedValue[i] instanceof String s) {
                                visitor.stringField(fi, s);
                            } else {
                                BytesRef b = (BytesRef) storedValue[i];
                                visitor.binaryField(fi, Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length));
                            }
                        }
                        case NO -> { }
                        case STOP -> {
                            return;
                        }
                    }
                }
            }

            @Override
            public StoredFieldsReader clone() {
                return this;
            }

            @Override
            public void checkIntegrity() {
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public TermVectorsReader getTermVectorsReader() {
        return null;
    }

    @Override
    public NormsProducer getNormsReader() {
        return null;
    }

    @Override
    public DocValuesProducer getDocValuesReader() {
        return new DocValuesProducer() {
            @Override
            public NumericDocValues getNumeric(FieldInfo field) {
                Cursor c = new Cursor(byName.get(field.name));
                return new NumericDocValues() {
                    @Override
                    public long longValue() {
                        return c.f.numbers[c.i];
                    }

                    @Override
                    public boolean advanceExact(int target) {
                        return c.advance(target) == target;
                    }

                    @Override
                    public int docID() {
                        return c.doc();
                    }

                    @Override
                    public int nextDoc() {
                        return c.advance(c.doc() + 1);
                    }

                    @Override
                    public int advance(int target) {
                        return c.advance(target);
                    }

                    @Override
                    public long cost() {
                        return c.f.dvCount;
                    }
                };
            }

            @Override
            public BinaryDocValues getBinary(FieldInfo field) {
                Cursor c = new Cursor(byName.get(field.name));
                BytesRef value = new BytesRef();
                return new BinaryDocValues() {
                    @Override
                    public BytesRef binaryValue() {
                        value.bytes = c.f.bytes;
                        value.offset = c.f.offsets[c.i];
                        value.length = c.f.offsets[c.i + 1] - value.offset;
                        return value;
                    }

                    @Override
                    public boolean advanceExact(int target) {
                        return c.advance(target) == target;
                    }

                    @Override
                    public int docID() {
                        return c.doc();
                    }

                    @Override
                    public int nextDoc() {
                        return c.advance(c.doc() + 1);
                    }

                    @Override
                    public int advance(int target) {
                        return c.advance(target);
                    }

                    @Override
                    public long cost() {
                        return c.f.dvCount;
                    }
                };
            }

            @Override
            public SortedDocValues getSorted(FieldInfo field) {
                Cursor c = new Cursor(byName.get(field.name));
                return new SortedDocValues() {
                    @Override
                    public int ordValue() {
                        return c.f.dvRank[c.f.dvIds[c.i]];
                    }

                    @Override
                    public BytesRef lookupOrd(int ord) {
                        return c.f.dvTerms.get(c.f.dvSorted[ord], new BytesRef());
                    }

                    @Override
                    public int getValueCount() {
                        return c.f.dvSorted.length;
                    }

                    @Override
                    public boolean advanceExact(int target) {
                        return c.advance(target) == target;
                    }

                    @Override
                    public int docID() {
                        return c.doc();
                    }

                    @Override
                    public int nextDoc() {
                        return c.advance(c.doc() + 1);
                    }

                    @Override
                    public int advance(int target) {
                        return c.advance(target);
                    }

                    @Override
                    public long cost() {
                        return c.f.dvCount;
                    }
                };
            }

            @Override
            public SortedNumericDocValues getSortedNumeric(FieldInfo field) {
                throw new UnsupportedOperationException(field.name);
            }

            @Override
            public SortedSetDocValues getSortedSet(FieldInfo field) {
                MemorySegment.FieldData f = byName.get(field.name);
                return new SortedSetDocValues() {
                    /** The current document's values: entries [at, end) of the field's values, their ordinals sorted and distinct. */
                    private int at;
                    private int end;
                    private int doc = -1;
                    private long[] ords = new long[4];
                    private int count;
                    private int next;

                    @Override
                    public long nextOrd() {
                        return next < count ? ords[next++] : NO_MORE_ORDS;
                    }

                    @Override
                    public int docValueCount() {
                        return count;
                    }

                    @Override
                    public BytesRef lookupOrd(long ord) {
                        return f.dvTerms.get(f.dvSorted[(int) ord], new BytesRef());
                    }

                    @Override
                    public long getValueCount() {
                        return f.dvSorted.length;
                    }

                    @Override
                    public boolean advanceExact(int target) {
                        return advance(target) == target;
                    }

                    @Override
                    public int docID() {
                        return doc;
                    }

                    @Override
                    public int nextDoc() {
                        return advance(doc + 1);
                    }

                    @Override
                    public int advance(int target) {
                        if (doc >= target) { // advanceExact may ask for a document at or before the current one
                            return doc;
                        }
                        at = end;
                        while (at < f.dvCount && f.dvDocs[at] < target) {
                            at++;
                        }
                        if (at >= f.dvCount) {
                            count = 0;
                            return doc = DocIdSetIterator.NO_MORE_DOCS;
                        }
                        doc = f.dvDocs[at];
                        end = at;
                        count = 0;
                        while (end < f.dvCount && f.dvDocs[end] == doc) {
                            if (count == ords.length) {
                                ords = Arrays.copyOf(ords, 2 * count);
                            }
                            ords[count++] = f.dvRank[f.dvIds[end++]];
                        }
                        Arrays.sort(ords, 0, count);
                        int distinct = 0;
                        for (int i = 0; i < count; i++) {
                            if (i == 0 || ords[i] != ords[i - 1]) {
                                ords[distinct++] = ords[i];
                            }
                        }
                        count = distinct;
                        next = 0;
                        return doc;
                    }

                    @Override
                    public long cost() {
                        return f.dvCount;
                    }
                };
            }

            @Override
            public void checkIntegrity() {
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public FieldsProducer getPostingsReader() {
        return new FieldsProducer() {
            @Override
            public Iterator<String> iterator() {
                // sorted by name, as Lucene's merge of several readers' fields expects
                return byName.values().stream().filter(f -> f.postings != null).map(f -> f.name).iterator();
            }

            @Override
            public Terms terms(String field) {
                MemorySegment.FieldData f = byName.get(field);
                return f == null || f.postings == null ? null : new SegmentTerms(f.postings);
            }

            @Override
            public int size() {
                return (int) byName.values().stream().filter(f -> f.postings != null).count();
            }

            @Override
            public void checkIntegrity() {
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public PointsReader getPointsReader() {
        return null;
    }

    @Override
    public KnnVectorsReader getVectorReader() {
        return null;
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
        return null;
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return null;
    }

    @Override
    public FieldInfos getFieldInfos() {
        return infos;
    }

    @Override
    public Bits getLiveDocs() {
        return null;
    }

    @Override
    public LeafMetaData getMetaData() {
        return new LeafMetaData(Version.LATEST.major, Version.LATEST, null, false);
    }

    @Override
    public int numDocs() {
        return maxDoc;
    }

    @Override
    public int maxDoc() {
        return maxDoc;
    }

    @Override
    protected void doClose() {
    }

    /** Where an iterator of a field's doc values stands: the {@code i}-th document that has a value. */
    private static final class Cursor {
        final MemorySegment.FieldData f;
        int i = -1;

        Cursor(MemorySegment.FieldData f) {
            this.f = f;
        }

        int doc() {
            return i < 0 ? -1 : i >= f.dvCount ? DocIdSetIterator.NO_MORE_DOCS : f.dvDocs[i];
        }

        int advance(int target) {
            while (doc() < target) {
                i++;
            }
            return doc();
        }
    }

    /** The terms of one field, documents only: each term's frequency in a document is 1. */
    private static final class SegmentTerms extends Terms {
        private final MemorySegment.Postings p;

        SegmentTerms(MemorySegment.Postings p) {
            this.p = p;
        }

        @Override
        public TermsEnum iterator() {
            return new SegmentTermsEnum(p);
        }

        @Override
        public long size() {
            return p.size;
        }

        @Override
        public long getSumTotalTermFreq() {
            return getSumDocFreq();
        }

        @Override
        public long getSumDocFreq() {
            return p.starts[p.size];
        }

        @Override
        public int getDocCount() {
            return p.docCount;
        }

        @Override
        public boolean hasFreqs() {
            return false;
        }

        @Override
        public boolean hasOffsets() {
            return false;
        }

        @Override
        public boolean hasPositions() {
            return false;
        }

        @Override
        public boolean hasPayloads() {
            return false;
        }
    }

    private static final class SegmentTermsEnum extends BaseTermsEnum {
        private final MemorySegment.Postings p;
        private final BytesRef term = new BytesRef();
        private final org.apache.lucene.util.BytesRefBuilder pair = new org.apache.lucene.util.BytesRefBuilder();
        private int ord = -1;

        SegmentTermsEnum(MemorySegment.Postings p) {
            this.p = p;
        }

        @Override
        public BytesRef next() {
            if (ord + 1 >= p.size) {
                ord = p.size;
                return null;
            }
            return p.term(++ord, term, pair);
        }

        @Override
        public SeekStatus seekCeil(BytesRef text) {
            int lo = 0;
            int hi = p.size - 1;
            BytesRef probe = new BytesRef();
            org.apache.lucene.util.BytesRefBuilder scratch = new org.apache.lucene.util.BytesRefBuilder();
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = p.term(mid, probe, scratch).compareTo(text);
                if (c < 0) {
                    lo = mid + 1;
                } else if (c > 0) {
                    hi = mid - 1;
                } else {
                    seekExact(mid);
                    return SeekStatus.FOUND;
                }
            }
            if (lo >= p.size) {
                ord = p.size;
                return SeekStatus.END;
            }
            seekExact(lo);
            return SeekStatus.NOT_FOUND;
        }

        @Override
        public void seekExact(long ord) {
            this.ord = (int) ord;
            p.term(this.ord, term, pair);
        }

        @Override
        public BytesRef term() {
            return term;
        }

        @Override
        public long ord() {
            return ord;
        }

        @Override
        public int docFreq() {
            return p.starts[ord + 1] - p.starts[ord];
        }

        @Override
        public long totalTermFreq() {
            return docFreq();
        }

        @Override
        public PostingsEnum postings(PostingsEnum reuse, int flags) {
            return new SlicePostings(p.docs, p.starts[ord], p.starts[ord + 1]);
        }

        @Override
        public ImpactsEnum impacts(int flags) {
            return new SlowImpactsEnum(postings(null, flags));
        }
    }

    /** The documents of one term: a slice of an ascending array. */
    private static final class SlicePostings extends PostingsEnum {
        private final int[] docs;
        private final int from;
        private final int to;
        private int i;
        private int doc = -1;

        SlicePostings(int[] docs, int from, int to) {
            this.docs = docs;
            this.from = from;
            this.to = to;
            this.i = from - 1;
        }

        @Override
        public int freq() {
            return 1;
        }

        @Override
        public int nextPosition() {
            return -1;
        }

        @Override
        public int startOffset() {
            return -1;
        }

        @Override
        public int endOffset() {
            return -1;
        }

        @Override
        public BytesRef getPayload() {
            return null;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            doc = ++i < to ? docs[i] : NO_MORE_DOCS;
            return doc;
        }

        @Override
        public int advance(int target) {
            while (doc < target) {
                nextDoc();
            }
            return doc;
        }

        @Override
        public long cost() {
            return to - from;
        }
    }
}
