package org.tmsh.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.tmsh.common.Progress;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.TmRegistration;
import org.tmsh.memory.solr.SolrCluster;
import org.tmsh.memory.solr.SolrMemory;

/**
 * Look-up variants of a SolrCloud TM side by side on one imported memory, so that a million-unit
 * TM is built once and measured many times ({@code mvn -q -B -Pbench-solr-lookup test-compile
 * exec:exec -Dbench.solr.url=URL}). The cluster runs apart (for example {@code -Psolr-cluster}, a
 * process of its own, as a real Solr is); the TM is the collection {@code -Dbench.solr.collection}
 * (default {@code lookup}), created and filled from the derived million-unit TMX when it is missing.
 *
 * <p>Each variant is a set of system properties ({@code -Dbench.solr.variants}: variants separated by
 * {@code /}, properties within one by {@code ,}, such as {@code tmsh.solr.onerequest=false/tmsh.solr.onerequest=true});
 * the variants take turns, round after round ({@code -Dbench.solr.rounds}), each round one pass of the
 * TM benchmark's 600 queries with one searcher and one with 4. Beside each pass: median and p99,
 * agreement with the exhaustive scan (computed once and kept in the work folder), where the time
 * went, and the CPU time per look-up of this client and, given {@code -Dbench.solr.pid}, of the
 * cluster's process.
 */
public final class SolrLookupBenchmark {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/tm-data");
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench-solr-lookup");
        int size = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        String url = System.getProperty("bench.solr.url");
        String collection = System.getProperty("bench.solr.collection", "lookup");
        Files.createDirectories(work);
        List<TmData.Pair> real = TmData.load(data);
        List<TmBenchmark.Query> queries = TmBenchmark.queries(real, new Random(42));

        TmRegistration reg;
        if (!SolrCluster.hasCollection(url, collection)) {
            Path tmx = work.resolve("tm-" + size + ".tmx");
            if (!Files.exists(tmx)) {
                TmData.writeDerivedTmx(real, size, tmx);
            }
            reg = SolrMemory.create("bench", url, collection, 2, 2, null);
            long t0 = System.nanoTime();
            for (int attempt = 1; ; attempt++) {
                try (SolrMemory tm = SolrMemory.open("bench", reg)) {
                    ImportReport r = tm.importTmx(tmx, Progress.NONE);
                    double s = (System.nanoTime() - t0) / 1e9;
                    System.out.printf(Locale.ROOT, "imported %,d units in %.1f s = %,.0f units/s, %d attempt(s) (load average %s)%n",
                            r.unitsAfter(), s, r.unitsAfter() / s, attempt, SolrBenchmark.loadAverage());
                    break;
                } catch (org.tmsh.common.TmshException e) {
                    // a request timed out on a loaded machine: an import run again completes it (nothing doubled)
                    if (attempt >= 20) {
                        throw e;
                    }
                    System.out.println("import stopped, run again: " + e.getMessage());
                }
            }
        } else {
            reg = new TmRegistration("solr", url, collection, true, -1);
        }
        int[] exBest = exhaustive(real, size, queries, work.resolve("exhaustive-" + size + ".tsv"));
        String[] variants = System.getProperty("bench.solr.variants", "").split("/", -1);
        int rounds = Integer.getInteger("bench.solr.rounds", 2);
        long pid = Long.getLong("bench.solr.pid", -1L);
        // a variant may name another collection of the cluster holding the same units (bench.tm=COLLECTION, for
        // example one made with another configset): its TM is opened beside the first
        Map<String, SolrMemory> tms = new LinkedHashMap<>();
        try (SolrMemory tm = SolrMemory.open("bench", reg)) {
            System.out.printf(Locale.ROOT, "%,d units in %s; %d queries; load average %s%n", tm.size(), tm.location(),
                    queries.size(), SolrBenchmark.loadAverage());
            for (String v : variants) {
                String other = collectionOf(v);
                if (other != null && !tms.containsKey(other)) {
                    SolrMemory o = SolrMemory.open("bench", new TmRegistration("solr", url, other, true, -1));
                    tms.put(other, o);
                    System.out.printf(Locale.ROOT, "%,d units in %s%n", o.size(), o.location());
                }
            }
            for (String v : variants) { // a warm-up pass of each
                set(v);
                pass(tms.getOrDefault(collectionOf(v), tm), queries, 1, exBest, null, -1);
            }
            for (int round = 0; round < rounds; round++) {
                for (String v : variants) {
                    set(v);
                    SolrMemory t = tms.getOrDefault(collectionOf(v), tm);
                    pass(t, queries, 1, exBest, "[" + v + "] 1 searcher ", pid);
                    pass(t, queries, 4, exBest, "[" + v + "] 4 searchers", pid);
                }
                System.out.println("load average " + SolrBenchmark.loadAverage());
            }
        } finally {
            for (SolrMemory o : tms.values()) {
                o.close();
            }
        }
    }

    /** The collection a variant names ({@code bench.tm=COLLECTION}), or null for the benchmark's own. */
    private static String collectionOf(String variant) {
        for (String kv : variant.split(",")) {
            int eq = kv.indexOf('=');
            if (eq > 0 && kv.substring(0, eq).trim().equals("bench.tm")) {
                return kv.substring(eq + 1).trim();
            }
        }
        return null;
    }

    private static void set(String variant) {
        for (String kv : variant.split(",")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                System.setProperty(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
            }
        }
    }

    private static void pass(SolrMemory tm, List<TmBenchmark.Query> queries, int threads, int[] exBest, String label,
                             long serverPid) throws Exception {
        SolrRun.Searcher s = (text, min) -> {
            var m = tm.search(text, "en", "de", min, 1);
            return m.isEmpty() ? -1 : m.get(0).score();
        };
        int[] best = new int[queries.size()];
        SolrMemory.LookupTimes before = tm.lookupTimes();
        long cpu0 = cpu();
        long srv0 = serverCpu(serverPid);
        long t0 = System.nanoTime();
        long[] ns = SolrRun.concurrent(queries, threads, s, best);
        double wall = (System.nanoTime() - t0) / 1e6;
        long cpu = cpu() - cpu0;
        long srv = serverCpu(serverPid) - srv0;
        if (label == null) {
            return;
        }
        int agree = 0;
        for (int i = 0; i < best.length; i++) {
            agree += best[i] == exBest[i] ? 1 : 0;
        }
        long[] sorted = ns.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s median %6.2f ms, p99 %6.2f ms, agreement %d of %d; CPU a look-up: client %.2f ms"
                + "%s; load %s%n", label, sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(0.99 * sorted.length) - 1] / 1e6,
                agree, best.length, cpu / 1e6 / queries.size(),
                serverPid > 0 ? String.format(Locale.ROOT, ", Solr %.2f ms", srv * 10.0 / queries.size()) : "",
                SolrBenchmark.loadAverage().split(" ")[0]);
        if (threads == 1) {
            System.out.println("    " + SolrRun.breakdown(before, tm.lookupTimes(), Arrays.stream(ns).sum() / 1e6));
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The cluster process's CPU time in clock ticks (1/100 s), or 0. */
    private static long serverCpu(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (Exception e) {
            return 0;
        }
    }

    /** The exhaustive scan's best score of every query, computed once and kept in {@code file}. */
    private static int[] exhaustive(List<TmData.Pair> real, int size, List<TmBenchmark.Query> queries, Path file)
            throws Exception {
        if (Files.exists(file)) {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().mapToInt(Integer::parseInt).toArray();
        }
        ExhaustiveScan scan = new ExhaustiveScan(TmData.derive(real, size));
        int[] best = new int[queries.size()];
        for (int i = 0; i < best.length; i++) {
            best[i] = scan.best(queries.get(i).text(), queries.get(i).min());
        }
        List<String> lines = new ArrayList<>();
        for (int b : best) {
            lines.add(Integer.toString(b));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        return best;
    }

    private SolrLookupBenchmark() {
    }
}
