package org.tmsh.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.tmsh.match.FuzzyScorer;
import org.tmsh.match.Token;
import org.tmsh.match.Tokenizer;

/**
 * The exact second half of every look-up, whatever retrieved the candidates: each candidate gets
 * an upper bound of its score from its key hashes, and only those that can still enter the
 * results are tokenized and scored in full by {@link FuzzyScorer}. Keeps the best {@code max}.
 */
public final class Rescorer {

    /**
     * A retrieved unit: its rank in the retrieval (breaks ties), its key hashes (null if it lacks a
     * text in either language), texts and tuid; an index may read the texts only when asked.
     */
    public interface Candidate {
        float rank();

        int[] keys();

        String source();

        String target();

        String tuid();

        /** The unit's {@code <tu>}, read only when penalties or a context need its metadata; null if unknown. */
        default String xml() {
            return null;
        }

        /** The unit's id in its TM ({@link UnitRecord}), or null. */
        default String id() {
            return null;
        }
    }

    /** A candidate whose fields are at hand (a search engine returned them; {@code xml} when asked for). */
    public record Fetched(float rank, int[] keys, String source, String target, String tuid, String xml, String id)
            implements Candidate {

        public Fetched(float rank, int[] keys, String source, String target, String tuid, String xml) {
            this(rank, keys, source, target, tuid, xml, null);
        }

        public Fetched(float rank, int[] keys, String source, String target, String tuid) {
            this(rank, keys, source, target, tuid, null, null);
        }
    }

    private final Tokenizer tokenizer;
    private final String text;
    private final String src;
    private final String tgt;
    private final int min;
    private final int max;
    private final SearchOptions options;
    private final List<Token> tokens;
    private final List<String> keys = new ArrayList<>();
    private final int[] keyHashes;
    private final List<Match> best = new ArrayList<>();
    private int[] row = new int[64];

    public Rescorer(Tokenizer tokenizer, String text, String src, String tgt, int min, int max) {
        this(tokenizer, text, src, tgt, min, max, SearchOptions.NONE);
    }

    /**
     * A look-up with penalties and context ({@link SearchOptions}; its filter is the index's job): a
     * candidate's shown score is its fuzzy score (101 for an exact match in the same context) less its
     * penalties, and the results are the best by that score. Penalties only lower a score, so a
     * candidate's upper bound stays an upper bound (an exact one raised to 101 when a context is asked for).
     */
    public Rescorer(Tokenizer tokenizer, String text, String src, String tgt, int min, int max, SearchOptions options) {
        this.options = options == null ? SearchOptions.NONE : options;
        this.tokenizer = tokenizer;
        this.text = text;
        this.src = src;
        this.tgt = tgt;
        this.min = min;
        this.max = max;
        this.tokens = tokenizer.tokens(text);
        keys.addAll(Tokenizer.contentKeys(tokens));
        this.keyHashes = UnitKeys.hashes(keys);
        this.order = Comparator.comparingInt((Match m) -> -m.score())
                .thenComparingInt(m -> Math.abs(m.source().length() - text.length()))
                .thenComparing(Match::source)
                .thenComparing(m -> m.target() == null ? "" : m.target())
                .thenComparing(m -> m.tuid() == null ? "" : m.tuid());
    }

    /** The query's literal numbers as index terms ({@link UnitKeys#numberTerms}). */
    public List<String> numberTerms() {
        return UnitKeys.numberTerms(tokens);
    }

    /** The query's text, as given. */
    public String text() {
        return text;
    }

    /** The query's content-token keys. */
    public List<String> keys() {
        return keys;
    }

    /** The lowest score that can still enter the results. */
    public int bar() {
        return best.size() < max ? min : best.get(best.size() - 1).score() + 1;
    }

    /**
     * The order of the results: best score first; among equal scores, the source closest in length to
     * the text, then by source and target text. A total order, so that the order of the results does
     * not depend on the order the candidates came in: the embedded TM and Solr, which rank candidates
     * differently, list the same matches in the same order (before, equal scores kept the candidates'
     * order). At the cut, a match only as good as the last one does not replace it (scoring every
     * candidate whose bound only ties the last slowed look-ups down), so there the first found stays;
     * the results are put in this order once, when asked for.
     */
    private final Comparator<Match> order;
    /** While the results are collected: best score first, equal scores in the order found (as before). */
    private static final Comparator<Match> BY_SCORE = Comparator.comparingInt(m -> -m.score());

    /** The key hash of an inline tag, which indexes made before tags left the keys still hold. */
    private static final int TAG_KEY = Token.of(Token.Kind.TAG, "⟨1⟩", 0, 3).key().hashCode();

    /** An upper bound of a candidate's score, from its key hashes (tags, from older indexes, left out). */
    public int bound(int[] candidateKeys) {
        for (int k : candidateKeys) {
            if (k == TAG_KEY) {
                candidateKeys = java.util.Arrays.stream(candidateKeys).filter(h -> h != TAG_KEY).toArray();
                break;
            }
        }
        if (row.length < candidateKeys.length + 1) {
            row = new int[candidateKeys.length + 1];
        }
        return FuzzyScorer.baseScore(keyHashes, candidateKeys, row);
    }

    /** Scores the candidates, best bound first, stopping where no bound can reach the results. */
    public void check(List<? extends Candidate> candidates) {
        record Bounded(Candidate c, int bound) {
        }
        int bar = bar();
        List<Bounded> bounded = new ArrayList<>();
        for (Candidate c : candidates) {
            int[] k = c.keys();
            if (k == null) {
                continue;
            }
            int b = raised(bound(k));
            if (b >= bar) {
                bounded.add(new Bounded(c, b));
            }
        }
        bounded.sort(Comparator.comparingInt((Bounded b) -> -b.bound()).thenComparingDouble(b -> -b.c().rank()));
        for (Bounded b : bounded) {
            if (b.bound() < bar()) {
                break;
            }
            Candidate c = b.c();
            if (c.source() == null) {
                continue;
            }
            FuzzyScorer.Comparison cmp = FuzzyScorer.compare(text, tokens, c.source(), tokenizer.tokens(c.source()));
            if (raised(cmp.score()) < bar()) {
                continue;
            }
            Match m = match(c, cmp);
            if (m.score() < bar()) {
                continue;
            }
            best.add(c.id() == null ? m : m.withId(c.id()));
            best.sort(BY_SCORE);
            if (best.size() > max) {
                best.remove(best.size() - 1);
            }
        }
    }

    /** A score as high as it may become: an exact one is 101 when a context is asked for. */
    private int raised(int score) {
        return score >= 100 && options.context() != null ? Match.CONTEXT : score;
    }

    /** The match of a scored candidate: its context and penalties from its {@code <tu>} when asked for. */
    private Match match(Candidate c, FuzzyScorer.Comparison cmp) {
        int fuzzy = cmp.score();
        if (options.penalties().isEmpty() && (options.context() == null || fuzzy < 100)) {
            return new Match(fuzzy, c.source(), c.target(), c.tuid(), src, tgt, cmp);
        }
        String xml = c.xml();
        UnitMeta meta = xml == null ? UnitMeta.NONE : UnitMeta.of(xml);
        SearchOptions.Context ctx = options.context();
        boolean context = ctx != null && fuzzy >= 100 && meta.inContext(ctx.pre(), ctx.post());
        List<Penalty.Applied> applied = Penalty.apply(options.penalties(), meta);
        int score = Math.max(0, (context ? Match.CONTEXT : fuzzy) - Penalty.total(applied));
        return new Match(score, c.source(), c.target(), c.tuid(), src, tgt, cmp, fuzzy, applied, context, meta);
    }

    public boolean isEmpty() {
        return best.isEmpty();
    }

    /** The results in their {@link #order}. */
    public List<Match> results() {
        List<Match> out = new ArrayList<>(best);
        out.sort(order);
        return List.copyOf(out);
    }

    /** The length window: the smallest and largest content-token count of a unit that can score {@code floor}. */
    public int[] lengthWindow(int floor) {
        int n = keys.size();
        int f = Math.max(1, floor);
        return new int[] {(int) Math.ceil(n * f / 100.0), (int) Math.floor(n * 100.0 / f)};
    }

    /**
     * How many of the query's distinct words a unit must share to score {@code floor}: such a unit has
     * at least ceil(floor% of n) of the query's n tokens matched in order, so at least that many minus
     * the query's repeated tokens of its distinct words.
     */
    public int needed(int floor) {
        int n = keys.size();
        long distinct = keys.stream().distinct().count();
        return Math.max(1, (int) Math.ceil(n * floor / 100.0) - (int) (n - distinct));
    }

    /**
     * How many of the query's {@code distinctPairs} distinct word pairs a unit must hold to score
     * {@code floor} (at most 100), or 0 for no requirement: with S substituted, D deleted and I
     * inserted tokens, at least n - S - D of the query's n tokens are matched in at most S + D + I + 1
     * runs, so n - 1 - (2(S + D) + I) pairs are kept; the edits may be at most (100 - floor)% of the
     * longer text, of L tokens (n to 100n/floor), of which L - n are insertions when the unit is the
     * longer. The worst case over L counts. Both backends' exact stages use it.
     */
    public static int pairsNeeded(int n, int distinctPairs, int floor) {
        int longest = 100 * n / Math.max(1, floor);
        int worst = 0;
        for (int length = n; length <= longest; length++) {
            int edits = length * (100 - floor) / 100;
            int inserted = length - n;
            if (inserted <= edits) {
                worst = Math.max(worst, 2 * (edits - inserted) + inserted);
            }
        }
        int repeated = n - 1 - distinctPairs;
        return Math.max(0, n - 1 - worst - repeated);
    }
}
