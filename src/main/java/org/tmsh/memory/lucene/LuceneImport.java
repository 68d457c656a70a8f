package org.tmsh.memory.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.formats.tmx.UnitSource;
import org.tmsh.match.Tokenizer;
import org.tmsh.memory.ImportHook;
import org.tmsh.memory.UnitChange;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.UnitSources;
import org.tmsh.formats.tmx.TmxWriter;

/**
 * Writing to an embedded TM: an import is committed once, at its end, so a malformed file, any
 * error (running out of memory included) or a kill leaves the TM exactly as it was, and the files
 * it had begun to write are removed on rollback (or by the next writer, after a kill). Only one
 * process writes at a time (Lucene's native lock); duplicates are decided against the commit seen
 * once that lock is held.
 */
final class LuceneImport {

    static final String META_SOURCE = "tmsh.srclang";
    static final String META_CREATED = "tmsh.created";
    static final String META_UPDATED = "tmsh.updated";

    /** A changeable copy of the commit data {@code w} will write (the TM's own keys: created, updated, format ...). */
    static Map<String, String> commitData(IndexWriter w) {
        Map<String, String> meta = new HashMap<>();
        if (w.getLiveCommitData() != null) {
            w.getLiveCommitData().forEach(e -> meta.put(e.getKey(), e.getValue()));
        }
        return meta;
    }
    static final String META_VERSION = "tmsh.format";
    static final String META_NEXT_SEQ = "tmsh.nextseq";

    private final LuceneMemory tm;

    LuceneImport(LuceneMemory tm) {
        this.tm = tm;
    }

    /** The units to index, made once the lock is held: from the duplicate decisions and the first free position. */
    private interface Units {
        Iterator<ImportPipeline.Prepared> open(ImportPipeline.Dedup dedup, long firstSeq);
    }

    record Counts(long read, long added, long after) {
    }

    /** An import that read no valid unit: nothing is committed, and a TM it was to create is not made. */
    static final class NothingToImport extends TmshException {
        NothingToImport(String message) {
            super(message);
        }
    }

    /** The line for an input without a valid unit: the file, how many were invalid and the first reason. */
    static String nothingIn(String input, int invalidCount, List<org.tmsh.formats.tmx.TmxReader.Invalid> invalid) {
        String first = invalid.isEmpty() ? "" : "; first: line " + invalid.get(0).line() + ": " + invalid.get(0).reason();
        return input + ": no valid unit to import" + (invalidCount > 0 ? " (" + invalidCount + " invalid" + first + ")" : "")
                + "; nothing was changed";
    }

    ImportReport importFile(Path file, String srcLang0, String tgtLang0, Progress progress,
                            java.util.Map<String, String> props) {
        long start = System.nanoTime();
        try (UnitSource in = UnitSources.open(file, srcLang0, tgtLang0, props)) {
            String srcLang = in.sourceLang();
            long total = Math.max(1, Files.size(file));
            Counts c;
            try {
                c = write((dedup, seq) -> new ImportPipeline(in, dedup, seq, tm.hook()),
                        srcLang != null && !srcLang.equals("*all*") ? srcLang : null,
                        read -> progress.update(Math.min(total - 1, in.bytesRead()), total),
                        // the last units' segments, the merge and the commit take a while after the last byte is read
                        () -> progress.phase("writing the index"), 2);
            } catch (NothingToImport e) {
                throw new NothingToImport(nothingIn(file.toString(), in.invalidCount(), in.invalid()));
            }
            progress.update(total, total);
            return new ImportReport(tm.name(), file.toString(), c.read, c.added, c.read - c.added, in.invalidCount(),
                    List.copyOf(in.invalid()), c.after, (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            throw TmshException.inFile(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    ImportReport add(List<TmxUnit> units, String srcLang, String origin) {
        long start = System.nanoTime();
        if (units.isEmpty()) {
            throw new NothingToImport(nothingIn(origin, 0, List.of()));
        }
        Counts c = write((dedup, seq) -> {
            List<ImportPipeline.Prepared> prepared = new ArrayList<>();
            for (TmxUnit u : units) {
                prepared.add(ImportPipeline.prepare(u, dedup, seq++));
            }
            return prepared.iterator();
        }, srcLang, read -> { }, () -> { }, 1);
        return new ImportReport(tm.name(), origin, c.read, c.added, c.read - c.added, 0, List.of(), c.after,
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * The TM's writer: the one lock every change of an embedded TM takes (imports, and the
     * maintenance of {@link LuceneMaintenance}); refused while another process holds it.
     */
    IndexWriter openWriter() {
        return openWriter(new CallerMergeScheduler());
    }

    /** The TM's writer ({@link #openWriter()}) running its merges with {@code merges}. */
    IndexWriter openWriter(org.apache.lucene.index.MergeScheduler merges) {
        IndexWriterConfig cfg = new IndexWriterConfig();
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        // the units go in as whole segments (MemorySegment); the writer's own buffer holds only deletions
        cfg.setRAMBufferSizeMB(96);
        // no merge while the units go in: one started then was mostly cut short by the close after the
        // commit (and its work lost); small segments are merged once, before the commit (mergeSmall)
        cfg.setMergePolicy(NoMergePolicy.INSTANCE);
        cfg.setMergeScheduler(merges);
        cfg.setUseCompoundFile(false);
        cfg.setCommitOnClose(false);
        try {
            return new IndexWriter(tm.directory(), cfg);
        } catch (LockObtainFailedException e) {
            throw new TmshException("TM '" + tm.name() + "' is being changed by another tmsh process (" + tm.dir()
                    + "); try again when it has finished");
        } catch (IOException e) {
            throw tm.damaged(e);
        }
    }

    /** Writes the units of {@code source}; {@code progress} gets units read, {@code allRead} runs once they all are. */
    private Counts write(Units source, String srcLang, LongConsumer progress, Runnable allRead, int threads) {
        // an import's conflict policy, applied in this import's commit (LuceneMemory#planWithImport)
        var plan = tm.takeImportPlan();
        IndexWriter w;
        try {
            tm.hook().at(ImportHook.Stage.LOCK, 0);
            w = openWriter();
        } catch (Throwable t) {
            throw failure(t);
        }
        Iterator<ImportPipeline.Prepared> units = null;
        try {
            DirectoryReader committed;
            try {
                committed = DirectoryReader.indexExists(tm.directory()) ? DirectoryReader.open(tm.directory()) : null;
            } catch (IOException e) {
                throw tm.damaged(e);
            }
            long firstSeq;
            try (DirectoryReader r = committed) {
                LuceneCheck.verify(tm, r);
                firstSeq = nextSeq(r);
                // a TM keeps the format it was created in (its look-ups ask for terms of that format)
                int format = TmSchema.format(r);
                if (format > IndexTerms.CURRENT) {
                    throw new TmshException("TM '" + tm.name() + "' (" + tm.dir() + ") has format " + format
                            + ", newer than this tmsh writes (" + IndexTerms.CURRENT + "); import with a newer tmsh");
                }
                units = source.open(Duplicates.against(r), firstSeq);
                long before = w.getDocStats().numDocs;
                long read = index(w, units, progress, allRead, threads, tm.hook(), tm.tokenizer(), format);
                if (read == 0) {
                    throw new NothingToImport("nothing to import");
                }
                long planned = plan == null ? 0
                        : LuceneMaintenance.apply(tm, w, plan.apply(firstSeq - 1)).stream().filter(UnitChange::isDelete).count();
                mergeSmall(w);
                Map<String, String> meta = commitData(w);
                String now = TmxWriter.TMX_DATE.format(Instant.now());
                meta.putIfAbsent(META_CREATED, now);
                meta.put(META_UPDATED, now);
                meta.put(META_VERSION, Integer.toString(format));
                meta.put(META_NEXT_SEQ, Long.toString(firstSeq + read));
                if (r == null) {
                    // a new TM: its metadata copies are this tmsh's (an older TM keeps its mark until tm reindex)
                    meta.put(LuceneMaintenance.META_FIELDS, org.tmsh.memory.MetaIndex.VERSION);
                }
                if (srcLang != null) {
                    meta.putIfAbsent(META_SOURCE, srcLang);
                }
                w.setLiveCommitData(meta.entrySet());
                tm.hook().at(ImportHook.Stage.COMMIT, read);
                w.commit();
                tm.changed();
                long after = w.getDocStats().numDocs;
                w.close();
                return new Counts(read, after - before + planned, after);
            }
        } catch (Throwable t) {
            if (units instanceof AutoCloseable c) {
                closeQuietly(c);
            }
            rollback(w);
            throw failure(t);
        } finally {
            if (units instanceof AutoCloseable c) {
                closeQuietly(c);
            }
        }
    }

    /** Segments up to this size are merged at the end of an import (bulk imports write larger ones). */
    static final double MERGE_MAX_MB = 16;

    /**
     * Merges small segments (up to {@link #MERGE_MAX_MB}, ten at a time, Lucene's log-size policy)
     * on this thread, so that many small imports do not leave a TM of many tiny segments; the large
     * segments of a bulk import stay as written.
     */
    static void mergeSmall(IndexWriter w) throws IOException {
        LogByteSizeMergePolicy small = new LogByteSizeMergePolicy();
        small.setMaxMergeMB(MERGE_MAX_MB);
        w.getConfig().setMergePolicy(small);
        w.maybeMerge();
    }

    /** One line for what went wrong; the TM is as it was before the import. */
    private RuntimeException failure(Throwable t) {
        if (t instanceof TmshException e) {
            return e;
        }
        String prefix = "TM '" + tm.name() + "': ";
        if (t instanceof OutOfMemoryError) {
            return new TmshException(prefix + "ran out of memory while importing; nothing was changed"
                    + " (give Java more memory, e.g. JAVA_TOOL_OPTIONS=-Xmx4g)", t);
        }
        if (t instanceof IOException || t instanceof UncheckedIOException) {
            return new TmshException(prefix + "write failed, nothing was changed: " + org.tmsh.common.AtomicFiles.message(t), t);
        }
        if (t instanceof IllegalStateException && t.getCause() instanceof TmshException e) {
            return e;
        }
        return new TmshException(prefix + "import failed, nothing was changed: " + t, t);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // the import has failed already; this only stops its reading thread
        }
    }

    /** The position the next imported unit gets (export order). */
    static long nextSeq(DirectoryReader r) throws IOException {
        if (r == null) {
            return 0;
        }
        String v = r.getIndexCommit().getUserData().get(META_NEXT_SEQ);
        return v == null ? r.maxDoc() : Long.parseLong(v);
    }

    /**
     * An indexing thread writes its batch as a segment once it holds this many units or about this
     * many bytes ({@link MemorySegment}): large enough that a million units make a dozen or two
     * segments, small enough that two batches and their sorting fit a heap of 1 GB.
     */
    static final int SEGMENT_UNITS = 65_536;
    static final long SEGMENT_BYTES = 96L << 20;

    /**
     * The bytes a thread's segment may hold before it is written, in a heap of {@code maxHeap} bytes: {@link
     * #SEGMENT_BYTES}, or less in a small heap, so that the threads' segments and their sorting (about as much
     * again) take at most half of what the duplicate filter's 32 MB leave; at least 4 MB. A heap of 1 GB or more
     * keeps 96 MB; one of 256 MB gets 28 MB a thread (two threads), where 96 MB ran out of memory after a few
     * hundred thousand units of a 2 GB TMX (docs/reliability.md).
     */
    static long segmentBytes(int threads, long maxHeap) {
        return Math.max(4L << 20, Math.min(SEGMENT_BYTES, (maxHeap - (32L << 20)) / (4L * Math.max(1, threads))));
    }

    /** How many prepared units an indexing thread takes at once (one lock per chunk, not per unit). */
    private static final int CHUNK = 64;

    /**
     * Adds the prepared units with {@code threads} indexing threads; returns how many units were
     * read. Each thread inverts its units in a {@link MemorySegment} and writes it as a segment of
     * its own ({@link IndexWriter#addIndexes(org.apache.lucene.index.CodecReader...)}, on the same
     * thread: {@link CallerMergeScheduler}), while the other thread goes on with its batch.
     *
     * <p>No thread ever waits for another: a unit that replaces an earlier copy from the same
     * input is added like any other, and the earlier copies (same duplicate key, lower position)
     * are deleted once every unit is in ({@link #deleteReplaced}), so the last copy wins as an
     * update-by-key would.
     */
    private static long index(IndexWriter w, Iterator<ImportPipeline.Prepared> units, LongConsumer progress,
                              Runnable allRead, int threads, ImportHook hook, Tokenizer tokenizer, int format) throws IOException {
        AtomicLong read = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Map<String, Long> replaced = new HashMap<>();
        java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();
        int segmentUnits = Integer.getInteger("tmsh.tm.segmentUnits", SEGMENT_UNITS);
        long segmentBytes = segmentBytes(threads, Runtime.getRuntime().maxMemory());
        Runnable indexer = () -> {
            try {
                List<ImportPipeline.Prepared> chunk = new ArrayList<>(CHUNK);
                long[] numbers = new long[CHUNK];
                MemorySegment segment = new MemorySegment();
                while (failure.get() == null) {
                    chunk.clear();
                    synchronized (units) {
                        while (chunk.size() < CHUNK && units.hasNext()) {
                            ImportPipeline.Prepared p = units.next();
                            long n = read.incrementAndGet();
                            if (n % 1000 == 0) {
                                progress.accept(n);
                            }
                            if (p.action() == ImportPipeline.Action.SKIP) {
                                continue;
                            }
                            hook.at(ImportHook.Stage.INDEX, n - 1);
                            if (p.action() == ImportPipeline.Action.REPLACE) {
                                replaced.merge(p.key(), p.seq(), Math::max);
                            }
                            numbers[chunk.size()] = n - 1;
                            chunk.add(p);
                        }
                    }
                    if (chunk.isEmpty()) {
                        if (ended.compareAndSet(false, true)) {
                            allRead.run();
                        }
                        break;
                    }
                    for (int i = 0; i < chunk.size(); i++) {
                        hook.at(ImportHook.Stage.BUILD, numbers[i]);
                        segment.add(chunk.get(i).doc(tokenizer, format));
                    }
                    if (segment.size() >= segmentUnits || segment.bytesUsed() >= segmentBytes) {
                        w.addIndexes(segment.reader());
                        segment.reset();
                    }
                }
                if (failure.get() == null && segment.size() > 0) {
                    w.addIndexes(segment.reader());
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
        if (t instanceof IOException io) {
            throw io;
        }
        if (t != null) {
            throw ImportPipeline.unchecked(t);
        }
        deleteReplaced(w, replaced);
        return read.get();
    }

    /**
     * Deletes, for each key that came again, every copy before its last (by position in the input).
     * The copies are found through a reader of what this import has written (term look-ups, no
     * query per key); a copy in a segment that a merge has meanwhile replaced is deleted by query.
     * Returns how many keys needed that query.
     */
    static int deleteReplaced(IndexWriter w, Map<String, Long> lastSeq) throws IOException {
        return deleteReplaced(w, lastSeq, WALK_RATIO);
    }

    /**
     * A segment's duplicate keys are walked in order beside the sorted keys to delete, instead of
     * looking each of those up, when there are at least a quarter as many of those as the segment
     * has keys: at ten million units a few percent of the keys come again (the derived memory's 3%),
     * and looking each up in each of 150 segments took longer than reading every segment's keys once.
     */
    static final int WALK_RATIO = 4;

    /** As {@link #deleteReplaced(IndexWriter, Map)}, walking a segment's keys when keys x {@code walkRatio} >= its key count. */
    static int deleteReplaced(IndexWriter w, Map<String, Long> lastSeq, int walkRatio) throws IOException {
        if (lastSeq.isEmpty()) {
            return 0;
        }
        List<Map.Entry<String, Long>> keys = new ArrayList<>(lastSeq.entrySet());
        // in the order of their bytes, as a segment's terms come
        keys.sort((x, y) -> new BytesRef(x.getKey()).compareTo(new BytesRef(y.getKey())));
        BytesRef[] sorted = new BytesRef[keys.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = new BytesRef(keys.get(i).getKey());
        }
        Set<String> byQuery = new HashSet<>();
        try (DirectoryReader r = DirectoryReader.open(w, false, false)) {
            for (LeafReaderContext ctx : r.leaves()) {
                Terms terms = ctx.reader().terms(TmSchema.DUP);
                if (terms == null) {
                    continue;
                }
                TermsEnum te = terms.iterator();
                NumericDocValues[] seq = new NumericDocValues[1];
                PostingsEnum[] docs = new PostingsEnum[1];
                long size = terms.size();
                if (size >= 0 && (long) sorted.length * walkRatio >= size) {
                    // both in the order of their bytes
                    int i = 0;
                    BytesRef t = te.next();
                    while (t != null && i < sorted.length) {
                        int c = t.compareTo(sorted[i]);
                        if (c < 0) {
                            t = te.next();
                        } else if (c > 0) {
                            i++;
                        } else {
                            deleteEarlier(w, r, ctx, te, keys.get(i), seq, docs, byQuery);
                            i++;
                            t = te.next();
                        }
                    }
                } else {
                    for (int i = 0; i < sorted.length; i++) {
                        if (te.seekExact(sorted[i])) {
                            deleteEarlier(w, r, ctx, te, keys.get(i), seq, docs, byQuery);
                        }
                    }
                }
            }
        }
        List<Query> earlier = new ArrayList<>();
        for (String key : byQuery) {
            earlier.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(TmSchema.DUP, key)), BooleanClause.Occur.FILTER)
                    .add(NumericDocValuesField.newSlowRangeQuery(TmSchema.SEQ, Long.MIN_VALUE, lastSeq.get(key) - 1),
                            BooleanClause.Occur.FILTER)
                    .build());
        }
        w.deleteDocuments(earlier.toArray(Query[]::new));
        return earlier.size();
    }

    /** Deletes the copies of {@code key} in the segment of {@code ctx} ({@code te} is on its term) before its last position. */
    private static void deleteEarlier(IndexWriter w, DirectoryReader r, LeafReaderContext ctx, TermsEnum te,
                                      Map.Entry<String, Long> key, NumericDocValues[] seq, PostingsEnum[] docs,
                                      Set<String> byQuery) throws IOException {
        // a doc values iterator goes forward only: a fresh one per key, as before
        seq[0] = ctx.reader().getNumericDocValues(TmSchema.SEQ);
        docs[0] = te.postings(docs[0], PostingsEnum.NONE);
        for (int d = docs[0].nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs[0].nextDoc()) {
            if (seq[0].advanceExact(d) && seq[0].longValue() < key.getValue()
                    && w.tryDeleteDocument(r, ctx.docBase + d) == -1) {
                byQuery.add(key.getKey());
            }
        }
    }

    /** Drops what the import wrote: the last commit stays; a TM that had none is removed whole. */
    private void rollback(IndexWriter w) {
        try {
            w.rollback();
        } catch (Throwable ignored) {
            // the last commit stays as it was either way
        }
        tm.removeIfNeverCommitted();
    }
}
