package org.tmsh.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;

import org.apache.solr.cloud.MiniSolrCloudCluster;

import org.tmsh.common.Progress;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.Match;
import org.tmsh.memory.TmRegistration;
import org.tmsh.memory.solr.SolrCluster;
import org.tmsh.memory.solr.SolrMemory;

/**
 * The SolrCloud TM's import and look-up, the settings before this round beside the new ones in one
 * run ({@code mvn -q -B -Pbench-solr test-compile exec:exec}, {@code -Dbench.solr.units=N} for the
 * first N real units or a derived memory of N): the same TMX imported by {@code tm import}'s code
 * into a fresh collection of 2 shards x 2 replicas on a 2-node MiniSolrCloudCluster for each
 * setting (update requests in flight at once, {@code tmsh.solr.senders}: 1 is the code before; the
 * TM on one shard, {@code NAME!KEY}, or spread over both, {@code NAME/0!KEY}), after a warm-up
 * import; then the TM benchmark's kind of queries (real segments with 1 to 3 words changed, min 70;
 * low fuzzies, min 50) against the one-shard and the spread TM, with where each look-up's time went.
 * A fourth argument picks settings by number (0 to 32; 29 is 28 with a language's word terms as a token stream, 30 is 29
 * with 4 bulk batches in flight and at most one a processor building; 20 to 22 the bulk path by MERGEINDEXES, 23 to 27 by tmsh's
 * segment handler, 27 with its documents built straight into the segment, 28 as 27 with the segment posted
 * by {@code SegmentPost} instead of SolrJ's pipe, comma-separated, in the order given); settings
 * 0 to 12 use configset "tmsh-2", 13 to 15 "tmsh-3", 16 to 30 "tmsh-6" (kept under src/test/resources: they were
 * measured on the one {@code tm create} uploaded then, tmsh-4 to tmsh-6); 31 is 30 on tmsh-7 (word pairs hashed,
 * the client's segment inverted in memory with its pairs radix-sorted, no points), 32 is 31 inverted by Lucene's own
 * indexing chain.
 */
public final class SolrBenchmark {

    /**
     * One way to import: senders in flight, route bits (-1 one shard), units a batch, to the leaders or not,
     * replica type ({@code tmsh.solr.replicas}), and the configset (null: the one {@code tm create} uploads;
     * else an older one kept for this benchmark under {@code src/test/resources/tmsh/memory/solr/NAME/}).
     */
    record Setting(String label, int senders, int bits, int batch, boolean leaders, String replicas, String configset,
                   boolean bulk, boolean handler, int bulkBatch, Map<String, String> props) {
        /** Settings 0 to 26: as they were measured, the bulk path's documents through a SolrInputDocument. */
        Setting(String label, int senders, int bits, int batch, boolean leaders, String replicas, String configset,
                boolean bulk, boolean handler, int bulkBatch) {
            this(label, senders, bits, batch, leaders, replicas, configset, bulk, handler, bulkBatch,
                    before(Map.of("tmsh.solr.directDocs", "false", "tmsh.solr.segmentPost", "solrj")));
        }

        Setting(String label, int senders, int bits, int batch, boolean leaders, String replicas, String configset,
                boolean bulk) {
            // the bulk path as it was before the segment handler: MERGEINDEXES through the shared folder
            this(label, senders, bits, batch, leaders, replicas, configset, bulk, false, 20_000);
        }

        Setting(String label, int senders, int bits, int batch, boolean leaders, String replicas, String configset) {
            this(label, senders, bits, batch, leaders, replicas, configset, false);
        }

        Setting(String label, int senders, int bits) {
            this(label, senders, bits, 1000, false, "nrt", "tmsh-2");
        }

        Setting(String label, int senders, int bits, int batch, boolean leaders, String replicas) {
            this(label, senders, bits, batch, leaders, replicas, "tmsh-2");
        }
    }

    /**
     * {@code props} with the settings of the client before the term stream and the pipelined bulk batches (3 in
     * flight, each building its own segment): settings 0 to 28 as they were measured.
     */
    private static Map<String, String> before(Map<String, String> props) {
        Map<String, String> m = new java.util.HashMap<>(props);
        m.put("tmsh.solr.termStream", "false");
        m.put("tmsh.solr.bulkInFlight", "3");
        m.put("tmsh.solr.bulkBuilders", "3");
        return Map.copyOf(m);
    }

    /**
     * Settings 40 to 49: the nodes' side of the bulk path and what keeps both cores busy, each setting 30 (the default)
     * with one change (docs/memory-performance.md, "SolrCloud import: the nodes' side").
     */
    private static Map<Integer, Setting> nodesSettings(Setting base) {
        Map<Integer, Setting> m = new java.util.TreeMap<>();
        m.put(40, with(base, "30, 6 bulk batches in flight", Map.of("tmsh.solr.bulkInFlight", "6")));
        m.put(41, with(base, "30, followers fetch after each batch", Map.of("tmsh.solr.fetchEachBatch", "true")));
        m.put(42, with(base, "30, 6 in flight, followers fetch each batch", Map.of("tmsh.solr.bulkInFlight", "6",
                "tmsh.solr.fetchEachBatch", "true")));
        m.put(43, with(base, "30, 6 in flight, at most 3 unbuilt", Map.of("tmsh.solr.bulkInFlight", "6",
                "tmsh.solr.bulkUnbuilt", "3")));
        m.put(44, with(base, "30, 6 in flight, at most 3 unbuilt, followers fetch each batch", Map.of("tmsh.solr.bulkInFlight",
                "6", "tmsh.solr.bulkUnbuilt", "3", "tmsh.solr.fetchEachBatch", "true")));
        // the TM spread over both shards: each batch one segment a shard, each added by its own leader
        Setting spread = m.get(43);
        m.put(45, new Setting("43, the TM spread over both shards", spread.senders(), 0, spread.batch(), spread.leaders(),
                spread.replicas(), spread.configset(), spread.bulk(), spread.handler(), spread.bulkBatch(), spread.props()));
        return m;
    }

    /** {@code base} with {@code props} added to its own, under another label. */
    private static Setting with(Setting base, String label, Map<String, String> props) {
        Map<String, String> p = new java.util.HashMap<>(base.props());
        p.putAll(props);
        return new Setting(label, base.senders(), base.bits(), base.batch(), base.leaders(), base.replicas(), base.configset(),
                base.bulk(), base.handler(), base.bulkBatch(), Map.copyOf(p));
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/tm-data");
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench-solr");
        int size = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Files.createDirectories(work);
        List<TmData.Pair> real = TmData.load(data);
        List<TmData.Pair> units = size == 0 ? real : TmData.derive(real, size);
        Path tmx = work.resolve("tm-" + units.size() + ".tmx");
        if (!Files.exists(tmx)) {
            TmData.writeTmx(units, tmx);
        }
        Path warm = work.resolve("warm.tmx");
        TmData.writeTmx(real.subList(0, Math.min(10_000, real.size())), warm);
        List<TmBenchmark.Query> queries = TmBenchmark.queries(units.subList(0, Math.min(units.size(), real.size())),
                new Random(42));
        List<Setting> all = List.of(new Setting("1 request at a time, one shard (before)", 1, -1),
                new Setting("2 in flight, one shard", 2, -1), new Setting("2 in flight, spread over 2 shards", 2, 0),
                new Setting("4 in flight, spread over 2 shards", 4, 0),
                new Setting("2 in flight, one shard, batches of 5000", 2, -1, 5000, false, "nrt"),
                new Setting("2 in flight, one shard, to the leader", 2, -1, 1000, true, "nrt"),
                new Setting("2 in flight, one shard, TLOG replicas", 2, -1, 1000, false, "tlog"),
                new Setting("3 in flight, one shard, 5000, leader, TLOG", 3, -1, 5000, true, "tlog"),
                new Setting("3 in flight, spread, 5000, leaders, TLOG", 3, 0, 5000, true, "tlog"),
                new Setting("3 in flight, one shard, 5000, leader, NRT", 3, -1, 5000, true, "nrt"),
                new Setting("1 in flight, one shard, 5000, leader, TLOG", 1, -1, 5000, true, "tlog"),
                new Setting("3 in flight, one shard, 20000, leader, TLOG", 3, -1, 20000, true, "tlog"),
                new Setting("3 in flight, one shard, 5000, leader, TLOG+PULL", 3, -1, 5000, true, "pull"),
                new Setting("3 in flight, one shard, 5000, leader, TLOG+PULL, tmsh-3", 3, -1, 5000, true, "pull", "tmsh-3"),
                new Setting("3 in flight, one shard, 5000, leader, NRT, tmsh-3", 3, -1, 5000, true, "nrt", "tmsh-3"),
                new Setting("3 in flight, spread, 5000, leaders, TLOG+PULL, tmsh-3", 3, 0, 5000, true, "pull", "tmsh-3"),
                new Setting("3 in flight, one shard, 5000, leader, TLOG+PULL, tmsh-4", 3, -1, 5000, true, "pull", "tmsh-6"),
                new Setting("2 in flight, one shard, 20000, leader, TLOG+PULL, tmsh-4", 2, -1, 20000, true, "pull", "tmsh-6"),
                new Setting("4 in flight, one shard, 2000, leader, TLOG+PULL, tmsh-4", 4, -1, 2000, true, "pull", "tmsh-6"),
                new Setting("3 in flight, one shard, 5000, leader, NRT, tmsh-4", 3, -1, 5000, true, "nrt", "tmsh-6"),
                // the bulk path (segments built by the client, merged into the leader's core), batches of tmsh.solr.bulkBatch
                new Setting("bulk, 3 in flight, one shard, TLOG+PULL, tmsh-4", 3, -1, 5000, true, "pull", "tmsh-6", true),
                new Setting("bulk, 3 in flight, spread, TLOG+PULL, tmsh-4", 3, 0, 5000, true, "pull", "tmsh-6", true),
                new Setting("bulk, 2 in flight, one shard, TLOG+PULL, tmsh-4", 2, -1, 5000, true, "pull", "tmsh-6", true),
                // the bulk path through tmsh's segment handler on the nodes (addIndexes of a directory: copied, not re-encoded)
                new Setting("bulk+handler, 3 in flight, one shard, TLOG+PULL", 3, -1, 5000, true, "pull", "tmsh-6", true, true, 20_000),
                new Setting("bulk+handler, 3 in flight, one shard, TLOG+PULL, 50000", 3, -1, 5000, true, "pull", "tmsh-6", true, true,
                        50_000),
                new Setting("bulk+handler, 2 in flight, one shard, TLOG+PULL, 50000", 2, -1, 5000, true, "pull", "tmsh-6", true, true,
                        50_000),
                new Setting("bulk+handler, 3 in flight, spread, TLOG+PULL, 50000", 3, 0, 5000, true, "pull", "tmsh-6", true, true,
                        50_000),
                // 27: 24 with the documents built straight into the segment (no SolrInputDocument between)
                new Setting("bulk+handler, 50000, direct documents", 3, -1, 5000, true, "pull", "tmsh-6", true, true, 50_000,
                        before(Map.of("tmsh.solr.directDocs", "true", "tmsh.solr.segmentPost", "solrj"))),
                // 28: 27 with the segment posted as a body of known length in blocks of a megabyte (SegmentPost), not
                // through SolrJ's 1 KB pipe
                new Setting("bulk+handler, 50000, direct documents, posted", 3, -1, 5000, true, "pull", "tmsh-6", true, true,
                        50_000, before(Map.of("tmsh.solr.directDocs", "true", "tmsh.solr.segmentPost", "direct"))),
                // 29: 28 with a language's word terms handed to Lucene as a token stream (WordLines), not one joined string
                new Setting("bulk+handler, 50000, direct, posted, term stream", 3, -1, 5000, true, "pull", "tmsh-6", true, true,
                        50_000, Map.of("tmsh.solr.directDocs", "true", "tmsh.solr.segmentPost", "direct",
                                "tmsh.solr.termStream", "true", "tmsh.solr.bulkInFlight", "3", "tmsh.solr.bulkBuilders", "3")),
                // 30: 29 with 4 bulk batches in flight, at most one a processor building its segment (the default now):
                // the client builds the next batches while the nodes add the last ones
                new Setting("bulk+handler, 50000, term stream, 4 in flight, builders = cores", 3, -1, 5000, true, "pull", "tmsh-6",
                        true, true, 50_000, Map.of("tmsh.solr.directDocs", "true", "tmsh.solr.segmentPost", "direct",
                                "tmsh.solr.termStream", "true", "tmsh.solr.bulkInFlight", "4", "tmsh.solr.bulkBuilders",
                                Integer.toString(Math.min(3, Runtime.getRuntime().availableProcessors())))),
                // 31: 30 on configset tmsh-7 (tm create's now): word pairs as fixed-length hashes, the client's segment
                // inverted in memory with its pairs radix-sorted (MemorySegment), no points
                new Setting("bulk+handler, 50000, tmsh-7: hashed pairs, sorted segment", 3, -1, 5000, true, "pull", null,
                        true, true, 50_000, Map.of("tmsh.solr.directDocs", "true", "tmsh.solr.segmentPost", "direct",
                                "tmsh.solr.termStream", "true", "tmsh.solr.bulkInFlight", "4", "tmsh.solr.bulkBuilders",
                                Integer.toString(Math.min(3, Runtime.getRuntime().availableProcessors())))),
                // 32: 31 with the segment inverted by Lucene's own indexing chain (term hash) as before: the hashed
                // terms and the schema without points alone
                new Setting("bulk+handler, 50000, tmsh-7, Lucene's inverting", 3, -1, 5000, true, "pull", null,
                        true, true, 50_000, Map.of("tmsh.solr.directDocs", "true", "tmsh.solr.segmentPost", "direct",
                                "tmsh.solr.termStream", "true", "tmsh.solr.bulkInFlight", "4", "tmsh.solr.bulkBuilders",
                                Integer.toString(Math.min(3, Runtime.getRuntime().availableProcessors())),
                                "tmsh.solr.sortedPairs", "false")));
        Map<Integer, Setting> nodes = nodesSettings(all.get(30));
        // 33: 31 (tmsh-7) with 43's pipelining (6 in flight, at most 3 unbuilt)
        nodes.put(33, with(all.get(31), "31, 6 in flight, at most 3 unbuilt", Map.of("tmsh.solr.bulkInFlight", "6",
                "tmsh.solr.bulkUnbuilt", "3")));
        List<Setting> settings = args.length > 3 ? Arrays.stream(args[3].split(",")).map(Integer::parseInt)
                .map(i -> nodes.containsKey(i) ? nodes.get(i) : all.get(i)).toList() : all;
        Path base = work.resolve("solr-" + System.nanoTime());
        Files.createDirectories(base);
        // the nodes may read the bulk path's segments (Solr refuses an indexDir outside its home otherwise)
        if (System.getProperty("solr.allowPaths") == null) {
            System.setProperty("solr.allowPaths", SolrMemory.bulkDirectory());
        }
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, base).build();
        List<SolrMemory> kept = new ArrayList<>();
        try {
            String url = cluster.getJettySolrRunner(0).getBaseUrl().toString();
            System.out.printf(Locale.ROOT, "%,d units (%s), 2 nodes, a collection of 2 shards x 2 replicas each;"
                    + " load average at start %s%n", units.size(), tmx.getFileName(), loadAverage());
            int run = 0;
            for (Setting s : List.of(new Setting("warm-up", 2, 0), all.get(0))) {
                importInto(cluster, url, "warm" + run++, s, warm, false);
            }
            for (Setting s : settings) {
                SolrMemory tm = importInto(cluster, url, "imp" + run++, s, tmx, true);
                if (Boolean.getBoolean("bench.solr.lookups") && s.senders() == 2) {
                    kept.add(tm);
                } else {
                    tm.drop();
                    tm.close();
                }
            }
            System.out.printf(Locale.ROOT, "%nlook-ups, %d queries (%d min 70, %d low fuzzies min 50), one searcher,"
                    + " after a warm-up pass:%n", queries.size(), queries.stream().filter(q -> !q.low()).count(),
                    queries.stream().filter(TmBenchmark.Query::low).count());
            for (int pass = 0; pass < 2; pass++) {
                for (SolrMemory tm : kept) {
                    lookUps(tm, queries, pass == 1);
                }
            }
            System.out.println("load average at end " + loadAverage());
        } finally {
            System.clearProperty("tmsh.solr.senders");
            System.clearProperty("tmsh.solr.replicas");
            for (SolrMemory tm : kept) {
                tm.close();
            }
            cluster.shutdown();
        }
    }

    /** The properties settings have set in this run. */
    private static final java.util.Set<String> SET_BEFORE = new java.util.HashSet<>();

    private static SolrMemory importInto(MiniSolrCloudCluster cluster, String url, String collection, Setting s, Path tmx,
                                         boolean print) throws Exception {
        // the replica type tm create makes: TLOG (the default) or NRT, as the setting says
        System.setProperty("tmsh.solr.replicas", s.replicas());
        if (s.configset() == null) {
            SolrCluster.createCollection(url, collection, 2, 2);
        } else {
            SolrCluster.createCollection(url, collection, 2, 2, s.configset(), "/tmsh/memory/solr/" + s.configset() + "/");
        }
        cluster.waitForActiveCollection(collection, 2, 4);
        System.setProperty("tmsh.solr.senders", Integer.toString(s.senders()));
        System.setProperty("tmsh.solr.batch", Integer.toString(s.batch()));
        System.setProperty("tmsh.solr.leaders", Boolean.toString(s.leaders()));
        System.setProperty("tmsh.solr.bulk", Boolean.toString(s.bulk()));
        System.setProperty("tmsh.solr.segmentHandler", Boolean.toString(s.handler()));
        System.setProperty("tmsh.solr.bulkBatch", Integer.toString(s.bulkBatch()));
        // a property an earlier setting set and this one does not name goes back to its default
        SET_BEFORE.stream().filter(k -> !s.props().containsKey(k)).forEach(System::clearProperty);
        SET_BEFORE.addAll(s.props().keySet());
        s.props().forEach(System::setProperty);
        long[] clientBefore = SolrMemory.bulkClientCpu();
        Map<String, Long> threadsBefore = threadCpu();
        SolrMemory tm = SolrMemory.open("bench", new TmRegistration("solr", url, collection, true, s.bits()));
        String loadBefore = java.time.LocalTime.now().withNano(0) + " " + loadAverage();
        long cpu = cpuNanos();
        ImportReport r = tm.importTmx(tmx, Progress.NONE);
        double cpuSeconds = (cpuNanos() - cpu) / 1e9;
        if (print) {
            long bytes = indexBytes(cluster, collection);
            System.out.printf(Locale.ROOT, "import, %-36s %,9d units read (%,d distinct) in %6.1f s = %,7.0f units/s;"
                    + " CPU (nodes, ZooKeeper and client: the whole JVM) %,.1f s = %.3f ms a unit, %.2f cores busy;"
                    + " index %,.0f MB in 4 replicas = %,.0f bytes a unit a copy; load average before %s, after %s; %s (%,d units)%n",
                    s.label(), r.read(), r.unitsAfter(), r.seconds(), r.read() / r.seconds(), cpuSeconds,
                    cpuSeconds * 1000 / r.read(), cpuSeconds / r.seconds(), bytes / 1e6, bytes / 2.0 / r.unitsAfter(), loadBefore, loadAverage(),
                    tm.lastBulk(), tm.lastBulkUnits());
            System.out.println("  wall: " + tm.lastPhases());
            System.out.println("  CPU a unit by thread group (from /proc; exited threads: sender pools, merges, replication fetches): "
                    + threadBreakdown(threadsBefore, threadCpu(), cpuSeconds * 1e9, r.read()));
            long[] c = SolrMemory.bulkClientCpu();
            System.out.printf(Locale.ROOT, "  client CPU a unit read: reading thread %.3f ms; senders: documents %.3f ms, segments"
                    + " (inverting) %.3f ms, sending %.3f ms, ids asked %.3f ms; the rest (nodes, ZooKeeper, GC) %.3f ms;"
                    + " %d Lucene segments added by the handler%n",
                    (c[0] - clientBefore[0]) / 1e6 / r.read(), (c[1] - clientBefore[1]) / 1e6 / r.read(),
                    (c[2] - clientBefore[2]) / 1e6 / r.read(), (c[3] - clientBefore[3]) / 1e6 / r.read(),
                    (c[4] - clientBefore[4]) / 1e6 / r.read(),
                    cpuSeconds * 1000 / r.read() - java.util.stream.IntStream.range(0, 5)
                            .mapToDouble(i -> (c[i] - clientBefore[i]) / 1e6 / r.read()).sum(), c[5] - clientBefore[5]);
        }
        if (!print) {
            tm.drop();
            tm.close();
        }
        return tm;
    }

    private static void lookUps(SolrMemory tm, List<TmBenchmark.Query> queries, boolean print) throws Exception {
        long[] ns = new long[queries.size()];
        int found = 0;
        SolrMemory.LookupTimes before = tm.lookupTimes();
        for (int i = 0; i < queries.size(); i++) {
            long t = System.nanoTime();
            List<Match> m = tm.search(queries.get(i).text(), "en", "de", queries.get(i).min(), 1);
            ns[i] = System.nanoTime() - t;
            found += m.isEmpty() ? 0 : 1;
        }
        if (print) {
            long[] s = ns.clone();
            Arrays.sort(s);
            System.out.printf(Locale.ROOT, "%s: median %.2f ms, p99 %.2f ms, %d of %d found a match%n  %s%n", tm.location(),
                    s[s.length / 2] / 1e6, s[(int) Math.ceil(0.99 * s.length) - 1] / 1e6, found, queries.size(),
                    SolrRun.breakdown(before, tm.lookupTimes(), Arrays.stream(ns).sum() / 1e6));
        }
    }

    /**
     * The bytes of a collection's index files on disk, all replicas; walked again (up to five times) when a
     * replica's fetch removes a folder under the walk.
     */
    private static long indexBytes(MiniSolrCloudCluster cluster, String collection) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return indexBytesOnce(cluster, collection);
            } catch (java.io.UncheckedIOException e) {
                if (attempt == 5 || !(e.getCause() instanceof java.nio.file.NoSuchFileException)) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    private static long indexBytesOnce(MiniSolrCloudCluster cluster, String collection) throws Exception {
        long sum = 0;
        for (var jetty : cluster.getJettySolrRunners()) {
            try (var files = Files.walk(Path.of(jetty.getSolrHome()))) {
                sum += files.filter(Files::isRegularFile)
                        .filter(f -> f.toString().contains("/" + collection + "_shard") && f.toString().contains("/data/index"))
                        .mapToLong(f -> f.toFile().length()).sum();
            }
        }
        return sum;
    }

    /**
     * CPU time (user + system, nanoseconds) of each live thread of this process by its kernel name
     * ({@code /proc/self/task/N/comm}: Java's thread name cut to 15 characters), keyed "name#tid".
     */
    static Map<String, Long> threadCpu() {
        Map<String, Long> out = new java.util.HashMap<>();
        long tick = 10_000_000L; // USER_HZ 100 on Linux
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : tasks.toList()) {
                try {
                    String comm = Files.readString(t.resolve("comm")).trim();
                    String stat = Files.readString(t.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    out.put(comm + "#" + t.getFileName(), (Long.parseLong(f[11]) + Long.parseLong(f[12])) * tick);
                } catch (Exception gone) {
                    // the thread ended meanwhile
                }
            }
        } catch (Exception e) {
            // not Linux: no breakdown
        }
        return out;
    }

    /** The CPU between two {@link #threadCpu} snapshots a unit, by thread group (digits dropped), largest first. */
    static String threadBreakdown(Map<String, Long> before, Map<String, Long> after, double processNanos, long units) {
        Map<String, Long> groups = new java.util.TreeMap<>();
        long live = 0;
        for (Map.Entry<String, Long> e : after.entrySet()) {
            long d = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            live += d;
            String name = e.getKey().substring(0, e.getKey().lastIndexOf('#')).replaceAll("[0-9]+", "N").replaceAll("-N$", "");
            groups.merge(name, d, Long::sum);
        }
        groups.put("(exited threads)", Math.max(0, (long) processNanos - live));
        return groups.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .map(e -> String.format(Locale.ROOT, "%s %.3f", e.getKey(), e.getValue() / 1e6 / units))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** CPU time of this whole JVM (the Solr nodes, ZooKeeper and tmsh's client run in it), in nanoseconds. */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
