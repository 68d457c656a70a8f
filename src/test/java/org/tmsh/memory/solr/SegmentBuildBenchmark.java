package org.tmsh.memory.solr;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.formats.tmx.UnitSource;
import org.tmsh.match.Tokenizer;
import org.tmsh.memory.UnitSources;

/**
 * The Solr bulk path's client alone: the CPU time of building segments ({@link SolrSegment}, as the senders build
 * them, in memory) from a TMX's units, variants of system properties taking turns in one JVM. No cluster: the
 * figure is the senders' "segments (inverting)" of {@code SolrBenchmark} without the noise of the nodes.
 * <pre>
 * java -cp "target/test-classes:target/classes:target/tmsh-app/lib/*" org.tmsh.memory.solr.SegmentBuildBenchmark \
 *     TMX UNITS BATCH "tmsh.solr.termStream=false/tmsh.solr.termStream=true" ROUNDS
 * </pre>
 * Variants are separated by {@code /}, a variant's properties by {@code ,}; {@code bench.layout=6} builds segments of
 * configset tmsh-6 (pairs as text, points), else of tm create's (tmsh-7: pairs hashed, {@code tmsh.solr.sortedPairs}). Prints the thread's CPU a unit and the
 * segments' bytes a unit for each variant and round (the first round warms the JIT).
 */
public final class SegmentBuildBenchmark {

    private SegmentBuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path tmx = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        int batch = Integer.parseInt(args[2]);
        String[] variants = args[3].split("/");
        int rounds = Integer.parseInt(args[4]);
        List<TmxUnit> units = new ArrayList<>();
        try (UnitSource in = UnitSources.open(tmx, null, null)) {
            TmxUnit u;
            while (units.size() < n && (u = in.next()) != null) {
                units.add(u);
            }
        }
        String[] ids = new String[units.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = SolrSchema.id("bench!", units.get(i));
        }
        Tokenizer tokenizer = Tokenizer.standard();
        var threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            for (String variant : variants) {
                for (String p : variant.split(",")) {
                    String[] kv = p.split("=", 2);
                    System.setProperty(kv[0].trim(), kv[1].trim());
                }
                // bench.layout=6: a collection of configset tmsh-6 (pairs as text, points); else tm create's (tmsh-7)
                SolrSchema.Layout layout = "6".equals(System.getProperty("bench.layout", "7")) ? new SolrSchema.Layout(true, true)
                        : SolrSchema.Layout.CURRENT;
                long cpu = threads.getCurrentThreadCpuTime();
                long bytes = 0;
                for (int from = 0; from < units.size(); from += batch) {
                    ByteBuffersDirectory dir = new ByteBuffersDirectory();
                    SolrSegment s = new SolrSegment(dir, layout);
                    long version = (System.currentTimeMillis() - 1000) << 20;
                    for (int i = from; i < Math.min(units.size(), from + batch); i++) {
                        s.add(ids[i], "bench", units.get(i), tokenizer, i, layout, version + i);
                    }
                    s.finish();
                    for (String f : dir.listAll()) {
                        bytes += dir.fileLength(f);
                    }
                }
                double us = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / units.size();
                System.out.printf(Locale.ROOT, "round %d, %-40s %6.1f us of CPU a unit, %d bytes a unit%n", round, variant,
                        us, bytes / units.size());
            }
        }
    }
}
