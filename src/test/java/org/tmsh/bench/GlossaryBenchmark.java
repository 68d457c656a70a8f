package org.tmsh.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.tmsh.terms.Concept;
import org.tmsh.terms.Glossary;
import org.tmsh.formats.glossary.GlossaryReader;
import org.tmsh.formats.glossary.GlossaryWriter;
import org.tmsh.terms.Term;
import org.tmsh.terms.TermLookup;

/**
 * The glossary at scale: {@code mvn -q -B -Pbench-glossary test-compile exec:exec}. Makes a glossary of
 * 1,000,000 terms (250,000 concepts of four spellings: random given-name and family-name pairs in
 * German and English forms, a variant and a deprecated misspelling; seeded), writes it as TBX-Basic,
 * loads it, indexes it, and looks up the names in 2,000 segments (real sentences of the seed texts
 * and the TM data, with glossary names mixed in), printing load time, heap and look-up latency per
 * segment (median, p99).
 */
public final class GlossaryBenchmark {

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench-glossary");
        int concepts = args.length > 1 ? Integer.parseInt(args[1]) : 250_000;
        Files.createDirectories(work);
        Random rnd = new Random(7);
        String[] given = {"Sergei", "Wladimir", "Dmitri", "Alexei", "Juri", "Andrei", "Maria", "Olga", "Kim", "Choe",
            "Ri", "Pak", "Jong", "Son", "Hui", "Mohammed", "Ali", "Hassan", "Nikolai", "Iwan"};
        List<Concept> list = new ArrayList<>(concepts);
        for (int i = 0; i < concepts; i++) {
            String family = syllables(rnd) + syllables(rnd).toLowerCase(Locale.ROOT);
            String g = given[rnd.nextInt(given.length)];
            list.add(new Concept("c" + (i + 1), "", List.of(
                    new Term("de", g + " " + family + "ow", Term.Status.PREFERRED, "Duden", "", List.of()),
                    new Term("en", g + " " + family + "ov", Term.Status.PREFERRED, "English press usage", "", List.of()),
                    new Term("de", family + "ow", Term.Status.ADMITTED, "", "", List.of()),
                    new Term("de", g + " " + family + "ovv", Term.Status.DEPRECATED, "", "misspelling", List.of()))));
        }
        Glossary g = new Glossary("bench", list);
        Path tbx = work.resolve("glossary-" + concepts * 4 + ".tbx");
        GlossaryWriter.write(g, tbx, GlossaryWriter.Format.TBX3, null, null);
        g = null;
        System.gc();
        long t0 = System.nanoTime();
        Glossary loaded = GlossaryReader.read(tbx, "bench");
        long t1 = System.nanoTime();
        TermLookup index = new TermLookup(loaded);
        long t2 = System.nanoTime();
        System.gc();
        long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        List<String> segments = new ArrayList<>();
        for (Path seed : List.of(Path.of("seeds/000_585da5ce89297943.txt"), Path.of("seeds/003_ff5ac3c8f505f82c.txt"))) {
            for (String line : Files.readAllLines(seed)) {
                if (line.length() > 40) {
                    segments.add(line);
                }
            }
        }
        List<TmData.Pair> tm = TmData.load(Path.of("../shared/tm-data"));
        while (segments.size() < 2000) {
            TmData.Pair p = tm.get(rnd.nextInt(tm.size()));
            Concept c = loaded.concepts().get(rnd.nextInt(loaded.concepts().size()));
            segments.add(p.de() + " " + c.terms().get(rnd.nextInt(4)).form() + " sagte.");
        }
        for (String s : segments) {
            index.find(s, "en");
        }
        long[] ns = new long[segments.size()];
        long hits = 0;
        for (int i = 0; i < segments.size(); i++) {
            long s = System.nanoTime();
            hits += index.find(segments.get(i), "en").size();
            ns[i] = System.nanoTime() - s;
        }
        Arrays.sort(ns);
        System.out.printf(Locale.ROOT, "glossary: %,d terms in %,d concepts, TBX %,.0f MB; load %.1f s, index %.1f s,"
                        + " heap after loading %,d MB%n", concepts * 4, concepts, Files.size(tbx) / 1e6, (t1 - t0) / 1e9,
                (t2 - t1) / 1e9, heap);
        System.out.printf(Locale.ROOT, "look-up: %,d segments, %,d names found; per segment median %.3f ms, p99 %.3f ms,"
                + " max %.3f ms%n", segments.size(), hits, ns[ns.length / 2] / 1e6, ns[(int) (ns.length * 0.99)] / 1e6,
                ns[ns.length - 1] / 1e6);
    }

    private static String syllables(Random rnd) {
        String[] s = {"La", "w", "ro", "Ka", "zan", "Mi", "ko", "Ser", "gei", "Pe", "sk", "Sha", "Ku", "le", "ba", "Ni", "ki",
            "Ta", "Bu", "Ro", "va", "Go", "lo", "Ja", "ro", "Zh", "uk", "Mel", "nyk", "Sok", "ol"};
        return s[rnd.nextInt(s.length)] + s[rnd.nextInt(s.length)].toLowerCase(Locale.ROOT) + s[rnd.nextInt(s.length)].toLowerCase(Locale.ROOT);
    }
}
