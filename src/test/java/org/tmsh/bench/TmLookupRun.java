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
        // ways taken in turns, query by query, in the timed pass (-Dbench.variants=SWITCHES;SWITCHES, each a comma
        // list of Class.field=value of the look-up package, as TmPairedRun takes them; one way when not given)
        String[] specs = System.getProperty("bench.variants", "").isEmpty() ? new String[] {""}
                : System.getProperty("bench.variants").split(";", -1);
        int ways = specs.length;
        int[][] best = new int[ways][queries.size()];
        long[][] ns = new long[ways][queries.size()];
        long[][] cpu = new long[ways][queries.size()];
        long[][] both = new long[ways][queries.size()];
        long[][] alloc = new long[ways][queries.size()];
        long[][] minor = new long[ways][queries.size()];
        long[][] major = new long[ways][queries.size()];
        long[][] gc = new long[ways][queries.size()];
        System.out.printf(Locale.ROOT, "%,d units, %d queries, %d way(s); load average %s%n", n, queries.size(), ways,
                SolrBenchmark.loadAverage());
        String only = System.getProperty("bench.only", "");
        if (!only.isEmpty()) {
            loop(root, queries.stream().filter(q -> q.text().contains(only)).toList(), specs, mx);
            return;
        }
        // opened as the interactive shell opens a TM (TmLibrary.interactive; with -Dtmsh.tm.warm=true warmed in the
        // background while the first look-ups run)
        try (TmLibrary lib = TmLibrary.interactive(root)) {
            TranslationMemory tm = lib.open("bench");
            for (int pass = 0; pass < Integer.getInteger("bench.warmup", 2); pass++) {
                for (TmBenchmark.Query q : queries) {
                    for (int v = 0; v < ways; v++) {
                        TmPairedRun.set(switches(specs[v]));
                        tm.search(q.text(), "en", "de", q.min(), 1);
                    }
                }
            }
            System.out.println("before the timed pass: " + warmState(tm));
            java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
            long jit0 = jit.getTotalCompilationTime();
            long gcCount0 = gcCount();
            // the thread that walks half the segments of a heavy look-up, if one ran in the warm-up
            long helper = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("tmsh-walk"))
                    .mapToLong(Thread::getId).findFirst().orElse(-1);
            com.sun.management.ThreadMXBean amx = (com.sun.management.ThreadMXBean) mx;
            long self = Thread.currentThread().getId();
            for (int i = 0; i < queries.size(); i++) {
                TmBenchmark.Query q = queries.get(i);
                for (int k = 0; k < ways; k++) {
                    int v = (i + k) % ways;
                    TmPairedRun.set(switches(specs[v]));
                    long[] f0 = faults();
                    long g0 = gcMillis();
                    long a0 = amx.getThreadAllocatedBytes(self) + (helper < 0 ? 0 : amx.getThreadAllocatedBytes(helper));
                    long c0 = mx.getCurrentThreadCpuTime();
                    long h0 = helper < 0 ? 0 : mx.getThreadCpuTime(helper);
                    long t0 = System.nanoTime();
                    List<Match> m = tm.search(q.text(), "en", "de", q.min(), 1);
                    ns[v][i] = System.nanoTime() - t0;
                    cpu[v][i] = mx.getCurrentThreadCpuTime() - c0;
                    both[v][i] = cpu[v][i] + (helper < 0 ? 0 : mx.getThreadCpuTime(helper) - h0);
                    alloc[v][i] = amx.getThreadAllocatedBytes(self) + (helper < 0 ? 0 : amx.getThreadAllocatedBytes(helper)) - a0;
                    gc[v][i] = gcMillis() - g0;
                    long[] f1 = faults();
                    minor[v][i] = f1[0] - f0[0];
                    major[v][i] = f1[1] - f0[1];
                    best[v][i] = m.isEmpty() ? -1 : m.get(0).score();
                }
            }
            // what the JVM still did beside the look-ups in the timed pass: the JIT compilers' time (on other threads,
            // competing for a core with the split walk's helper) and the collections
            System.out.printf(Locale.ROOT, "timed pass: JIT compilation %d ms, %d collections; %s%n",
                    jit.getTotalCompilationTime() - jit0, gcCount() - gcCount0, warmState(tm));
            TmPairedRun.set(switches(specs[0]));
            int searchers = Integer.getInteger("bench.searchers", 1);
            if (searchers > 1) {
                searchers(tm, queries, searchers);
            }
        }
        String dump = System.getProperty("bench.dump", "");
        if (!dump.isEmpty()) {
            // a line a query and way, for comparing ways on a subset of the queries: index, way, wall and CPU ns, best
            List<String> lines = new ArrayList<>();
            for (int v = 0; v < ways; v++) {
                for (int i = 0; i < queries.size(); i++) {
                    lines.add(i + "\t" + v + "\t" + ns[v][i] + "\t" + cpu[v][i] + "\t" + both[v][i] + "\t" + best[v][i]);
                }
            }
            Files.write(Path.of(dump), lines, StandardCharsets.UTF_8);
        }
        for (int v = 0; v < ways; v++) {
            report(specs[v], ways, queries, sample, at, exBest, best[v], ns[v], cpu[v], both[v], alloc[v], minor[v], major[v], gc[v]);
        }
    }

    /**
     * The queries holding {@code -Dbench.only} looked up {@code -Dbench.repeat} times in a loop (each way in turn), for
     * a profiler: thread CPU median and minimum a way and query, no agreement.
     */
    private static void loop(Path root, List<TmBenchmark.Query> queries, String[] specs, ThreadMXBean mx) throws Exception {
        int repeat = Integer.getInteger("bench.repeat", 200);
        try (TmLibrary lib = new TmLibrary(root)) {
            TranslationMemory tm = lib.open("bench");
            for (TmBenchmark.Query q : queries) {
                long[][] cpu = new long[specs.length][repeat];
                long[][] wall = new long[specs.length][repeat];
                int[] best = new int[specs.length];
                for (int r = 0; r < repeat; r++) {
                    for (int v = 0; v < specs.length; v++) {
                        TmPairedRun.set(switches(specs[v]));
                        long c0 = mx.getCurrentThreadCpuTime();
                        long t0 = System.nanoTime();
                        List<Match> m = tm.search(q.text(), "en", "de", q.min(), 1);
                        wall[v][r] = System.nanoTime() - t0;
                        cpu[v][r] = mx.getCurrentThreadCpuTime() - c0;
                        best[v] = m.isEmpty() ? -1 : m.get(0).score();
                    }
                }
                for (int v = 0; v < specs.length; v++) {
                    System.out.printf(Locale.ROOT, "%s | %s: thread CPU median %.2f ms, min %.2f ms; wall median %.2f ms; best %d (min %d)%n",
                            specs[v].isEmpty() ? "(as set)" : specs[v], q.text(), pct(cpu[v], 50) / 1e6, pct(cpu[v], 1) / 1e6,
                            pct(wall[v], 50) / 1e6, best[v], q.min());
                }
            }
        }
    }

    /** What the TM's background warmer did so far (an embedded TM's; a server's has none). */
    private static String warmState(TranslationMemory tm) {
        return tm instanceof org.tmsh.memory.lucene.LuceneMemory lm ? lm.warmReport() : "no warmer";
    }

    /** The switches of one way ({@code Class.field=value,...}; empty: none). */
    private static String[] switches(String spec) {
        return spec.isEmpty() ? new String[0] : spec.split(",");
    }

    /** The process's minor and major page faults so far ({@code /proc/self/stat}; zeros where there is none). */
    private static long[] faults() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[7]), Long.parseLong(f[9])};
        } catch (IOException | RuntimeException e) {
            return new long[2];
        }
    }

    /** Collections so far, all collectors. */
    private static long gcCount() {
        long sum = 0;
        for (java.lang.management.GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, b.getCollectionCount());
        }
        return sum;
    }

    /** Milliseconds the collectors have paused the JVM so far. */
    private static long gcMillis() {
        long sum = 0;
        for (java.lang.management.GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, b.getCollectionTime());
        }
        return sum;
    }

    private static void report(String spec, int ways, List<TmBenchmark.Query> queries, List<TmBenchmark.Query> sample,
                               List<Integer> at, int[] exBest, int[] best, long[] ns, long[] cpu, long[] both, long[] alloc,
                               long[] minor, long[] major, long[] gc) {
        if (ways > 1) {
            System.out.println("way: " + (spec.isEmpty() ? "(as set)" : spec));
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
        long gap = 0;
        for (int i = 0; i < ns.length; i++) {
            gap += Math.max(0, ns[i] - cpu[i]);
        }
        System.out.printf(Locale.ROOT, "  per look-up (mean): wall - thread CPU %.3f ms; allocated %.1f KB (caller and helper);"
                + " page faults %.1f minor, %.2f major (process); GC pauses %d ms in all, in %d look-ups%n",
                gap / 1e6 / ns.length, Arrays.stream(alloc).sum() / 1024.0 / ns.length,
                Arrays.stream(minor).sum() / (double) ns.length, Arrays.stream(major).sum() / (double) ns.length,
                Arrays.stream(gc).sum(), Arrays.stream(gc).filter(g -> g > 0).count());
        Integer[] byWall = new Integer[queries.size()];
        Arrays.setAll(byWall, i -> i);
        Arrays.sort(byWall, Comparator.comparingLong(i -> -ns[i]));
        for (int k = 0; k < Math.min(Integer.getInteger("bench.slowest", 8), byWall.length); k++) {
            int i = byWall[k];
            System.out.printf(Locale.ROOT, "  slow (wall): wall %.1f cpu %.1f with helper %.1f ms; %d KB, faults %d/%d, gc %d ms;"
                    + " best %d min %d: %s%n", ns[i] / 1e6, cpu[i] / 1e6, both[i] / 1e6, alloc[i] / 1024, minor[i], major[i],
                    gc[i], best[i], queries.get(i).min(), queries.get(i).text());
        }
        Integer[] order = new Integer[queries.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingLong(i -> -cpu[i]));
        for (int k = 0; k < Math.min(Integer.getInteger("bench.slowest", 8), order.length); k++) {
            int i = order[k];
            System.out.printf(Locale.ROOT, "  slow (CPU): cpu %.1f ms wall %.1f ms best %d min %d: %s%n", cpu[i] / 1e6, ns[i] / 1e6,
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
