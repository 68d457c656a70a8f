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
import org.tmsh.memory.TranslationMemory;
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
    private final TranslationMemory tm;

    SolrRun(Path tmx, Path work) throws Exception {
        Path base = work.resolve("solr-" + System.nanoTime());
        Files.createDirectories(base);
        cluster = new MiniSolrCloudCluster.Builder(2, base).build();
        String url = cluster.getJettySolrRunner(0).getBaseUrl().toString();
        SolrCluster.createCollection(url, "bench", 2, 2);
        cluster.waitForActiveCollection("bench", 2, 4);
        tm = SolrMemory.open("bench", new TmRegistration("solr", url, "bench", true));
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

    int best(String text, int min) throws Exception {
        List<Match> m = tm.search(text, "en", "de", min, 1);
        return m.isEmpty() ? -1 : m.get(0).score();
    }

    /** Latencies of every query with {@code threads} searchers at once (each takes the next query). */
    long[] concurrent(List<TmBenchmark.Query> queries, int threads) throws Exception {
        long[] ns = new long[queries.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            java.util.ArrayList<Future<?>> fs = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                fs.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
                        long s = System.nanoTime();
                        best(queries.get(i).text(), queries.get(i).min());
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
    }
}
