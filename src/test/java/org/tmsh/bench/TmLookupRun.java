package org.tmsh.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.tmsh.memory.Match;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;

/**
 * Look-ups alone in a TM imported before (no import): {@code mvn -q -B -Pbench-tm-lookup test-compile exec:exec
 * -Dbench.tm.home=DIR -Dbench.tm.units=N}. The TM is {@code DIR/bench} (as the TM benchmark leaves it, or as
 * {@code tm import --tm bench} makes it under {@code TMSH_HOME=X}, DIR being {@code X/tm}), holding the first N
 * derived units ({@link TmData#forEachDerived}); the queries are the TM benchmark's. Each query is looked up
 * twice to warm up ({@code -Dbench.warmup}), then timed: wall-clock and the thread's CPU time (which load on a shared machine hardly
 * changes). The best scores of a sample of the queries ({@code -Dbench.sample}, as the TM benchmark takes it)
 * are compared with an exhaustive scan of the same N units (one streaming pass, kept in a file beside the TM,
 * so a second run of the same size and sample skips it). Prints median and p99 of both times, the agreement,
 * and the slowest queries.
 */
public final class TmLookupRun {

    private TmLookupRun() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/tm-data");
        Path root = Path.of(System.getProperty("bench.tm.home"));
        long n = Long.getLong("bench.tm.units", 1_000_000L);
        List<TmData.Pair> real = TmData.load(data);
        List<TmBenchmark.Query> queries = TmBenchmark.queries(real, new java.util.Random(42));
        int every = Math.max(1, queries.size() / Integer.getInteger("bench.sample", 60));
        List<TmBenchmark.Query> sample = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < queries.size(); i += every) {
            sample.add(queries.get(i));
            at.add(i);
        }
        int[] exBest = exhaustive(real, n, sample, root.resolve("exhaustive-" + n + "-every-" + every + ".txt"));
        if (Boolean.getBoolean("bench.tm.scanOnly")) {
            return; // the exhaustive scan's file only, for instance while the TM is still being imported
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int[] best = new int[queries.size()];
        long[] ns = new long[queries.size()];
        long[] cpu = new long[queries.size()];
        long[] both = new long[queries.size()];
        System.out.printf(Locale.ROOT, "%,d units, %d queries; load average %s%n", n, queries.size(), SolrBenchmark.loadAverage());
        try (TmLibrary lib = new TmLibrary(root)) {
            TranslationMemory tm = lib.open("bench");
            for (int pass = 0; pass < Integer.getInteger("bench.warmup", 2); pass++) {
                for (TmBenchmark.Query q : queries) {
                    tm.search(q.text(), "en", "de", q.min(), 1);
                }
            }
            // the thread that walks half the segments of a heavy look-up, if one ran in the warm-up
            long helper = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("tmsh-walk"))
                    .mapToLong(Thread::getId).findFirst().orElse(-1);
            for (int i = 0; i < queries.size(); i++) {
                TmBenchmark.Query q = queries.get(i);
                long c0 = mx.getCurrentThreadCpuTime();
                long h0 = helper < 0 ? 0 : mx.getThreadCpuTime(helper);
                long t0 = System.nanoTime();
                List<Match> m = tm.search(q.text(), "en", "de", q.min(), 1);
                ns[i] = System.nanoTime() - t0;
                cpu[i] = mx.getCurrentThreadCpuTime() - c0;
                both[i] = cpu[i] + (helper < 0 ? 0 : mx.getThreadCpuTime(helper) - h0);
                best[i] = m.isEmpty() ? -1 : m.get(0).score();
            }
            int searchers = Integer.getInteger("bench.searchers", 1);
            if (searchers > 1) {
                searchers(tm, queries, searchers);
            }
        }
        int agree = 0;
        for (int j = 0; j < sample.size(); j++) {
            if (best[at.get(j)] == exBest[j]) {
                agree++;
            } else {
                System.out.println("  disagreement: tmsh " + best[at.get(j)] + " vs exhaustive " + exBest[j] + " (min "
                        + sample.get(j).min() + "): " + sample.get(j).text());
            }
        }
        System.out.printf(Locale.ROOT, "wall: median %.3f ms, p99 %.3f ms; thread CPU: median %.3f ms, p99 %.3f ms;"
                + " CPU with the walk's helper thread: median %.3f ms, p99 %.3f ms;"
                + " agreement %d of %d; load average %s%n", pct(ns, 50) / 1e6, pct(ns, 99) / 1e6, pct(cpu, 50) / 1e6,
                pct(cpu, 99) / 1e6, pct(both, 50) / 1e6, pct(both, 99) / 1e6, agree, sample.size(), SolrBenchmark.loadAverage());
        Integer[] order = new Integer[queries.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingLong(i -> -cpu[i]));
        for (int k = 0; k < Math.min(Integer.getInteger("bench.slowest", 8), order.length); k++) {
            int i = order[k];
            System.out.printf(Locale.ROOT, "  slow: cpu %.1f ms wall %.1f ms best %d min %d: %s%n", cpu[i] / 1e6, ns[i] / 1e6,
                    best[i], queries.get(i).min(), queries.get(i).text());
        }
    }

    /**
     * {@code n} searchers at once ({@code -Dbench.searchers}), each looking up every query once, starting at its own
     * place in the list: each look-up's wall time and the look-ups a second of them all.
     */
    private static void searchers(TranslationMemory tm, List<TmBenchmark.Query> queries, int n) throws Exception {
        long[] ns = new long[queries.size() * n];
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        long t0 = System.nanoTime();
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            int first = s;
            done.add(pool.submit(() -> {
                for (int k = 0; k < queries.size(); k++) {
                    TmBenchmark.Query q = queries.get((k + first * queries.size() / n) % queries.size());
                    long q0 = System.nanoTime();
                    tm.search(q.text(), "en", "de", q.min(), 1);
                    ns[first * queries.size() + k] = System.nanoTime() - q0;
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%d searchers: wall median %.3f ms, p99 %.3f ms; %.1f look-ups/s; load average %s%n",
                n, pct(ns, 50) / 1e6, pct(ns, 99) / 1e6, ns.length / seconds, SolrBenchmark.loadAverage());
    }

    /** The exhaustive scan's best scores of the sample, from {@code cache} if a run wrote it before. */
    private static int[] exhaustive(List<TmData.Pair> real, long n, List<TmBenchmark.Query> sample, Path cache)
            throws IOException {
        if (Files.exists(cache)) {
            return Files.readAllLines(cache, StandardCharsets.UTF_8).stream().mapToInt(Integer::parseInt).toArray();
        }
        long t0 = System.nanoTime();
        int[] ex = ExhaustiveScan.bestOfDerived(real, n, sample);
        System.out.printf(Locale.ROOT, "(exhaustive scan of %d queries over %,d units: %.0f s)%n", sample.size(), n,
                (System.nanoTime() - t0) / 1e9);
        Files.write(cache, Arrays.stream(ex).mapToObj(Integer::toString).toList(), StandardCharsets.UTF_8);
        return ex;
    }

    private static double pct(long[] v, int p) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }
}
