package org.tmsh.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The translation-memory benchmark: {@code mvn -q -B -Pbench-tm test-compile exec:exec}.
 *
 * <p>For the real data ({@code ../shared/tm-data}, about 90,000 pairs) and for a derived memory of
 * 1,000,000 units ({@link TmData#derive}), it prints tmsh's import throughput, index size, peak
 * heap (tmsh runs in its own JVM with -Xmx1g) and single-thread look-up latency (median, p99),
 * and beside them, in the same run, an exhaustive scan that scores every unit and Okapi's
 * Pensieve TM, on the same queries: real English segments with 1 to 3 words deleted, inserted or
 * replaced (minimum 70), and low fuzzies with a fifth to a third of their words changed
 * (minimum 50). "Agreement" is the share of queries whose best match has the exhaustive scan's
 * best score (both finding none counts as agreement). With {@code -Dbench.tm.baseline=DIR} (a folder
 * of an older tmsh's compiled classes) that tmsh imports and looks up too, as a row of its own.
 */
public final class TmBenchmark {

    record Query(String text, int min, boolean low) {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/tm-data");
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench-tm");
        int[] sizes = args.length > 2 ? Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {0, 1_000_000};
        boolean pensieve = args.length <= 3 || !args[3].equals("no-pensieve");
        Files.createDirectories(work);
        List<TmData.Pair> real = TmData.load(data);
        List<Query> queries = queries(real, new Random(42));
        Path qfile = work.resolve("queries.tsv");
        List<String> qlines = new ArrayList<>();
        for (Query q : queries) {
            qlines.add(q.min() + "\t" + q.text());
        }
        Files.write(qfile, qlines, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "tm-data: %,d real pairs; %d queries (%d with 1-3 words changed, min 70;"
                + " %d low fuzzies, min 50)%n", real.size(), queries.size(), queries.stream().filter(q -> !q.low()).count(),
                queries.stream().filter(Query::low).count());
        for (int size : sizes) {
            if (size > FULL_MAX) {
                runLarge(real, size, queries, qfile, work);
                continue;
            }
            List<TmData.Pair> units = size == 0 ? real : TmData.derive(real, size);
            run(units, queries, qfile, work, pensieve && units.size() <= PENSIEVE_MAX);
        }
    }

    /** The largest memory held in this JVM and scanned exhaustively for every query ({@code -Dbench.full.max}). */
    static final int FULL_MAX = Integer.getInteger("bench.full.max", 1_000_000);
    /** The largest memory Pensieve imports ({@code -Dbench.pensieve.max}): at ten million it would take most of an hour. */
    static final int PENSIEVE_MAX = Integer.getInteger("bench.pensieve.max", 1_000_000);

    /**
     * A memory larger than {@link #FULL_MAX} (ten million units): derived and written as it goes,
     * imported and looked up by tmsh as the smaller ones (every query, its own JVM), and checked
     * against an exhaustive scan on a sample of the queries ({@code -Dbench.sample}, default 60: every
     * tenth), which streams the memory once ({@link ExhaustiveScan#bestOfDerived}). No Pensieve, no Solr.
     * With {@code -Dbench.tm.baseline} the older build imports and looks up the same memory right after.
     */
    private static void runLarge(List<TmData.Pair> real, int n, List<Query> queries, Path qfile, Path work)
            throws IOException, InterruptedException {
        System.out.printf(Locale.ROOT, "%n== %,d units == load average %s%n", n, SolrBenchmark.loadAverage());
        Path tmx = work.resolve("tm-" + n + ".tmx");
        if (!Files.exists(tmx)) {
            long t = System.nanoTime();
            TmData.writeDerivedTmx(real, n, tmx);
            System.out.printf(Locale.ROOT, "(wrote %s, %,.0f MB, in %.0f s)%n", tmx, Files.size(tmx) / 1e6,
                    (System.nanoTime() - t) / 1e9);
        }
        TmshResult tmsh = tmshRun("", tmx, work.resolve("home-" + n), qfile, work.resolve("tmsh-" + n + ".tsv"));
        System.out.printf(Locale.ROOT, "tmsh import: %s%n", tmsh.importLine());
        System.out.printf(Locale.ROOT, "load average after tmsh %s%n", SolrBenchmark.loadAverage());
        String baseline = System.getProperty("bench.tm.baseline", "");
        if (!baseline.isBlank()) {
            // the older build's import and look-ups in the same run; its index is removed after, to spare the disk
            Path home = work.resolve("home-" + n + "-baseline");
            TmshResult base = tmshRun(baseline + java.io.File.pathSeparator, tmx, home, qfile,
                    work.resolve("baseline-" + n + ".tsv"));
            System.out.printf(Locale.ROOT, "baseline import (%s): %s%n", baseline, base.importLine());
            System.out.printf(Locale.ROOT, "baseline look-up: median %.3f ms, p99 %.3f ms; load average after %s%n",
                    pct(base.ns(), 50) / 1e6, pct(base.ns(), 99) / 1e6, SolrBenchmark.loadAverage());
            deleteTree(home);
        }
        int every = Math.max(1, queries.size() / Integer.getInteger("bench.sample", 60));
        List<Query> sample = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < queries.size(); i += every) {
            sample.add(queries.get(i));
            at.add(i);
        }
        long t0 = System.nanoTime();
        int[] exBest = ExhaustiveScan.bestOfDerived(real, n, sample);
        double scan = (System.nanoTime() - t0) / 1e9;
        int agree = 0;
        int low = 0;
        int agreeLow = 0;
        for (int j = 0; j < sample.size(); j++) {
            boolean same = tmsh.best()[at.get(j)] == exBest[j];
            agree += same ? 1 : 0;
            low += sample.get(j).low() ? 1 : 0;
            agreeLow += same && sample.get(j).low() ? 1 : 0;
            if (!same) {
                System.out.println("  disagreement: tmsh " + tmsh.best()[at.get(j)] + " vs exhaustive " + exBest[j] + ": "
                        + sample.get(j).text());
            }
        }
        System.out.printf(Locale.ROOT, "%-11s %10s %10s %s%n", "", "median ms", "p99 ms", "agreement with the exhaustive scan");
        System.out.printf(Locale.ROOT, "%-11s %10.3f %10.3f %d of %d sampled queries (%.1f%%), low fuzzies %d of %d%n",
                "tmsh", pct(tmsh.ns(), 50) / 1e6, pct(tmsh.ns(), 99) / 1e6, agree, sample.size(), 100.0 * agree / sample.size(),
                agreeLow, low);
        System.out.printf(Locale.ROOT, "(exhaustive scan of the sample: one streaming pass of %.0f s, %.1f s a query;"
                + " load average %s)%n", scan, scan / sample.size(), SolrBenchmark.loadAverage());
    }

    private static void run(List<TmData.Pair> units, List<Query> queries, Path qfile, Path work, boolean withPensieve)
            throws IOException, InterruptedException {
        int n = units.size();
        System.out.printf(Locale.ROOT, "%n== %,d units ==%n", n);
        Path tmx = work.resolve("tm-" + n + ".tmx");
        if (!Files.exists(tmx)) {
            TmData.writeTmx(units, tmx);
        }
        TmshResult tmsh = tmshRun("", tmx, work.resolve("home-" + n), qfile, work.resolve("tmsh-" + n + ".tsv"));
        System.out.printf(Locale.ROOT, "tmsh import: %s%n", tmsh.importLine());
        int[] tmshBest = tmsh.best();
        long[] tmshNs = tmsh.ns();
        String baseline = System.getProperty("bench.tm.baseline", "");
        TmshResult base = baseline.isBlank() ? null : tmshRun(baseline + java.io.File.pathSeparator, tmx,
                work.resolve("home-" + n + "-baseline"), qfile, work.resolve("baseline-" + n + ".tsv"));
        if (base != null) {
            System.out.printf(Locale.ROOT, "baseline import (%s): %s%n", baseline, base.importLine());
        }

        long t0 = System.nanoTime();
        ExhaustiveScan scan = new ExhaustiveScan(units);
        double prep = (System.nanoTime() - t0) / 1e9;
        int[] exBest = new int[queries.size()];
        long[] exNs = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long s = System.nanoTime();
            exBest[i] = scan.best(queries.get(i).text(), queries.get(i).min());
            exNs[i] = System.nanoTime() - s;
        }
        scan = null;
        System.out.printf(Locale.ROOT, "%-11s %10s %10s %9s %12s %12s%n", "", "median ms", "p99 ms", "speed-up",
                "agree (all)", "agree (low)");
        row("tmsh", tmshNs, exNs, tmshBest, exBest, queries);
        if (base != null) {
            row("baseline", base.ns(), exNs, base.best(), exBest, queries);
        }
        row("exhaustive", exNs, exNs, exBest, exBest, queries);
        System.out.printf(Locale.ROOT, "(exhaustive: %.1f s to tokenize the memory once, not counted per look-up)%n", prep);

        if (withPensieve) {
            try (PensieveRun pr = new PensieveRun(units, work.resolve("pensieve-" + n))) {
                int[] pBest = new int[queries.size()];
                long[] pNs = new long[queries.size()];
                for (Query q : queries) {
                    pr.best(q.text(), q.min());
                }
                for (int i = 0; i < queries.size(); i++) {
                    long s = System.nanoTime();
                    pBest[i] = pr.best(queries.get(i).text(), queries.get(i).min());
                    pNs[i] = System.nanoTime() - s;
                }
                row("pensieve", pNs, exNs, pBest, exBest, queries);
                System.out.printf(Locale.ROOT, "pensieve import: %.1f s = %,.0f units/s; index %,.0f MB"
                        + " (its best hit is rescored with tmsh's measure to compare)%n", pr.importSeconds,
                        n / pr.importSeconds, pr.bytes / 1e6);
            }
        }
        if (n <= Integer.getInteger("bench.solr.max", 100_000)) {
            try (SolrRun sr = new SolrRun(tmx, work)) {
                int[] sBest = new int[queries.size()];
                long[] sNs = new long[queries.size()];
                for (Query q : queries) {
                    sr.best(q.text(), q.min());
                }
                var before = sr.times();
                for (int i = 0; i < queries.size(); i++) {
                    long s = System.nanoTime();
                    sBest[i] = sr.best(queries.get(i).text(), queries.get(i).min());
                    sNs[i] = System.nanoTime() - s;
                }
                String breakdown = SolrRun.breakdown(before, sr.times(), Arrays.stream(sNs).sum() / 1e6);
                row("solrcloud", sNs, exNs, sBest, exBest, queries);
                row("solrcloud x4", sr.concurrent(queries, 4), exNs, sBest, exBest, queries);
                System.out.printf(Locale.ROOT, "solrcloud import: %,d units in %.1f s = %,.0f units/s; index %,.0f MB"
                        + " (all 4 replicas; 2 nodes and ZooKeeper in this JVM; 'x4': 4 searchers at once, latency each)%n",
                        sr.units, sr.importSeconds, sr.units / sr.importSeconds, sr.documentBytes / 1e6);
                System.out.println(breakdown);
            } catch (Exception e) {
                // the other columns stand; the Solr column says why it is missing
                System.out.println("solrcloud: failed at " + n + " units: " + e);
                e.printStackTrace();
            }
        }
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < queries.size() && misses.size() < 5; i++) {
            if (tmshBest[i] != exBest[i]) {
                misses.add("  tmsh " + tmshBest[i] + " vs exhaustive " + exBest[i] + ": " + queries.get(i).text());
            }
        }
        if (!misses.isEmpty()) {
            System.out.println("first disagreements:");
            misses.forEach(System.out::println);
        }
    }

    /** tmsh's run in its own JVM: its import line as printed, and per query the best score and nanoseconds. */
    record TmshResult(String importLine, int[] best, long[] ns) {
    }

    /**
     * Runs {@link TmshRun} in a JVM of its own (-Xmx1g and the parallel collector, as {@code ./tmsh tm import}
     * runs); {@code classPathPrefix} (empty, or a folder of
     * classes ending in the path separator) comes first on its class path: {@code -Dbench.tm.baseline}
     * names the classes of an older tmsh, to compare its import with this one's in the same run.
     */
    private static TmshResult tmshRun(String classPathPrefix, Path tmx, Path home, Path qfile, Path results)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+UseParallelGC", "-cp", classPathPrefix + System.getProperty("java.class.path"), TmshRun.class.getName(),
                tmx.toString(), home.toString(), qfile.toString(), results.toString());
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("tmsh run failed: " + out);
        }
        String[] imp = out.lines().filter(l -> l.startsWith("import\t")).findFirst().orElseThrow().split("\t");
        long read = Long.parseLong(imp[1]);
        double secs = Double.parseDouble(imp[3]);
        String line = String.format(Locale.ROOT, "%,d units in %.1f s = %,.0f units/s; index %,.0f MB; peak heap in use"
                + " %s MB during import, %s MB with look-ups (JVM -Xmx1g)", read, secs, read / secs,
                Long.parseLong(imp[4]) / 1e6, imp[5], imp[6]);
        if (imp.length > 8) {
            // CPU time holds better than the wall clock on a shared machine
            double cpu = Double.parseDouble(imp[7]);
            line += String.format(Locale.ROOT, "; import CPU %.1f s = %.1f us a unit, collector pauses %s s", cpu,
                    cpu * 1e6 / read, imp[8]);
        }
        List<String> lines = Files.readAllLines(results, StandardCharsets.UTF_8);
        int[] best = new int[lines.size()];
        long[] ns = new long[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String[] c = lines.get(i).split("\t");
            best[i] = Integer.parseInt(c[0]);
            ns[i] = Long.parseLong(c[1]);
        }
        return new TmshResult(line, best, ns);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var s = Files.walk(dir)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void row(String name, long[] ns, long[] exNs, int[] best, int[] exBest, List<Query> queries) {
        int agree = 0;
        int agreeLow = 0;
        int low = 0;
        for (int i = 0; i < best.length; i++) {
            boolean same = best[i] == exBest[i];
            agree += same ? 1 : 0;
            if (queries.get(i).low()) {
                low++;
                agreeLow += same ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "%-11s %10.3f %10.3f %8.0fx %11.1f%% %11.1f%%%n", name, pct(ns, 50) / 1e6,
                pct(ns, 99) / 1e6, pct(exNs, 50) / pct(ns, 50), 100.0 * agree / best.length, 100.0 * agreeLow / low);
    }

    private static double pct(long[] v, int p) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }

    static List<Query> queries(List<TmData.Pair> real, Random rnd) {
        List<Query> out = new ArrayList<>();
        int high = 0;
        int low = 0;
        while (high < 400 || low < 200) {
            TmData.Pair p = real.get(rnd.nextInt(real.size()));
            List<String> w = new ArrayList<>(List.of(p.en().split(" ")));
            if (high < 400 && w.size() >= 4 && w.size() <= 60) {
                edit(w, 1 + rnd.nextInt(3), real, rnd);
                out.add(new Query(String.join(" ", w), 70, false));
                high++;
            } else if (low < 200 && w.size() >= 8 && w.size() <= 60) {
                int edits = (int) Math.round(w.size() * (0.2 + 0.15 * rnd.nextDouble()));
                edit(w, edits, real, rnd);
                out.add(new Query(String.join(" ", w), 50, true));
                low++;
            }
        }
        return out;
    }

    private static void edit(List<String> w, int edits, List<TmData.Pair> real, Random rnd) {
        for (int e = 0; e < edits && !w.isEmpty(); e++) {
            String[] donor = real.get(rnd.nextInt(real.size())).en().split(" ");
            String word = donor[rnd.nextInt(donor.length)];
            int at = rnd.nextInt(w.size());
            switch (rnd.nextInt(3)) {
                case 0 -> w.remove(at);
                case 1 -> w.add(at, word);
                default -> w.set(at, word);
            }
        }
    }
}
