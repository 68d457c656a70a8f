package org.tmsh.memory.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.formats.tmx.TmxWriter;
import org.tmsh.formats.tmx.UnitSource;
import org.tmsh.memory.ImportHook;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.UnitSources;

/**
 * Import into a Solr TM in batches: each unit's document id is its duplicate key (prefixed by the
 * TM's route), so the same unit sent twice, by one import or by two at once, is one document.
 * Solr writes each acknowledged batch to its transaction log on every replica before answering, so
 * a killed or failed import loses at most the batches it had in flight (three of 5000 units by default); running it
 * again completes it without duplicates. The import commits at its end (and Solr's autoCommit every 15 s).
 * On TLOG and PULL replicas whose nodes can read the client's folder, units with new ids take the bulk
 * path instead ({@link SolrBulk}: a segment a shard, merged into the leader's core and committed; four bulk batches
 * of 50,000 in flight by default, {@link SolrBulk#inFlight}).
 */
final class SolrImport {

    private final SolrMemory tm;

    SolrImport(SolrMemory tm) {
        this.tm = tm;
    }

    ImportReport importFile(Path file, String srcLang0, String tgtLang0, Progress progress,
                            java.util.Map<String, String> props) {
        long start = System.nanoTime();
        try (UnitSource in = UnitSources.open(file, srcLang0, tgtLang0, props)) {
            String srcLang = in.sourceLang();
            long total = Math.max(1, Files.size(file));
            Iterator<TmxUnit> units = new Iterator<>() {
                TmxUnit next = in.next();

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public TmxUnit next() {
                    TmxUnit u = next;
                    next = in.next();
                    return u;
                }
            };
            long[] c = write(units, srcLang != null && !srcLang.equals("*all*") ? srcLang : null,
                    n -> progress.update(Math.min(total - 1, in.bytesRead()), total));
            progress.update(total, total);
            return new ImportReport(tm.name(), file.toString(), c[0], c[1], c[0] - c[1], in.invalidCount(),
                    List.copyOf(in.invalid()), c[2], (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            throw TmshException.inFile(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    ImportReport add(List<TmxUnit> units, String srcLang, String origin) {
        long start = System.nanoTime();
        long[] c = write(units.iterator(), srcLang, n -> { });
        return new ImportReport(tm.name(), origin, c[0], c[1], c[0] - c[1], 0, List.of(), c[2],
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * Sends the units in batches, up to {@link #senders()} batches in flight at once: the reading
     * thread only reads units and computes their ids; each sender builds its batch's documents
     * ({@link SolrSchema#documentWithId}) and sends them to the leader of each document's shard
     * ({@link SolrLeaders}), so that reading, building and indexing overlap. Runs under the TM's lock
     * ({@link SolrImportLock}): commits what an earlier, killed import left acknowledged but
     * uncommitted, counts, sends, commits and counts again; added is the growth of the count, which
     * the lock makes this import's own (a second import of the TM is refused meanwhile). Returns
     * units read, added and the count after. On any failure it stops sending, waits for the batches
     * in flight and reports how many units Solr acknowledged.
     */
    private long[] write(Iterator<TmxUnit> units, String srcLang, LongConsumer progress) {
        ImportHook hook = tm.hook();
        SolrMemory.ImportPlan plan = tm.takeImportPlan();
        long before;
        SolrImportLock lock;
        try {
            hook.at(ImportHook.Stage.LOCK, 0);
            lock = SolrImportLock.acquire(tm, "an import from " + host() + " started "
                    + TmxWriter.TMX_DATE.format(Instant.now()));
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw tm.failed("taking its lock", e);
        } catch (OutOfMemoryError e) {
            throw new TmshException("TM '" + tm.name() + "': out of memory; nothing was imported", e);
        }
        try {
            SolrImportPlan unfinished;
            try {
                tm.client().commit(tm.collection(), true, true);
                before = tm.count();
                unfinished = SolrImportPlan.read(tm);
                if (unfinished == null && plan != null) {
                    // recorded before the first unit is sent: a kill after it leaves the record, and the next
                    // import with a plan finishes it against the same older units
                    unfinished = new SolrImportPlan(SolrImportPlan.highestId(tm), plan.what());
                    unfinished.write(tm);
                }
            } catch (SolrServerException | IOException | RuntimeException e) {
                throw tm.failed("counting units", e);
            }
            if (unfinished != null && plan == null) {
                throw new TmshException("TM '" + tm.name() + "' (" + tm.location() + "): an earlier import stored its units"
                        + " but was stopped before applying " + unfinished.what() + " to them; nothing was imported:"
                        + " run that import again (tm import FILE --tm " + tm.name() + " " + unfinished.what() + ") to complete it");
            }
            long[] c = send(units, srcLang, progress, hook, lock, before);
            return plan == null ? c : applyPlan(plan, unfinished, c);
        } finally {
            lock.close();
        }
    }

    /**
     * Applies the import's plan to the units above the recorded id (this import's, and a stopped
     * earlier one's), still under the import's lock, then deletes the record and commits; returns the
     * counts with the units after.
     */
    private long[] applyPlan(SolrMemory.ImportPlan plan, SolrImportPlan record, long[] c) {
        try {
            SolrMaintenance.changeLocked(tm, plan.plan().apply(record.before()), false);
            SolrImportPlan.delete(tm);
            tm.commit();
            return new long[] {c[0], c[1], tm.count()};
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new TmshException("TM '" + tm.name() + "' (" + tm.location() + "): the import stored its units but stopped"
                    + " before applying " + record.what() + " to them; run the import again to complete it: "
                    + tm.failed("applying it", e).getMessage(), e);
        }
    }

    private long[] send(Iterator<TmxUnit> units, String srcLang, LongConsumer progress, ImportHook hook,
                        SolrImportLock lock, long before) {
        long seq = System.currentTimeMillis() * 1_000_000L;
        long read = 0;
        long t0 = System.nanoTime();
        SolrLeaders leaders = leaders() ? SolrLeaders.of(tm.client(), tm.url(), tm.collection()) : null;
        SolrBulk bulk = SolrBulk.open(tm, leaders, before);
        lastBulk = bulk.toString();
        int size = bulk.on() ? SolrBulk.batch() : batch();
        // bulk batches: more in flight than segments built at once, so that the client builds while the nodes add
        Senders out = new Senders(bulk.on() ? SolrBulk.inFlight() : senders(), leaders, bulk.on() ? bulk : null);
        // the ids (64-bit hashes) of the units this import has read: a unit seen before takes Solr's normal path
        LongSet seen = bulk.on() ? new LongSet() : null;
        int index = 0;
        long readCpu = SolrBulk.threadCpu();
        Batch batch = new Batch(seq, size, index++);
        try {
            while (units.hasNext()) {
                TmxUnit u = units.next();
                hook.at(ImportHook.Stage.READ, read);
                hook.at(ImportHook.Stage.BUILD, read);
                String id = SolrSchema.id(tm.route(), u);
                batch.add(u, id, seen != null && seen.add(hash(id)));
                read++;
                if (batch.units.size() == size) {
                    hook.at(ImportHook.Stage.INDEX, read);
                    lock.check();
                    out.send(batch);
                    batch = new Batch(seq + read, size, index++);
                    progress.accept(read);
                }
            }
            if (!batch.units.isEmpty()) {
                hook.at(ImportHook.Stage.INDEX, read);
                lock.check();
                out.send(batch);
            }
            if (out.pool != null) {
                // the reading thread's own CPU (with one sender it also sends: the senders' figures hold it then)
                SolrBulk.CPU.addAndGet(0, SolrBulk.threadCpu() - readCpu);
            }
            long tRead = System.nanoTime();
            out.finish();
            long tSent = System.nanoTime();
            writeMeta(srcLang);
            hook.at(ImportHook.Stage.COMMIT, read);
            tm.commit();
            long tCommit = System.nanoTime();
            long after = tm.count();
            lastPhases = String.format(java.util.Locale.ROOT, "reading and sending %.1f s, the last batches in flight %.1f s,"
                    + " commit and followers' catch-up %.1f s, count %.1f s", (tRead - t0) / 1e9, (tSent - tRead) / 1e9,
                    (tCommit - tSent) / 1e9, (System.nanoTime() - tCommit) / 1e9);
            lastBulkUnits = out.merged();
            if (after < before + out.merged()) {
                // every merged unit was new: a count below that means a merge did not arrive whole
                throw new TmshException("the TM counts " + after + " units, fewer than the " + before + " before and the "
                        + out.merged() + " new ones its leaders' cores added (bulk path); run the import again with"
                        + " -Dtmsh.solr.bulk=false");
            }
            return new long[] {read, Math.max(0, after - before), after};
        } catch (Throwable t) {
            out.abandon();
            commitQuietly();
            Throwable cause = out.failure() != null ? out.failure() : t;
            String prefix = "TM '" + tm.name() + "' (" + tm.location() + "): import stopped after " + out.acknowledged()
                    + " units were stored; run it again to complete it (nothing will be doubled): ";
            if (cause instanceof TmshException e) {
                throw new TmshException(prefix + e.getMessage(), e);
            }
            if (cause instanceof OutOfMemoryError) {
                throw new TmshException(prefix + "out of memory (give Java more memory, e.g. JAVA_TOOL_OPTIONS=-Xmx4g)", cause);
            }
            throw new TmshException(prefix + cause, cause);
        } finally {
            bulk.close();
        }
    }

    /** The last import's bulk path, as {@link SolrBulk#toString} says (for the benchmark and tests). */
    volatile String lastBulk = "";

    /** Wall time of the last import's stages after its lock and count (for the benchmark). */
    volatile String lastPhases = "";
    /** Units the last import's bulk path added. */
    volatile long lastBulkUnits;

    /** A 64-bit hash of a document id (FNV-1a over its chars). */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** A set of longs (open addressing): the hashes of the ids an import has read, about 16 bytes an id. */
    static final class LongSet {
        private long[] keys = new long[1 << 16];
        private boolean zero;
        private int size;

        /** Adds {@code k}; true if it was not in the set. */
        boolean add(long k) {
            if (k == 0) {
                boolean was = zero;
                zero = true;
                return !was;
            }
            if (size * 2 >= keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int i = (int) (k ^ (k >>> 29)) & mask;
            while (keys[i] != 0) {
                if (keys[i] == k) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            keys[i] = k;
            size++;
            return true;
        }

        private void grow() {
            long[] old = keys;
            keys = new long[old.length * 2];
            size = 0;
            for (long k : old) {
                if (k != 0) {
                    add(k);
                }
            }
        }
    }

    /** This machine's name and this process's id, for the lock's description (the id alone if the name cannot be read). */
    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName() + " (process " + ProcessHandle.current().pid() + ")";
        } catch (IOException | RuntimeException e) {
            return "process " + ProcessHandle.current().pid();
        }
    }

    /**
     * One batch as read: its units, their ids, whether each is the first of its id in this import (bulk path
     * only), its place in the import's order and the sequence number of its first unit.
     */
    private static final class Batch {
        final long firstSeq;
        final int index;
        final List<TmxUnit> units;
        final List<String> ids;
        final java.util.BitSet first = new java.util.BitSet();

        Batch(long firstSeq, int size, int index) {
            this.firstSeq = firstSeq;
            this.index = index;
            this.units = new ArrayList<>(size);
            this.ids = new ArrayList<>(size);
        }

        void add(TmxUnit u, String id, boolean firstOfId) {
            if (firstOfId) {
                first.set(units.size());
            }
            units.add(u);
            ids.add(id);
        }
    }

    /** Which batches are done, so that a batch's normal-path part can wait for every batch before it. */
    private static final class Order {
        private final java.util.BitSet done = new java.util.BitSet();

        synchronized void done(int index) {
            done.set(index);
            notifyAll();
        }

        /** Waits until every batch before {@code index} is done (stored or failed). */
        synchronized void awaitBefore(int index) throws InterruptedException {
            while (done.nextClearBit(0) < index) {
                wait();
            }
        }
    }

    /**
     * Update requests in flight at once ({@code -Dtmsh.solr.senders}, default 3, read at each import):
     * with 3 senders and batches of 5000 a 2-node import ran 1.3 and 2.5 times as fast as with 2 and
     * 1000 in the same run (docs/memory-performance.md).
     */
    static int senders() {
        return Math.max(1, Integer.getInteger("tmsh.solr.senders", 3));
    }

    /** Units a batch (one update request) holds ({@code -Dtmsh.solr.batch}, default 5000, read at each import). */
    static int batch() {
        return Math.max(1, Integer.getInteger("tmsh.solr.batch", 5000));
    }

    /** Whether batches go straight to their shard's leader ({@code -Dtmsh.solr.leaders}, default true). */
    static boolean leaders() {
        return Boolean.parseBoolean(System.getProperty("tmsh.solr.leaders", "true"));
    }

    /**
     * At most {@code n} batches in flight, each built, counted and sent by one sender; a batch counts as
     * stored once Solr acknowledged it (it is then in the transaction log of every replica). The first
     * failure stops further sending. With {@code n = 1} the batches go one after the other from the
     * reading thread.
     */
    private final class Senders {
        private final ExecutorService pool;
        private final Semaphore slots;
        /** Batches handed over whose units are not yet built into segments ({@link SolrBulk#unbuilt}): bounds the units held. */
        private final Semaphore unbuilt;
        private final int n;
        private final SolrLeaders leaders;
        /** The bulk path, or null: every unit takes Solr's normal update path. */
        private final SolrBulk bulk;
        private final Order order = new Order();
        /** The collection's schema takes a language's word terms as one value (read once, before any batch). */
        private final SolrSchema.Layout layout = tm.layout();
        private final AtomicLong acked = new AtomicLong();
        private final AtomicLong merged = new AtomicLong();
        private volatile Throwable failure;

        Senders(int n, SolrLeaders leaders, SolrBulk bulk) {
            this.n = n;
            this.leaders = leaders;
            this.bulk = bulk;
            this.slots = new Semaphore(n);
            this.unbuilt = new Semaphore(bulk != null ? SolrBulk.unbuilt() : n);
            this.pool = n == 1 ? null : Executors.newFixedThreadPool(n, r -> {
                Thread th = new Thread(r, "tmsh-solr-sender");
                th.setDaemon(true);
                return th;
            });
        }

        void send(Batch batch) throws Exception {
            check();
            if (pool == null) {
                store(batch, () -> { });
                return;
            }
            slots.acquire();
            try {
                unbuilt.acquire();
            } catch (InterruptedException e) {
                slots.release();
                throw e;
            }
            java.util.concurrent.atomic.AtomicBoolean built = new java.util.concurrent.atomic.AtomicBoolean();
            Runnable letGo = () -> {
                if (built.compareAndSet(false, true)) {
                    unbuilt.release();
                }
            };
            try {
                check();
                pool.execute(() -> {
                    try {
                        store(batch, letGo);
                    } catch (Throwable e) {
                        synchronized (this) {
                            if (failure == null) {
                                failure = e;
                            }
                        }
                    } finally {
                        letGo.run();
                        slots.release();
                    }
                });
            } catch (Exception | Error e) {
                letGo.run();
                slots.release();
                throw e;
            }
        }

        /**
         * Builds the batch's documents and sends them, one request per leader; on the bulk path, the units whose
         * id is new go to their leader's core as one segment a shard ({@link SolrBulk#store}), the others, after
         * every batch before this one is done, as update requests.
         */
        private void store(Batch batch, Runnable built) throws SolrServerException, IOException, InterruptedException {
            try {
                storeInOrder(batch, built);
            } finally {
                order.done(batch.index);
            }
        }

        /** {@code built} is run once every segment of the batch is built (its units let go), before they are sent. */
        private void storeInOrder(Batch batch, Runnable built) throws SolrServerException, IOException, InterruptedException {
            long cpu0 = SolrBulk.threadCpu();
            Map<String, List<SolrInputDocument>> byLeader = new LinkedHashMap<>();
            Map<String, List<SolrBulk.Unit>> bulkByCore = new LinkedHashMap<>();
            Map<String, String[]> cores = new LinkedHashMap<>();
            int n = batch.units.size();
            String[][] coreOf = new String[n][];
            List<String> candidates = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String id = batch.ids.get(i);
                coreOf[i] = bulk != null && batch.first.get(i) ? leaders.copyingLeaderCoreOf(id) : null;
                if (coreOf[i] != null) {
                    candidates.add(id);
                }
            }
            long beforeAsking = SolrBulk.threadCpu();
            java.util.Set<String> held = bulk == null ? java.util.Set.of() : bulk.existing(candidates);
            long cpu1 = SolrBulk.threadCpu();
            // in the batch's order: of two units with one id, the later is sent later and wins, as on the normal path.
            // A unit for a segment is built straight into it (SolrSegment.add); only the others become SolrInputDocuments
            for (int i = 0; i < n; i++) {
                String id = batch.ids.get(i);
                if (coreOf[i] != null && !held.contains(id)) {
                    String key = coreOf[i][0] + " " + coreOf[i][1];
                    cores.putIfAbsent(key, coreOf[i]);
                    bulkByCore.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new SolrBulk.Unit(id, batch.units.get(i), batch.firstSeq + i));
                } else {
                    SolrInputDocument d = SolrSchema.documentWithId(id, tm.remote(), batch.units.get(i), tm.tokenizer(),
                            batch.firstSeq + i, layout);
                    byLeader.computeIfAbsent(leaders == null ? "" : leaders.leaderOf(id), k -> new ArrayList<>()).add(d);
                }
            }
            // the documents of the normal path (the asking's CPU is counted by SolrBulk.existing)
            SolrBulk.CPU.addAndGet(1, beforeAsking - cpu0 + SolrBulk.threadCpu() - cpu1);
            if (!bulkByCore.isEmpty()) {
                // every unit of the batch is in bulkByCore or byLeader now: while this batch's segments are built and
                // sent, the batch's own list holds none of them (a segment's units are let go once it is built)
                batch.units.clear();
            }
            java.util.concurrent.atomic.AtomicInteger toBuild = new java.util.concurrent.atomic.AtomicInteger(bulkByCore.size());
            Runnable segmentBuilt = () -> {
                if (toBuild.decrementAndGet() == 0) {
                    built.run();
                }
            };
            for (Map.Entry<String, List<SolrBulk.Unit>> e : bulkByCore.entrySet()) {
                int added = bulk.store(cores.get(e.getKey()), e.getValue(), segmentBuilt);
                acked.addAndGet(added);
                merged.addAndGet(added);
                if (SolrBulk.fetchEachBatch()) {
                    // the followers copy this segment while the client builds the next: less left for the last commit
                    leaders.fetchSoon(cores.get(e.getKey()));
                }
            }
            if (bulk != null && !byLeader.isEmpty()) {
                // a unit already merged by an earlier batch must be replaced after that merge, not before it
                order.awaitBefore(batch.index);
            }
            for (Map.Entry<String, List<SolrInputDocument>> e : byLeader.entrySet()) {
                SolrClient c = e.getKey().isEmpty() ? tm.client() : SolrCluster.client(e.getKey());
                c.add(tm.collection(), e.getValue());
                acked.addAndGet(e.getValue().size());
            }
        }

        private void check() throws Exception {
            Throwable f = failure;
            if (f instanceof Exception e) {
                throw e;
            }
            if (f instanceof Error e) {
                throw e;
            }
        }

        /** Waits for every batch in flight; throws the first failure. */
        void finish() throws Exception {
            drain();
            check();
        }

        /** Waits for the batches in flight after a failure, so that the count of stored units is final. */
        void abandon() {
            try {
                drain();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void drain() throws InterruptedException {
            if (pool == null) {
                return;
            }
            slots.acquire(n);
            slots.release(n);
            pool.shutdown();
        }

        Throwable failure() {
            return failure;
        }

        long acknowledged() {
            return acked.get();
        }

        /** Units the bulk path added (merged and committed). */
        long merged() {
            return merged.get();
        }
    }

    /** The TM's meta document: its source language (from the first import that declares one) and dates. */
    void writeMeta(String srcLang) throws SolrServerException, IOException {
        SolrDocument old = tm.meta();
        String now = TmxWriter.TMX_DATE.format(Instant.now());
        SolrInputDocument d = new SolrInputDocument();
        d.addField(SolrSchema.ID, SolrSchema.metaId(tm.route()));
        d.addField(SolrSchema.META_OF, tm.remote());
        String declared = old == null ? null : (String) old.getFirstValue(SolrSchema.SRCLANG);
        String created = old == null ? null : (String) old.getFirstValue(SolrSchema.CREATED);
        if (declared != null || srcLang != null) {
            d.addField(SolrSchema.SRCLANG, declared != null ? declared : srcLang);
        }
        d.addField(SolrSchema.CREATED, created != null ? created : now);
        d.addField(SolrSchema.UPDATED, now);
        tm.client().add(tm.collection(), d);
    }

    private void commitQuietly() {
        try {
            tm.commit();
        } catch (Exception ignored) {
            // the acknowledged batches are in Solr's transaction log; its autoCommit makes them visible
        }
    }
}
