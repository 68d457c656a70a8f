package org.tmsh.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import org.tmsh.formats.tmx.TmxWriter;

/**
 * The shared English-German TM data ({@code id TAB English TAB German}, gzip'd) and the
 * million-unit memory derived from it.
 */
final class TmData {

    record Pair(String id, String en, String de) {
    }

    private TmData() {
    }

    static List<Pair> load(Path dir) throws IOException {
        List<Pair> pairs = new ArrayList<>();
        for (String f : new String[] {"libreoffice-help.tsv.gz", "libreoffice-ui.tsv.gz", "gnu-apps-ui.tsv.gz"}) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(dir.resolve(f))), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    String[] c = line.split("\t", -1);
                    if (c.length == 3 && !c[1].isBlank() && !c[2].isBlank()) {
                        pairs.add(new Pair(f.substring(0, f.indexOf('.')) + ":" + c[0], c[1], c[2]));
                    }
                }
            }
        }
        return pairs;
    }

    /**
     * Derives {@code size} units: first the real pairs, then, in turn, (a) two real pairs joined
     * into one unit (source and target alike, as a merged-segment memory has) and (b) a real pair
     * whose source and target each have one word replaced by a word of another unit (the near
     * duplicates that revised versions leave in an agency memory). Seeded, so every run derives the
     * same memory.
     */
    static List<Pair> derive(List<Pair> real, int size) {
        List<Pair> out = new ArrayList<>(size);
        forEachDerived(real, size, out::add);
        return out;
    }

    /**
     * The units of {@link #derive}, one at a time and in the same order, without holding them: ten
     * million derived units would take gigabytes of heap as a list.
     */
    static void forEachDerived(List<Pair> real, long size, java.util.function.Consumer<Pair> each) {
        int first = (int) Math.min(size, real.size());
        for (int i = 0; i < first; i++) {
            each.accept(real.get(i));
        }
        Random rnd = new Random(20261122L);
        int n = real.size();
        for (long k = first; k < size; k++) {
            Pair a = real.get(rnd.nextInt(n));
            Pair b = real.get(rnd.nextInt(n));
            if (k % 2 == 0) {
                each.accept(new Pair("joined-" + k, a.en() + " " + b.en(), a.de() + " " + b.de()));
            } else {
                each.accept(new Pair("variant-" + k, replaceWord(a.en(), b.en(), rnd), replaceWord(a.de(), b.de(), rnd)));
            }
        }
    }

    private static String replaceWord(String text, String donor, Random rnd) {
        String[] w = text.split(" ");
        String[] d = donor.split(" ");
        w[rnd.nextInt(w.length)] = d[rnd.nextInt(d.length)];
        return String.join(" ", w);
    }

    static void writeTmx(List<Pair> pairs, Path out) {
        try (TmxWriter w = new TmxWriter(out, "en", "de", "bench")) {
            for (Pair p : pairs) {
                w.unit(p.id(), p.en(), p.de(), Map.of());
            }
        }
    }

    /** The derived memory of {@code size} units written as TMX as it is derived (through a temporary file: never a half-written one). */
    static void writeDerivedTmx(List<Pair> real, long size, Path out) throws IOException {
        Path part = out.resolveSibling(out.getFileName() + ".part");
        try (TmxWriter w = new TmxWriter(part, "en", "de", "bench")) {
            forEachDerived(real, size, p -> w.unit(p.id(), p.en(), p.de(), Map.of()));
        }
        Files.move(part, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
