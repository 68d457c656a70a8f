package org.tmsh.memory.lucene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.match.Tokenizer;
import org.tmsh.memory.UnitKeys;

/**
 * A {@link MemorySegment} written through {@code addIndexes} is the segment Lucene's own indexing
 * writes for the same documents: the same fields, terms, documents per term, doc values and stored
 * fields, and it passes Lucene's index check.
 */
class MemorySegmentTest {

    private static final String[] WORDS = {"Haushalt", "Minister", "Abstimmung", "Parlament", "Bericht", "Steuer",
        "Reform", "Koalition", "Wahl", "Debatte", "Gesetz", "Gericht", "Grenze", "Handel", "Gipfel", "Lawrow",
        "Pjöngjang", "Straße", "2026", "4,5", "17.", "Mio.", "Ölpreis", "naïve", "東京", "Ελλάδα"};

    /** Units of 1-30 random words (repeats within a unit included), some in a third language, some without a tuid. */
    private static List<TmxUnit> units(int n, long seed) {
        Random rnd = new Random(seed);
        List<TmxUnit> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String tgt = rnd.nextInt(5) == 0 ? "fr" : "de";
            TmxUnit u = TmxUnit.pair("u" + i, "en", text(rnd), tgt, text(rnd), Map.of(), "20261201T120000Z");
            out.add(rnd.nextInt(7) == 0 ? new TmxUnit(null, u.variants(), u.xml()) : u);
        }
        return out;
    }

    private static String text(Random rnd) {
        StringBuilder b = new StringBuilder();
        for (int w = 1 + rnd.nextInt(30); w > 0; w--) {
            b.append(WORDS[rnd.nextInt(rnd.nextBoolean() ? 6 : WORDS.length)]).append(' ');
        }
        return b.append('.').toString();
    }

    private static List<Document> documents(List<TmxUnit> units, int format) {
        Tokenizer tok = Tokenizer.standard();
        List<Document> docs = new ArrayList<>();
        long seq = 100;
        for (TmxUnit u : units) {
            docs.add(TmSchema.document(u, UnitKeys.dupKey(u), tok, seq++, format));
        }
        return docs;
    }

    private static Directory byLucene(List<Document> docs) throws Exception {
        Directory d = new ByteBuffersDirectory();
        IndexWriterConfig cfg = new IndexWriterConfig().setRAMBufferSizeMB(256);
        try (IndexWriter w = new IndexWriter(d, cfg)) {
            for (Document doc : docs) {
                w.addDocument(doc);
            }
        }
        return d;
    }

    private static Directory byMemorySegment(List<Document> docs) throws Exception {
        Directory d = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            MemorySegment s = new MemorySegment();
            for (Document doc : docs) {
                s.add(doc);
            }
            assertEquals(docs.size(), s.size());
            w.addIndexes(s.reader());
        }
        return d;
    }

    @Test
    void theSegmentIsTheOneLuceneWritesForTheSameDocuments() throws Exception {
        for (int format : new int[] {IndexTerms.HASHED_PAIRS, IndexTerms.TEXT_PAIRS}) {
            List<TmxUnit> units = units(3000, 7 + format);
            Directory expected = byLucene(documents(units, format));
            Directory actual = byMemorySegment(documents(units, format));
            try (DirectoryReader a = DirectoryReader.open(expected); DirectoryReader b = DirectoryReader.open(actual)) {
                assertEquals(1, a.leaves().size());
                assertEquals(1, b.leaves().size());
                int[] checked = sameSegment(a.leaves().get(0).reader(), b.leaves().get(0).reader());
                assertTrue(checked[0] > 3000, "pairs and words compared: " + checked[0] + " terms");
                assertTrue(checked[1] > 3000 * 40, "documents of terms compared: " + checked[1]);
            }
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            try (CheckIndex check = new CheckIndex(actual)) {
                check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
                assertTrue(check.checkIndex().clean, log.toString(StandardCharsets.UTF_8));
            }
        }
    }

    /** Asserts that the two segments hold the same; returns how many terms and postings were compared. */
    private static int[] sameSegment(LeafReader a, LeafReader b) throws Exception {
        assertEquals(a.maxDoc(), b.maxDoc());
        int terms = 0;
        int postings = 0;
        for (FieldInfo fa : a.getFieldInfos()) {
            FieldInfo fb = b.getFieldInfos().fieldInfo(fa.name);
            String f = fa.name;
            assertEquals(fa.getIndexOptions(), fb.getIndexOptions(), f);
            assertEquals(fa.omitsNorms(), fb.omitsNorms(), f);
            assertEquals(fa.getDocValuesType(), fb.getDocValuesType(), f);
            Terms ta = a.terms(f);
            Terms tb = b.terms(f);
            if (ta == null) {
                assertNull(tb, f);
            } else {
                assertEquals(ta.size(), tb.size(), f);
                assertEquals(ta.getDocCount(), tb.getDocCount(), f);
                assertEquals(ta.getSumDocFreq(), tb.getSumDocFreq(), f);
                TermsEnum ea = ta.iterator();
                TermsEnum eb = tb.iterator();
                for (BytesRef t = ea.next(); t != null; t = ea.next()) {
                    assertEquals(t, eb.next(), f);
                    assertEquals(ea.docFreq(), eb.docFreq(), f + " " + t);
                    PostingsEnum pa = ea.postings(null, PostingsEnum.NONE);
                    PostingsEnum pb = eb.postings(null, PostingsEnum.NONE);
                    for (int d = pa.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pa.nextDoc()) {
                        assertEquals(d, pb.nextDoc(), f + " " + t);
                        postings++;
                    }
                    assertEquals(DocIdSetIterator.NO_MORE_DOCS, pb.nextDoc());
                    terms++;
                }
                assertNull(eb.next(), f);
            }
            switch (fa.getDocValuesType()) {
                case NUMERIC -> {
                    NumericDocValues na = a.getNumericDocValues(f);
                    NumericDocValues nb = b.getNumericDocValues(f);
                    for (int d = na.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = na.nextDoc()) {
                        assertEquals(d, nb.nextDoc(), f);
                        assertEquals(na.longValue(), nb.longValue(), f);
                    }
                    assertEquals(DocIdSetIterator.NO_MORE_DOCS, nb.nextDoc(), f);
                }
                case BINARY -> {
                    BinaryDocValues na = a.getBinaryDocValues(f);
                    BinaryDocValues nb = b.getBinaryDocValues(f);
                    for (int d = na.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = na.nextDoc()) {
                        assertEquals(d, nb.nextDoc(), f);
                        assertEquals(na.binaryValue(), nb.binaryValue(), f);
                    }
                    assertEquals(DocIdSetIterator.NO_MORE_DOCS, nb.nextDoc(), f);
                }
                case SORTED -> {
                    SortedDocValues na = a.getSortedDocValues(f);
                    SortedDocValues nb = b.getSortedDocValues(f);
                    assertEquals(na.getValueCount(), nb.getValueCount(), f);
                    for (int d = na.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = na.nextDoc()) {
                        assertEquals(d, nb.nextDoc(), f);
                        assertEquals(na.ordValue(), nb.ordValue(), f);
                        assertEquals(na.lookupOrd(na.ordValue()), nb.lookupOrd(nb.ordValue()), f);
                    }
                    assertEquals(DocIdSetIterator.NO_MORE_DOCS, nb.nextDoc(), f);
                }
                case SORTED_SET -> {
                    SortedSetDocValues na = a.getSortedSetDocValues(f);
                    SortedSetDocValues nb = b.getSortedSetDocValues(f);
                    assertEquals(na.getValueCount(), nb.getValueCount(), f);
                    for (int d = na.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = na.nextDoc()) {
                        assertEquals(d, nb.nextDoc(), f);
                        assertEquals(na.docValueCount(), nb.docValueCount(), f + " " + d);
                        for (int i = 0; i < na.docValueCount(); i++) {
                            long o = na.nextOrd();
                            assertEquals(o, nb.nextOrd(), f + " " + d);
                            assertEquals(na.lookupOrd(o), nb.lookupOrd(o), f);
                        }
                    }
                    assertEquals(DocIdSetIterator.NO_MORE_DOCS, nb.nextDoc(), f);
                }
                default -> { }
            }
        }
        assertEquals(a.getFieldInfos().size(), b.getFieldInfos().size());
        StoredFields sa = a.storedFields();
        StoredFields sb = b.storedFields();
        for (int d = 0; d < a.maxDoc(); d++) {
            assertEquals(sa.document(d).toString(), sb.document(d).toString(), "stored fields of " + d);
        }
        return new int[] {terms, postings};
    }

    @Test
    void aBatchResetForReuseWritesTheSegmentLuceneWritesForTheNextDocuments() throws Exception {
        // the first batch is larger and has a field (w.fr ...) the second lacks: nothing of it may show in the second
        List<TmxUnit> first = units(3000, 11);
        List<TmxUnit> second = units(1200, 12).stream().filter(u -> u.text("fr") == null).toList();
        MemorySegment s = new MemorySegment();
        for (List<TmxUnit> batch : List.of(first, second)) {
            List<Document> docs = documents(batch, IndexTerms.HASHED_PAIRS);
            Directory actual = new ByteBuffersDirectory();
            try (IndexWriter w = new IndexWriter(actual, new IndexWriterConfig())) {
                for (Document doc : docs) {
                    s.add(doc);
                }
                assertEquals(docs.size(), s.size());
                w.addIndexes(s.reader());
            }
            s.reset();
            Directory expected = byLucene(documents(batch, IndexTerms.HASHED_PAIRS));
            try (DirectoryReader a = DirectoryReader.open(expected); DirectoryReader b = DirectoryReader.open(actual)) {
                int[] checked = sameSegment(a.leaves().get(0).reader(), b.leaves().get(0).reader());
                assertTrue(checked[1] > batch.size() * 40, "documents of terms compared: " + checked[1]);
            }
            try (CheckIndex check = new CheckIndex(actual)) {
                assertTrue(check.checkIndex().clean);
            }
        }
        assertTrue(first.stream().anyMatch(u -> u.text("fr") != null));
    }

    @Test
    void aSegmentAddsToAnIndexThatLuceneWroteAndTheTwoReadAsOne() throws Exception {
        List<TmxUnit> units = units(400, 3);
        List<Document> docs = documents(units, IndexTerms.HASHED_PAIRS);
        Directory d = byLucene(docs.subList(0, 200));
        // a merge policy that keeps the segments' order, so that the merged documents are in input order
        try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setMergePolicy(new LogDocMergePolicy()))) {
            MemorySegment s = new MemorySegment();
            for (Document doc : docs.subList(200, 400)) {
                s.add(doc);
            }
            w.addIndexes(s.reader());
            w.forceMerge(1);
        }
        Directory all = byLucene(documents(units, IndexTerms.HASHED_PAIRS));
        try (DirectoryReader a = DirectoryReader.open(all); DirectoryReader b = DirectoryReader.open(d)) {
            sameSegment(a.leaves().get(0).reader(), b.leaves().get(0).reader());
        }
    }

    /**
     * A Solr collection's documents (configset tmsh-7): word terms with pairs as {@link IndexTerms#HASHED_LINES}
     * terms, a key that is indexed, stored and a sorted doc value, languages as sorted-set doc values (several a
     * document, repeated, in any order), numbers as numeric doc values.
     */
    private static List<Document> solrDocuments(List<TmxUnit> units) {
        org.apache.lucene.document.FieldType docs = new org.apache.lucene.document.FieldType();
        docs.setOmitNorms(true);
        docs.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS);
        docs.setTokenized(false);
        docs.freeze();
        org.apache.lucene.document.FieldType stored = new org.apache.lucene.document.FieldType(docs);
        stored.setStored(true);
        stored.freeze();
        org.apache.lucene.document.FieldType lines = new org.apache.lucene.document.FieldType(docs);
        lines.setTokenized(true);
        lines.freeze();
        Tokenizer tok = Tokenizer.standard();
        List<Document> out = new ArrayList<>();
        long seq = 0;
        for (TmxUnit u : units) {
            Document d = new Document();
            String id = "tm!" + UnitKeys.dupKey(u);
            d.add(new Field("id", id, stored));
            d.add(new org.apache.lucene.document.SortedDocValuesField("id", new BytesRef(id)));
            d.add(new Field("tm", "tm", docs));
            d.add(new org.apache.lucene.document.SortedDocValuesField("tm", new BytesRef("tm")));
            d.add(new NumericDocValuesField("seq", seq++));
            List<String> langs = new ArrayList<>();
            UnitKeys.forEachLanguage(u, tok, (lang, text, keys, numbers) -> {
                langs.add(lang);
                d.add(new Field("lang", lang, docs));
                d.add(new org.apache.lucene.document.SortedSetDocValuesField("lang", new BytesRef(lang)));
                d.add(new Field("w_" + lang, LookupFields.termStream(keys, numbers, IndexTerms.HASHED_LINES), lines));
                d.add(new NumericDocValuesField("n_" + lang, keys.size()));
            });
            // a value twice: a sorted set holds it once
            d.add(new org.apache.lucene.document.SortedSetDocValuesField("lang", new BytesRef(langs.get(0))));
            out.add(d);
        }
        return out;
    }

    @Test
    void aSolrSegmentWithHashedLinePairsAndSortedDocValuesIsTheOneLuceneWrites() throws Exception {
        List<TmxUnit> units = units(2500, 21);
        MemorySegment s = new MemorySegment(true);
        for (int round = 0; round < 2; round++) { // the second batch in the arrays of the first
            Directory expected = byLucene(solrDocuments(units));
            Directory actual = new ByteBuffersDirectory();
            try (IndexWriter w = new IndexWriter(actual, new IndexWriterConfig())) {
                for (Document doc : solrDocuments(units)) {
                    s.add(doc);
                }
                w.addIndexes(s.reader());
            }
            s.reset();
            try (DirectoryReader a = DirectoryReader.open(expected); DirectoryReader b = DirectoryReader.open(actual)) {
                int[] checked = sameSegment(a.leaves().get(0).reader(), b.leaves().get(0).reader());
                assertTrue(checked[1] > units.size() * 30, "documents of terms compared: " + checked[1]);
                TermsEnum e = a.leaves().get(0).reader().terms("w_en").iterator();
                int pairs = 0;
                for (BytesRef t = e.next(); t != null; t = e.next()) {
                    pairs += IndexTerms.isLinePair(t) ? 1 : 0;
                }
                assertTrue(pairs > 100, "hashed pairs among the terms: " + pairs);
            }
            try (CheckIndex check = new CheckIndex(actual)) {
                assertTrue(check.checkIndex().clean);
            }
            units = units(1800, 22);
        }
    }

    @Test
    void aHashedLinePairIsItsTextsHashInFixedWidthDigitsOrderedAsTheHash() {
        org.apache.lucene.util.BytesRefBuilder b = new org.apache.lucene.util.BytesRefBuilder();
        Random rnd = new Random(5);
        BytesRef prev = null;
        long prevHash = 0;
        for (int i = 0; i < 2000; i++) {
            long h = i == 0 ? 0 : i == 1 ? -1 : rnd.nextLong();
            IndexTerms.linePair(h, b);
            BytesRef t = b.toBytesRef();
            assertEquals(IndexTerms.HASHED_LINE_LENGTH, t.length);
            assertTrue(IndexTerms.isLinePair(t), t.utf8ToString());
            assertEquals(h, IndexTerms.linePairHash(t));
            if (prev != null) {
                assertEquals(Long.signum(Long.compareUnsigned(prevHash, h)), Integer.signum(prev.compareTo(t)), "order of " + h);
            }
            prev = t;
            prevHash = h;
        }
        assertTrue(!IndexTerms.isLinePair(new BytesRef("~W000000000000")), "a first digit outside 0-9A-V");
        assertTrue(!IndexTerms.isLinePair(new BytesRef("~0000000a00000")), "a digit outside 0-9A-V");
        assertTrue(!IndexTerms.isLinePair(new BytesRef("~G000000000000")), "a first digit above 15");
        assertTrue(!IndexTerms.isLinePair(new BytesRef("~00000000000")), "too short");
        // the term of a pair in a unit's stream is the term of its text, as a query asks for it
        org.apache.lucene.util.BytesRefBuilder pair = new org.apache.lucene.util.BytesRefBuilder();
        IndexTerms.pair("Straße", "naïve wort", IndexTerms.HASHED_LINES, pair);
        assertEquals(IndexTerms.linePair("Straße naïve_wort"), pair.get().utf8ToString());
    }

    @Test
    void whatASegmentCannotHoldIsRefused() throws Exception {
        MemorySegment s = new MemorySegment();
        Document freqs = new Document();
        freqs.add(new TextField("body", "words with frequencies", Field.Store.NO));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.add(freqs));
        assertTrue(e.getMessage().contains("\"body\""), e.getMessage());
        Document twice = new Document();
        twice.add(new NumericDocValuesField("n", 1));
        twice.add(new NumericDocValuesField("n", 2));
        assertThrows(IllegalArgumentException.class, () -> s.add(twice));
    }

    @Test
    void radixSortOrdersUnsignedAndKeepsTheOrderOfEqualKeys() {
        Random rnd = new Random(1);
        int n = 50_000;
        long[] keys = new long[n + 3];
        int[] values = new int[n + 3];
        for (int i = 0; i < n; i++) {
            // few distinct keys, negative ones included, so that equal keys are common
            keys[i] = rnd.nextInt(3) == 0 ? Long.MIN_VALUE + rnd.nextInt(50) : (long) rnd.nextInt(1000) << 40 | rnd.nextInt(7);
            values[i] = i;
        }
        keys[n] = 42; // beyond n: not sorted
        long[] expected = Arrays.copyOf(keys, n);
        Long[] boxed = Arrays.stream(expected).boxed().toArray(Long[]::new);
        Arrays.sort(boxed, Long::compareUnsigned);
        RadixSort.sort(keys, values, n);
        assertArrayEquals(Arrays.stream(boxed).mapToLong(Long::longValue).toArray(), Arrays.copyOf(keys, n));
        for (int i = 0; i < n; i++) {
            assertEquals(expected[values[i]], keys[i], "each value moves with its key");
        }
        for (int i = 1; i < n; i++) {
            if (keys[i] == keys[i - 1]) {
                assertTrue(values[i] > values[i - 1], "equal keys keep their order at " + i);
            }
        }
        assertEquals(42, keys[n]);
    }
}
