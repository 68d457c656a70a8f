package org.tmsh.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.tmsh.qa.CheckCatalog;
import org.tmsh.qa.Finding;
import org.tmsh.qa.Profile;
import org.tmsh.qa.QaEngine;
import org.tmsh.qa.QaSegment;

/**
 * False alarms on real clean pairs: every check of the default profile over the real pairs of ../shared/tm-data (a
 * seeded sample, each pair its own segment), findings per 10,000 pairs by check and severity. The pairs are real
 * translations, not known to be free of errors, so a figure here is an upper bound of the false alarms; compare two
 * builds on the same sample (the classes of another build first on the class path).
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:DEPENDENCIES org.tmsh.bench.CleanPairsRun ../shared/tm-data
 * 20000 [de-en]} (the folder, the pairs to sample, 0 for all; "de-en" reads each pair German to English).
 */
public final class CleanPairsRun {

    private CleanPairsRun() {
    }

    public static void main(String[] args) throws Exception {
        List<TmData.Pair> pairs = new ArrayList<>(TmData.load(Path.of(args.length > 0 ? args[0] : "../shared/tm-data")));
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        boolean deEn = args.length > 2 && args[2].equals("de-en"); // the same pairs read German to English
        Collections.shuffle(pairs, new Random(20261211L));
        if (n > 0 && n < pairs.size()) {
            pairs = pairs.subList(0, n);
        }
        Profile p = Profile.standard();
        // consistency and length judge the file as a whole (pairs of three projects side by side): left out here
        List<String> ids = new ArrayList<>(CheckCatalog.builtIn());
        ids.removeAll(List.of("terms", "consistency", "length"));
        QaEngine engine = new QaEngine(CheckCatalog.create(p, null, ids), p);
        long t0 = System.nanoTime();
        int i = 0;
        for (TmData.Pair pair : pairs) {
            engine.add(deEn ? new QaSegment("clean", String.valueOf(++i), i, pair.de(), pair.en(), "de", "en", 0)
                    : new QaSegment("clean", String.valueOf(++i), i, pair.en(), pair.de(), "en", "de", 0));
        }
        Map<String, int[]> by = new TreeMap<>();
        for (Finding f : engine.finish(null)) {
            by.computeIfAbsent(f.kind(), k -> new int[2])[f.severity() == Finding.Severity.ERROR ? 0 : 1]++;
        }
        System.out.printf(Locale.ROOT, "%s real pairs, %.1f s%n| check | errors per 10,000 pairs | warnings per 10,000 pairs |%n|---|---|---|%n",
                pairs.size() + (deEn ? " (German to English)" : ""), (System.nanoTime() - t0) / 1e9);
        int size = pairs.size();
        by.forEach((k, v) -> System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f |%n", k, 1e4 * v[0] / size, 1e4 * v[1] / size));
    }
}
