package org.tmsh.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.solr.cloud.MiniSolrCloudCluster;

import org.tmsh.common.Progress;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.Match;
import org.tmsh.memory.TmRegistration;
import org.tmsh.memory.solr.SolrCluster;
import org.tmsh.memory.solr.SolrMemory;

/**
 * The SolrCloud column of the TM benchmark: a 2-node cluster on this machine (MiniSolrCloudCluster,
 * embedded ZooKeeper, in the benchmark's JVM), a collection of 2 shards x 2 replicas made by
 * {@code tm create}'s code, the TMX imported by {@code tm import}'s code over HTTP, then the queries
 * by one searcher and by 4 at once.
 */
final class SolrRun implements AutoCloseable {

    final double importSeconds;
    final long units;
    final long documentBytes;
    private final MiniSolrCloudCluster cluster;
    private final SolrMemory tm;
    /** The cluster's folder (its nodes' indexes, about 2 GB at a million units), removed on close. */
    private final Path base;

    SolrRun(Path tmx, Path work) throws Exception {
        base = work.resolve("solr-" + System.nanoTime());
        Files.createDirectories(base);
        cluster = new MiniSolrCloudCluster.Builder(2, base).build();
        String url = cluster.getJettySolrRunner(0).getBaseUrl().toString();
        SolrCluster.createCollection(url, "bench", 2, 2);
        cluster.waitForActiveCollection("bench", 2, 4);
        // one shard, as tm create makes it, unless -Dbench.solr.spread=2 (tm create --spread 2)
        Integer spread = Integer.getInteger("bench.solr.spread");
        tm = SolrMemory.open("bench", new TmRegistration("solr", url, "bench", true,
                spread == null ? -1 : SolrCluster.routeBits(2, spread)));
        ImportReport r = tm.importTmx(tmx, Progress.NONE);
        importSeconds = r.seconds();
        units = r.unitsAfter();
        documentBytes = folderBytes(base);
    }

    private static long folderBytes(Path p) throws Exception {
        try (var s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).filter(f -> f.toString().contains("/data/index"))
                    .mapToLong(f -> f.toFile().length()).sum();
        }
    }

    SolrMemory.LookupTimes times() {
        return tm.lookupTimes();
    }

    /** Where the look-ups between two snapshots spent their time, per look-up. */
    static String breakdown(SolrMemory.LookupTimes a, SolrMemory.LookupTimes b, double wallMs) {
        double n = Math.max(1, b.lookups() - a.lookups());
        double q = (b.qtimeMs() - a.qtimeMs()) / n;
        double req = (b.requestMs() - a.requestMs()) / n;
        double res = (b.rescoreMs() - a.rescoreMs()) / n;
        return String.format(java.util.Locale.ROOT, "solrcloud look-up, mean per look-up: %.2f ms in all = %.2f requests"
                + " taking %.2f ms (Solr's QTime %.2f ms, transfer and parsing %.2f ms) + rescoring in tmsh %.2f ms"
                + " of %.0f candidates + other %.2f ms", wallMs / n, (b.requests() - a.requests()) / n, req, q, req - q, res,
                (b.fetched() - a.fetched()) / n, wallMs / n - req - res);
    }

    int best(String text, int min) throws Exception {
        List<Match> m = tm.search(text, "en", "de", min, 1);
        return m.isEmpty() ? -1 : m.get(0).score();
    }

    /** Latencies of every query with {@code threads} searchers at once (each takes the next query). */
    long[] concurrent(List<TmBenchmark.Query> queries, int threads) throws Exception {
        return concurrent(queries, threads, this::best, new int[queries.size()]);
    }

    /** A look-up's best score, or -1. */
    interface Searcher {
        int best(String text, int min) throws Exception;
    }

    /**
     * Latencies of every query with {@code threads} searchers at once (each takes the next query);
     * each query's best score goes into {@code best}.
     */
    static long[] concurrent(List<TmBenchmark.Query> queries, int threads, Searcher searcher, int[] best) throws Exception {
        long[] ns = new long[queries.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            java.util.ArrayList<Future<?>> fs = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                fs.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
                        long s = System.nanoTime();
                        best[i] = searcher.best(queries.get(i).text(), queries.get(i).min());
                        ns[i] = System.nanoTime() - s;
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return ns;
    }

    @Override
    public void close() throws Exception {
        tm.close();
        cluster.shutdown();
        org.tmsh.TestFiles.deleteQuietly(base);
    }
}
