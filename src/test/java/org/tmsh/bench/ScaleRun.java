package org.tmsh.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.tmsh.align.Aligner;
import org.tmsh.align.Alignment;
import org.tmsh.segment.Segments;

/**
 * Aligns a long document pair of at least 10,000 sentences a side, made by concatenating all gold
 * documents (German/French, English/Icelandic, German/English) until the size is reached, and
 * prints time, peak heap and the strict F1 against the concatenated gold links.
 */
final class ScaleRun {

    static void run(List<AlignBenchmark.Doc> docs) {
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
            if (docs.isEmpty()) {
                return;
            }
        }
        System.gc();
        resetPeaks();
        long t0 = System.nanoTime();
        Alignment a = Aligner.standard().align(Segments.presegmented(src, "de"), Segments.presegmented(tgt, "fr"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long heap = peakHeapMb();
        GoldLinks.Counts c = new GoldLinks.Counts();
        c.add(AlignBenchmark.toGold(a.links()), gold);
        System.out.printf(Locale.ROOT, "scale: tmsh aligned %,d x %,d sentences in %.2f s, peak heap %,d MB,"
                + " strict F1 %.3f against the concatenated gold%n", src.size(), tgt.size(), ms / 1000.0, heap,
                c.strict()[2]);
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }
}
