package org.tmsh.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.tmsh.common.Failures;
import org.tmsh.document.DocumentSegments;
import org.tmsh.document.InlineText;
import org.tmsh.match.CodePlacement;
import org.tmsh.match.MatchRepair;
import org.tmsh.match.WordLinks;
import org.tmsh.match.Tokenizer;
import org.tmsh.memory.Match;
import org.tmsh.memory.SearchOptions;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.numbers.ValueDiff;
import org.tmsh.segment.SrxSegmenter;
import org.tmsh.terms.Glossary;

/**
 * Looks up a job's segments in a translation memory, in document order, and tells each segment's
 * band: the band of its best match, or {@link MatchBand#REPETITION} when the same text (with its
 * inline codes, whitespace runs made one space) already occurred earlier in the job, or
 * {@link MatchBand#REPAIRED} when its best fuzzy match could be repaired ({@link MatchRepair}, with the
 * glossary's names when one is given, numbers always). A best fuzzy match that was not repaired
 * carries how its numbers and dates differ from the segment's by value ({@link ValueDiff}), so that a
 * job never fills a target from it.
 *
 * <p>One instance is one job: repetitions are counted across all the files it reads.
 * {@link #each} looks segments up on several threads (the memory's search and the repair are
 * thread-safe) and hands them on in document order, so bands and repetitions are what a look-up one
 * segment after the other gives; a text met again reuses the first look-up's result.
 */
final class Leverage {

    /** Look-up threads of a job: one a core. */
    static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    /**
     * A segment with its matches (best first, at most {@code max}, each at least {@link MatchBand#LOWEST}),
     * and, for a best fuzzy match that was not repaired, how its numbers and dates differ from the
     * segment's ({@link ValueDiff}, segment first; empty when they agree).
     */
    record Looked(DocumentSegments.Item item, List<Match> matches, MatchBand band, int words,
                  Optional<MatchRepair.Repaired> repaired, List<ValueDiff.Difference> valueDifferences) {

        /** Best match score, 0 when there is none. */
        int best() {
            return matches.isEmpty() ? 0 : matches.get(0).score();
        }
    }

    /** What a look-up found for one text, before its band is known. */
    private record Found(List<Match> matches, Optional<MatchRepair.Repaired> repaired,
                         List<ValueDiff.Difference> valueDifferences) {
    }

    private final TranslationMemory tm;
    private final SearchOptions options;
    private final String srcLang;
    private final String tgtLang;
    private final SrxSegmenter segmenter;
    private final int max;
    private final int threads;
    private final Set<String> seen = new HashSet<>();
    private final MatchRepair repair;
    private final CodePlacement codes;

    Leverage(TranslationMemory tm, String srcLang, String tgtLang, SrxSegmenter segmenter, int max, Glossary names) {
        this(tm, srcLang, tgtLang, segmenter, max, names, THREADS);
    }

    Leverage(TranslationMemory tm, String srcLang, String tgtLang, SrxSegmenter segmenter, int max, Glossary names,
             int threads) {
        this(tm, srcLang, tgtLang, segmenter, max, names, threads, SearchOptions.NONE);
    }

    /**
     * As above, looking up among the units {@code options}' filter passes, with its penalties; every
     * segment of {@link #each} is looked up with its neighbours, so an exact match stored between the
     * same neighbours is a context match (101%, {@link MatchBand#CONTEXT}).
     */
    Leverage(TranslationMemory tm, String srcLang, String tgtLang, SrxSegmenter segmenter, int max, Glossary names,
             int threads, SearchOptions options) {
        this.options = options == null ? SearchOptions.NONE : options;
        MatchRepair.Names known = names == null ? MatchRepair.Names.NONE : new GlossaryNames(names);
        this.repair = new MatchRepair(Tokenizer.standard(), known);
        this.codes = new CodePlacement(new WordLinks(Tokenizer.standard(), known, dictionaryPairs(srcLang, tgtLang)));
        this.tm = tm;
        this.srcLang = srcLang;
        this.tgtLang = tgtLang;
        this.segmenter = segmenter;
        this.max = max;
        this.threads = Math.max(1, threads);
    }

    /**
     * The installed dictionaries' word pairs for placing codes, read when a code is first placed by
     * words (most documents never ask; the cache makes it quick when one does); none when the system
     * property {@value #DICTIONARY_PAIRS} is "none".
     */
    static WordLinks.WordPairs dictionaryPairs(String srcLang, String tgtLang) {
        if ("none".equals(System.getProperty(DICTIONARY_PAIRS))) {
            return WordLinks.WordPairs.NONE;
        }
        java.util.function.Supplier<java.util.function.BiPredicate<String, String>> pairs =
                org.tmsh.common.Lazy.of(() -> org.tmsh.align.Dictionaries.installedPairs(srcLang, tgtLang));
        return (s, t) -> pairs.get().test(s, t);
    }

    /** The system property that turns the dictionaries' word pairs off for code placement ("none"). */
    static final String DICTIONARY_PAIRS = "tmsh.codes.dictionary";

    /** How this job places a sentence's inline codes in a target made from a match (with the glossary's names). */
    CodePlacement codes() {
        return codes;
    }

    /** The segments of one document. */
    List<DocumentSegments.Item> segments(Path file) {
        return DocumentSegments.read(file, srcLang, segmenter);
    }

    /** Looks one segment up; a repetition is still looked up, so a pre-translation fills it too. */
    Looked look(DocumentSegments.Item item) {
        return looked(item, find(item.text(), null));
    }

    /** The neighbours of item {@code i}: the previous and next segment's text, "" at the document's edges. */
    private static SearchOptions.Context context(List<DocumentSegments.Item> items, int i) {
        return new SearchOptions.Context(i == 0 ? "" : items.get(i - 1).text(),
                i + 1 >= items.size() ? "" : items.get(i + 1).text());
    }

    /**
     * Looks {@code items} up, {@code threads} at a time, and gives each to {@code sink} in document
     * order on the calling thread; what {@link #look} gives one after the other.
     */
    void each(List<DocumentSegments.Item> items, Consumer<Looked> sink) {
        if (threads == 1 || items.size() < 2) {
            for (int i = 0; i < items.size(); i++) {
                sink.accept(looked(items.get(i), find(items.get(i).text(), context(items, i))));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tmsh-leverage");
            t.setDaemon(true);
            return t;
        });
        try {
            int window = threads * 16;
            // the same text between the same neighbours is looked up once
            Map<List<String>, Future<Found>> byText = new HashMap<>();
            List<Future<Found>> pending = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                while (pending.size() < items.size() && pending.size() - i < window) {
                    int at = pending.size();
                    String text = items.get(at).text();
                    SearchOptions.Context ctx = context(items, at);
                    pending.add(byText.computeIfAbsent(List.of(text, ctx.pre(), ctx.post()),
                            k -> pool.submit(() -> find(text, ctx))));
                }
                sink.accept(looked(items.get(i), result(pending.get(i))));
                pending.set(i, null);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Found result(Future<Found> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(Failures.rethrowUnchecked(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("look-up interrupted", e);
        }
    }

    private Found find(String text, SearchOptions.Context context) {
        List<Match> matches;
        try {
            SearchOptions o = context == null ? options : options.withContext(context.pre(), context.post());
            matches = tm.search(text, srcLang, tgtLang, MatchBand.LOWEST, max, o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // repair and the value check look at how the texts differ: the fuzzy score, before penalties
        int best = matches.isEmpty() ? 0 : Math.min(100, matches.get(0).fuzzy());
        Optional<MatchRepair.Repaired> repaired = best == 0 || best == 100 ? Optional.empty()
                : repair.repair(text, matches.get(0).source(), matches.get(0).target(), srcLang, tgtLang);
        List<ValueDiff.Difference> differ = best == 0 || best == 100 || repaired.isPresent() ? List.of()
                : ValueDiff.compare(InlineText.plain(text), srcLang, InlineText.plain(matches.get(0).source()), srcLang);
        return new Found(matches, repaired, differ);
    }

    private Looked looked(DocumentSegments.Item item, Found f) {
        int best = f.matches().isEmpty() ? 0 : f.matches().get(0).score();
        MatchBand band = !seen.add(item.text()) ? MatchBand.REPETITION
                : f.repaired().isPresent() ? MatchBand.REPAIRED : MatchBand.of(best);
        return new Looked(item, f.matches(), band, WordCount.of(item.plain()), f.repaired(), f.valueDifferences());
    }
}
