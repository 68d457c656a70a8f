package org.tmsh.memory.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.client.solrj.request.RequestWriter;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.request.schema.AnalyzerDefinition;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.schema.FieldTypeRepresentation;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.ShardParams;

/**
 * The import's bulk path: the client writes each batch's units of a shard as a Lucene index
 * ({@link SolrSegment}) in a directory of its own, and the shard leader's core adds it ({@code CoreAdmin
 * MERGEINDEXES} with {@code indexDir}), then a hard commit makes it durable; the shard's TLOG and PULL
 * followers copy the merged segment as they copy any. Solr's per-document update path (parse, version,
 * transaction log, invert, store) is skipped for those units.
 *
 * <p>Two ways to the leader's core: when every leader's node runs tmsh's segment handler ({@link #HANDLER}, the plug-in
 * {@code org.tmsh.memory.solr.node.SegmentHandler}, answering exactly {@link #LAYOUT} and this client's Lucene version),
 * the segment is written in memory and sent in the request's body, and the handler adds its files as they are
 * ({@code IndexWriter.addIndexes} of a directory) and commits the core; no folder is shared. Otherwise (noted once a
 * collection) the folder's way below, {@code MERGEINDEXES}, which re-encodes the segment.
 *
 * <p>When it is used ({@link #open}, once an import, else the import takes Solr's normal path for every unit):
 * {@code -Dtmsh.solr.bulk} is not {@code false}; the collection's schema is the one {@link SolrSegment}
 * mirrors (configset tmsh-4: field by field, no copy fields or defaults); the TM's shard has only TLOG and
 * PULL replicas (an NRT follower indexes each update itself and never copies the leader's segments, so
 * it would not get a merged batch); and the leader's node can read the client's directory: a probe (an empty
 * index merged into each leader's core) succeeds. That needs the node on this machine, or one that shares
 * the directory ({@code -Dtmsh.solr.bulkDir}, default {@code TMPDIR/tmsh-solr-bulk}), and a node
 * that allows the path ({@code -Dsolr.allowPaths=DIR} when Solr starts: Solr refuses an {@code indexDir}
 * outside its home otherwise).
 *
 * <p>Which units: {@code MERGEINDEXES} adds documents and replaces none, so only a unit whose id is new goes
 * this way: neither in the TM before the import (asked per batch with a terms query on {@code id} when the
 * TM was not empty) nor earlier in this import (a set of the ids' hashes: a collision only sends a new unit the
 * normal way). Every other unit goes through Solr's normal update, which replaces by id, after the bulk
 * batches before it (so a later duplicate replaces the merged one, as it would have replaced a sent one).
 *
 * <p>Durability: a merged batch is in the leader's committed index, not in a transaction log; followers hold
 * it once they copy the segment (their next poll, and the import's end). With PULL followers that is what the
 * normal path gives too; with TLOG followers a leader lost before they copy it loses the batch (a re-run brings
 * it back). docs/memory-performance.md, "the bulk path", has the whole comparison and its measurements.
 *
 * <p>A directory is deleted once merged, or when its batch fails; an import's directory at its end; and at
 * the start of each import, the directories of tmsh processes that are no longer running (a killed import).
 */
final class SolrBulk {

    /** Why the bulk path is off for an import, or null when it is on (for the benchmark and tests). */
    private final String off;
    private final SolrMemory tm;
    private final Path dir;
    private final AtomicInteger segments = new AtomicInteger();
    private final boolean checkExisting;
    /** The leaders' nodes run tmsh's segment handler ({@link #HANDLER}): segments are sent to it, no folder is shared. */
    private final boolean viaHandler;
    /** Segments being built at once ({@link #builders}). */
    private final java.util.concurrent.Semaphore building = new java.util.concurrent.Semaphore(builders());

    private SolrBulk(SolrMemory tm, Path dir, String off, boolean checkExisting) {
        this(tm, dir, off, checkExisting, false);
    }

    private SolrBulk(SolrMemory tm, Path dir, String off, boolean checkExisting, boolean viaHandler) {
        this.tm = tm;
        this.dir = dir;
        this.off = off;
        this.checkExisting = checkExisting;
        this.viaHandler = viaHandler;
    }

    /**
     * A unit of a bulk batch: its document id, the unit and its {@code seq}; its document is built straight into the
     * segment ({@link SolrSegment#add}).
     */
    record Unit(String id, org.tmsh.formats.tmx.TmxUnit unit, long seq) {
    }

    /** The path of tmsh's segment handler in a core (configset tmsh-6's solrconfig.xml; the plug-in org.tmsh.memory.solr.node). */
    static final String HANDLER = "/tmsh/segments";

    /** The handler's layout this client writes and frames: it uses a handler that reports exactly this (and its own Lucene version). */
    static final String LAYOUT = "tmsh-segments-1";

    private static final byte[] MAGIC = "TMSHSEG1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static final org.slf4j.Logger NOTICE = org.slf4j.LoggerFactory.getLogger("tmsh.notice");

    /** Collections whose missing segment handler was noted (once a process each). */
    private static final Set<String> NOTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Client CPU time of the imports of this process, in nanoseconds of thread CPU (for the benchmark's breakdown):
     * [0] the reading thread, [1] senders building documents (the normal path's; a segment's units are built inside
     * [2]), [2] senders writing segments (building and inverting), [3] senders sending (framing, HTTP, waiting for
     * nothing: a thread's CPU only), [4] senders asking for ids the TM holds; and
     * [5] the Lucene segments the segment handler added (a count: more than one a batch when a writer flushed early).
     */
    static final java.util.concurrent.atomic.AtomicLongArray CPU = new java.util.concurrent.atomic.AtomicLongArray(6);

    /** This thread's CPU time in nanoseconds (0 where the JVM does not measure it). */
    static long threadCpu() {
        java.lang.management.ThreadMXBean b = java.lang.management.ManagementFactory.getThreadMXBean();
        return b.isCurrentThreadCpuTimeSupported() ? b.getCurrentThreadCpuTime() : 0;
    }

    /** Whether the segment handler may be used ({@code -Dtmsh.solr.segmentHandler}, default true; read at each import). */
    static boolean handlerEnabled() {
        return !"false".equalsIgnoreCase(System.getProperty("tmsh.solr.segmentHandler", "true"));
    }

    /** Whether the bulk path may be used ({@code -Dtmsh.solr.bulk}, default true; read at each import). */
    static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty("tmsh.solr.bulk", "true"));
    }

    /**
     * Units a bulk batch ({@code -Dtmsh.solr.bulkBatch}, default 50,000): one segment a shard, merged and committed.
     * Three in flight, each building, and the one being read fit the launcher's 1 GB heap (measured: at most 457 MB in
     * use after a collection, docs/memory-performance.md); now {@link #inFlight}, at most {@link #builders} building;
     * 20,000 before.
     */
    static int batch() {
        return Math.max(1, Integer.getInteger("tmsh.solr.bulkBatch", 50_000));
    }

    /**
     * Bulk batches in flight at once ({@code -Dtmsh.solr.bulkInFlight}, default 4, read at each import): of them at
     * most {@link #builders} build their segments at once, the others wait for the node's answer (receiving, checking,
     * adding and committing their segment) holding the segment only, not its units; so the client builds the next
     * batches while the nodes add the last ones. 3 before, each building and sending in turn.
     */
    static int inFlight() {
        return Math.max(1, Integer.getInteger("tmsh.solr.bulkInFlight", 4));
    }

    /**
     * Segments built at once ({@code -Dtmsh.solr.bulkBuilders}, default the processors, at most {@link #inFlight} less
     * one; read at each import): building is CPU only, so more than the processors only hold more memory.
     */
    static int builders() {
        int in = inFlight();
        int dflt = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), in - 1));
        return Math.max(1, Math.min(in, Integer.getInteger("tmsh.solr.bulkBuilders", dflt)));
    }

    /**
     * Bulk batches handed to the senders whose units are not yet built into segments ({@code -Dtmsh.solr.bulkUnbuilt},
     * default {@link #inFlight}: no bound but theirs; read at each import, at least {@link #builders}): the reading thread
     * waits for one to be built before it hands over the next. So more batches can be in flight (waiting for the nodes'
     * answer, each holding its segment only) without more units held in memory: units held are at most this many
     * batches and the one being read.
     */
    static int unbuilt() {
        return Math.max(builders(), Math.min(inFlight(), Integer.getInteger("tmsh.solr.bulkUnbuilt", inFlight())));
    }

    /**
     * Whether the shard's followers are asked to fetch after each bulk batch ({@code -Dtmsh.solr.fetchEachBatch}, default
     * false; read at each batch): they then copy each segment while the client builds the next, instead of at their
     * poll (half the autoCommit interval) and the import's last commit.
     */
    static boolean fetchEachBatch() {
        return Boolean.getBoolean("tmsh.solr.fetchEachBatch");
    }

    /** The folder the client writes its segments under ({@code -Dtmsh.solr.bulkDir}, default TMPDIR/tmsh-solr-bulk). */
    static Path root() {
        String d = System.getProperty("tmsh.solr.bulkDir");
        return (d != null ? Path.of(d) : Path.of(System.getProperty("java.io.tmpdir"), "tmsh-solr-bulk")).toAbsolutePath();
    }

    /**
     * The bulk path for one import of {@code tm}, checked as the class says; an instance whose {@link #on}
     * is false (with the reason) when it cannot be used. {@code unitsBefore}: the TM's count under the
     * import's lock (0: no id needs to be asked for).
     */
    static SolrBulk open(SolrMemory tm, SolrLeaders leaders, long unitsBefore) {
        if (!enabled()) {
            return new SolrBulk(tm, null, "turned off (-Dtmsh.solr.bulk=false)", false);
        }
        if (leaders == null) {
            return new SolrBulk(tm, null, "batches not sent to the shards' leaders (-Dtmsh.solr.leaders=false)", false);
        }
        String route = tm.route();
        if (route.indexOf(',') >= 0) {
            return new SolrBulk(tm, null, "the TM's name holds a comma (the ids are asked for comma-separated)", false);
        }
        List<String[]> cores = tm.oneShard() ? one(leaders.copyingLeaderCoreOf(route)) : leaders.copyingLeaderCores();
        if (cores.isEmpty()) {
            return new SolrBulk(tm, null, "the TM's shard has NRT replicas (or its state cannot be read)", false);
        }
        String schema = schemaMismatch(tm);
        if (schema != null) {
            return new SolrBulk(tm, null, "the collection's schema is not the one the client mirrors: " + schema, false);
        }
        if (Files.isDirectory(root())) {
            // a killed import's folders go whichever way this import takes
            cleanUp(root());
        }
        String handler = handlerEnabled() ? handlerMismatch(cores) : "turned off (-Dtmsh.solr.segmentHandler=false)";
        if (handler == null) {
            return new SolrBulk(tm, null, null, unitsBefore > 0, true);
        }
        if (NOTED.add(tm.url() + " " + tm.collection()) && handlerEnabled()) {
            NOTICE.warn("tm import: the Solr nodes of {} do not run tmsh's segment handler ({}); the import takes the"
                    + " slower path (docs/team-memory.md, \"The segment handler on the nodes\")", tm.collection(), handler);
        }
        Path root = root();
        Path mine;
        try {
            // a fixed name in the system's temporary folder: not through a link, not another user's
            org.tmsh.common.AtomicFiles.checkSharedFolder(root);
            Files.createDirectories(root);
            cleanUp(root);
            mine = Files.createDirectory(root.resolve("import-" + ProcessHandle.current().pid() + "-" + System.nanoTime()));
        } catch (IOException | RuntimeException e) {
            return new SolrBulk(tm, null, "cannot write " + root + ": " + e.getMessage(), false);
        }
        SolrBulk b = new SolrBulk(tm, mine, null, unitsBefore > 0);
        String probe = b.probe(cores);
        if (probe != null) {
            b.close();
            return new SolrBulk(tm, null, probe, false);
        }
        return b;
    }

    private static List<String[]> one(String[] core) {
        return core == null ? List.of() : List.<String[]>of(core);
    }

    /** True if the import's units may take this path. */
    boolean on() {
        return off == null;
    }

    /** Why not ({@link #on} false), or null. */
    String reason() {
        return off;
    }

    /**
     * Null if every core's node answers {@link #HANDLER} with exactly {@link #LAYOUT} and this client's Lucene version
     * (a segment is copied as the client wrote it, so the node must read its codec); else why not (no handler: Solr
     * answers 404, or an error when the configset names it but the node lacks the plug-in).
     */
    private static String handlerMismatch(List<String[]> cores) {
        for (String[] core : cores) {
            try {
                ModifiableSolrParams p = new ModifiableSolrParams();
                p.set("action", "version");
                GenericSolrRequest r = new GenericSolrRequest(SolrRequest.METHOD.GET, HANDLER, p).setRequiresCollection(true);
                org.apache.solr.common.util.NamedList<Object> rsp = SolrCluster.client(core[0]).request(r, core[1]);
                String layout = String.valueOf(rsp.get("layout"));
                String lucene = String.valueOf(rsp.get("lucene"));
                if (!LAYOUT.equals(layout) || !org.apache.lucene.util.Version.LATEST.toString().equals(lucene)) {
                    return "the handler of " + core[1] + " speaks " + layout + " with Lucene " + lucene + ", this tmsh "
                            + LAYOUT + " with Lucene " + org.apache.lucene.util.Version.LATEST;
                }
            } catch (SolrServerException | IOException | RuntimeException e) {
                return "no " + HANDLER + " on " + core[1] + ": " + firstLine(e.getMessage());
            }
        }
        return null;
    }

    private static String firstLine(String m) {
        if (m == null) {
            return "";
        }
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    /**
     * Merges an empty index into each leader's core: refused if the node cannot read the directory (another
     * machine, another user's permissions, a path Solr does not allow, an index that is not on disk). Null if all
     * took it, else the first refusal.
     */
    private String probe(List<String[]> cores) {
        Path p = dir.resolve("probe");
        try {
            IndexWriterConfig c = new IndexWriterConfig();
            c.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            try (IndexWriter w = new IndexWriter(FSDirectory.open(p), c)) {
                w.commit();
            }
            for (String[] core : cores) {
                merge(core, p);
            }
            return null;
        } catch (Exception e) {
            return "the leader's node cannot add the client's index (" + SolrCluster.failed("probe", "", e).getMessage() + ")";
        } finally {
            delete(p);
        }
    }

    /**
     * Of {@code ids}, those the TM holds (committed: the import committed under its lock before its first batch,
     * and its own units are in the caller's set of ids sent), asked in one request of Solr's terms query.
     * Empty when the TM had no unit before the import.
     */
    Set<String> existing(List<String> ids) throws SolrServerException, IOException {
        if (!checkExisting || ids.isEmpty()) {
            return Set.of();
        }
        long t0 = threadCpu();
        try {
            return held(ids);
        } finally {
            CPU.addAndGet(4, threadCpu() - t0);
        }
    }

    private Set<String> held(List<String> ids) throws SolrServerException, IOException {
        ModifiableSolrParams p = new ModifiableSolrParams();
        // the ids after the local parameters, comma-separated (a TM whose name holds a comma does not take this path)
        p.set("q", "{!terms f=" + SolrSchema.ID + "}" + String.join(",", ids));
        p.set("fl", SolrSchema.ID);
        p.set("rows", ids.size());
        p.set("_route_", tm.route());
        p.set(ShardParams.SHARDS_PREFERENCE, ShardParams.SHARDS_PREFERENCE_REPLICA_LEADER + ":true");
        p.set("shortCircuit", false);
        Set<String> out = new HashSet<>();
        for (SolrDocument d : tm.client().query(tm.collection(), p, SolrRequest.METHOD.POST).getResults()) {
            out.add(String.valueOf(d.getFirstValue(SolrSchema.ID)));
        }
        return out;
    }

    /**
     * Writes {@code docs} as one index, has the leader's core {@code core} ({base URL, core name}) add it and
     * commits the collection (durable when this returns: the merge writes no transaction log); the
     * directory is deleted whatever happens. Returns the units added; through the handler, {@code docs} is emptied
     * once their segment is built (a batch waiting for the node's answer holds its segment, not its units);
     * {@code built} is run once the segment is built, before it is sent.
     */
    int store(String[] core, List<Unit> docs, Runnable built) throws IOException, SolrServerException {
        if (viaHandler) {
            int added = send(core, docs, built);
            segments.incrementAndGet();
            return added;
        }
        Path p = dir.resolve("s" + segments.incrementAndGet());
        long t0 = threadCpu();
        try {
            write(new SolrSegment(p, tm.layout()), docs, tm);
            long t1 = threadCpu();
            CPU.addAndGet(2, t1 - t0);
            t0 = t1;
            built.run();
            merge(core, p);
            UpdateRequest commit = new UpdateRequest();
            commit.setAction(UpdateRequest.ACTION.COMMIT, true, true);
            commit.setParam("openSearcher", "false");
            commit.process(tm.client(), tm.collection());
            CPU.addAndGet(3, threadCpu() - t0);
            return docs.size();
        } finally {
            delete(p);
        }
    }

    /**
     * Writes {@code docs} into {@code s} and finishes it, or abandons it on failure. Their versions lie below the
     * clock of Solr's version numbers (milliseconds << 20) on a node of this machine: any later update of one of
     * these units gets a higher version, as Solr requires.
     */
    private static void write(SolrSegment s, List<Unit> docs, SolrMemory tm) throws IOException {
        boolean done = false;
        try {
            long version = (System.currentTimeMillis() - 1000) << 20;
            SolrSchema.Layout layout = tm.layout();
            String name = tm.remote();
            org.tmsh.match.Tokenizer tokenizer = tm.tokenizer();
            for (int i = 0; i < docs.size(); i++) {
                Unit u = docs.get(i);
                s.add(u.id(), name, u.unit(), tokenizer, u.seq(), layout, version + i);
            }
            s.finish();
            done = true;
        } finally {
            if (!done) {
                s.abandon();
            }
        }
    }

    /**
     * The handler's way: writes {@code docs} as one index in memory and sends its files to the core's {@link #HANDLER},
     * which checks them, adds them as they are and commits the core (durable when this returns).
     */
    private int send(String[] core, List<Unit> docs, Runnable built) throws IOException, SolrServerException {
        ByteBuffersDirectory index = new ByteBuffersDirectory();
        try {
            building.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted before building a segment");
        }
        long t0 = threadCpu();
        try {
            write(new SolrSegment(index, tm.layout()), docs, tm);
        } finally {
            building.release();
        }
        long t1 = threadCpu();
        CPU.addAndGet(2, t1 - t0);
        int count = docs.size();
        // the segment holds them now: a batch waiting for the node's answer keeps no units (the caller counts `count`)
        docs.clear();
        built.run();
        org.apache.solr.common.util.NamedList<Object> rsp;
        if (SegmentPost.enabled()) {
            // a body of known length in blocks of a megabyte (SolrJ's JDK client pipes it through 1 KB: SegmentPost)
            try {
                rsp = SegmentPost.post(core[0], core[1], HANDLER,
                        Map.of("action", "add", "tm", tm.remote(), "docs", Integer.toString(count)), index);
            } finally {
                CPU.addAndGet(3, threadCpu() - t1);
            }
            check(core, count, rsp);
            return count;
        }
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("action", "add");
        p.set("tm", tm.remote());
        p.set("docs", count);
        GenericSolrRequest r = new GenericSolrRequest(SolrRequest.METHOD.POST, HANDLER, p).setRequiresCollection(true);
        r.setContentWriter(new RequestWriter.ContentWriter() {
            @Override
            public void write(java.io.OutputStream os) throws IOException {
                frame(index, os);
            }

            @Override
            public String getContentType() {
                return "application/octet-stream";
            }
        });
        try {
            rsp = SolrCluster.client(core[0]).request(r, core[1]);
        } finally {
            CPU.addAndGet(3, threadCpu() - t1);
        }
        check(core, count, rsp);
        return count;
    }

    /** The handler's answer: the segments it added counted for the benchmark, and the units it added checked against those sent. */
    private static void check(String[] core, int docs, org.apache.solr.common.util.NamedList<Object> rsp) throws IOException {
        if (rsp.get("segments") instanceof Number n) {
            CPU.addAndGet(5, n.longValue());
        }
        if (!String.valueOf(docs).equals(String.valueOf(rsp.get("added")))) {
            throw new IOException("the segment handler of " + core[1] + " added " + rsp.get("added") + " of " + docs + " units");
        }
    }

    /** The handler's body: {@code TMSHSEG1}, the file count, then each file's name, length and bytes. */
    static void frame(org.apache.lucene.store.Directory index, java.io.OutputStream os) throws IOException {
        java.io.DataOutputStream out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(os, 1 << 16));
        String[] files = index.listAll();
        out.write(MAGIC);
        out.writeInt(files.length);
        byte[] buf = new byte[1 << 16];
        for (String f : files) {
            long len = index.fileLength(f);
            out.writeUTF(f);
            out.writeLong(len);
            try (IndexInput in = index.openInput(f, IOContext.READONCE)) {
                for (long left = len; left > 0; ) {
                    int n = (int) Math.min(buf.length, left);
                    in.readBytes(buf, 0, n);
                    out.write(buf, 0, n);
                    left -= n;
                }
            }
        }
        out.flush();
    }

    private void merge(String[] core, Path index) throws SolrServerException, IOException {
        CoreAdminRequest.mergeIndexes(core[1], new String[] {index.toString()}, new String[0], SolrCluster.client(core[0]));
    }

    /** Deletes the import's directory. */
    void close() {
        if (dir != null) {
            delete(dir);
        }
    }

    /** Deletes the directories that imports of tmsh processes no longer running left under {@code root}. */
    static void cleanUp(Path root) {
        try (Stream<Path> s = Files.list(root)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (!n.startsWith("import-")) {
                    continue;
                }
                String[] parts = n.split("-");
                try {
                    long pid = Long.parseLong(parts[1]);
                    if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        continue;
                    }
                    if (pid == ProcessHandle.current().pid()) {
                        continue;
                    }
                } catch (RuntimeException e) {
                    continue;
                }
                delete(p);
            }
        } catch (IOException | RuntimeException ignored) {
            // nothing to clean, or not ours to clean
        }
    }

    private static void delete(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException | RuntimeException ignored) {
            // removed at the next import's clean-up
        }
    }

    /**
     * Null if the collection's schema declares every field of {@link SolrSegment#fields} of its layout (and {@code _version_})
     * as the client writes it, with no copy field and no default value; else what differs.
     */
    static String schemaMismatch(SolrMemory tm) {
        try {
            ModifiableSolrParams defaults = new ModifiableSolrParams();
            defaults.set("showDefaults", true);
            Map<String, Map<String, Object>> fields = new LinkedHashMap<>();
            for (Map<String, Object> f : new SchemaRequest.Fields(defaults).process(tm.client(), tm.collection()).getFields()) {
                fields.put(String.valueOf(f.get("name")), f);
            }
            for (Map<String, Object> f : new SchemaRequest.DynamicFields(defaults).process(tm.client(), tm.collection())
                    .getDynamicFields()) {
                fields.put(String.valueOf(f.get("name")), f);
            }
            Map<String, FieldTypeRepresentation> types = new LinkedHashMap<>();
            for (FieldTypeRepresentation t : new SchemaRequest.FieldTypes(defaults).process(tm.client(), tm.collection())
                    .getFieldTypes()) {
                types.put(String.valueOf(t.getAttributes().get("name")), t);
            }
            if (!new SchemaRequest.CopyFields().process(tm.client(), tm.collection()).getCopyFields().isEmpty()) {
                return "it has copy fields";
            }
            for (Map<String, Object> f : fields.values()) {
                if (f.get("default") != null) {
                    return "field " + f.get("name") + " has a default value";
                }
            }
            SolrSchema.Layout layout = tm.layout();
            if (!layout.lines()) {
                return "its words are one value each (a configset before tmsh-4)";
            }
            for (Map.Entry<String, SolrSegment.Kind> e : SolrSegment.fields(layout).entrySet()) {
                String m = fieldMismatch(fields.get(e.getKey()), e.getKey(), e.getValue().type, e.getValue().indexed,
                        e.getValue().stored, e.getValue().docValues, e.getValue().multiValued, types);
                if (m != null) {
                    return m;
                }
            }
            return fieldMismatch(fields.get(SolrSegment.VERSION), SolrSegment.VERSION, "plong", false, false, true, false, types);
        } catch (SolrServerException | IOException | RuntimeException e) {
            return "cannot read it: " + e.getMessage();
        }
    }

    private static String fieldMismatch(Map<String, Object> f, String name, String type, boolean indexed, boolean stored,
                                        boolean docValues, boolean multi, Map<String, FieldTypeRepresentation> types) {
        if (f == null) {
            return "no field " + name;
        }
        Map<String, Object> want = new LinkedHashMap<>();
        want.put("type", type);
        want.put("indexed", indexed);
        want.put("stored", stored);
        want.put("docValues", docValues);
        want.put("multiValued", multi);
        want.put("termVectors", false);
        if (indexed) {
            want.put("omitNorms", true);
            want.put("omitTermFreqAndPositions", true);
        }
        for (Map.Entry<String, Object> w : want.entrySet()) {
            if (!Objects.equals(String.valueOf(w.getValue()), String.valueOf(f.get(w.getKey())))) {
                return "field " + name + " has " + w.getKey() + "=" + f.get(w.getKey()) + ", expected " + w.getValue();
            }
        }
        FieldTypeRepresentation t = types.get(type);
        String cls = t == null ? null : String.valueOf(t.getAttributes().get("class"));
        String expected = switch (type) {
            case "string" -> "StrField";
            case "plong" -> "LongPointField";
            case "pint" -> "IntPointField";
            case SolrSchema.DV_BYTES -> "BinaryField";
            default -> "TextField";
        };
        if (cls == null || !cls.endsWith("." + expected) && !cls.equals(expected)) {
            return "field type " + type + " is " + cls + ", expected " + expected;
        }
        if (expected.equals("TextField")) {
            AnalyzerDefinition a = t.getAnalyzer();
            List<Map<String, Object>> filters = a == null ? null : a.getFilters();
            Map<String, Object> tok = a == null ? null : a.getTokenizer();
            if (t.getIndexAnalyzer() != null || tok == null || filters != null && !filters.isEmpty() || a.getCharFilters() != null
                    && !a.getCharFilters().isEmpty()
                    || !String.valueOf(tok.get("class")).endsWith("SimplePatternSplitTokenizerFactory")
                    || !"\n".equals(tok.get("pattern"))) {
                return "field type " + type + " is not split at line ends alone: " + (a == null ? null : tok);
            }
        }
        return null;
    }

    /** For the benchmark's and tests' reports: how many segments this import merged. */
    int segments() {
        return segments.get();
    }

    @Override
    public String toString() {
        return off != null ? "bulk path off: " + off : viaHandler ? "bulk path on (segment handler " + HANDLER + ")"
                : "bulk path on (" + dir + ")";
    }

    /** Ids as they will be asked, in a list (a helper for {@link #existing}). */
    static List<String> ids(List<SolrInputDocument> docs) {
        List<String> out = new ArrayList<>(docs.size());
        for (SolrInputDocument d : docs) {
            out.add(String.valueOf(d.getFieldValue(SolrSchema.ID)));
        }
        return out;
    }
}
