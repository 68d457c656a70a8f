package org.tmsh.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.tmsh.memory.Match;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;

/**
 * Two or more ways of looking up taken in turns, query by query, in one JVM, so that a loaded machine's changing
 * load falls on all of them alike: {@code -Dbench.variants=DIR[:SWITCH=VALUE,...];DIR...}, each the folder of TMs
 * holding {@code bench} (as {@link TmLookupRun} takes it) and switches, static boolean or number fields of
 * {@code org.tmsh.memory.lucene} classes ({@code CountingWalk.share=false}), set before each of its look-ups.
 * Every {@code -Dbench.every}-th query of the TM benchmark's 600 (10: the 60 that the exhaustive scan's file beside
 * the first TM holds) is looked up {@code -Dbench.warmup} times by each way, then timed (each way in a turning order).
 * Prints, a way a line: thread CPU and wall median and p99, and the agreement with the exhaustive scan.
 */
public final class TmPairedRun {

    private TmPairedRun() {
    }

    public static void main(String[] args) throws Exception {
        List<TmData.Pair> real = TmData.load(Path.of(args.length > 0 ? args[0] : "../shared/tm-data"));
        List<TmBenchmark.Query> all = TmBenchmark.queries(real, new java.util.Random(42));
        int every = Integer.getInteger("bench.every", 10);
        List<TmBenchmark.Query> queries = new ArrayList<>();
        for (int i = 0; i < all.size(); i += every) {
            queries.add(all.get(i));
        }
        String[] specs = System.getProperty("bench.variants").split(";");
        int n = specs.length;
        List<TmLibrary> libs = new ArrayList<>();
        TranslationMemory[] tms = new TranslationMemory[n];
        String[][] switches = new String[n][];
        for (int v = 0; v < n; v++) {
            String[] parts = specs[v].split(":", 2);
            TmLibrary lib = new TmLibrary(Path.of(parts[0]));
            libs.add(lib);
            tms[v] = lib.open("bench");
            switches[v] = parts.length > 1 ? parts[1].split(",") : new String[0];
        }
        Path scan = Path.of(specs[0].split(":")[0]).resolve("exhaustive-" + Long.getLong("bench.tm.units", 10_000_000L)
                + "-every-" + every + ".txt");
        int[] ex = Files.exists(scan) ? Files.readAllLines(scan, StandardCharsets.UTF_8).stream().mapToInt(Integer::parseInt)
                .toArray() : null;
        System.out.printf(Locale.ROOT, "%d queries, %d ways; load average %s%n", queries.size(), n, SolrBenchmark.loadAverage());
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int pass = 0; pass < Integer.getInteger("bench.warmup", 1); pass++) {
            for (TmBenchmark.Query q : queries) {
                for (int v = 0; v < n; v++) {
                    set(switches[v]);
                    tms[v].search(q.text(), "en", "de", q.min(), 1);
                }
            }
        }
        long[][] cpu = new long[n][queries.size()];
        long[][] wall = new long[n][queries.size()];
        int[][] best = new int[n][queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            TmBenchmark.Query q = queries.get(i);
            for (int k = 0; k < n; k++) {
                int v = (i + k) % n;
                set(switches[v]);
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                List<Match> m = tms[v].search(q.text(), "en", "de", q.min(), 1);
                wall[v][i] = System.nanoTime() - t0;
                cpu[v][i] = mx.getCurrentThreadCpuTime() - c0;
                best[v][i] = m.isEmpty() ? -1 : m.get(0).score();
            }
        }
        for (int v = 0; v < n; v++) {
            int agree = 0;
            for (int i = 0; ex != null && i < queries.size() && i < ex.length; i++) {
                agree += best[v][i] == ex[i] ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "%s: thread CPU median %.2f ms, p99 %.2f ms, max %.2f ms, sum %.0f ms; wall median %.2f ms,"
                    + " p99 %.2f ms; agreement %s%n", specs[v], pct(cpu[v], 50) / 1e6, pct(cpu[v], 99) / 1e6,
                    pct(cpu[v], 100) / 1e6, Arrays.stream(cpu[v]).sum() / 1e6, pct(wall[v], 50) / 1e6, pct(wall[v], 99) / 1e6,
                    ex == null ? "(no scan file)" : agree + " of " + queries.size());
        }
        System.out.printf(Locale.ROOT, "load average %s%n", SolrBenchmark.loadAverage());
        for (TmLibrary lib : libs) {
            lib.close();
        }
    }

    /** Sets each {@code Class.field=value} of the memory's look-up package. */
    static void set(String[] switches) throws Exception {
        for (String s : switches) {
            String[] kv = s.split("=", 2);
            int dot = kv[0].lastIndexOf('.');
            Field f = Class.forName("org.tmsh.memory.lucene." + kv[0].substring(0, dot)).getDeclaredField(kv[0].substring(dot + 1));
            f.setAccessible(true);
            if (f.getType() == boolean.class) {
                f.setBoolean(null, Boolean.parseBoolean(kv[1]));
            } else if (f.getType() == int.class) {
                f.setInt(null, Integer.parseInt(kv[1]));
            } else {
                f.setLong(null, Long.parseLong(kv[1]));
            }
        }
    }

    private static long pct(long[] values, int p) {
        long[] s = values.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }
}
