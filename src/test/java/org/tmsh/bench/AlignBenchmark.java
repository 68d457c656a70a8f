package org.tmsh.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.tmsh.align.Aligner;
import org.tmsh.align.Alignment;
import org.tmsh.align.Link;
import org.tmsh.align.Vocabulary;
import org.tmsh.segment.Segments;

/**
 * Scores sentence aligners on ../shared/align-gold (strict and lax P/R/F1) and times a long
 * document pair. Run: see docs/benchmarks.md.
 */
public final class AlignBenchmark {

    /** A document of the gold set. */
    record Doc(String set, String name, List<String> src, String srcLang, List<String> tgt, String tgtLang,
               List<GoldLinks.L> gold) {
    }

    /** An aligner under test: from two segment lists to links. */
    interface Method {
        String name();

        List<GoldLinks.L> align(Doc doc) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path gold = Path.of(args.length > 0 ? args[0] : "../shared/align-gold");
        boolean peers = !List.of(args).contains("--no-peers");
        boolean scale = !List.of(args).contains("--no-scale");
        // --no-damaged leaves out the generated damaged news pairs (DamagedBenchmark)
        List<Doc> docs = load(gold);
        List<Method> methods = new ArrayList<>();
        methods.add(new TmshMethod(false, false, false));
        methods.add(new TmshMethod(true, false, false));
        methods.add(new TmshMethod(true, false, true));
        methods.add(new TmshMethod(false, true, false));
        methods.add(new TmshMethod(true, true, false));
        methods.add(new TmshMethod(true, true, true));
        if (peers) {
            methods.add(new OkapiGaleChurch());
            methods.add(new MalignaGaleChurch());
            Path bin = Hunalign.binary();
            if (bin == null) {
                System.out.println("hunalign: no binary (give -Dhunalign=PATH or put hunalign on the PATH); left out");
            } else {
                methods.add(new HunalignMethod(bin, false, false));
                methods.add(new HunalignMethod(bin, true, false));
                methods.add(new HunalignMethod(bin, false, true));
            }
        }
        System.out.println("Alignment quality on " + gold + " (strict / lax: precision recall F1)");
        System.out.printf(Locale.ROOT, "%-22s %-14s %7s %7s %7s | %7s %7s %7s%n", "method", "set",
                "sP", "sR", "sF1", "lP", "lR", "lF1");
        for (Method m : methods) {
            Map<String, GoldLinks.Counts> bySet = new LinkedHashMap<>();
            for (Doc d : docs) {
                List<GoldLinks.L> out;
                try {
                    out = m.align(d);
                } catch (Exception | Error e) {
                    System.out.println(m.name() + " cannot align " + d.set + "/" + d.name + ": " + e.getMessage());
                    continue;
                }
                bySet.computeIfAbsent(d.set, k -> new GoldLinks.Counts()).add(out, d.gold);
            }
            for (Map.Entry<String, GoldLinks.Counts> e : bySet.entrySet()) {
                double[] s = e.getValue().strict();
                double[] l = e.getValue().lax();
                System.out.printf(Locale.ROOT, "%-22s %-14s %7.3f %7.3f %7.3f | %7.3f %7.3f %7.3f%n", m.name(),
                        e.getKey(), s[0], s[1], s[2], l[0], l[1], l[2]);
            }
        }
        if (!List.of(args).contains("--no-damaged")) {
            DamagedBenchmark.run(DamagedPairs.generate(DamagedBenchmark.PER_KIND, DamagedBenchmark.SEED), System.out);
        }
        if (scale) {
            ScaleRun.run(docs);
        }
    }

    static List<Doc> load(Path gold) throws Exception {
        List<Doc> docs = new ArrayList<>();
        Path tb = gold.resolve("textberg-de-fr-dev");
        if (Files.isDirectory(tb)) {
            docs.add(new Doc("textberg-de-fr", "dev", GoldLinks.sentences(tb.resolve("dev.de"), false), "de",
                    GoldLinks.sentences(tb.resolve("dev.fr"), false), "fr", GoldLinks.read(tb.resolve("dev.defr"), false)));
        }
        Path pi = gold.resolve("parice-en-is");
        if (Files.isDirectory(pi)) {
            try (Stream<Path> files = Files.list(pi.resolve("gold"))) {
                for (Path g : files.sorted().toList()) {
                    String name = g.getFileName().toString();
                    docs.add(new Doc("parice-en-is", name, GoldLinks.sentences(pi.resolve("eng").resolve(name), true), "en",
                            GoldLinks.sentences(pi.resolve("isl").resolve(name), true), "is", GoldLinks.read(g, false)));
                }
            }
        }
        Path toy = gold.resolve("toy-de-en");
        if (Files.isDirectory(toy)) {
            docs.add(new Doc("toy-de-en", "toy", GoldLinks.sentences(toy.resolve("de.txt"), false), "de",
                    GoldLinks.sentences(toy.resolve("en.txt"), false), "en", GoldLinks.read(toy.resolve("gold.deen"), false)));
        }
        return docs;
    }

    static List<GoldLinks.L> toGold(List<Link> links) {
        return links.stream().map(l -> new GoldLinks.L(l.source(), l.target())).toList();
    }

    /** hunalign without a dictionary, with -realign, or with the installed dictionaries (see {@link Hunalign}). */
    static final class HunalignMethod implements Method {
        private final Path bin;
        private final boolean realign;
        private final boolean dictionary;

        HunalignMethod(Path bin, boolean realign, boolean dictionary) {
            this.bin = bin;
            this.realign = realign;
            this.dictionary = dictionary;
        }

        @Override
        public String name() {
            return "hunalign" + (realign ? " -realign" : "") + (dictionary ? " + dictionary" : "");
        }

        @Override
        public List<GoldLinks.L> align(Doc d) throws Exception {
            Path work = Path.of("target/bench-align/hunalign");
            Path dict;
            if (dictionary) {
                dict = Hunalign.dictionary(d.srcLang, d.tgtLang, work);
            } else {
                Files.createDirectories(work);
                dict = work.resolve("null.dic");
                Files.writeString(dict, "");
            }
            return Hunalign.align(bin, dict, d.src, d.tgt, realign, work);
        }
    }

    /**
     * tmsh's own aligner on pre-segmented input, with or without the installed dictionaries (read as
     * {@code align} reads them, through the dictionary cache), learning, and compound splitting.
     */
    static final class TmshMethod implements Method {
        private final boolean dictionary;
        private final boolean learn;
        private final boolean compounds;

        TmshMethod(boolean dictionary, boolean learn, boolean compounds) {
            this.dictionary = dictionary;
            this.learn = learn;
            this.compounds = compounds;
        }

        @Override
        public String name() {
            return "tmsh " + (dictionary ? learn ? "dict+learned" : "dictionary" : learn ? "learned" : "none")
                    + (compounds ? "+cmp" : "");
        }

        @Override
        public List<GoldLinks.L> align(Doc d) {
            Segments src = Segments.presegmented(d.src, d.srcLang);
            Segments tgt = Segments.presegmented(d.tgt, d.tgtLang);
            Aligner aligner = Aligner.standard().withLearning(learn);
            if (dictionary) {
                aligner = new Vocabulary(null, true, learn).withCompounds(compounds)
                        .aligner(Aligner.standard(), d.srcLang, d.tgtLang, List.of(src), List.of(tgt));
            }
            return toGold(aligner.align(src, tgt).links());
        }
    }
}
