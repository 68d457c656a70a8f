package org.tmsh.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import org.tmsh.common.Failures;
import org.tmsh.common.Languages;
import org.tmsh.common.Progress;
import org.tmsh.names.SpellingKey;
import org.tmsh.segment.Segments;

/**
 * tmsh's sentence aligner: dynamic programming over bead shapes (1-1, 1-0, 0-1, 2-1, 1-2, 2-2,
 * 3-1, 1-3, 4-1, 1-4, 3-2, 2-3) whose cost sums Gale-Church length, lexical anchors (numbers,
 * names across transliterations, cognates), known word translations and a shape prior that knows boilerplate and paragraphs.
 *
 * <p>The search is banded around the diagonal for long documents and widened (doubled) whenever
 * the best path comes near the band's edge, so time and memory grow about linearly with length.
 * The length ratio is estimated from the documents, then re-estimated from the first alignment.
 *
 * <p>The costs are a list of components made fresh for each document pair ({@link #standardCosts}),
 * so one instance may align several pairs at once. With a {@link Lexicon} or learning, a second
 * pass adds the lexical evidence, weighed by the coverage measured on the first pass's links.
 */
public final class Aligner {

    private static final int[][] BEADS = {
            {1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}, {4, 1}, {1, 4}, {3, 2}, {2, 3}};
    private static final long FULL_MATRIX_CELLS = 250_000L;

    private final AlignerSettings settings;
    private final SpellingKey keys;
    private final Boilerplate boilerplate;
    private final OpenEnds openEnds = OpenEnds.standard();
    private final List<Function<AlignerSettings, BeadCost>> costs;
    private final NameConcepts names;
    private final Lexicon lexicon;
    private final boolean learn;
    private final VocabularyUse use;
    private final Supplier<Loaded> vocabulary;

    /** A vocabulary made ready: its lexicon, whether to learn more, and where its pairs came from. */
    record Loaded(Lexicon lexicon, boolean learn, VocabularyUse use) {
    }

    public Aligner(AlignerSettings settings, SpellingKey keys, Boilerplate boilerplate) {
        this(settings, keys, boilerplate, standardCosts(), NameConcepts.NONE, Lexicon.EMPTY, false, VocabularyUse.NONE,
                null);
    }

    /**
     * An aligner summing the given costs (each made from the settings, fresh for every document
     * pair), anchoring also on glossary {@code names}, rewarding the word pairs of {@code lexicon},
     * and, when {@code learn}, learning more pairs from a first pass before a second.
     */
    Aligner(AlignerSettings settings, SpellingKey keys, Boilerplate boilerplate,
            List<Function<AlignerSettings, BeadCost>> costs, NameConcepts names, Lexicon lexicon, boolean learn,
            VocabularyUse use, Supplier<Loaded> vocabulary) {
        this.settings = settings;
        this.keys = keys;
        this.boilerplate = boilerplate;
        this.costs = List.copyOf(costs);
        this.names = names;
        this.lexicon = lexicon;
        this.learn = learn;
        this.use = use;
        this.vocabulary = vocabulary;
    }

    /** The cost components of tmsh's aligner: length, anchors, lexicon, shape prior. */
    static List<Function<AlignerSettings, BeadCost>> standardCosts() {
        return List.of(s -> new AnchorCost(s.lexicalScale(), s.numberMismatch()),
                s -> new LexicalCost(s.lexicalWeight()),
                PriorCost::new,
                s -> new LengthCost(s.lengthVariance()));
    }

    /** This aligner, also anchoring on the glossary names found in segments. */
    public Aligner withNames(NameConcepts names) {
        return new Aligner(settings, keys, boilerplate, costs, names, lexicon, learn, use, vocabulary);
    }

    /** This aligner, also rewarding the word pairs of {@code lexicon} (see {@link LexicalCost}). */
    public Aligner withLexicon(Lexicon lexicon) {
        return new Aligner(settings, keys, boilerplate, costs, names, lexicon, learn, use, null);
    }

    /** This aligner, learning word pairs from a first pass over the documents and aligning again. */
    public Aligner withLearning(boolean learn) {
        return new Aligner(settings, keys, boilerplate, costs, names, lexicon, learn, use, null);
    }

    /**
     * This aligner with the lexicon, learning and vocabulary report that {@code vocabulary} makes
     * (reading dictionaries, a memory), made on a thread of its own while the first pass runs,
     * which needs no lexicon; an error in it is thrown by {@link #alignAll} as it is.
     */
    Aligner withVocabulary(Supplier<Loaded> vocabulary) {
        return new Aligner(settings, keys, boilerplate, costs, names, Lexicon.EMPTY, false, VocabularyUse.NONE,
                vocabulary);
    }

    AlignerSettings settings() {
        return settings;
    }

    public static Aligner standard() {
        return new Aligner(AlignerSettings.defaults(), SpellingKey.standard(), Boilerplate.standard());
    }

    public Alignment align(Segments src, Segments tgt) {
        return align(src, tgt, null);
    }

    /** Aligns two segmented documents; {@code progress} (may be null) gets rows done out of rows. */
    public Alignment align(Segments src, Segments tgt, Progress progress) {
        List<Segments[]> one = new ArrayList<>();
        one.add(new Segments[] {src, tgt});
        return alignAll(one, progress).get(0);
    }

    /**
     * Aligns several document pairs ({source, target} each) as one collection: word pairs are
     * learned (when learning) from the first pass of all of them, then each is aligned again.
     * Pairs are aligned in parallel; {@code progress} gets rows of the one pair, or passes done of
     * several.
     */
    public List<Alignment> alignAll(List<Segments[]> pairs, Progress progress) {
        CompletableFuture<Loaded> loading = vocabulary == null ? null
                : CompletableFuture.supplyAsync(vocabulary, task -> {
                    Thread t = new Thread(task, "tmsh-vocabulary");
                    t.setDaemon(true);
                    t.start();
                });
        boolean lexical = learn || !lexicon.isEmpty() || loading != null;
        boolean single = pairs.size() == 1;
        Progress rows = single ? progress : null;
        AtomicInteger done = new AtomicInteger();
        int steps = pairs.size() * (lexical ? 2 : 1);
        Runnable step = () -> {
            int d = done.incrementAndGet();
            if (!single && progress != null) {
                synchronized (progress) {
                    progress.update(d, steps);
                }
            }
        };
        List<Pass> passes = pairs.parallelStream().map(pair -> {
            Pass pass = new Pass(pair[0], pair[1], lexical);
            pass.first(rows);
            step.run();
            return pass;
        }).toList();
        Loaded v = loading == null ? new Loaded(lexicon, learn, use) : join(loading);
        Lexicon all = v.lexicon();
        VocabularyUse used = v.use();
        if (v.learn()) {
            CooccurrenceLearner learner = new CooccurrenceLearner(settings.learnMinCount(), settings.learnMinDice());
            for (Pass pass : passes) {
                learner.add(pass.links, pass.srcForms, pass.tgtForms, settings.learnConfidence());
            }
            all = v.lexicon().withGapsFilledBy(learner.lexicon());
            used = used.withSecondPass(all.size() - v.lexicon().size());
        }
        Lexicon second = all;
        VocabularyUse report = used;
        // no pair known, none learned: the second pass would repeat the first
        boolean again = lexical && !all.isEmpty();
        return passes.parallelStream().map(pass -> {
            if (again) {
                pass.second(second, rows);
            }
            if (lexical) {
                step.run();
            }
            return pass.result(report);
        }).toList();
    }

    /** Documents of fewer segments a side are searched again in one piece. */
    private static final int SPLIT_ROWS = 2_000;

    /**
     * The index of the sure (confidence 0.9 or more) 1-1 link nearest the middle row, within the
     * middle third, or -1.
     */
    private static int splitAfter(List<Link> links, int n) {
        int best = -1;
        long bestDistance = Long.MAX_VALUE;
        int i = 0;
        for (int k = 0; k < links.size() - 1; k++) {
            Link l = links.get(k);
            i += l.source().length;
            long d = Math.abs(2L * i - n);
            if (l.source().length == 1 && l.target().length == 1 && l.confidence() >= 0.9 && 3 * d <= n
                    && d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The value of {@code f}, its failure thrown as it was thrown. */
    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            Failures.rethrowUnchecked(e.getCause());
            throw e;
        }
    }

    /** One document pair through the passes. */
    private final class Pass {
        final Segments src;
        final Segments tgt;
        final Problem p;
        final List<BeadCost> components = new ArrayList<>();
        List<List<String>> srcForms;
        List<List<String>> tgtForms;
        List<Link> links;

        Pass(Segments src, Segments tgt, boolean lexical) {
            this.src = src;
            this.tgt = tgt;
            String sl = Languages.primary(src.lang());
            String tl = Languages.primary(tgt.lang());
            boolean[] sb = boilerplate.flags(src.texts(), sl);
            boolean[] tb = boilerplate.flags(tgt.texts(), tl);
            Anchors anchors = new Anchors(keys, names);
            int[][] sa = src.texts().stream().map(s -> anchors.extract(s, sl)).toArray(int[][]::new);
            int[][] ta = tgt.texts().stream().map(s -> anchors.extract(s, tl)).toArray(int[][]::new);
            anchors.computeWeights(sa, ta, settings.numberWeight(), settings.wordWeight(), settings.cognateWeight());
            p = new Problem(lengths(src.texts()), lengths(tgt.texts()), sa, ta, sb, tb,
                    src.paragraphs(), tgt.paragraphs(), anchors);
            p.srcOpen = openEnds.flags(src.texts(), sl);
            p.tgtOpen = openEnds.flags(tgt.texts(), tl);
            if (lexical) {
                WordForms sf = WordForms.of(sl);
                WordForms tf = WordForms.of(tl);
                srcForms = src.texts().stream().map(sf::forms).toList();
                tgtForms = tgt.texts().stream().map(tf::forms).toList();
            }
            for (Function<AlignerSettings, BeadCost> f : costs) {
                components.add(f.apply(settings));
            }
        }

        void first(Progress progress) {
            prepare();
            p.ratio = initialRatio(p);
            links = search(p, components, progress, null);
            double refined = refinedRatio(p, links);
            if (Math.abs(refined - p.ratio) / p.ratio > 0.03) {
                p.ratio = refined;
                links = splitSearch(p, components, progress, links);
            }
        }

        /**
         * Aligns again with {@code lex}, its coverage measured on the first pass's links (the first
         * pass is without the lexicon: cheaper, and its links do not flatter the lexicon's coverage).
         */
        void second(Lexicon lex, Progress progress) {
            LexicalEvidence ev = LexicalEvidence.of(srcForms, tgtForms, lex,
                    LexicalEvidence.DEFAULT_COVERAGE, LexicalEvidence.DEFAULT_COVERAGE);
            p.lexical = ev == null ? null : ev.remeasured(links);
            prepare();
            links = splitSearch(p, components, progress, links);
        }

        /**
         * A search around an earlier path (the first pass's again with a refined length ratio, the
         * second pass), in two halves on two threads when the documents are long: the path is cut
         * after a sure 1-1 link of the earlier path near the middle, which a search in a narrow band
         * around that path keeps; the top half gets cost components of its own, since they keep
         * per-row caches.
         */
        private List<Link> splitSearch(Problem p, List<BeadCost> comps, Progress progress, List<Link> near) {
            int k = p.n < SPLIT_ROWS || p.m < SPLIT_ROWS ? -1 : splitAfter(near, p.n);
            if (k < 0) {
                return search(p, comps, progress, near);
            }
            int i0 = 0;
            int j0 = 0;
            for (int x = 0; x <= k; x++) {
                i0 += near.get(x).source().length;
                j0 += near.get(x).target().length;
            }
            List<BeadCost> own = new ArrayList<>();
            for (Function<AlignerSettings, BeadCost> f : costs) {
                BeadCost bc = f.apply(settings);
                bc.prepare(p);
                own.add(bc);
            }
            int ci = i0;
            int cj = j0;
            List<Link> topNear = near.subList(0, k + 1);
            List<Link> bottomNear = near.subList(k + 1, near.size());
            CompletableFuture<List<Link>> top = CompletableFuture.supplyAsync(
                    () -> search(p, own, null, topNear, 0, 0, ci, cj), task -> {
                        Thread t = new Thread(task, "tmsh-align-half");
                        t.setDaemon(true);
                        t.start();
                    });
            List<Link> bottom = search(p, comps, progress, bottomNear, ci, cj, p.n, p.m);
            List<Link> all = new ArrayList<>(join(top));
            all.addAll(bottom);
            return all;
        }

        private void prepare() {
            for (BeadCost bc : components) {
                bc.prepare(p);
            }
        }

        Alignment result(VocabularyUse report) {
            return new Alignment(src.texts(), tgt.texts(), links, p.srcBoiler, p.tgtBoiler, report);
        }
    }

    private static int[] lengths(List<String> texts) {
        return texts.stream().mapToInt(s -> s.codePointCount(0, s.length())).toArray();
    }

    private double initialRatio(Problem p) {
        double s = 0;
        double t = 0;
        for (int i = 0; i < p.n; i++) {
            if (!p.srcBoiler[i]) {
                s += p.srcLength(i, 1);
            }
        }
        for (int j = 0; j < p.m; j++) {
            if (!p.tgtBoiler[j]) {
                t += p.tgtLength(j, 1);
            }
        }
        if (s == 0 || t == 0) {
            return 1.0;
        }
        return clamp(t / s);
    }

    private double refinedRatio(Problem p, List<Link> links) {
        double s = 0;
        double t = 0;
        int count = 0;
        for (Link l : links) {
            if (l.source().length == 1 && l.target().length == 1
                    && !p.srcBoiler[l.source()[0]] && !p.tgtBoiler[l.target()[0]]) {
                s += p.srcLength(l.source()[0], 1);
                t += p.tgtLength(l.target()[0], 1);
                count++;
            }
        }
        return count < 5 || s == 0 ? p.ratio : clamp(t / s);
    }

    private double clamp(double r) {
        return Math.max(settings.ratioMin(), Math.min(settings.ratioMax(), r));
    }

    /**
     * The best path, searched in a band around the diagonal, or, given the links of an earlier
     * search ({@code near}), in a narrower band around their path; a band the path comes near the
     * edge of is doubled and searched again.
     */
    private List<Link> search(Problem p, List<BeadCost> costs, Progress progress, List<Link> near) {
        return search(p, costs, progress, near, 0, 0, p.n, p.m);
    }

    /**
     * {@link #search(Problem, List, Progress, List)} from cell ({@code i0}, {@code j0}) to cell
     * ({@code i1}, {@code j1}); {@code near}, when given, is the earlier path between them.
     */
    private List<Link> search(Problem p, List<BeadCost> costs, Progress progress, List<Link> near, int i0, int j0,
                              int i1, int j1) {
        int n = p.n;
        int m = p.m;
        boolean full = (long) (n + 1) * (m + 1) <= FULL_MATRIX_CELLS;
        int w = full ? Math.max(n, m) + 1 : near != null ? settings.pathBand() : settings.band();
        while (true) {
            Band band = (full || near == null ? new Band(n, m, w) : Band.around(n, m, w, near, i0, j0))
                    .clip(i0, j0, i1, j1);
            List<Link> links = dp(p, costs, band, progress);
            if (band.covers() || !touchesEdge(links, band)) {
                return links;
            }
            w *= 2;
        }
    }

    /**
     * The cells searched: for row i, columns lo[i]..hi[i] around the diagonal, from cell (i0, j0)
     * to cell (i1, j1) (the whole problem unless {@link #clip}ped).
     */
    private static final class Band {
        final int[] lo;
        final int[] hi;
        final int m;
        int i0;
        int j0;
        int i1;
        int j1;

        Band(int n, int m, int w) {
            this.m = m;
            this.i1 = n;
            this.j1 = m;
            lo = new int[n + 1];
            hi = new int[n + 1];
            for (int i = 0; i <= n; i++) {
                long center = n == 0 ? 0 : (long) i * m / n;
                lo[i] = (int) Math.max(0, center - w);
                hi[i] = (int) Math.min(m, center + w);
            }
            lo[0] = 0;
            hi[n] = m;
        }

        private Band(int[] lo, int[] hi, int m) {
            this.lo = lo;
            this.hi = hi;
            this.m = m;
            this.i1 = lo.length - 1;
            this.j1 = m;
        }

        /**
         * The cells within {@code w} columns of the path of {@code links}, which starts at cell
         * ({@code i}, {@code j}) (all its columns on a row).
         */
        static Band around(int n, int m, int w, List<Link> links, int i, int j) {
            int[] min = new int[n + 1];
            int[] max = new int[n + 1];
            Arrays.fill(min, Integer.MAX_VALUE);
            Arrays.fill(max, -1);
            int first = i;
            int last = i;
            for (Link l : links) {
                int di = l.source().length;
                int dj = l.target().length;
                for (int k = 0; k <= di; k++) {
                    int r = i + k;
                    int c = j + (di == 0 ? 0 : k * dj / di);
                    min[r] = Math.min(min[r], di == 0 ? j : c);
                    max[r] = Math.max(max[r], di == 0 ? j + dj : c);
                }
                i += di;
                j += dj;
            }
            last = i;
            int[] lo = new int[n + 1];
            int[] hi = new int[n + 1];
            for (int r = 0; r <= n; r++) {
                // rows the path does not reach keep the band of the nearest row it does
                int q = Math.max(first, Math.min(last, r));
                lo[r] = Math.max(0, min[q] - w);
                hi[r] = Math.min(m, max[q] + w);
            }
            for (int r = 1; r <= n; r++) {
                lo[r] = Math.max(lo[r], lo[r - 1]);
            }
            for (int r = n - 1; r >= 0; r--) {
                hi[r] = Math.min(hi[r], hi[r + 1]);
            }
            lo[0] = 0;
            hi[n] = m;
            return new Band(lo, hi, m);
        }

        /** This band from cell ({@code a}, {@code b}) to cell ({@code c}, {@code d}) only. */
        Band clip(int a, int b, int c, int d) {
            if (a == 0 && b == 0 && c == lo.length - 1 && d == m) {
                return this;
            }
            int[] l = lo.clone();
            int[] h = hi.clone();
            for (int r = a; r <= c; r++) {
                l[r] = Math.max(l[r], b);
                h[r] = Math.min(h[r], d);
            }
            l[a] = b;
            h[c] = d;
            for (int r = a + 1; r <= c; r++) {
                l[r] = Math.max(l[r], l[r - 1]);
            }
            for (int r = c - 1; r >= a; r--) {
                h[r] = Math.min(h[r], h[r + 1]);
            }
            Band out = new Band(l, h, m);
            out.i0 = a;
            out.j0 = b;
            out.i1 = c;
            out.j1 = d;
            return out;
        }

        boolean covers() {
            for (int i = i0; i <= i1; i++) {
                if (lo[i] > j0 || hi[i] < j1) {
                    return false;
                }
            }
            return true;
        }

        boolean inside(int i, int j) {
            return i >= i0 && j >= lo[i] && j <= hi[i];
        }
    }

    private static boolean touchesEdge(List<Link> links, Band band) {
        int i = band.i0;
        int j = band.j0;
        for (Link l : links) {
            i += l.source().length;
            j += l.target().length;
            if ((band.lo[i] > band.j0 && j - band.lo[i] < 3) || (band.hi[i] < band.j1 && band.hi[i] - j < 3)) {
                return true;
            }
        }
        return false;
    }

    private static List<Link> dp(Problem p, List<BeadCost> costs, Band band, Progress progress) {
        BeadCost[] comps = costs.stream().sorted((a, b) -> Boolean.compare(a.boundIsCost(), b.boundIsCost()))
                .toArray(BeadCost[]::new);
        int n = band.i1;
        float[][] cost = new float[n + 1][];
        byte[][] back = new byte[n + 1][];
        for (int i = band.i0; i <= n; i++) {
            int width = Math.max(0, band.hi[i] - band.lo[i] + 1);
            cost[i] = new float[width];
            back[i] = new byte[width];
            Arrays.fill(cost[i], Float.POSITIVE_INFINITY);
            Arrays.fill(back[i], (byte) -1);
            for (int j = band.lo[i]; j <= band.hi[i]; j++) {
                if (i == band.i0 && j == band.j0) {
                    cost[i][0] = 0;
                    continue;
                }
                float best = Float.POSITIVE_INFINITY;
                byte bestBead = -1;
                for (byte b = 0; b < BEADS.length; b++) {
                    int di = BEADS[b][0];
                    int dj = BEADS[b][1];
                    int pi = i - di;
                    int pj = j - dj;
                    if (pi < 0 || pj < 0 || !band.inside(pi, pj)) {
                        continue;
                    }
                    float prev = cost[pi][pj - band.lo[pi]];
                    if (prev == Float.POSITIVE_INFINITY) {
                        continue;
                    }
                    // bounds first (they may be negative), then the exact costs, which are never
                    // negative: a partial sum that reaches the best so far ends the bead early
                    double bound = 0;
                    double exact = 0;
                    boolean pruned = false;
                    for (BeadCost bc : comps) {
                        double v = bc.lowerBound(p, pi, di, pj, dj);
                        bound += v;
                        if (bc.boundIsCost()) {
                            exact += v;
                            if (prev + bound >= best) {
                                pruned = true;
                                break;
                            }
                        }
                    }
                    if (pruned || prev + bound >= best) {
                        continue;
                    }
                    for (BeadCost bc : comps) {
                        if (!bc.boundIsCost()) {
                            exact += bc.cost(p, pi, di, pj, dj);
                        }
                    }
                    float c = prev + (float) exact;
                    if (c < best) {
                        best = c;
                        bestBead = b;
                    }
                }
                cost[i][j - band.lo[i]] = best;
                back[i][j - band.lo[i]] = bestBead;
            }
            if (progress != null && (i % 256 == 0 || i == n)) {
                progress.update(i, n);
            }
        }
        List<Link> links = new ArrayList<>();
        int i = n;
        int j = band.j1;
        while (i > band.i0 || j > band.j0) {
            byte b = back[i][j - band.lo[i]];
            int di = BEADS[b][0];
            int dj = BEADS[b][1];
            int pi = i - di;
            int pj = j - dj;
            double c = beadCost(costs, p, pi, di, pj, dj);
            links.add(new Link(range(pi, di), range(pj, dj), c, confidence(p, pi, di, pj, dj, c)));
            i = pi;
            j = pj;
        }
        Collections.reverse(links);
        return links;
    }

    private static double beadCost(List<BeadCost> costs, Problem p, int i, int si, int j, int tj) {
        double c = 0;
        for (BeadCost bc : costs) {
            c += bc.cost(p, i, si, j, tj);
        }
        return c;
    }

    /**
     * A confidence in [0, 1] from the cost per segment: anchored pairs score near 1, pairs that
     * only the lengths support near 0.7, improbable ones low. Boilerplate left out is confident.
     */
    private static double confidence(Problem p, int i, int si, int j, int tj, double cost) {
        if (si == 0 || tj == 0) {
            boolean boiler = si == 0 ? p.tgtBoiler[j] : p.srcBoiler[i];
            return boiler ? 0.9 : 0.5;
        }
        double perSegment = cost / (si + tj);
        return 1.0 / (1.0 + Math.exp(1.5 * (perSegment - 1.0)));
    }

    private static int[] range(int from, int count) {
        int[] r = new int[count];
        for (int k = 0; k < count; k++) {
            r[k] = from + k;
        }
        return r;
    }
}
