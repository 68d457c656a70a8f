package org.tmsh.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.tmsh.bench.DamagedBenchmark;
import org.tmsh.bench.DamagedPairs;
import org.tmsh.bench.GoldLinks;
import org.tmsh.segment.Segments;

/**
 * Document pairs with known right links, for fitting and checking the confidence calibration:
 * the gold alignments of {@code ../shared/align-gold} (the Text+Berg development document cut into
 * four at gold links, the ParIce documents, the toy pair), German-English documents made from the
 * LibreOffice help paragraphs of running text in {@code ../shared/tm-data} with merged, dropped and inserted sentences
 * planted by a seeded program, generated news-like pairs with website damage (for the link model
 * only), and pairs of unrelated documents made from the others (every link of such a pair is wrong).
 */
final class CalibrationCorpus {

    /**
     * One document pair: its sides, languages, the right links (gold format), whether the two are
     * related, each side's paragraph numbers (null: one paragraph), and whether it teaches the link
     * model only (no row of the document model).
     */
    record Doc(String name, List<String> src, List<String> tgt, String sl, String tl, Set<String> gold,
               boolean related, int[] srcPara, int[] tgtPara, boolean linksOnly) {

        Doc(String name, List<String> src, List<String> tgt, String sl, String tl, Set<String> gold, boolean related) {
            this(name, src, tgt, sl, tl, gold, related, null, null, false);
        }

        Segments source() {
            return srcPara == null ? Segments.presegmented(src, sl) : new Segments(src, srcPara, sl);
        }

        Segments target() {
            return tgtPara == null ? Segments.presegmented(tgt, tl) : new Segments(tgt, tgtPara, tl);
        }

        boolean right(Link l) {
            return related && gold.contains(key(l.source(), l.target()));
        }
    }

    private static final Path GOLD = Path.of("../shared/align-gold");
    private static final Path TM_DATA = Path.of("../shared/tm-data/libreoffice-help.tsv.gz");

    private CalibrationCorpus() {
    }

    /** Every document pair, related and unrelated, in a fixed order. */
    static List<Doc> all() throws IOException {
        List<Doc> related = new ArrayList<>();
        related.addAll(textberg());
        related.addAll(parice());
        related.add(toy());
        related.addAll(help(12, 40, 7));
        related.addAll(news(NEWS_PER_KIND, NEWS_SEED));
        List<Doc> docs = new ArrayList<>(related);
        docs.addAll(unrelated(related));
        return docs;
    }

    static String key(int[] s, int[] t) {
        int[] a = s.clone();
        int[] b = t.clone();
        Arrays.sort(a);
        Arrays.sort(b);
        return Arrays.toString(a) + ":" + Arrays.toString(b);
    }

    private static List<Doc> textberg() throws IOException {
        Path dir = GOLD.resolve("textberg-de-fr-dev");
        List<String> de = Files.readAllLines(dir.resolve("dev.de"), StandardCharsets.UTF_8);
        List<String> fr = Files.readAllLines(dir.resolve("dev.fr"), StandardCharsets.UTF_8);
        List<GoldLinks.L> gold = GoldLinks.read(dir.resolve("dev.defr"), false);
        return cut("textberg", de, fr, gold, 4, "de", "fr");
    }

    /** {@code parts} documents cut from one long pair where a gold link ends on both sides. */
    private static List<Doc> cut(String name, List<String> src, List<String> tgt, List<GoldLinks.L> gold, int parts,
                                 String sl, String tl) {
        List<Doc> out = new ArrayList<>();
        int per = (gold.size() + parts - 1) / parts;
        int s0 = 0;
        int t0 = 0;
        for (int part = 0; part < parts; part++) {
            List<GoldLinks.L> mine = gold.subList(part * per, Math.min(gold.size(), (part + 1) * per));
            int s1 = part == parts - 1 ? src.size() : s0;
            int t1 = part == parts - 1 ? tgt.size() : t0;
            for (GoldLinks.L l : mine) {
                for (int x : l.s()) {
                    s1 = Math.max(s1, x + 1);
                }
                for (int x : l.t()) {
                    t1 = Math.max(t1, x + 1);
                }
            }
            Set<String> keys = new HashSet<>();
            for (GoldLinks.L l : mine) {
                int fs = s0;
                int ft = t0;
                keys.add(key(Arrays.stream(l.s()).map(x -> x - fs).toArray(), Arrays.stream(l.t()).map(x -> x - ft).toArray()));
            }
            out.add(new Doc(name + "-" + part, List.copyOf(src.subList(s0, s1)), List.copyOf(tgt.subList(t0, t1)), sl, tl,
                    keys, true));
            s0 = s1;
            t0 = t1;
        }
        return out;
    }

    private static List<Doc> parice() throws IOException {
        Path dir = GOLD.resolve("parice-en-is");
        List<Doc> out = new ArrayList<>();
        try (var names = Files.list(dir.resolve("gold"))) {
            for (Path g : names.sorted().toList()) {
                String n = g.getFileName().toString();
                List<String> en = GoldLinks.sentences(dir.resolve("eng").resolve(n), true);
                List<String> is = GoldLinks.sentences(dir.resolve("isl").resolve(n), true);
                out.add(new Doc("parice-" + n, en, is, "en", "is", keys(GoldLinks.read(g, false)), true));
            }
        }
        return out;
    }

    private static Doc toy() throws IOException {
        Path dir = GOLD.resolve("toy-de-en");
        return new Doc("toy", Files.readAllLines(dir.resolve("de.txt"), StandardCharsets.UTF_8),
                Files.readAllLines(dir.resolve("en.txt"), StandardCharsets.UTF_8), "de", "en",
                keys(GoldLinks.read(dir.resolve("gold.deen"), false)), true);
    }

    /**
     * {@code count} German-English documents of {@code size} consecutive help paragraphs, each
     * English paragraph merged with the next (2-1) with probability 0.1, dropped (1-0) with 0.05,
     * and followed by a paragraph from far away (0-1) with 0.05.
     */
    static List<Doc> help(int count, int size, long seed) throws IOException {
        List<String[]> pairs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(TM_DATA)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] c = line.split("\t", -1);
                // sentences of running text, as in the documents tmsh aligns: five words or more, and
                // lengths that do not say the translation is partial (the help has outdated ones)
                if (c.length == 3 && c[1].split(" ").length >= 5 && !c[1].equals(c[2])
                        && c[2].length() >= 0.6 * c[1].length() && c[2].length() <= 1.7 * c[1].length()) {
                    pairs.add(new String[] {c[2], c[1]});
                }
            }
        }
        Random rnd = new Random(seed);
        List<Doc> out = new ArrayList<>();
        int stride = pairs.size() / (count + 1);
        for (int d = 0; d < count; d++) {
            int from = d * stride + rnd.nextInt(stride - size);
            List<String> de = new ArrayList<>();
            List<String> en = new ArrayList<>();
            Set<String> gold = new HashSet<>();
            for (int k = from; k < from + size; k++) {
                double x = rnd.nextDouble();
                int s = de.size();
                de.add(pairs.get(k)[0]);
                if (x < 0.1 && k + 1 < from + size) {
                    de.add(pairs.get(k + 1)[0]);
                    gold.add(key(new int[] {s, s + 1}, new int[] {en.size()}));
                    en.add(pairs.get(k)[1] + " " + pairs.get(k + 1)[1]);
                    k++;
                } else if (x < 0.15) {
                    gold.add(key(new int[] {s}, new int[0]));
                } else {
                    gold.add(key(new int[] {s}, new int[] {en.size()}));
                    en.add(pairs.get(k)[1]);
                }
                if (rnd.nextDouble() < 0.05) {
                    gold.add(key(new int[0], new int[] {en.size()}));
                    en.add(pairs.get(rnd.nextInt(pairs.size()))[1]);
                }
            }
            out.add(new Doc("help-" + d, de, en, "de", "en", gold, true));
        }
        return out;
    }

    /** The seed of the news-like pairs: not the damaged benchmark's ({@link DamagedBenchmark#SEED}), so its pairs stay unseen. */
    static final long NEWS_SEED = 7L;
    static final int NEWS_PER_KIND = 4;

    /**
     * German-English news-like pairs with website damage ({@link DamagedPairs}: furniture, credits,
     * related-article boxes, number sentences, names, merged and split sentences), {@code perKind} of
     * each kind, as their sentences and paragraphs: the links a page pair has that help texts lack.
     * They teach the link model only ({@link Doc#linksOnly}): many German-English pairs with a
     * dictionary would teach the document model that a pair without one (ParIce) is no translation.
     */
    static List<Doc> news(int perKind, long seed) throws IOException {
        List<Doc> out = new ArrayList<>();
        for (DamagedPairs.Pair p : DamagedPairs.generate(perKind, seed)) {
            out.add(new Doc("news-" + p.name(), p.deSentences(), p.enSentences(), "de", "en", keys(p.gold()), true,
                    p.deParagraphs(), p.enParagraphs(), true));
        }
        return out;
    }

    /**
     * Pairs of unrelated documents in the same languages: each related document's source with the
     * target of another document of its language pair (its neighbour but one in the list).
     */
    static List<Doc> unrelated(List<Doc> related) {
        List<Doc> out = new ArrayList<>();
        related = related.stream().filter(d -> !d.linksOnly()).toList();
        for (int a = 0; a < related.size(); a++) {
            Doc x = related.get(a);
            List<Doc> same = related.stream().filter(d -> d.sl().equals(x.sl()) && d.tl().equals(x.tl()) && d != x).toList();
            if (same.isEmpty()) {
                continue;
            }
            Doc y = same.get(Math.min(same.size() - 1, 1 + a % same.size()) % same.size());
            out.add(new Doc(x.name() + "~" + y.name(), x.src(), y.tgt(), x.sl(), x.tl(), Set.of(), false, x.srcPara(),
                    y.tgtPara(), false));
        }
        return out;
    }

    private static Set<String> keys(List<GoldLinks.L> links) {
        Set<String> out = new HashSet<>();
        for (GoldLinks.L l : links) {
            out.add(key(l.s(), l.t()));
        }
        return out;
    }
}
