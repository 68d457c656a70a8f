package org.tmsh.memory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.match.Folding;
import org.tmsh.match.Token;
import org.tmsh.match.Tokenizer;
import org.tmsh.formats.tmx.TmxReader;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.formats.tmx.TmxWriter;

/**
 * One translation memory: a Lucene index in its own folder.
 *
 * <p>Writes are all-or-nothing: an import is committed once, at its end, so a malformed file,
 * an error or a kill leaves the TM exactly as it was. Only one process writes at a time
 * (Lucene's native lock); a second writer gets a clear message. Readers see the last commit
 * and may run beside a writer.
 */
public final class TranslationMemory implements Closeable {


    private static final String META_SOURCE = "tmsh.srclang";
    private static final String META_CREATED = "tmsh.created";
    private static final String META_UPDATED = "tmsh.updated";
    private static final String META_VERSION = "tmsh.format";
    private static final String META_NEXT_SEQ = "tmsh.nextseq";

    private final String name;
    private final Path dir;
    private final FSDirectory directory;
    private final Tokenizer tokenizer = Tokenizer.standard();
    private DirectoryReader reader;
    private long checked;
    private volatile boolean stale;

    TranslationMemory(String name, Path dir) throws IOException {
        this.name = name;
        this.dir = dir;
        Files.createDirectories(dir);
        this.directory = FSDirectory.open(dir);
    }

    public String name() {
        return name;
    }

    public Path dir() {
        return dir;
    }

    /**
     * A reader on the last commit. Our own writes reopen it at once; a commit by another process
     * is seen within a second (checking on every look-up would list the folder every time).
     */
    private synchronized DirectoryReader reader() throws IOException {
        long now = System.nanoTime();
        if (reader == null) {
            if (!DirectoryReader.indexExists(directory)) {
                return null;
            }
            reader = DirectoryReader.open(directory);
            checked = now;
        } else if (stale || now - checked > 1_000_000_000L) {
            stale = false;
            checked = now;
            DirectoryReader newer = DirectoryReader.openIfChanged(reader);
            if (newer != null) {
                reader.close();
                reader = newer;
            }
        }
        return reader;
    }

    // ------------------------------------------------------------------ writing

    /** Streams a TMX file into the TM; committed only if the whole file is well-formed. */
    public ImportReport importTmx(Path file, Progress progress) {
        return importFile(file, null, null, progress);
    }

    /**
     * Streams TMX, or tab-separated bilingual text ({@code .tsv}, {@code .tsv.gz}: source and target
     * in {@code srcLang} and {@code tgtLang}), into the TM in one commit.
     */
    public ImportReport importFile(Path file, String srcLang0, String tgtLang0, Progress progress) {
        long start = System.nanoTime();
        try (org.tmsh.formats.tmx.UnitSource in = openUnits(file, srcLang0, tgtLang0)) {
            String srcLang = in.sourceLang();
            long total = Math.max(1, Files.size(file));
            Counts c;
            DirectoryReader before = reader();
            try (ImportPipeline units = new ImportPipeline(in, tokenizer, dedup(before), nextSeq(before))) {
                c = write(units, srcLang != null && !srcLang.equals("*all*") ? srcLang : null,
                        read -> progress.update(Math.min(total - 1, in.bytesRead()), total), 2);
            }
            progress.update(total, total);
            return new ImportReport(name, file.toString(), c.read, c.added, c.read - c.added, in.invalidCount(),
                    List.copyOf(in.invalid()), c.after, (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            throw TmshException.inFile(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** The reader for a file, by its name: tab-separated text or TMX. */
    private static org.tmsh.formats.tmx.UnitSource openUnits(Path file, String src, String tgt) {
        if (org.tmsh.formats.tmx.TabbedReader.handles(file)) {
            if (src == null || tgt == null) {
                throw TmshException.inFile(file, 0, "tab-separated text needs --source-lang and --target-lang");
            }
            return org.tmsh.formats.tmx.TabbedReader.open(file, src, tgt);
        }
        return TmxReader.open(file);
    }

    /** Adds units made by tmsh (aligned pairs) in one commit. */
    public ImportReport add(List<TmxUnit> units, String srcLang, String origin) {
        long start = System.nanoTime();
        ImportPipeline.Dedup dedup;
        long seq;
        try {
            DirectoryReader before = reader();
            dedup = dedup(before);
            seq = nextSeq(before);
        } catch (IOException e) {
            throw new TmshException("TM '" + name + "': cannot read " + dir + ": " + e.getMessage(), e);
        }
        List<ImportPipeline.Prepared> prepared = new ArrayList<>();
        for (TmxUnit u : units) {
            prepared.add(ImportPipeline.prepare(u, tokenizer, dedup, seq++));
        }
        Counts c = write(prepared.iterator(), srcLang, read -> { }, 1);
        return new ImportReport(name, origin, c.read, c.added, c.read - c.added, 0, List.of(), c.after,
                (System.nanoTime() - start) / 1e9);
    }

    private record Counts(long read, long added, long after) {
    }

    private Counts write(Iterator<ImportPipeline.Prepared> units, String srcLang, java.util.function.LongConsumer progress,
                         int threads) {
        IndexWriterConfig cfg = new IndexWriterConfig();
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        cfg.setRAMBufferSizeMB(Integer.getInteger("tmsh.tm.ramBufferMb", 96));
        cfg.setMergePolicy(new LogByteSizeMergePolicy());
        cfg.setUseCompoundFile(false);
        cfg.setCommitOnClose(false);
        IndexWriter w;
        try {
            w = new IndexWriter(directory, cfg);
        } catch (LockObtainFailedException e) {
            throw new TmshException("TM '" + name + "' is being changed by another tmsh process (" + dir
                    + "); try again when it has finished");
        } catch (IOException e) {
            throw new TmshException("TM '" + name + "': cannot open " + dir + ": " + e.getMessage(), e);
        }
        try {
            long before = w.getDocStats().numDocs;
            long read = index(w, units, progress, threads);
            Map<String, String> meta = new HashMap<>();
            if (w.getLiveCommitData() != null) {
                w.getLiveCommitData().forEach(e -> meta.put(e.getKey(), e.getValue()));
            }
            String now = TmxWriter.TMX_DATE.format(Instant.now());
            meta.putIfAbsent(META_CREATED, now);
            meta.put(META_UPDATED, now);
            meta.put(META_VERSION, "1");
            meta.put(META_NEXT_SEQ, Long.toString(nextSeq(reader()) + read));
            if (srcLang != null) {
                meta.putIfAbsent(META_SOURCE, srcLang);
            }
            w.setLiveCommitData(meta.entrySet());
            w.commit();
            stale = true;
            long after = w.getDocStats().numDocs;
            w.close();
            return new Counts(read, after - before, after);
        } catch (IOException e) {
            rollback(w);
            throw new TmshException("TM '" + name + "': write failed, nothing was changed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollback(w);
            throw e;
        }
    }

    /** The position the next imported unit gets (export order). */
    private static long nextSeq(DirectoryReader r) throws IOException {
        if (r == null) {
            return 0;
        }
        String v = r.getIndexCommit().getUserData().get(META_NEXT_SEQ);
        return v == null ? r.maxDoc() : Long.parseLong(v);
    }

    /** Duplicates: a unit already in the TM is skipped; one that may repeat within the input replaces by key. */
    private static ImportPipeline.Dedup dedup(DirectoryReader r) throws IOException {
        Existing existing = new Existing(r);
        SeenFilter seen = new SeenFilter();
        return key -> {
            try {
                if (existing.contains(key)) {
                    return ImportPipeline.Action.SKIP;
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return seen.add(key) ? ImportPipeline.Action.ADD : ImportPipeline.Action.REPLACE;
        };
    }

    /**
     * Adds the prepared units with {@code threads} indexing threads (Lucene's writer takes
     * documents from several threads at once); returns how many units were read.
     */
    private static long index(IndexWriter w, Iterator<ImportPipeline.Prepared> units,
                              java.util.function.LongConsumer progress, int threads) throws IOException {
        java.util.concurrent.atomic.AtomicLong read = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
        Runnable indexer = () -> {
            try {
                while (failure.get() == null) {
                    ImportPipeline.Prepared p;
                    synchronized (units) {
                        if (!units.hasNext()) {
                            return;
                        }
                        p = units.next();
                        long n = read.incrementAndGet();
                        if (n % 1000 == 0) {
                            progress.accept(n);
                        }
                        if (p.action() == ImportPipeline.Action.SKIP) {
                            continue;
                        }
                        if (p.action() == ImportPipeline.Action.REPLACE) {
                            // the copy it replaces must be in the index first: wait for the other
                            // thread's unit, and replace while no other unit is dispatched (rare)
                            while (inFlight.get() > 0) {
                                Thread.onSpinWait();
                            }
                            w.updateDocument(new Term(TmSchema.DUP, p.key()), p.doc());
                            continue;
                        }
                        inFlight.incrementAndGet();
                    }
                    try {
                        w.addDocument(p.doc());
                    } finally {
                        inFlight.decrementAndGet();
                    }
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int i = 1; i < threads; i++) {
            Thread t = new Thread(indexer, "tmsh-indexer-" + i);
            t.setDaemon(true);
            t.start();
            helpers.add(t);
        }
        indexer.run();
        for (Thread t : helpers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("import interrupted", e);
            }
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof IOException io) {
            throw io;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
        return read.get();
    }

    private static void rollback(IndexWriter w) {
        try {
            w.rollback();
        } catch (IOException ignored) {
            // the last commit stays as it was either way
        }
    }

    /**
     * Which keys this input may already have had: a Bloom filter of fixed size (16 MB), so memory
     * stays flat however long the file. "Maybe" sends the unit through Lucene's update-by-key,
     * which is exact; "no" lets it be added directly, which is much cheaper.
     */
    static final class SeenFilter {
        private static final int BITS = 1 << 27;
        private final long[] words = new long[BITS / 64];

        /** Records the key; false if it may have been recorded before. */
        boolean add(String key) {
            long h1 = Long.parseUnsignedLong(key.substring(0, Math.min(16, key.length())), 16);
            long h2 = key.length() > 16 ? Long.parseUnsignedLong(key.substring(16, Math.min(32, key.length())), 16) : h1 >>> 7;
            boolean fresh = false;
            for (int i = 0; i < 3; i++) {
                int bit = (int) ((h1 + i * h2) & (BITS - 1));
                long mask = 1L << (bit & 63);
                if ((words[bit >>> 6] & mask) == 0) {
                    fresh = true;
                    words[bit >>> 6] |= mask;
                }
            }
            return fresh;
        }
    }

    /** Looks up duplicate keys in the last commit. */
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
                    for (int d = docs.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                        if (bits == null || bits.get(d)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    }

    // ------------------------------------------------------------------ reading

    /** The TM's source language (from its first import), or null. */
    public String sourceLang() throws IOException {
        DirectoryReader r = reader();
        return r == null ? null : r.getIndexCommit().getUserData().get(META_SOURCE);
    }

    /** Languages (primary subtags) with their unit counts, most frequent first. */
    public Map<String, Long> languages() throws IOException {
        DirectoryReader r = reader();
        Map<String, Long> out = new LinkedHashMap<>();
        if (r == null) {
            return out;
        }
        Terms t = MultiTerms.getTerms(r, TmSchema.LANG);
        if (t == null) {
            return out;
        }
        IndexSearcher s = new IndexSearcher(r);
        List<Map.Entry<String, Long>> list = new ArrayList<>();
        TermsEnum te = t.iterator();
        for (BytesRef b = te.next(); b != null; b = te.next()) {
            String lang = b.utf8ToString();
            long n = s.count(new TermQuery(new Term(TmSchema.LANG, lang)));
            if (n > 0) {
                list.add(Map.entry(lang, n));
            }
        }
        list.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        list.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The source and target language to use: the given ones, else the TM's source and its most frequent other. */
    public String[] resolveLanguages(String src, String tgt) throws IOException {
        Map<String, Long> langs = languages();
        if (langs.isEmpty()) {
            throw new TmshException("TM '" + name + "' is empty; add units with 'tm import FILE.tmx --tm " + name + "'");
        }
        String s = src != null ? TmxUnit.Variant.primary(src) : null;
        if (s == null) {
            String declared = sourceLang();
            s = declared != null ? TmxUnit.Variant.primary(declared) : langs.keySet().iterator().next();
        }
        String t = tgt != null ? TmxUnit.Variant.primary(tgt) : null;
        if (t == null) {
            for (String l : langs.keySet()) {
                if (!l.equals(s)) {
                    t = l;
                    break;
                }
            }
        }
        for (String l : new String[] {s, t}) {
            if (l == null || !langs.containsKey(l)) {
                throw new TmshException("TM '" + name + "' has no units in " + (l == null ? "a second language" : "'" + l + "'")
                        + " (it has " + String.join(", ", langs.keySet()) + ")");
            }
        }
        return new String[] {s, t};
    }

    /**
     * Fuzzy matches of {@code text} in {@code srcLang}, with their {@code tgtLang} text, best first
     * (see {@link FuzzySearch}).
     */
    public List<Match> search(String text, String srcLang, String tgtLang, int min, int max) throws IOException {
        DirectoryReader r = reader();
        if (r == null || text.isBlank() || max <= 0) {
            return List.of();
        }
        return FuzzySearch.search(r, tokenizer, text, TmxUnit.Variant.primary(srcLang), TmxUnit.Variant.primary(tgtLang),
                min, max);
    }

    /**
     * Units whose text in any language (or in {@code lang}, if given) contains the words of
     * {@code text} in this order, ignoring case and accents. A word of four letters or more is
     * also found inside a longer word ("Datei" finds "Dateiname"). The other side shown is
     * {@code otherLang} if given, else the unit's first other language.
     */
    public List<ConcordanceHit> concordance(String text, String lang, String otherLang, int max) throws IOException {
        DirectoryReader r = reader();
        if (r == null) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (Token t : tokenizer.tokens(text)) {
            if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER) {
                words.add(Folding.fold(t.text()));
            }
        }
        if (words.isEmpty()) {
            return List.of();
        }
        StringBuilder regex = new StringBuilder();
        for (String w : words) {
            regex.append(regex.isEmpty() ? "" : "[^\\p{L}\\p{N}]+").append(Pattern.quote(w));
        }
        Pattern phrase = Pattern.compile(regex.toString());
        List<String> all = new ArrayList<>(languages().keySet());
        List<String> langs = lang != null ? List.of(TmxUnit.Variant.primary(lang)) : all;
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String l : langs) {
            BooleanQuery.Builder each = new BooleanQuery.Builder();
            for (String w : words) {
                Query wq = w.length() >= 4 && !w.chars().allMatch(Character::isDigit)
                        ? new WildcardQuery(new Term(TmSchema.words(l), "*" + w + "*"))
                        : new TermQuery(new Term(TmSchema.words(l), w.chars().allMatch(Character::isDigit) ? "#num" : w));
                each.add(wq, BooleanClause.Occur.FILTER);
            }
            any.add(each.build(), BooleanClause.Occur.SHOULD);
        }
        Query q = any.build();
        IndexSearcher searcher = new IndexSearcher(r);
        List<ConcordanceHit> out = new ArrayList<>();
        int want = Math.max(max * 4, 64);
        while (true) {
            ScoreDoc[] hits = searcher.search(q, want).scoreDocs;
            sortByImportOrder(r, hits);
            out.clear();
            for (ScoreDoc h : hits) {
                ConcordanceHit hit = verify(r, searcher, h.doc, langs, all, phrase, otherLang);
                if (hit != null) {
                    out.add(hit);
                    if (out.size() >= max) {
                        return out;
                    }
                }
            }
            if (hits.length < want || want >= 1 << 20) {
                return out;
            }
            want *= 8;
        }
    }

    /** Sorts hits into the order their units were imported (the {@code seq} doc values). */
    private static void sortByImportOrder(DirectoryReader r, ScoreDoc[] hits) throws IOException {
        long[] keyed = new long[hits.length];
        for (int i = 0; i < hits.length; i++) {
            LeafReaderContext ctx = r.leaves().get(ReaderUtil.subIndex(hits[i].doc, r.leaves()));
            NumericDocValues seq = ctx.reader().getNumericDocValues(TmSchema.SEQ);
            long s = seq != null && seq.advanceExact(hits[i].doc - ctx.docBase) ? seq.longValue() : Integer.MAX_VALUE;
            keyed[i] = s << 32 | i;
        }
        Arrays.sort(keyed);
        ScoreDoc[] copy = hits.clone();
        for (int i = 0; i < hits.length; i++) {
            hits[i] = copy[(int) (keyed[i] & 0xFFFFFFFFL)];
        }
    }

    private ConcordanceHit verify(DirectoryReader r, IndexSearcher searcher, int doc, List<String> langs,
                                  List<String> all, Pattern phrase, String otherLang) throws IOException {
        LeafReaderContext ctx = r.leaves().get(ReaderUtil.subIndex(doc, r.leaves()));
        LeafReader lr = ctx.reader();
        int local = doc - ctx.docBase;
        for (String lang : langs) {
            String text = docText(lr, lang, local);
            if (text == null) {
                continue;
            }
            Folding f = Folding.of(text);
            Matcher m = phrase.matcher(f.folded());
            if (!m.find()) {
                continue;
            }
            String other = null;
            String otherText = null;
            for (String o : otherLang != null ? List.of(TmxUnit.Variant.primary(otherLang)) : all) {
                if (!o.equals(lang)) {
                    String t = docText(lr, o, local);
                    if (t != null) {
                        other = o;
                        otherText = t;
                        break;
                    }
                }
            }
            Document d = searcher.storedFields().document(doc, Set.of(TmSchema.TUID));
            return new ConcordanceHit(lang, text, f.origin()[m.start()], f.origin()[m.end() - 1] + 1, other, otherText,
                    d.get(TmSchema.TUID));
        }
        return null;
    }

    private static String docText(LeafReader lr, String lang, int local) throws IOException {
        BinaryDocValues dv = lr.getBinaryDocValues(TmSchema.text(lang));
        return dv != null && dv.advanceExact(local) ? dv.binaryValue().utf8ToString() : null;
    }

    /**
     * Writes every unit, as it was imported and in the order of import, to a TMX 1.4 file;
     * returns the number written.
     */
    public long export(Path out, String version, Progress progress) throws IOException {
        String src = sourceLang();
        TmxWriter w = new TmxWriter(out, src == null ? "*all*" : src, null, version);
        try {
            long n = forEachUnit(w::write, progress);
            w.close();
            return n;
        } catch (IOException | RuntimeException e) {
            w.abort();
            throw e;
        }
    }

    /**
     * Hands every unit to {@code action} in the order of import: its tuid, its variants (primary
     * language and text, one a language) and its {@code <tu>} verbatim; returns the number of units.
     * Holds 8 bytes a unit to sort them into that order.
     */
    public long forEachUnit(java.util.function.Consumer<TmxUnit> action, Progress progress) throws IOException {
        DirectoryReader r = reader();
        long n = 0;
        if (r != null) {
            List<String> langs = new ArrayList<>(languages().keySet());
            long[] order = new long[r.numDocs()];
            int k = 0;
            for (LeafReaderContext ctx : r.leaves()) {
                LeafReader lr = ctx.reader();
                Bits live = lr.getLiveDocs();
                NumericDocValues seq = lr.getNumericDocValues(TmSchema.SEQ);
                for (int d = 0; d < lr.maxDoc(); d++) {
                    if (live != null && !live.get(d)) {
                        continue;
                    }
                    long s = seq != null && seq.advanceExact(d) ? seq.longValue() : Integer.MAX_VALUE;
                    order[k++] = s << 32 | (ctx.docBase + d);
                }
            }
            Arrays.sort(order, 0, k);
            StoredFields sf = r.storedFields();
            List<LeafReaderContext> leaves = r.leaves();
            for (int i = 0; i < k; i++) {
                int doc = (int) (order[i] & 0xFFFFFFFFL);
                Document stored = sf.document(doc, Set.of(TmSchema.XML, TmSchema.TUID));
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                List<TmxUnit.Variant> variants = new ArrayList<>();
                for (String lang : langs) {
                    String text = docText(leaf.reader(), lang, doc - leaf.docBase);
                    if (text != null) {
                        variants.add(new TmxUnit.Variant(lang, text));
                    }
                }
                action.accept(new TmxUnit(stored.get(TmSchema.TUID), variants, stored.get(TmSchema.XML)));
                if (++n % 1000 == 0) {
                    progress.update(n, k);
                }
            }
        }
        progress.update(n, n);
        return n;
    }

    public TmStats stats() throws IOException {
        DirectoryReader r = reader();
        long bytes = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(p)) {
                    bytes += Files.size(p);
                }
            }
        }
        if (r == null) {
            return new TmStats(name, 0, Map.of(), null, bytes, 0, null, null);
        }
        Map<String, String> meta = r.getIndexCommit().getUserData();
        return new TmStats(name, r.numDocs(), languages(), meta.get(META_SOURCE), bytes, r.leaves().size(),
                meta.get(META_CREATED), meta.get(META_UPDATED));
    }

    @Override
    public synchronized void close() throws IOException {
        if (reader != null) {
            reader.close();
            reader = null;
        }
        directory.close();
    }

    @Override
    public String toString() {
        return name.toLowerCase(Locale.ROOT);
    }
}
