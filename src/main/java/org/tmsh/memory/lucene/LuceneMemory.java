package org.tmsh.memory.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

import org.tmsh.common.LanguageTags;
import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.match.Tokenizer;
import org.tmsh.memory.Concordance;
import org.tmsh.memory.ConcordanceHit;
import org.tmsh.memory.ImportHook;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.LanguagePairs;
import org.tmsh.memory.Match;
import org.tmsh.memory.Rescorer;
import org.tmsh.memory.SearchOptions;
import org.tmsh.memory.UnitFilter;
import org.tmsh.memory.TmHealth;
import org.tmsh.memory.TmStats;
import org.tmsh.memory.TranslationMemory;

/**
 * The embedded translation memory: a Lucene index in its own folder on this machine.
 *
 * <p>Writes are all-or-nothing ({@link LuceneImport}); readers see the last commit and may run
 * beside a writer. Look-up is {@link FuzzySearch}, concordance {@link LuceneConcordance}, the
 * units in import order {@link LuceneUnits}.
 */
public final class LuceneMemory implements TranslationMemory {

    private final String name;
    private final Path dir;
    private final FSDirectory directory;
    private final Tokenizer tokenizer = Tokenizer.standard();
    private final LuceneImport writer = new LuceneImport(this);
    private final PageWarmer warmer = new PageWarmer();
    private volatile ImportHook hook = ImportHook.NONE;
    private DirectoryReader reader;
    private long checked;
    private volatile boolean stale;
    private volatile long unreadable;

    public LuceneMemory(String name, Path dir) throws IOException {
        this.name = name;
        this.dir = dir;
        this.directory = FSDirectory.open(dir);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String backend() {
        return "lucene";
    }

    @Override
    public String location() {
        return dir.toString();
    }

    public Path dir() {
        return dir;
    }

    /** For tests: called at each stage of every import (fault injection, forced overlaps). */
    public void hook(ImportHook h) {
        this.hook = h == null ? ImportHook.NONE : h;
    }

    ImportHook hook() {
        return hook;
    }

    FSDirectory directory() {
        return directory;
    }

    Tokenizer tokenizer() {
        return tokenizer;
    }

    /** After our own commit: the next read reopens at once. */
    void changed() {
        stale = true;
    }

    /**
     * The one line for an index that cannot be read: it names the TM, its folder and what failed (a
     * checksum error names the file), and what the translator can do.
     */
    TmshException damaged(Throwable e) {
        String what = e instanceof IOException ? e.getMessage()
                : "a read failed (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
        return new TmshException("TM '" + name + "' is damaged or unreadable (" + dir + "): " + what
                + "; 'tm check " + name + "' names the damaged parts, 'tm export' saves the units that can still be read,"
                + " 'tm delete " + name + " --yes' removes it (or restore the folder from a backup)", e);
    }

    @Override
    public TmshException readFailure(Exception e) {
        return damaged(e);
    }

    /**
     * A reader on the last commit. Our own writes reopen it at once; a commit by another process
     * is seen within a second (checking on every look-up would list the folder every time).
     */
    synchronized DirectoryReader reader() {
        long now = System.nanoTime();
        try {
            if (reader == null) {
                if (!Files.isDirectory(dir) || !DirectoryReader.indexExists(directory)) {
                    return null;
                }
                reader = DirectoryReader.open(warmer.recording(directory));
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
        } catch (IOException e) {
            throw damaged(e);
        }
        return reader;
    }

    /**
     * After a failed first import: the folder has no commit, so nothing of the TM is left behind.
     * Checked and emptied under the writer's lock, so a TM another process has begun is not touched.
     */
    synchronized void removeIfNeverCommitted() {
        if (reader != null || !Files.isDirectory(dir)) {
            return;
        }
        try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            if (DirectoryReader.indexExists(directory)) {
                return;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    if (!p.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException e) {
            return; // another writer holds it, or the folder cannot be read: leave it
        }
        try {
            Files.deleteIfExists(dir.resolve(IndexWriter.WRITE_LOCK_NAME));
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // another process has begun writing here meanwhile: the folder is theirs
        }
    }

    // ------------------------------------------------------------------ writing

    @Override
    public ImportReport importFile(Path file, String srcLang, String tgtLang, Progress progress,
                                   java.util.Map<String, String> props) {
        return writer.importFile(file, srcLang, tgtLang, progress, props);
    }

    @Override
    public ImportReport add(List<TmxUnit> units, String srcLang, String origin) {
        return writer.add(units, srcLang, origin);
    }

    // ------------------------------------------------------------------ reading

    @Override
    public String sourceLang() {
        DirectoryReader r = reader();
        try {
            return r == null ? null : r.getIndexCommit().getUserData().get(LuceneImport.META_SOURCE);
        } catch (IOException e) {
            throw damaged(e);
        }
    }

    @Override
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
        TermsEnum te = t.iterator();
        for (BytesRef b = te.next(); b != null; b = te.next()) {
            String lang = b.utf8ToString();
            long n = s.count(new TermQuery(new Term(TmSchema.LANG, lang)));
            if (n > 0) {
                out.put(lang, n);
            }
        }
        return TranslationMemory.mostFrequentFirst(out);
    }

    /** The language tags the TM holds (without counting their units: what a look-up needs). */
    private static List<String> tags(DirectoryReader r) throws IOException {
        List<String> out = new ArrayList<>();
        Terms t = MultiTerms.getTerms(r, TmSchema.LANG);
        if (t != null) {
            TermsEnum te = t.iterator();
            for (BytesRef b = te.next(); b != null; b = te.next()) {
                out.add(b.utf8ToString());
            }
        }
        return out;
    }

    @Override
    public long size() {
        DirectoryReader r = reader();
        return r == null ? 0 : r.numDocs();
    }

    @Override
    public List<Match> search(String text, String srcLang, String tgtLang, int min, int max, SearchOptions options)
            throws IOException {
        DirectoryReader r = reader();
        if (r == null || text.isBlank() || max <= 0) {
            return List.of();
        }
        return LanguagePairs.search(tags(r), srcLang, tgtLang, max,
                (s, t) -> FuzzySearch.search(r, TmSchema.fields(r), new Rescorer(tokenizer, text, s, t, min, max, options), s, t,
                        null, null, LuceneFilter.of(options.filter()), options, null));
    }

    @Override
    public List<ConcordanceHit> concordance(String text, String lang, String otherLang, int max, UnitFilter filter)
            throws IOException {
        Concordance c = new Concordance(tokenizer, text);
        DirectoryReader r = reader();
        if (r == null || c.isEmpty()) {
            return List.of();
        }
        List<String> all = new ArrayList<>(languages().keySet());
        List<String> langs = lang != null ? LanguageTags.matching(lang, all) : all;
        return LuceneConcordance.find(r, c, langs, all, otherLang, max, filter);
    }

    @Override
    public void forEachUnit(Consumer<TmxUnit> action) throws IOException {
        DirectoryReader r = reader();
        unreadable = 0;
        if (r != null) {
            unreadable = LuceneUnits.forEach(r, new ArrayList<>(languages().keySet()), action);
        }
    }

    @Override
    public org.tmsh.memory.UnitRecord unit(String id) throws IOException {
        DirectoryReader r = reader();
        return r == null ? null : new LuceneMaintenance.Units(r, false).get(id);
    }

    @Override
    public void forEachRecord(Consumer<org.tmsh.memory.UnitRecord> action) throws IOException {
        DirectoryReader r = reader();
        if (r != null) {
            new LuceneMaintenance.Units(r, false).forEach(action);
        }
    }

    @Override
    public List<org.tmsh.memory.UnitChange> change(org.tmsh.memory.UnitPlan plan, boolean dryRun) {
        return LuceneMaintenance.change(this, writer, plan, dryRun);
    }

    private java.util.function.LongFunction<org.tmsh.memory.UnitPlan> importPlan;

    @Override
    public synchronized boolean planWithImport(java.util.function.LongFunction<org.tmsh.memory.UnitPlan> plan) {
        importPlan = plan;
        return true;
    }

    /** The plan the next import applies in its commit ({@link #planWithImport}), or null; cleared. */
    synchronized java.util.function.LongFunction<org.tmsh.memory.UnitPlan> takeImportPlan() {
        var p = importPlan;
        importPlan = null;
        return p;
    }

    @Override
    public long unindexedMeta() throws IOException {
        return LuceneMaintenance.unindexedMeta(reader());
    }

    @Override
    public boolean metaOutdated() throws IOException {
        DirectoryReader r = reader();
        if (r == null || r.numDocs() == 0) {
            return false;
        }
        String v = r.getIndexCommit().getUserData().get(LuceneMaintenance.META_FIELDS);
        return !org.tmsh.memory.MetaIndex.VERSION.equals(v) || unindexedMeta() > 0;
    }

    @Override
    public long reindex(org.tmsh.common.Progress progress) {
        return LuceneMaintenance.reindex(this, writer, progress);
    }

    @Override
    public org.tmsh.memory.TmOptimized optimize(int segments, org.tmsh.common.Progress progress) {
        return LuceneOptimize.optimize(this, writer, segments, progress);
    }

    @Override
    public long unreadable() {
        return unreadable;
    }

    @Override
    public TmHealth check() throws IOException {
        return LuceneCheck.check(this);
    }

    @Override
    public TmStats stats() throws IOException {
        DirectoryReader r = reader();
        long bytes = 0;
        if (r != null) {
            // the files of the last commit only: what a killed import left behind is not the TM's
            for (String f : r.getIndexCommit().getFileNames()) {
                bytes += Files.size(dir.resolve(f));
            }
        }
        if (r == null) {
            return new TmStats(name, 0, Map.of(), null, bytes, 0, null, null);
        }
        Map<String, String> meta = r.getIndexCommit().getUserData();
        return new TmStats(name, r.numDocs(), languages(), meta.get(LuceneImport.META_SOURCE), bytes, r.leaves().size(),
                meta.get(LuceneImport.META_CREATED), meta.get(LuceneImport.META_UPDATED));
    }

    /** Deletes the folder; refused while another process writes to it. */
    @Override
    public void drop() {
        warmer.stop(); // outside the lock, as in close
        dropFolder();
    }

    private synchronized void dropFolder() {
        try {
            close();
        } catch (IOException ignored) {
            // closing our own reader; the delete below decides
        }
        try (FSDirectory d = FSDirectory.open(dir); Lock lock = d.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            lock.ensureValid();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    if (!p.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)) {
                        Files.delete(p);
                    }
                }
            }
        } catch (LockObtainFailedException e) {
            throw new TmshException("TM '" + name + "' is being changed by another tmsh process; not deleted");
        } catch (IOException e) {
            throw new TmshException("TM '" + name + "': cannot delete " + dir + ": " + e.getMessage(), e);
        }
        try {
            Files.deleteIfExists(dir.resolve(IndexWriter.WRITE_LOCK_NAME));
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new TmshException("TM '" + name + "': cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The index's pages mapped into this process in the background ({@link PageWarmer}, when switched on): an
     * interactive shell's first look-ups then take no page faults for them. Returns at once; nothing waits for it.
     */
    @Override
    public void warm() {
        warmer.start(this::reader);
    }

    /** The warmer of this TM (a test waits for it). */
    PageWarmer warmer() {
        return warmer;
    }

    /** What the background warmer has done so far, in a line (the look-up benchmark prints it). */
    public String warmReport() {
        return warmer.report();
    }

    @Override
    public void close() throws IOException {
        warmer.stop(); // outside the lock: the warmer may be waiting for it to open the reader
        synchronized (this) {
            if (reader != null) {
                reader.close();
                reader = null;
            }
        }
    }

    @Override
    public String toString() {
        return name.toLowerCase(Locale.ROOT);
    }
}
