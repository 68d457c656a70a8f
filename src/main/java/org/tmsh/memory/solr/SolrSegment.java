package org.tmsh.memory.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.pattern.SimplePatternSplitTokenizer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.common.SolrInputDocument;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.match.Tokenizer;
import org.tmsh.memory.lucene.MemorySegment;

/**
 * A Lucene index of unit documents written by the client, field by field as Solr's schema of configset
 * tmsh-4 or tmsh-5 ({@link #fields}) turns the same values ({@link SolrSchema#fields}, which {@link SolrSchema#documentWithId}
 * puts into a {@link SolrInputDocument} for Solr's update path) into Lucene fields,
 * so that a shard leader's core can add it as it is ({@code MERGEINDEXES}, {@link SolrBulk}). Solr is not on
 * tmsh's class path, so its field types are mirrored here; {@link #FIELDS} is what the schema must say of
 * each field for the mirror to hold, and {@link SolrBulk} checks the collection's schema against it before
 * any segment is built (a configset that differs makes the import take Solr's normal path). The field
 * types, as Solr 9 builds them:
 * <ul>
 *   <li>{@code string} ({@code StrField}; {@code omitNorms}, and, as for every non-text type, no
 *       frequencies or positions): the value as one term (index options DOCS, no norms), stored if the
 *       field is, and a sorted (single-valued) or sorted-set (multi-valued) doc value of its bytes;</li>
 *   <li>{@code plong}, {@code pint} ({@code LongPointField}, {@code IntPointField}): a one-dimension point
 *       if indexed and a numeric doc value (single-valued);</li>
 *   <li>{@code termlines} ({@code TextField}, DOCS, no norms): the value split at line ends by Lucene's
 *       {@link SimplePatternSplitTokenizer}, the tokenizer the configset names; a language's word terms
 *       ({@code w_L}) are handed over as the terms that split gives ({@link WordLines#stream}), not joined first;</li>
 *   <li>{@code dvbytes} ({@code BinaryField}, not stored, doc values; tmsh-5's texts, key hashes and
 *       tuid): a binary doc value of the bytes, nothing else;</li>
 *   <li>{@code _version_}: a numeric doc value only (Solr sets it on every document it indexes).</li>
 * </ul>
 * {@code SolrBulkTest} imports the same units through Solr and through this class into two collections
 * and compares every field's terms, document counts, points, doc values and stored values.
 */
final class SolrSegment {

    /** What Solr makes of a field: the schema's attributes that decide its Lucene fields. */
    enum Kind {
        /** string, indexed, stored, doc values (single): id. */
        KEY("string", true, true, true, false),
        /** string, indexed, doc values (single): tm. */
        STRING_DV("string", true, false, true, false),
        /** string, indexed, doc values, multi-valued: lang. */
        STRINGS_DV("string", true, false, true, true),
        /** string, indexed only: m_*. */
        STRING_INDEXED("string", true, false, false, false),
        /** string, stored only: xml, tuid, t_*, k_*. */
        STORED("string", false, true, false, false),
        /** plong, indexed, doc values: seq, d_*. */
        LONG("plong", true, false, true, false),
        /** pint, indexed, doc values: n_*. */
        INT("pint", true, false, true, false),
        /** termlines, indexed, multi-valued: w_*. */
        LINES("termlines", true, false, false, true),
        /** dvbytes, doc values only: tuid, t_*, k_* of tmsh-5. */
        BYTES("dvbytes", false, false, true, false),
        /** plong, doc values only: seq, d_* of tmsh-7. */
        LONG_DV("plong", false, false, true, false),
        /** pint, doc values only: n_* of tmsh-7. */
        INT_DV("pint", false, false, true, false),
        /** pairhashes, indexed, multi-valued: w_* of tmsh-7 (as termlines, word pairs hashed). */
        HASHED_LINES(SolrSchema.PAIR_HASHES, true, false, false, true);

        final String type;
        final boolean indexed;
        final boolean stored;
        final boolean docValues;
        final boolean multiValued;

        Kind(String type, boolean indexed, boolean stored, boolean docValues, boolean multiValued) {
            this.type = type;
            this.indexed = indexed;
            this.stored = stored;
            this.docValues = docValues;
            this.multiValued = multiValued;
        }
    }

    /** The fields and dynamic fields ({@code w_*}) of a unit's document and what they must be in configset tmsh-4's schema. */
    static final Map<String, Kind> FIELDS = Map.ofEntries(Map.entry(SolrSchema.ID, Kind.KEY),
            Map.entry(SolrSchema.TM, Kind.STRING_DV), Map.entry(SolrSchema.SEQ, Kind.LONG),
            Map.entry(SolrSchema.XML, Kind.STORED), Map.entry(SolrSchema.TUID, Kind.STORED),
            Map.entry(SolrSchema.LANG, Kind.STRINGS_DV), Map.entry("w_*", Kind.LINES), Map.entry("n_*", Kind.INT),
            Map.entry("t_*", Kind.STORED), Map.entry("k_*", Kind.STORED), Map.entry("m_*", Kind.STRING_INDEXED),
            Map.entry("d_*", Kind.LONG));

    /**
     * What the schema of a collection of {@code layout} must say of each field: {@link #FIELDS}, and with
     * {@code layout.bytes()} (tmsh-5) the tuid, texts and key hashes as binary doc values.
     */
    static Map<String, Kind> fields(SolrSchema.Layout layout) {
        if (!layout.bytes()) {
            return FIELDS;
        }
        Map<String, Kind> m = new java.util.HashMap<>(FIELDS);
        m.put(SolrSchema.TUID, Kind.BYTES);
        m.put("t_*", Kind.BYTES);
        m.put("k_*", Kind.BYTES);
        if (layout.hashedPairs()) {
            m.put("w_*", Kind.HASHED_LINES);
            m.put(SolrSchema.SEQ, Kind.LONG_DV);
            m.put("d_*", Kind.LONG_DV);
            m.put("n_*", Kind.INT_DV);
        }
        return Map.copyOf(m);
    }

    /** The version field Solr gives every document: a numeric doc value, neither indexed nor stored. */
    static final String VERSION = "_version_";

    private static final FieldType TERM = type(false, false);
    private static final FieldType TERM_STORED = type(false, true);
    private static final FieldType LINES = type(true, false);

    private static FieldType type(boolean tokenized, boolean stored) {
        FieldType t = new FieldType();
        t.setTokenized(tokenized);
        t.setStored(stored);
        t.setOmitNorms(true);
        t.setIndexOptions(IndexOptions.DOCS);
        t.freeze();
        return t;
    }

    /** The field's kind in {@code fields}: by its name, or by its dynamic field's prefix; null if the table does not know it. */
    static Kind kindOf(Map<String, Kind> fields, String field) {
        Kind k = fields.get(field);
        if (k == null && field.length() > 2 && field.charAt(1) == '_') {
            k = fields.get(field.substring(0, 2) + "*");
        }
        return k;
    }

    private final IndexWriter writer;
    /**
     * The documents inverted in memory and written by {@link #finish} in one {@code addIndexes} (a layout with hashed
     * pairs, tmsh-7 on: pairs collected as numbers and radix-sorted, no term hash), or null: each document added to
     * {@link #writer} as it comes (Lucene's own inverting, the configsets before).
     */
    private final MemorySegment batch;

    /**
     * One in-memory batch a building thread, emptied after each segment ({@link MemorySegment#reset}): its arrays, as
     * large as a bulk batch needs, are filled again by the thread's next segment instead of grown anew.
     */
    private static final ThreadLocal<MemorySegment> BATCHES = ThreadLocal.withInitial(() -> new MemorySegment(true));
    private final Map<String, Kind> fields;
    /** The kind of each field name met so far (a dynamic field's by its prefix): looked up once a name, not once a value. */
    private final Map<String, Kind> kinds = new java.util.HashMap<>();

    /** A new index in {@code dir} (which must not hold one) for a collection of {@code layout}. */
    SolrSegment(Path dir, SolrSchema.Layout layout) throws IOException {
        this(FSDirectory.open(dir), layout);
    }

    /**
     * A new index in {@code dir} (empty; in memory for the segment handler, which receives its files as they are
     * and keeps them: the codec is then the node's reading format, Lucene's default of this version).
     */
    SolrSegment(Directory dir, SolrSchema.Layout layout) throws IOException {
        this.fields = fields(layout);
        IndexWriterConfig c = new IndexWriterConfig(new LinesAnalyzer());
        c.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        // MERGEINDEXES re-encodes it with the core's codec (IndexWriter.addIndexes of readers); the segment handler
        // keeps its files as they are (addIndexes of a directory), and Solr's merges rewrite them later like any
        // flushed segment. No merges and no compound file here: no byte is written twice on the client
        c.setMergePolicy(NoMergePolicy.INSTANCE);
        c.setUseCompoundFile(false);
        c.setRAMBufferSizeMB(64);
        c.setCommitOnClose(false);
        this.writer = new IndexWriter(dir, c);
        this.batch = layout.hashedPairs() && sorted ? BATCHES.get() : null;
    }

    /**
     * Adds one unit's document, with {@code version} as its {@code _version_}: the fields {@link SolrSchema#fields}
     * makes, turned into Lucene fields as they come (no {@link SolrInputDocument} between: its field map, the copies
     * of its values and the look-up of each field's kind were about a tenth of the senders' CPU in the profile,
     * docs/memory-performance.md).
     */
    void add(String id, String tm, TmxUnit u, Tokenizer tokenizer, long seq, SolrSchema.Layout layout, long version)
            throws IOException {
        if (!direct) {
            writer.addDocument(document(fields, SolrSchema.documentWithId(id, tm, u, tokenizer, seq, layout), version));
            return;
        }
        Document out = new Document();
        SolrSchema.fields(id, tm, u, tokenizer, seq, layout, new SolrSchema.FieldSink() {
            @Override
            public void add(String name, Object v) {
                Kind k = kind(name);
                if (v instanceof java.util.Collection<?> c) {
                    for (Object one : c) {
                        SolrSegment.add(out, name, k, one);
                    }
                } else {
                    SolrSegment.add(out, name, k, v);
                }
            }

            @Override
            public void wordLines(String name, java.util.List<String> keys, java.util.List<String> numbers, boolean hashed) {
                Kind k = kind(name);
                if ((!stream && batch == null) || k != Kind.LINES && k != Kind.HASHED_LINES) {
                    add(name, WordLines.join(keys, numbers, hashed));
                    return;
                }
                // the terms straight as bytes: the same terms the configset's tokenizer splits the joined value into
                out.add(new Field(name, WordLines.stream(keys, numbers, hashed), LINES));
            }
        });
        out.add(new NumericDocValuesField(VERSION, version));
        if (batch != null) {
            batch.add(out);
        } else {
            writer.addDocument(out);
        }
    }

    /** The kind of field {@code name} (looked up once a name); an error if the bulk path does not know it. */
    private Kind kind(String name) {
        Kind k = kinds.computeIfAbsent(name, n -> kindOf(fields, n));
        if (k == null) {
            throw new IllegalStateException("the bulk path does not know field " + name);
        }
        return k;
    }

    /** Commits and closes the index: it is then complete on disk for the node to read. */
    void finish() throws IOException {
        try {
            if (batch != null && batch.size() > 0) {
                writer.addIndexes(batch.reader());
            }
        } finally {
            if (batch != null) {
                batch.reset();
            }
        }
        writer.commit();
        writer.close();
    }

    /** Closes without committing (a failed build: the directory is then removed by {@link SolrBulk}). */
    void abandon() {
        if (batch != null) {
            batch.reset();
        }
        try {
            writer.rollback();
        } catch (IOException | RuntimeException ignored) {
            // the directory is deleted next
        }
    }

    /**
     * Whether {@link #add} builds the Lucene document straight from {@link SolrSchema#fields} ({@code
     * -Dtmsh.solr.directDocs}, default true) or, as before, through a {@link SolrInputDocument} (read for each segment, for the benchmark's A/B).
     */
    private final boolean direct = !"false".equalsIgnoreCase(System.getProperty("tmsh.solr.directDocs", "true"));

    /**
     * Whether {@link #add} hands a language's word terms ({@code w_L}) to Lucene as a token stream of their bytes
     * ({@link WordLines#stream}; {@code -Dtmsh.solr.termStream}, default true) or, as before, as the one joined
     * string the configset's tokenizer splits again (read for each segment, for the benchmark's A/B).
     */
    private final boolean stream = !"false".equalsIgnoreCase(System.getProperty("tmsh.solr.termStream", "true"));

    /**
     * Whether a segment of a layout with hashed pairs (tmsh-7 on) is inverted in memory with its pairs radix-sorted
     * ({@link MemorySegment}; {@code -Dtmsh.solr.sortedPairs}, default true) or by Lucene's own indexing chain, term
     * hash and all (read for each segment, for the benchmark's A/B: the same index either way).
     */
    private final boolean sorted = !"false".equalsIgnoreCase(System.getProperty("tmsh.solr.sortedPairs", "true"));

    /** The Lucene document Solr builds from {@code d} (the way before the direct one; {@link #DIRECT}). */
    private static Document document(Map<String, Kind> fields, SolrInputDocument d, long version) {
        Document out = new Document();
        for (org.apache.solr.common.SolrInputField f : d) {
            String name = f.getName();
            Kind k = kindOf(fields, name);
            if (k == null) {
                throw new IllegalStateException("the bulk path does not know field " + name);
            }
            Object v = f.getValue();
            for (Object one : v instanceof java.util.Collection<?> c ? new java.util.ArrayList<>(c) : java.util.List.of(v)) {
                add(out, name, k, one);
            }
        }
        out.add(new NumericDocValuesField(VERSION, version));
        return out;
    }

    private static void add(Document out, String name, Kind k, Object v) {
        switch (k) {
            case KEY, STRING_DV, STRINGS_DV, STRING_INDEXED -> {
                String s = v.toString();
                out.add(new Field(name, s, k.stored ? TERM_STORED : TERM));
                if (k.docValues) {
                    BytesRef b = new BytesRef(s);
                    out.add(k.multiValued ? new SortedSetDocValuesField(name, b) : new SortedDocValuesField(name, b));
                }
            }
            case STORED -> out.add(new StoredField(name, v.toString()));
            case LONG -> {
                long l = ((Number) v).longValue();
                out.add(new LongPoint(name, l));
                out.add(new NumericDocValuesField(name, l));
            }
            case INT -> {
                int i = ((Number) v).intValue();
                out.add(new IntPoint(name, i));
                out.add(new NumericDocValuesField(name, i));
            }
            case LONG_DV -> out.add(new NumericDocValuesField(name, ((Number) v).longValue()));
            case INT_DV -> out.add(new NumericDocValuesField(name, ((Number) v).intValue()));
            case LINES, HASHED_LINES -> out.add(new Field(name, v.toString(), LINES));
            case BYTES -> {
                if (!(v instanceof byte[] b)) {
                    // SolrSchema sends every value of these fields as bytes; Solr would read a string as base64
                    throw new IllegalStateException("the bulk path writes field " + name + " as bytes, not " + v.getClass());
                }
                out.add(new BinaryDocValuesField(name, new BytesRef(b)));
            }
        }
    }

    /** The configset's {@code termlines} analysis: Lucene's pattern split tokenizer at line ends (the only tokenized field). */
    private static final class LinesAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new SimplePatternSplitTokenizer("\n"));
        }
    }
}
