package org.tmsh.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.tmsh.align.Aligner;
import org.tmsh.align.Alignment;
import org.tmsh.align.Link;
import org.tmsh.align.Vocabulary;
import org.tmsh.segment.Segments;
import org.tmsh.segment.SrxSegmenter;

/**
 * Scores {@code align} on the generated damaged news pairs ({@link DamagedPairs}), per kind of
 * damage, with the field's strict and lax F1: once on the sentences as generated (the aligner
 * alone) and once on the text lines as {@code align} reads a text file (the sentence splitter
 * too). Then measures how well the links' confidences separate right links from wrong ones.
 *
 * <p>Run alone: {@code mvn -q -B -o test-compile exec:java -Dexec.mainClass=org.tmsh.bench.DamagedBenchmark
 * -Dexec.classpathScope=test [-Dexec.args="PER_KIND SEED [DIR]"]}; DIR also gets the pairs as files.
 */
public final class DamagedBenchmark {

    /** The pairs' seed and size in the benchmark (fixed: the figures in the docs come from these). */
    public static final long SEED = 20261207L;
    public static final int PER_KIND = 10;

    /** Wrong links rated at least this are printed (-Dbench.damaged.wrong=0.8: what --strict lets through); off by default. */
    private static final double WRONG_SHOWN = Double.parseDouble(System.getProperty("bench.damaged.wrong", "2"));

    /** One link the aligner made, scored: right (strict) or not, and its confidence. */
    record Rated(boolean right, double confidence) {
    }

    /** Scores of one way of reading the pairs. */
    static final class Scores {
        final Map<String, GoldLinks.Counts> byKind = new LinkedHashMap<>();
        final List<Rated> rated = new ArrayList<>();
    }

    public static void main(String[] args) throws Exception {
        int perKind = args.length > 0 ? Integer.parseInt(args[0]) : PER_KIND;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : SEED;
        List<DamagedPairs.Pair> pairs = DamagedPairs.generate(perKind, seed);
        if (args.length > 2) {
            DamagedPairs.write(pairs, Path.of(args[2]));
        }
        run(pairs, System.out);
    }

    /** Scores both ways of reading and prints the tables. */
    public static void run(List<DamagedPairs.Pair> pairs, PrintStream out) {
        out.printf(Locale.ROOT, "Damaged news pairs: %d pairs, de-en, installed dictionaries (strict / lax: P R F1)%n",
                pairs.size());
        for (String how : List.of("sentences", "text lines", "folder")) {
            if (how.equals("folder") && !Boolean.parseBoolean(System.getProperty("bench.damaged.folder", "true"))) {
                continue;
            }
            Scores s = score(pairs, !how.equals("sentences"), how.equals("folder"));
            out.printf(Locale.ROOT, "%-12s %-12s %7s %7s %7s | %7s %7s %7s%n", how, "kind", "sP", "sR", "sF1",
                    "lP", "lR", "lF1");
            for (Map.Entry<String, GoldLinks.Counts> e : s.byKind.entrySet()) {
                double[] st = e.getValue().strict();
                double[] lx = e.getValue().lax();
                out.printf(Locale.ROOT, "%-12s %-12s %7.3f %7.3f %7.3f | %7.3f %7.3f %7.3f%n", how, e.getKey(),
                        st[0], st[1], st[2], lx[0], lx[1], lx[2]);
            }
            separation(s.rated, how, out);
        }
        if (Boolean.parseBoolean(System.getProperty("bench.damaged.peers", "true"))) {
            peers(pairs, out);
        }
    }

    /**
     * The peers on the same pairs' sentences (they know no paragraphs): Okapi's and mALIGNa's
     * Gale-Church, and hunalign (without and with the installed dictionaries) when its binary is found.
     */
    static void peers(List<DamagedPairs.Pair> pairs, PrintStream out) {
        List<AlignBenchmark.Method> methods = new ArrayList<>();
        methods.add(new OkapiGaleChurch());
        methods.add(new MalignaGaleChurch());
        java.nio.file.Path bin = Hunalign.binary();
        if (bin == null) {
            out.println("hunalign: no binary (give -Dhunalign=PATH or put hunalign on the PATH); left out");
        } else {
            methods.add(new AlignBenchmark.HunalignMethod(bin, false, false));
            methods.add(new AlignBenchmark.HunalignMethod(bin, false, true));
        }
        out.printf(Locale.ROOT, "%-22s %-12s %7s %7s %7s | %7s %7s %7s%n", "peer (sentences)", "kind", "sP", "sR", "sF1",
                "lP", "lR", "lF1");
        for (AlignBenchmark.Method m : methods) {
            Map<String, GoldLinks.Counts> byKind = new LinkedHashMap<>();
            GoldLinks.Counts all = new GoldLinks.Counts();
            for (DamagedPairs.Pair p : pairs) {
                AlignBenchmark.Doc d = new AlignBenchmark.Doc("damaged", p.name(), p.deSentences(), "de",
                        p.enSentences(), "en", p.gold());
                List<GoldLinks.L> links;
                try {
                    links = m.align(d);
                } catch (Exception | Error e) {
                    out.println(m.name() + " cannot align " + p.name() + ": " + e.getMessage());
                    links = List.of();
                }
                byKind.computeIfAbsent(p.kind().name().toLowerCase(Locale.ROOT), k -> new GoldLinks.Counts())
                        .add(links, p.gold());
                all.add(links, p.gold());
            }
            byKind.put("all", all);
            for (Map.Entry<String, GoldLinks.Counts> e : byKind.entrySet()) {
                double[] st = e.getValue().strict();
                double[] lx = e.getValue().lax();
                out.printf(Locale.ROOT, "%-22s %-12s %7.3f %7.3f %7.3f | %7.3f %7.3f %7.3f%n", m.name(), e.getKey(),
                        st[0], st[1], st[2], lx[0], lx[1], lx[2]);
            }
        }
    }

    /**
     * Aligns every pair as {@code align} would (installed dictionaries, learning only without one) and
     * scores; {@code folder}: the pairs of each kind at once, as {@code align} aligns two folders of one site.
     */
    static Scores score(List<DamagedPairs.Pair> pairs, boolean raw, boolean folder) {
        SrxSegmenter segmenter = SrxSegmenter.withDefaultRules();
        Scores s = new Scores();
        GoldLinks.Counts all = new GoldLinks.Counts();
        List<Segments[]> docs = new ArrayList<>();
        for (DamagedPairs.Pair p : pairs) {
            docs.add(new Segments[] {raw ? Segments.of(p.deLines(), "de", segmenter)
                    : new Segments(p.deSentences(), p.deParagraphs(), "de"),
                raw ? Segments.of(p.enLines(), "en", segmenter) : new Segments(p.enSentences(), p.enParagraphs(), "en")});
        }
        // a folder: the pairs of one kind, as the pages of one site
        List<Alignment> folderAlignments = new ArrayList<>();
        for (int from = 0; folder && from < pairs.size(); ) {
            int to = from;
            while (to < pairs.size() && pairs.get(to).kind() == pairs.get(from).kind()) {
                to++;
            }
            List<Segments[]> site = docs.subList(from, to);
            folderAlignments.addAll(Vocabulary.STANDARD.aligner(Aligner.standard(), "de", "en",
                    site.stream().map(d -> d[0]).toList(), site.stream().map(d -> d[1]).toList()).alignAll(site, null));
            from = to;
        }
        for (int d = 0; d < pairs.size(); d++) {
            DamagedPairs.Pair p = pairs.get(d);
            Segments src = docs.get(d)[0];
            Segments tgt = docs.get(d)[1];
            Alignment a = folder ? folderAlignments.get(d)
                    : Vocabulary.STANDARD.aligner(Aligner.standard(), "de", "en", List.of(src), List.of(tgt)).align(src, tgt);
            List<GoldLinks.L> links = new ArrayList<>();
            SideMap srcMap = raw ? map(src, p.deLines(), p.deSentences()) : null;
            SideMap tgtMap = raw ? map(tgt, p.enLines(), p.enSentences()) : null;
            for (Link l : a.links()) {
                GoldLinks.L g = raw ? new GoldLinks.L(toGold(l.source(), srcMap), toGold(l.target(), tgtMap))
                        : new GoldLinks.L(l.source(), l.target());
                links.add(g);
                if (!l.isNull()) {
                    boolean right = p.gold().stream().anyMatch(x -> Arrays.equals(x.s(), g.s()) && Arrays.equals(x.t(), g.t()));
                    s.rated.add(new Rated(right, l.confidence()));
                    if (!right && l.confidence() >= WRONG_SHOWN) {
                        System.out.printf(Locale.ROOT, "  WRONG %s %s conf %.2f | %s | %s%n", p.name(), l.format(),
                                l.confidence(), a.sourceText(l), a.targetText(l));
                    }
                }
            }
            if (p.kind().name().equalsIgnoreCase(System.getProperty("bench.damaged.show", ""))) {
                show(p, a, links, raw ? (folder ? " (folder)" : " (text lines)") : " (sentences)");
            }
            s.byKind.computeIfAbsent(p.kind().name().toLowerCase(Locale.ROOT), k -> new GoldLinks.Counts())
                    .add(links, p.gold());
            all.add(links, p.gold());
        }
        s.byKind.put("all", all);
        return s;
    }

    /**
     * Where the segments of one side lie among its gold sentences: for each gold sentence its line
     * and start in the line, for each segment its line, span and the gold sentences it overlaps.
     */
    record SideMap(List<String> sentences, int[] sLine, int[] sStart, int[] segLine, int[] segStart, int[] segEnd,
                   int[][] segGold) {
    }

    /** Reads the segments in order in the lines (the segmenter keeps a line's text, trimmed). */
    static SideMap map(Segments segs, List<String> lines, List<String> sentences) {
        int[] sLine = new int[sentences.size()];
        int[] sStart = new int[sentences.size()];
        int line = 0;
        int at = 0;
        for (int k = 0; k < sentences.size(); k++) {
            int found = lines.get(line).indexOf(sentences.get(k), at);
            while (found < 0) {
                line++;
                at = 0;
                found = lines.get(line).indexOf(sentences.get(k), at);
            }
            sLine[k] = line;
            sStart[k] = found;
            at = found + sentences.get(k).length();
        }
        int n = segs.size();
        int[] segLine = new int[n];
        int[] segStart = new int[n];
        int[] segEnd = new int[n];
        int[][] segGold = new int[n][];
        int cursor = 0;
        int lastPara = -1;
        for (int i = 0; i < n; i++) {
            int para = segs.paragraphs()[i];
            if (para != lastPara) {
                cursor = 0;
                lastPara = para;
            }
            String text = segs.texts().get(i);
            int a = lines.get(para).indexOf(text, cursor);
            if (a < 0) {
                throw new IllegalStateException("segment not found in its line: " + text);
            }
            int b = a + text.length();
            cursor = b;
            List<Integer> ids = new ArrayList<>();
            for (int k = 0; k < sentences.size(); k++) {
                if (sLine[k] == para && sStart[k] < b && sStart[k] + sentences.get(k).length() > a) {
                    ids.add(k);
                }
            }
            segLine[i] = para;
            segStart[i] = a;
            segEnd[i] = b;
            segGold[i] = ids.stream().mapToInt(Integer::intValue).toArray();
        }
        return new SideMap(sentences, sLine, sStart, segLine, segStart, segEnd, segGold);
    }

    /**
     * The gold sentences a link's segments make: every sentence they overlap, and -1 besides when
     * they do not cover those sentences whole (a split in the wrong place: the link cannot be right).
     */
    static int[] toGold(int[] segIds, SideMap m) {
        TreeSet<Integer> ids = new TreeSet<>();
        for (int i : segIds) {
            for (int k : m.segGold()[i]) {
                ids.add(k);
            }
        }
        boolean whole = true;
        for (int k : ids) {
            String sentence = m.sentences().get(k);
            int covered = 0;
            for (int i : segIds) {
                if (m.segLine()[i] != m.sLine()[k]) {
                    continue;
                }
                int a = Math.max(m.segStart()[i], m.sStart()[k]);
                int b = Math.min(m.segEnd()[i], m.sStart()[k] + sentence.length());
                for (int c = a; c < b; c++) {
                    if (!Character.isWhitespace(sentence.charAt(c - m.sStart()[k]))) {
                        covered++;
                    }
                }
            }
            if (covered != sentence.replaceAll("\\s", "").length()) {
                whole = false;
            }
        }
        if (!whole) {
            ids.add(-1);
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Prints the links of {@code p} that are not in the gold, and the gold links missed (-Dbench.damaged.show=KIND). */
    private static void show(DamagedPairs.Pair p, Alignment a, List<GoldLinks.L> links, String how) {
        System.out.println("== " + p.name() + how);
        for (int x = 0; x < links.size(); x++) {
            GoldLinks.L g = links.get(x);
            boolean right = p.gold().stream().anyMatch(y -> Arrays.equals(y.s(), g.s()) && Arrays.equals(y.t(), g.t()));
            if (!right) {
                Link l = a.links().get(x);
                System.out.printf(Locale.ROOT, "  WRONG %s conf %.2f | %s | %s%n", l.format(), l.confidence(),
                        a.sourceText(l), a.targetText(l));
            }
        }
        for (GoldLinks.L g : p.gold()) {
            if (links.stream().noneMatch(y -> Arrays.equals(y.s(), g.s()) && Arrays.equals(y.t(), g.t()))) {
                System.out.println("  MISSED " + Arrays.toString(g.s()) + ":" + Arrays.toString(g.t()));
            }
        }
    }

    /** How well confidences separate right links from wrong ones: the figures behind --strict and review. */
    static void separation(List<Rated> rated, String how, PrintStream out) {
        double threshold = Link.WEAK_BELOW;
        long kept = rated.stream().filter(r -> r.confidence() >= threshold).count();
        long keptRight = rated.stream().filter(r -> r.confidence() >= threshold && r.right()).count();
        long wrong = rated.stream().filter(r -> !r.right()).count();
        long wrongFlagged = rated.stream().filter(r -> !r.right() && r.confidence() < threshold).count();
        long right = rated.size() - wrong;
        long rightFlagged = rated.stream().filter(r -> r.right() && r.confidence() < threshold).count();
        out.printf(Locale.ROOT, "%-12s confidence: %d links, %d wrong; kept by --strict (>= %.1f): %d, precision %.3f;"
                        + " wrong links flagged for review: %d of %d (%.3f); right links flagged: %d of %d (%.3f); AUC %.3f%n",
                how, rated.size(), wrong, threshold, kept, kept == 0 ? 0 : (double) keptRight / kept, wrongFlagged, wrong,
                wrong == 0 ? 0 : (double) wrongFlagged / wrong, rightFlagged, right,
                right == 0 ? 0 : (double) rightFlagged / right, auc(rated));
        out.printf(Locale.ROOT, "%-12s ranking: precision of all links %.3f; of the top 90%% by confidence %.3f, top 80%% %.3f;"
                        + " wrong links among the bottom 10%%: %d of %d%n", how, top(rated, 1.0), top(rated, 0.9),
                top(rated, 0.8), bottomWrong(rated, 0.1), wrong);
    }

    /** The share of right links among the {@code share} of links rated highest (ties broken against them). */
    static double top(List<Rated> rated, double share) {
        List<Rated> sorted = new ArrayList<>(rated);
        // wrong before right among equal confidences: a tie gives no credit
        sorted.sort((a, b) -> a.confidence() != b.confidence() ? Double.compare(b.confidence(), a.confidence())
                : Boolean.compare(a.right(), b.right()));
        int n = (int) Math.ceil(share * sorted.size());
        return n == 0 ? Double.NaN : sorted.subList(0, n).stream().filter(Rated::right).count() / (double) n;
    }

    /** How many wrong links are among the {@code share} of links rated lowest. */
    static long bottomWrong(List<Rated> rated, double share) {
        return wrongIn(rated, (int) Math.ceil(share * rated.size()));
    }

    private static long wrongIn(List<Rated> rated, int lowest) {
        List<Rated> sorted = new ArrayList<>(rated);
        sorted.sort((a, b) -> a.confidence() != b.confidence() ? Double.compare(a.confidence(), b.confidence())
                : Boolean.compare(b.right(), a.right()));
        return sorted.subList(0, Math.min(lowest, sorted.size())).stream().filter(r -> !r.right()).count();
    }

    /** The probability that a right link is rated above a wrong one (ties count half). */
    static double auc(List<Rated> rated) {
        List<Double> r = rated.stream().filter(Rated::right).map(Rated::confidence).sorted().toList();
        List<Double> w = rated.stream().filter(x -> !x.right()).map(Rated::confidence).sorted().toList();
        if (r.isEmpty() || w.isEmpty()) {
            return Double.NaN;
        }
        double sum = 0;
        for (double x : r) {
            for (double y : w) {
                sum += x > y ? 1 : x == y ? 0.5 : 0;
            }
        }
        return sum / ((double) r.size() * w.size());
    }
}
