package org.tmsh.memory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;

import org.tmsh.match.FuzzyScorer;
import org.tmsh.match.Token;
import org.tmsh.match.Tokenizer;

/** Fuzzy look-up in one TM's index: a probe, then a lossless second stage when the probe finds nothing. */
final class FuzzySearch {

    /**
     * How many index candidates get the cheap upper bound of their score (key hashes from doc
     * values); all of them when fewer qualify, which then makes the look-up exact.
     */
    public static final int CANDIDATES = 400;
    /** How many units the first, cheap stage of a look-up checks (see {@link #search}). */
    public static final int PROBE = Integer.getInteger("tmsh.tm.probe", 128);
    /** Share of the units above which a word is too common for the probe, or to be a required match (candidateQuery). */
    static final double COMMON = Double.parseDouble(System.getProperty("tmsh.tm.common", "0.005"));

    /**
     * Fuzzy matches of {@code text} in {@code srcLang}, with their {@code tgtLang} text, best first.
     *
     * <p>First a probe: the {@link #PROBE} units that share the query's rarer words and word pairs
     * most (idf-weighted, {@link #probeQuery}) are checked, each with an upper bound of its score
     * from key hashes in doc values, and scored in full only if it can enter the results. Only when
     * the probe finds nothing at {@code min} or above does a second, exhaustive-in-effect stage run:
     * every unit that could reach {@code min} must share enough of the query's words
     * ({@link #candidateQuery}, a lossless filter) and lie in the length window; up to
     * {@link #CANDIDATES} of them are checked the same way. So "no match" is (almost always) a true
     * answer, and the best match agrees with an exhaustive scan for at least 99.5% of the
     * benchmark's queries at a million units (README).
     */
    static List<Match> search(DirectoryReader r, Tokenizer tokenizer, String text, String src, String tgt, int min, int max)
            throws IOException {
        Lookup l = new Lookup(r, tokenizer, text, src, tgt, min, max);
        Query probe = probeQuery(r, l.src, l.keys);
        if (probe != null) {
            l.check(l.searcher.search(probe, PROBE).scoreDocs);
        }
        if (l.best.isEmpty()) {
            Query q = candidateQuery(r, l.src, l.keys, min);
            if (q != null) {
                l.check(l.searcher.search(l.withLengthWindow(q, min),
                        new TopScoreDocCollectorManager(CANDIDATES, null, CANDIDATES)).scoreDocs);
            }
        }
        return l.results();
    }

    /** The state of one look-up: the query, the best matches so far, the units already checked. */
    private static final class Lookup {
        final DirectoryReader reader;
        final Tokenizer tokenizer;
        final IndexSearcher searcher;
        final String text;
        final String src;
        final String tgt;
        final int min;
        final int max;
        final List<Token> tokens;
        final List<String> keys = new ArrayList<>();
        final int[] keyHashes;
        final List<Match> best = new ArrayList<>();
        final java.util.Set<Integer> seen = new java.util.HashSet<>();
        int[] row = new int[64];

        Lookup(DirectoryReader reader, Tokenizer tokenizer, String text, String src, String tgt, int min, int max) {
            this.reader = reader;
            this.tokenizer = tokenizer;
            this.searcher = new IndexSearcher(reader);
            this.text = text;
            this.src = src;
            this.tgt = tgt;
            this.min = min;
            this.max = max;
            this.tokens = tokenizer.tokens(text);
            for (Token t : tokens) {
                if (t.content()) {
                    keys.add(t.key());
                }
            }
            this.keyHashes = TmSchema.hashes(keys);
        }

        /** The lowest score that can still enter the results. */
        int bar() {
            return best.size() < max ? min : best.get(best.size() - 1).score() + 1;
        }

        /** Adds the filter: units whose length allows a score of {@code bar}. */
        Query withLengthWindow(Query q, int bar) {
            int n = keys.size();
            int floor = Math.max(1, bar);
            int lo = (int) Math.ceil(n * floor / 100.0);
            int hi = (int) Math.floor(n * 100.0 / floor);
            return new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
                    .add(NumericDocValuesField.newSlowRangeQuery(TmSchema.length(src), lo, hi), BooleanClause.Occur.FILTER)
                    .build();
        }

        /** Scores the hits not seen yet: an upper bound first, the full score only if it can win. */
        void check(ScoreDoc[] hits) throws IOException {
            Arrays.sort(hits, Comparator.comparingInt(h -> h.doc));
            List<Candidate> bounded = new ArrayList<>();
            int leafIndex = -1;
            LeafReaderContext leaf = null;
            BinaryDocValues keyValues = null;
            BinaryDocValues targets = null;
            int bar = bar();
            for (ScoreDoc h : hits) {
                if (!seen.add(h.doc)) {
                    continue;
                }
                int li = ReaderUtil.subIndex(h.doc, reader.leaves());
                if (li != leafIndex) {
                    leafIndex = li;
                    leaf = reader.leaves().get(li);
                    keyValues = leaf.reader().getBinaryDocValues(TmSchema.keys(src));
                    targets = leaf.reader().getBinaryDocValues(TmSchema.text(tgt));
                }
                int local = h.doc - leaf.docBase;
                if (keyValues == null || targets == null || !keyValues.advanceExact(local) || !targets.advanceExact(local)) {
                    continue;
                }
                int[] cKeys = TmSchema.decode(keyValues.binaryValue());
                if (row.length < cKeys.length + 1) {
                    row = new int[cKeys.length + 1];
                }
                int bound = FuzzyScorer.baseScore(keyHashes, cKeys, row);
                if (bound >= bar) {
                    bounded.add(new Candidate(h.doc, h.score, bound));
                }
            }
            bounded.sort(Comparator.comparingInt((Candidate c) -> -c.bound).thenComparingDouble(c -> -c.rank));
            Texts texts = new Texts(reader, src, tgt);
            for (Candidate c : bounded) {
                if (c.bound < bar()) {
                    break;
                }
                String candidate = texts.sourceAt(c.doc);
                FuzzyScorer.Comparison cmp = FuzzyScorer.compare(text, tokens, candidate, tokenizer.tokens(candidate));
                if (cmp.score() < bar()) {
                    continue;
                }
                String tuid = searcher.storedFields().document(c.doc, Set.of(TmSchema.TUID)).get(TmSchema.TUID);
                best.add(new Match(cmp.score(), candidate, texts.targetAt(c.doc), tuid, src, tgt, cmp));
                best.sort(Comparator.comparingInt(m -> -m.score()));
                if (best.size() > max) {
                    best.remove(best.size() - 1);
                }
            }
        }

        List<Match> results() {
            return List.copyOf(best);
        }
    }

    /**
     * The probe: the query's word pairs and its words that are not very common, each optional,
     * ranked by BM25. Cheap, since it never walks the long lists of common words.
     */
    private static Query probeQuery(DirectoryReader r, String src, List<String> keys) throws IOException {
        if (keys.isEmpty()) {
            return null;
        }
        String field = TmSchema.words(src);
        long common = Math.max(1000, (long) (r.maxDoc() * COMMON));
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        int clauses = 0;
        for (String term : TmSchema.wordTerms(keys)) {
            Term t = new Term(field, term);
            if (term.indexOf(' ') > 0 || r.docFreq(t) <= common || keys.size() <= 2) {
                q.add(new TermQuery(t), BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : q.build();
    }

    /**
     * The units that can score at least {@code min}: such a unit has at least ceil(min% of n) of the
     * query's n tokens matched in order, so at least {@code need} = that many minus the query's
     * repeated tokens of its distinct words. The requirement is a Lucene minimum-should-match over
     * the distinct words. Very common words (in more than {@link #COMMON} of the units) are left out
     * of it and {@code need} is lowered by one for each, which keeps the filter lossless; the
     * |distinct| - need + 1 rarest words are always kept, since every such unit has one of them.
     * Word bigrams add to the score that ranks the candidates. Null when no unit can qualify.
     */
    private static Query candidateQuery(DirectoryReader r, String src, List<String> keys, int floor) throws IOException {
        int n = keys.size();
        if (n == 0) {
            return new TermQuery(new Term(TmSchema.LANG, src));
        }
        List<String> distinct = keys.stream().map(k -> k.replace(' ', '_')).distinct().toList();
        int need = Math.max(1, (int) Math.ceil(n * floor / 100.0) - (n - distinct.size()));
        String field = TmSchema.words(src);
        List<Map.Entry<String, Integer>> byRarity = new ArrayList<>();
        for (String key : distinct) {
            byRarity.add(Map.entry(key, r.docFreq(new Term(field, key))));
        }
        byRarity.sort(Map.Entry.comparingByValue());
        int prefix = distinct.size() - need + 1;
        long common = Math.max(1000, (long) (r.maxDoc() * COMMON));
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        int kept = 0;
        int lowered = 0;
        for (int i = 0; i < byRarity.size(); i++) {
            Map.Entry<String, Integer> e = byRarity.get(i);
            if (e.getValue() == 0) {
                continue; // no unit has it: it cannot help a unit reach need
            }
            if (i >= prefix && e.getValue() > common) {
                lowered++;
                continue;
            }
            words.add(new TermQuery(new Term(field, e.getKey())), BooleanClause.Occur.SHOULD);
            kept++;
        }
        int required = need - lowered;
        if (kept == 0 || required > kept) {
            return null;
        }
        words.setMinimumNumberShouldMatch(Math.max(1, required));
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(words.build(), BooleanClause.Occur.MUST);
        for (String term : TmSchema.wordTerms(keys)) {
            if (term.indexOf(' ') > 0) {
                q.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
            }
        }
        return q.build();
    }

    private record Candidate(int doc, float rank, int bound) {
    }

    /** Reads a unit's texts and key hashes from doc values by global doc id. */
    private static final class Texts {
        private final DirectoryReader reader;
        private final String src;
        private final String tgt;

        Texts(DirectoryReader reader, String src, String tgt) {
            this.reader = reader;
            this.src = src;
            this.tgt = tgt;
        }

        private BytesRef value(String field, int doc) throws IOException {
            LeafReaderContext ctx = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
            BinaryDocValues dv = ctx.reader().getBinaryDocValues(field);
            return dv != null && dv.advanceExact(doc - ctx.docBase) ? dv.binaryValue() : null;
        }

        int[] keys(int doc) throws IOException {
            BytesRef b = value(TmSchema.keys(src), doc);
            return b == null ? null : TmSchema.decode(b);
        }

        boolean hasTarget(int doc) throws IOException {
            return value(TmSchema.text(tgt), doc) != null;
        }

        String sourceAt(int doc) throws IOException {
            BytesRef b = value(TmSchema.text(src), doc);
            return b == null ? null : b.utf8ToString();
        }

        String targetAt(int doc) throws IOException {
            BytesRef b = value(TmSchema.text(tgt), doc);
            return b == null ? null : b.utf8ToString();
        }
    }

    private FuzzySearch() {
    }
}
