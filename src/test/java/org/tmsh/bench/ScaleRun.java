package org.tmsh.bench;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Aligns a long document pair of at least 10,000 sentences a side, made by concatenating all gold
 * documents (German/French, English/Icelandic, German/English) until the size is reached, as whole
 * processes (JVM start included): tmsh ({@link AlignRun}, -Xmx1g, the client compiler only and the parallel
 * collector, as {@code ./tmsh align} runs) with each vocabulary source (the
 * installed dictionaries first with an empty dictionary cache, which that run fills, then warm), and
 * hunalign when a binary is found ({@link Hunalign}); prints wall time, CPU time (user + system) and
 * peak resident memory (from /usr/bin/time when present) and strict F1 against the concatenated gold.
 */
final class ScaleRun {

    static void run(List<AlignBenchmark.Doc> docs) throws Exception {
        if (docs.isEmpty()) {
            return;
        }
        int target = 10_000;
        List<String> src = new ArrayList<>();
        List<String> tgt = new ArrayList<>();
        List<GoldLinks.L> gold = new ArrayList<>();
        while (src.size() < target || tgt.size() < target) {
            for (AlignBenchmark.Doc d : docs) {
                int so = src.size();
                int to = tgt.size();
                src.addAll(d.src());
                tgt.addAll(d.tgt());
                for (GoldLinks.L l : d.gold()) {
                    gold.add(new GoldLinks.L(Arrays.stream(l.s()).map(x -> x + so).toArray(),
                            Arrays.stream(l.t()).map(x -> x + to).toArray()));
                }
            }
        }
        Path work = Path.of("target/bench-align/long").toAbsolutePath();
        Files.createDirectories(work);
        Path s = work.resolve("long.de");
        Path t = work.resolve("long.fr");
        Files.write(s, src, StandardCharsets.UTF_8);
        Files.write(t, tgt, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "%nLong pair: %,d x %,d sentences, as whole processes (JVM start included)%n",
                src.size(), tgt.size());
        System.out.printf(Locale.ROOT, "%-28s %8s %8s %9s %8s%n", "method", "seconds", "CPU s", "RSS MB", "sF1");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // a home of its own: its dictionary cache is emptied for the first (cold) run, then warm
        Path home = work.resolve("home");
        deleteTree(home.resolve("cache"));
        for (String v : List.of("dictionary", "none", "dictionary", "compounds", "learned", "both")) {
            boolean cold = v.equals("dictionary") && !Files.isDirectory(home.resolve("cache"));
            Path links = work.resolve("tmsh-" + v + ".links");
            // the JVM of ./tmsh align (see the launcher): the client compiler only, the parallel collector
            List<String> cmd = List.of(java, "-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC",
                    "-Dtmsh.home=" + home, "-cp", classpath(),
                    AlignRun.class.getName(), s.toString(), "de", t.toString(), "fr", links.toString(), v);
            report("tmsh " + v + (cold ? " (cold cache)" : ""), cmd, null, () -> read(links), gold, src.size(),
                    tgt.size());
        }
        wholeCommand(s, t, home, work, gold, src.size(), tgt.size());
        Path bin = Hunalign.binary();
        if (bin == null) {
            System.out.println("hunalign: no binary (give -Dhunalign=PATH or put hunalign on the PATH)");
            return;
        }
        Path empty = work.resolve("null.dic");
        Files.writeString(empty, "");
        Path dict = Hunalign.dictionary("de", "fr", work);
        for (Object[] h : new Object[][] {{"hunalign", empty, false}, {"hunalign -realign", empty, true},
            {"hunalign + dictionary", dict, false}}) {
            Path out = work.resolve("hunalign.ladder");
            report((String) h[0], Hunalign.command(bin, (Path) h[1], s, t, (Boolean) h[2]), out,
                    () -> Hunalign.ladder(Files.readAllLines(out, StandardCharsets.UTF_8), src.size(), tgt.size()),
                    gold, src.size(), tgt.size());
        }
    }

    /**
     * The whole {@code ./tmsh align --segmented ... --out FILE.tmx} command, as a translator runs it
     * (the launcher, its class-data-sharing archive, reading, aligning, writing the TMX): with the
     * installed dictionaries (the cache warm from the runs above), and with {@code --dictionary none}
     * (no vocabulary: one pass). Needs {@code mvn package} (target/tmsh-app).
     */
    private static void wholeCommand(Path s, Path t, Path home, Path work, List<GoldLinks.L> gold, int n, int m)
            throws Exception {
        Path launcher = Path.of("tmsh").toAbsolutePath();
        if (!Files.isRegularFile(Path.of("target/tmsh-app/tmsh.jar")) || !Files.isExecutable(launcher)) {
            System.out.println("./tmsh align: no target/tmsh-app (run mvn -DskipTests package first); left out");
            return;
        }
        for (String[] v : new String[][] {{"./tmsh align, dictionary"}, {"./tmsh align, none", "--dictionary",
            "none"}}) {
            Path links = work.resolve("command.links");
            Path tmx = work.resolve("command.tmx");
            List<String> cmd = new ArrayList<>(List.of("/usr/bin/env", "TMSH_HOME=" + home, launcher.toString(),
                    "align", "--segmented", "--source", s.toString(), "--target", t.toString(), "--source-lang", "de",
                    "--target-lang", "fr", "--out", tmx.toString(), "--links", links.toString()));
            cmd.addAll(List.of(v).subList(1, v.length));
            report(v[0], cmd, null, () -> read(links), gold, n, m);
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    interface Links {
        List<GoldLinks.L> get() throws Exception;
    }

    private static List<GoldLinks.L> read(Path links) throws Exception {
        return Files.readAllLines(links, StandardCharsets.UTF_8).stream().map(GoldLinks::parse).toList();
    }

    private static void report(String name, List<String> cmd, Path stdout, Links links, List<GoldLinks.L> gold,
                               int n, int m) throws Exception {
        Path timeOut = Files.createTempFile("tmsh-time", ".txt");
        List<String> full = new ArrayList<>();
        boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
        if (timed) {
            full.addAll(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", timeOut.toString()));
        }
        full.addAll(cmd);
        ProcessBuilder pb = new ProcessBuilder(full).redirectError(ProcessBuilder.Redirect.DISCARD)
                .directory(timeOut.getParent().toFile()); // hunalign writes translate.txt where it runs (paths are absolute)
        pb.redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(900, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            System.out.println(name + ": timed out");
            return;
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        String rss = "?";
        String cpu = "?";
        if (timed) {
            String[] f = Files.readString(timeOut).strip().split("\\s+");
            if (f.length >= 4) {
                rss = String.valueOf(Long.parseLong(f[f.length - 1]) / 1024);
                cpu = String.format(Locale.ROOT, "%.2f",
                        Double.parseDouble(f[f.length - 3]) + Double.parseDouble(f[f.length - 2]));
            }
        }
        Files.deleteIfExists(timeOut);
        if (p.exitValue() != 0) {
            System.out.println(name + ": exit " + p.exitValue());
            return;
        }
        GoldLinks.Counts c = new GoldLinks.Counts();
        c.add(links.get(), gold);
        System.out.printf(Locale.ROOT, "%-28s %8.2f %8s %9s %8.3f%n", name, secs, cpu, rss, c.strict()[2]);
    }

    /** The class path of this run (exec:java loads the project through a URL class loader). */
    static String classpath() throws URISyntaxException {
        ClassLoader cl = ScaleRun.class.getClassLoader();
        if (cl instanceof URLClassLoader u) {
            List<String> parts = new ArrayList<>();
            for (URL url : u.getURLs()) {
                parts.add(Path.of(url.toURI()).toString());
            }
            return String.join(File.pathSeparator, parts);
        }
        return System.getProperty("java.class.path");
    }
}
