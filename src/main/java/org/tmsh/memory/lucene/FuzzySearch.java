package org.tmsh.memory.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
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

import org.tmsh.match.Tokenizer;
import org.tmsh.memory.Match;
import org.tmsh.memory.Rescorer;
import org.tmsh.memory.UnitKeys;

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
     * most (idf-weighted, {@link #probeQuery}) are checked by the {@link Rescorer} (an upper bound of
     * the score from key hashes in doc values; the full score only if it can enter the results).
     * Only when the probe finds nothing at {@code min} or above does a second, exhaustive-in-effect
     * stage run: every unit that could reach {@code min} must share enough of the query's words
     * ({@link #candidateQuery}, a lossless filter) and lie in the length window; up to
     * {@link #CANDIDATES} of them are checked the same way. So "no match" is (almost always) a true
     * answer, and the best match agrees with an exhaustive scan for at least 99.5% of the
     * benchmark's queries at a million units (README).
     */
    static List<Match> search(DirectoryReader r, Tokenizer tokenizer, String text, String src, String tgt, int min, int max)
            throws IOException {
        Rescorer rescorer = new Rescorer(tokenizer, text, src, tgt, min, max);
        IndexSearcher searcher = new IndexSearcher(r);
        Set<Integer> seen = new HashSet<>();
        Query probe = probeQuery(r, src, rescorer.keys());
        if (probe != null) {
            rescorer.check(candidates(r, searcher, searcher.search(probe, PROBE).scoreDocs, src, tgt, seen));
        }
        if (rescorer.isEmpty()) {
            Query q = candidateQuery(r, src, rescorer, min);
            if (q != null) {
                int[] window = rescorer.lengthWindow(min);
                Query windowed = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
                        .add(NumericDocValuesField.newSlowRangeQuery(TmSchema.length(src), window[0], window[1]),
                                BooleanClause.Occur.FILTER)
                        .build();
                ScoreDoc[] hits = searcher.search(windowed, new TopScoreDocCollectorManager(CANDIDATES, null, CANDIDATES)).scoreDocs;
                rescorer.check(candidates(r, searcher, hits, src, tgt, seen));
            }
        }
        return rescorer.results();
    }

    /** The hits not seen yet, in doc order, whose texts and key hashes are read from doc values when asked. */
    private static List<DocCandidate> candidates(DirectoryReader r, IndexSearcher searcher, ScoreDoc[] hits, String src,
                                                 String tgt, Set<Integer> seen) {
        Arrays.sort(hits, Comparator.comparingInt(h -> h.doc));
        List<DocCandidate> out = new ArrayList<>(hits.length);
        for (ScoreDoc h : hits) {
            if (seen.add(h.doc)) {
                out.add(new DocCandidate(r, searcher, h.doc, h.score, src, tgt));
            }
        }
        return out;
    }

    /** A hit of the index; its fields come from doc values (and the tuid from stored fields) on demand. */
    private record DocCandidate(DirectoryReader reader, IndexSearcher searcher, int doc, float rank, String src, String tgt)
            implements Rescorer.Candidate {

        private BytesRef value(String field) {
            try {
                LeafReaderContext ctx = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
                BinaryDocValues dv = ctx.reader().getBinaryDocValues(field);
                return dv != null && dv.advanceExact(doc - ctx.docBase) ? dv.binaryValue() : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public int[] keys() {
            if (value(TmSchema.text(tgt)) == null) {
                return null;
            }
            BytesRef b = value(TmSchema.keys(src));
            return b == null ? null : TmSchema.decode(b);
        }

        @Override
        public String source() {
            BytesRef b = value(TmSchema.text(src));
            return b == null ? null : b.utf8ToString();
        }

        @Override
        public String target() {
            BytesRef b = value(TmSchema.text(tgt));
            return b == null ? null : b.utf8ToString();
        }

        @Override
        public String tuid() {
            try {
                return searcher.storedFields().document(doc, Set.of(TmSchema.TUID)).get(TmSchema.TUID);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
        for (String term : UnitKeys.wordTerms(keys)) {
            Term t = new Term(field, term);
            if (term.indexOf(' ') > 0 || r.docFreq(t) <= common || keys.size() <= 2) {
                q.add(new TermQuery(t), BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : q.build();
    }

    /**
     * The units that can score at least {@code floor}: those sharing {@link Rescorer#needed} of the
     * query's distinct words, as a Lucene minimum-should-match. Very common words (in more than
     * {@link #COMMON} of the units) are left out of it and the requirement is lowered by one for
     * each, which keeps the filter lossless; the |distinct| - need + 1 rarest words are always kept,
     * since every such unit has one of them. Word bigrams add to the score that ranks the
     * candidates. Null when no unit can qualify.
     */
    private static Query candidateQuery(DirectoryReader r, String src, Rescorer rescorer, int floor) throws IOException {
        List<String> keys = rescorer.keys();
        if (keys.isEmpty()) {
            return new TermQuery(new Term(TmSchema.LANG, src));
        }
        List<String> distinct = keys.stream().map(k -> k.replace(' ', '_')).distinct().toList();
        int need = rescorer.needed(floor);
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
        for (String term : UnitKeys.wordTerms(keys)) {
            if (term.indexOf(' ') > 0) {
                q.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
            }
        }
        return q.build();
    }

    private FuzzySearch() {
    }
}
