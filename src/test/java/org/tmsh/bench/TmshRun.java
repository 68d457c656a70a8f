package org.tmsh.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tmsh.common.Progress;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.Match;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;

/**
 * tmsh's side of the TM benchmark, run in its own JVM (the caller gives it -Xmx1g) so that its
 * peak heap is tmsh's alone (sampled heap in use): imports a TMX file into a fresh TM, then looks up every query
 * three times (two warm-up passes, then the timed pass) and writes "score TAB nanoseconds" a query. Its
 * import line also gives the process's CPU seconds and the collectors' pauses during the import.
 *
 * <p>Arguments: TMX, TM folder root, queries file (min TAB text a line), results file.
 */
public final class TmshRun {

    /** The largest heap in use, sampled every 5 ms (the sum of per-pool peaks would overstate it). */
    static final class HeapSampler {
        private volatile long peak;

        HeapSampler() {
            Thread t = new Thread(() -> {
                var mem = java.lang.management.ManagementFactory.getMemoryMXBean();
                while (true) {
                    peak = Math.max(peak, mem.getHeapMemoryUsage().getUsed());
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            t.setDaemon(true);
            t.start();
        }

        long peakMb() {
            return peak >> 20;
        }
    }

    public static void main(String[] args) throws IOException {
        Path tmx = Path.of(args[0]);
        Path root = Path.of(args[1]);
        List<String[]> queries = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8)) {
            queries.add(l.split("\t", 2));
        }
        HeapSampler heap = new HeapSampler();
        try (TmLibrary lib = new TmLibrary(root)) {
            if (lib.exists("bench")) {
                lib.delete("bench");
            }
            TranslationMemory tm = lib.openOrCreate("bench");
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long gc0 = gcMillis();
            ImportReport r = tm.importTmx(tmx, Progress.NONE);
            double importCpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            double importGc = (gcMillis() - gc0) / 1e3;
            long importHeap = heap.peakMb();
            long bytes = tm.stats().bytesOnDisk();
            System.gc(); // the import's garbage is not the look-ups' business
            for (int pass = 0; pass < 2; pass++) {
                for (String[] q : queries) {
                    tm.search(q[1], "en", "de", Integer.parseInt(q[0]), 1);
                }
            }
            List<String> out = new ArrayList<>();
            for (String[] q : queries) {
                long t0 = System.nanoTime();
                List<Match> m = tm.search(q[1], "en", "de", Integer.parseInt(q[0]), 1);
                long ns = System.nanoTime() - t0;
                out.add((m.isEmpty() ? -1 : m.get(0).score()) + "\t" + ns);
            }
            Files.write(Path.of(args[3]), out, StandardCharsets.UTF_8);
            System.out.printf(Locale.ROOT, "import\t%d\t%d\t%.3f\t%d\t%d\t%d\t%.1f\t%.1f%n", r.read(), r.added(), r.seconds(), bytes,
                    importHeap, heap.peakMb(), importCpu, importGc);
        }
    }

    /** Milliseconds the collectors have paused this JVM so far. */
    private static long gcMillis() {
        long ms = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }
}
