package org.tmsh.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.tmsh.common.Progress;
import org.tmsh.document.DocumentSegments;
import org.tmsh.jobs.AnalyzeJob;
import org.tmsh.jobs.PretranslateJob;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.segment.SrxSegmenter;

/**
 * The next-document benchmark: {@code mvn -q -B -Pbench-jobs test-compile exec:exec}.
 *
 * <p>A seeded document of about 10,000 English segments from {@code ../shared/tm-data} (a third as
 * they are, a third with one to three words changed, a third with a fifth to a third of their words
 * changed, so every band is met) is analysed and pre-translated (XLIFF 1.2, up to 3 matches of 50%
 * or more) against the derived memory of 1,000,000 units ({@link TmData#derive}, the TM benchmark's).
 * Beside it, in the same run, Okapi's Pensieve TM over the same units looks up the document's first
 * lines (1,000 unless given: it is slow at a million units; fuzzy, 50% or more, 3 hits), and
 * Okapi's leveraging step itself (okapi-step-leveraging with its Pensieve connector, {@link Peer},
 * on the profile's class path only) leverages the sentences of those lines as tmsh cuts them, with
 * the same threshold and fill. Pensieve's own look-up takes whole lines.
 */
public final class JobBenchmark {

    /** A peer that leverages segments against a Pensieve index: segments with a match, targets filled. */
    public interface Peer {
        String name();

        int[] leverage(Path pensieve, List<String> segments, int threshold, int fill);
    }

    /** The peer of the bench-jobs profile (src/bench-okapi), or null when it is not on the class path. */
    private static Peer okapiStep() throws ReflectiveOperationException {
        try {
            return (Peer) Class.forName("org.tmsh.bench.OkapiLeveragingRun").getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/tm-data");
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench-jobs");
        int size = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        int segments = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        int peerLines = args.length > 4 ? Integer.parseInt(args[4]) : 1_000;
        Files.createDirectories(work);
        List<TmData.Pair> real = TmData.load(data);
        List<TmData.Pair> units = TmData.derive(real, size);
        Path tmx = work.resolve("tm-" + size + ".tmx");
        if (!Files.exists(tmx)) {
            TmData.writeTmx(units, tmx);
        }
        Path doc = work.resolve("document-" + segments + ".txt");
        Files.write(doc, document(real, segments, new Random(7)), StandardCharsets.UTF_8);

        try (TmLibrary lib = new TmLibrary(work.resolve("home-" + size))) {
            long t0 = System.nanoTime();
            TranslationMemory tm = lib.exists("bench") ? lib.open("bench") : lib.openOrCreate("bench");
            if (tm.stats().units() == 0) {
                tm.importFile(tmx, null, null, Progress.NONE);
            }
            System.out.printf(Locale.ROOT, "memory: %,d units (ready in %.1f s); document: %,d lines; %d cores, load average %.1f%n",
                    tm.stats().units(), (System.nanoTime() - t0) / 1e9, segments, Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            SrxSegmenter segmenter = SrxSegmenter.withDefaultRules();
            new AnalyzeJob(segmenter).run(List.of(doc), tm, "en", "de", Progress.NONE); // warm-up
            long a0 = System.nanoTime();
            AnalyzeJob.Result a = new AnalyzeJob(segmenter).run(List.of(doc), tm, "en", "de", Progress.NONE);
            double as = (System.nanoTime() - a0) / 1e9;
            long n = a.total().segments();
            System.out.printf(Locale.ROOT, "tmsh analyze:      %,d segments in %.1f s = %,.0f segments/s; bands %s%n", n, as,
                    n / as, bandSegments(a));
            long p0 = System.nanoTime();
            PretranslateJob.Result p = new PretranslateJob(segmenter).run(new PretranslateJob.Request(doc,
                    work.resolve("document.xlf"), "en", "de", 95, 3, null, "bench"), tm, Progress.NONE);
            double ps = (System.nanoTime() - p0) / 1e9;
            System.out.printf(Locale.ROOT, "tmsh pretranslate: %,d segments in %.1f s = %,.0f segments/s; %,d filled%n",
                    p.segments(), ps, p.segments() / ps, p.filled());
        }
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        if (peerLines == 0) {
            System.out.println("peers: skipped (0 lines asked for)");
            return;
        }
        try (PensieveRun pensieve = new PensieveRun(units, work.resolve("pensieve-" + size))) {
            System.out.printf(Locale.ROOT, "Pensieve: %,d units indexed in %.1f s%n", units.size(), pensieve.importSeconds);
            for (int i = 0; i < Math.min(500, lines.size()); i++) {
                pensieve.hits(lines.get(i), 50, 3); // warm-up
            }
            List<String> sample = lines.subList(0, Math.min(peerLines, lines.size()));
            long q0 = System.nanoTime();
            int found = 0;
            for (String line : sample) {
                found += pensieve.hits(line, 50, 3) > 0 ? 1 : 0;
            }
            double qs = (System.nanoTime() - q0) / 1e9;
            System.out.printf(Locale.ROOT, "Pensieve look-up:  first %,d lines in %.1f s = %,.1f lines/s; %,d with a hit%n",
                    sample.size(), qs, sample.size() / qs, found);
        }
        Peer step = okapiStep();
        if (step == null) {
            System.out.println("Okapi leveraging step: not on the class path (run with -Pbench-jobs)");
        } else {
            Path sampleDoc = work.resolve("document-first-" + peerLines + ".txt");
            Files.write(sampleDoc, lines.subList(0, Math.min(peerLines, lines.size())), StandardCharsets.UTF_8);
            List<String> sentences = DocumentSegments.read(sampleDoc, "en", SrxSegmenter.withDefaultRules()).stream()
                    .map(DocumentSegments.Item::plain).toList();
            step.leverage(work.resolve("pensieve-" + size), sentences.subList(0, Math.min(200, sentences.size())), 50, 95);
            long s0 = System.nanoTime();
            int[] r = step.leverage(work.resolve("pensieve-" + size), sentences, 50, 95);
            double ss = (System.nanoTime() - s0) / 1e9;
            System.out.printf(Locale.ROOT, "%s: first %,d lines = %,d segments in %.1f s = %,.1f segments/s; %,d with a match, %,d filled%n",
                    step.name(), Math.min(peerLines, lines.size()), sentences.size(), ss, sentences.size() / ss, r[0], r[1]);
        }
        System.out.printf(Locale.ROOT, "load average at the end: %.1f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String bandSegments(AnalyzeJob.Result a) {
        List<String> out = new ArrayList<>();
        a.total().bands().forEach((k, v) -> out.add(k + "=" + v.segments()));
        return String.join(" ", out);
    }

    /** One segment a line: real segments, some changed a little, some a lot (seeded). */
    static List<String> document(List<TmData.Pair> real, int n, Random rnd) {
        List<String> out = new ArrayList<>(n);
        while (out.size() < n) {
            String s = real.get(rnd.nextInt(real.size())).en().replaceAll("\\s+", " ").strip();
            String[] w = s.split(" ");
            if (w.length < 4) {
                continue;
            }
            int kind = out.size() % 3;
            int changes = kind == 0 ? 0 : kind == 1 ? 1 + rnd.nextInt(3) : Math.max(1, w.length / (3 + rnd.nextInt(3)));
            for (int c = 0; c < changes; c++) {
                w[rnd.nextInt(w.length)] = real.get(rnd.nextInt(real.size())).en().split(" ")[0];
            }
            out.add(String.join(" ", w));
        }
        return out;
    }
}
