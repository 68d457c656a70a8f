package org.tmsh.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
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

    private static final long FULL_MATRIX_CELLS = 250_000L;
    /** Documents of this many segments a side or more are searched from both ends at once, on two threads. */
    private static final int SPLIT_ROWS = 2_000;

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
    private final LinkCalibration calibration;

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
        this(settings, keys, boilerplate, costs, names, lexicon, learn, use, vocabulary, LinkCalibration.standard());
    }

    private Aligner(AlignerSettings settings, SpellingKey keys, Boilerplate boilerplate,
                    List<Function<AlignerSettings, BeadCost>> costs, NameConcepts names, Lexicon lexicon, boolean learn,
                    VocabularyUse use, Supplier<Loaded> vocabulary, LinkCalibration calibration) {
        this.calibration = calibration;
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
        return new Aligner(settings, keys, boilerplate, costs, names, lexicon, learn, use, vocabulary, calibration);
    }

    /** This aligner, also rewarding the word pairs of {@code lexicon} (see {@link LexicalCost}). */
    public Aligner withLexicon(Lexicon lexicon) {
        return new Aligner(settings, keys, boilerplate, costs, names, lexicon, learn, use, null, calibration);
    }

    /** This aligner, learning word pairs from a first pass over the documents and aligning again. */
    public Aligner withLearning(boolean learn) {
        return new Aligner(settings, keys, boilerplate, costs, names, lexicon, learn, use, null, calibration);
    }

    /**
     * This aligner with the lexicon, learning and vocabulary report that {@code vocabulary} makes
     * (reading dictionaries, a memory), made on a thread of its own while the first pass runs,
     * which needs no lexicon; an error in it is thrown by {@link #alignAll} as it is.
     */
    Aligner withVocabulary(Supplier<Loaded> vocabulary) {
        return new Aligner(settings, keys, boilerplate, costs, names, Lexicon.EMPTY, false, VocabularyUse.NONE,
                vocabulary, calibration);
    }

    /**
     * This aligner, its links' confidences given by {@code calibration} (the fitting of the
     * standard calibration records the features through this).
     */
    Aligner withCalibration(LinkCalibration calibration) {
        return new Aligner(settings, keys, boilerplate, costs, names, lexicon, learn, use, vocabulary, calibration);
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
                : CompletableFuture.supplyAsync(vocabulary, onThread("tmsh-vocabulary"));
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
        // a folder: lines on several pages of one side are the site's furniture
        Set<String> srcSite = SITE_LINES && pairs.size() > 1
                ? Boilerplate.siteLines(pairs.stream().map(x -> x[0].texts()).toList()) : Set.of();
        Set<String> tgtSite = SITE_LINES && pairs.size() > 1
                ? Boilerplate.siteLines(pairs.stream().map(x -> x[1].texts()).toList()) : Set.of();
        List<Pass> passes = pairs.parallelStream().map(pair -> {
            Pass pass = new Pass(pair[0], pair[1], lexical, srcSite, tgtSite);
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

    /** Names the search that starts now on the bar (each search reports its rows from 0% again). */
    private static void phase(Progress progress, String name) {
        if (progress != null) {
            progress.phase(name);
        }
    }

    /**
     * The alignment that {@code links} make of the two documents, each link's confidence as this
     * aligner rates its own links (the same features and calibration, its word pairs measured on
     * these links): how a links file written earlier, and perhaps edited, is read back for review.
     */
    public Alignment rescore(Segments src, Segments tgt, List<Link> links) {
        Loaded v = vocabulary == null ? new Loaded(lexicon, learn, use) : vocabulary.get();
        boolean lexical = learn || !lexicon.isEmpty() || vocabulary != null;
        Pass pass = new Pass(src, tgt, lexical);
        pass.prepare();
        pass.p.ratio = initialRatio(pass.p);
        pass.p.ratio = refinedRatio(pass.p, links);
        Lexicon all = v.lexicon();
        VocabularyUse used = v.use();
        if (v.learn()) {
            CooccurrenceLearner learner = new CooccurrenceLearner(settings.learnMinCount(), settings.learnMinDice());
            learner.add(links, pass.srcForms, pass.tgtForms, settings.learnConfidence());
            all = v.lexicon().withGapsFilledBy(learner.lexicon());
            used = used.withSecondPass(all.size() - v.lexicon().size());
        }
        if (lexical && !all.isEmpty()) {
            LexicalEvidence ev = LexicalEvidence.of(pass.srcForms, pass.tgtForms, all,
                    LexicalEvidence.DEFAULT_COVERAGE, LexicalEvidence.DEFAULT_COVERAGE);
            pass.p.lexical = ev == null ? null : ev.remeasured(links);
            pass.prepare();
        }
        pass.links = links;
        pass.rescoring = true;
        return pass.result(used);
    }

    /** Runs each task on a new daemon thread called {@code name} (work that must not wait for a shared pool). */
    static Executor onThread(String name) {
        return task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.start();
        };
    }

    /** The value of {@code f}, its failure thrown as it was thrown. */
    static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            Failures.rethrowUnchecked(e.getCause());
            throw e;
        }
    }

    /**
     * Whether lines are also found furniture by their words ({@link FurnitureWords}); the system
     * property {@code tmsh.align.furnitureWords=false} turns it off, so old and new can take turns.
     */
    private static boolean furnitureWords() {
        return !"false".equals(System.getProperty("tmsh.align.furnitureWords"));
    }

    /**
     * Whether lines repeated across the documents of a folder are furniture ({@link Boilerplate#siteLines});
     * the system property {@code tmsh.align.siteLines=false} turns it off, so old and new can take turns.
     */
    private static final boolean SITE_LINES = !"false".equals(System.getProperty("tmsh.align.siteLines"));

    /**
     * Whether short lines at the page's edges are furniture ({@link Boilerplate#edges}); the system
     * property {@code tmsh.align.edges=false} turns it off, so old and new can take turns.
     */
    private static final boolean EDGES = !"false".equals(System.getProperty("tmsh.align.edges"));

    /** Documents of fewer segments a side are read on one thread. */
    private static final int SIDE_THREAD_SEGMENTS = 500;

    /** What the costs need of one side, found apart from the other side. */
    private final class Side {
        final boolean[] boiler;
        final boolean[] open;
        final boolean[] menu;
        final List<List<String>> anchorKeys;
        final List<List<String>> nameKeys;
        final List<List<String>> forms;

        Side(Segments doc, Anchors anchors, boolean lexical, Set<String> siteLines) {
            String lang = Languages.primary(doc.lang());
            List<String> texts = doc.texts();
            boiler = boilerplate.flags(texts, lang);
            open = openEnds.flags(texts, lang);
            menu = Boilerplate.menus(texts);
            // furniture in full sentences: boilerplate that links only on evidence, like a menu
            boolean[] words = furnitureWords() ? FurnitureWords.standard().flags(texts, lang) : new boolean[texts.size()];
            boolean[] furniture = new boolean[texts.size()];
            for (int k = 0; k < texts.size(); k++) {
                boiler[k] |= words[k];
                menu[k] |= words[k];
                furniture[k] = words[k] || boilerplate.matches(texts.get(k), lang);
                // the site's own lines, in other documents of the folder too: furniture that links on evidence only
                if (Boilerplate.isSiteLine(siteLines, texts.get(k))) {
                    boiler[k] = true;
                    menu[k] = true;
                    furniture[k] = true;
                }
            }
            if (EDGES) {
                // short lines above the headline and below the article are furniture; the headline is text
                boolean[] edge = Boilerplate.edges(texts, furniture);
                for (int k = 0; k < edge.length; k++) {
                    boiler[k] |= edge[k];
                    menu[k] |= edge[k];
                }
                int headline = Boilerplate.headline(texts, furniture);
                if (headline >= 0) {
                    boiler[headline] = false;
                    menu[headline] = false;
                }
            }
            anchorKeys = texts.stream().map(x -> anchors.keys(x, lang)).toList();
            nameKeys = texts.stream().map(x -> anchors.nameKeys(x, lang)).toList();
            WordForms wf = lexical ? WordForms.of(lang) : null;
            forms = lexical ? texts.stream().map(wf::forms).toList() : null;
        }
    }

    /** One document pair through the passes. */
    private final class Pass {
        final Segments src;
        final Segments tgt;
        final Problem p;
        final List<BeadCost> components = new ArrayList<>();
        /** Components of their own for the other thread of a search in two directions (they keep per-row caches). */
        final List<BeadCost> twin = new ArrayList<>();
        List<List<String>> srcForms;
        List<List<String>> tgtForms;
        List<Link> links;
        /** Whether the links are given (a links file read back): rated as they are, no crossing links added. */
        boolean rescoring;

        Pass(Segments src, Segments tgt, boolean lexical) {
            this(src, tgt, lexical, Set.of(), Set.of());
        }

        Pass(Segments src, Segments tgt, boolean lexical, Set<String> srcSite, Set<String> tgtSite) {
            this.src = src;
            this.tgt = tgt;
            Anchors anchors = new Anchors(keys, names);
            // the two sides are read at once, the source on a thread of its own (long documents only)
            Supplier<Side> source = () -> new Side(src, anchors, lexical, srcSite);
            CompletableFuture<Side> s = src.texts().size() < SIDE_THREAD_SEGMENTS
                    ? CompletableFuture.completedFuture(source.get())
                    : CompletableFuture.supplyAsync(source, onThread("tmsh-align-side"));
            Side t = new Side(tgt, anchors, lexical, tgtSite);
            Side sd = join(s);
            // ids in the order of a reading of the source, then of the target
            int[][] sa = sd.anchorKeys.stream().map(anchors::ids).toArray(int[][]::new);
            int[][] ta = t.anchorKeys.stream().map(anchors::ids).toArray(int[][]::new);
            anchors.computeWeights(sa, ta, settings.numberWeight(), settings.wordWeight(), settings.cognateWeight());
            p = new Problem(lengths(src.texts()), lengths(tgt.texts()), sa, ta, sd.boiler, t.boiler,
                    src.paragraphs(), tgt.paragraphs(), anchors);
            p.srcOpen = sd.open;
            p.tgtOpen = t.open;
            p.srcMenu = sd.menu;
            p.tgtMenu = t.menu;
            p.srcNames = sd.nameKeys.stream().map(anchors::ids).toArray(int[][]::new);
            p.tgtNames = t.nameKeys.stream().map(anchors::ids).toArray(int[][]::new);
            srcForms = sd.forms;
            tgtForms = t.forms;
            for (Function<AlignerSettings, BeadCost> f : costs) {
                components.add(f.apply(settings));
                twin.add(f.apply(settings));
            }
        }

        void first(Progress progress) {
            prepare();
            p.ratio = initialRatio(p);
            phase(progress, "pass 1");
            links = search(p, components, twin, progress, null);
            double refined = refinedRatio(p, links);
            if (Math.abs(refined - p.ratio) / p.ratio > 0.03) {
                p.ratio = refined;
                phase(progress, "pass 1 again, with the length ratio it measured");
                links = search(p, components, twin, progress, links);
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
            phase(progress, "pass 2, with the word pairs");
            links = search(p, components, twin, progress, links);
        }

        private void prepare() {
            for (BeadCost bc : components) {
                bc.prepare(p);
            }
            if (twoWays(p)) {
                for (BeadCost bc : twin) {
                    bc.prepare(p);
                }
            }
        }

        Alignment result(VocabularyUse report) {
            if (!rescoring) {
                links = new CrossingLinks(settings.crossing()).add(p, components, links);
            }
            LinkFeatures.Calibrated c = LinkFeatures.calibrated(p, components, links, calibration);
            return new Alignment(src.texts(), tgt.texts(), c.links(), p.srcBoiler, p.tgtBoiler, report, c.translation());
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

    /** Whether {@code p} is searched from both ends at once (its second thread uses the pass's twin components). */
    private static boolean twoWays(Problem p) {
        return p.n >= SPLIT_ROWS && p.m >= SPLIT_ROWS;
    }

    /**
     * The best path, searched in a band around the diagonal, or, given the links of an earlier
     * search ({@code near}), in a narrower band around their path; a band the path comes near the
     * edge of is doubled and searched again. Documents of {@link #SPLIT_ROWS} segments a side or more
     * are searched from both ends at once, {@code twin} (components of their own, prepared for
     * {@code p}) serving the second thread.
     */
    private List<Link> search(Problem p, List<BeadCost> costs, List<BeadCost> twin, Progress progress,
                              List<Link> near) {
        int n = p.n;
        int m = p.m;
        boolean full = (long) (n + 1) * (m + 1) <= FULL_MATRIX_CELLS;
        boolean both = twoWays(p);
        int w = full ? Math.max(n, m) + 1 : near != null ? settings.pathBand() : settings.band();
        while (true) {
            Band band = full || near == null ? new Band(n, m, w) : Band.around(n, m, w, near);
            List<Link> links = both ? BandSearch.twoWays(p, costs, twin, band, progress)
                    : BandSearch.oneWay(p, costs, band, progress);
            if (band.covers() || !band.touchedBy(links)) {
                return links;
            }
            phase(progress, "a wider search band");
            w *= 2;
        }
    }
}
