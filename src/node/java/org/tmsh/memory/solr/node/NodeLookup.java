package org.tmsh.memory.solr.node;

import org.tmsh.memory.solr.MatchProtocol;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.search.DocIterator;
import org.apache.solr.search.DocList;
import org.apache.solr.search.DocSet;
import org.apache.solr.search.QueryCommand;
import org.apache.solr.search.QueryResult;
import org.apache.solr.search.SolrIndexSearcher;

import org.tmsh.match.Tokenizer;
import org.tmsh.memory.Match;
import org.tmsh.memory.Rescorer;
import org.tmsh.memory.SearchOptions;
import org.tmsh.memory.UnitKeys;
import org.tmsh.memory.lucene.FuzzySearch;

/**
 * One look-up run inside the Solr node that holds the TM's core, on its {@link SolrIndexSearcher}: the
 * same stages as tmsh's client-side Solr look-up ({@code SolrLookup}), with the same rules
 * ({@link MatchProtocol}) and the same Lucene queries (a probe of the rarer words and the word pairs, then
 * the exact stage's minimum-should-match pages within the length window), but with the words' counts read
 * from the core's term dictionary, the candidates' key hashes read from doc values and their texts only when
 * the {@link Rescorer} asks for them, and every candidate rescored here: only the best few go back to tmsh.
 * The texts are tokenized by tmsh's own {@link Tokenizer} (plain Java and a data file, no ICU). Reads the
 * fields of configset {@code tmsh-5} on (texts, key hashes and tuid as binary doc values).
 */
final class NodeLookup {

    /** A unit found, for the response: its rank in the retrieval and what the client needs to score it again. */
    record Found(float rank, int[] keys, String source, String target, String tuid, String id) {
    }

    /** The look-up's result: the best units, how many candidates were read and how many exact-stage pages ran. */
    record Result(List<Found> best, int candidates, int pages) {
    }

    private final SolrIndexSearcher searcher;
    private final List<Query> filters;
    private final String src;
    private final String tgt;
    private final long common;
    private final int probeSize;
    private final int firstPage;
    private final Rescorer rescorer;
    /** How the core lays out the units ({@link MatchProtocol#fields}: read from its schema's type of {@code w_L}). */
    private final org.tmsh.memory.lucene.LookupFields fields;
    private final List<LeafReaderContext> leaves;
    private final Set<Integer> seen = new HashSet<>();
    private final Map<String, Cand> byId = new HashMap<>();
    private int candidates;
    private int pages;

    NodeLookup(SolrIndexSearcher searcher, List<Query> filters, String text, String src, String tgt, int min, int max,
               long common, int probeSize, int firstPage) {
        this.searcher = searcher;
        this.filters = filters;
        this.src = src;
        this.tgt = tgt;
        this.common = common;
        this.probeSize = probeSize;
        this.firstPage = firstPage;
        this.rescorer = new Rescorer(Tokenizer.standard(), text, src, tgt, min, max);
        this.leaves = searcher.getIndexReader().leaves();
        org.apache.solr.schema.FieldType words = searcher.getSchema().getFieldTypeNoEx("w_" + src);
        this.fields = MatchProtocol.fields(words == null ? null : words.getTypeName());
    }

    /**
     * The look-up by the embedded memory's own code ({@link FuzzySearch}: the counting probe over the rarest lists
     * and the counting walk of the exact stage, term at a time, segment by segment) on the core's reader, laid out
     * as {@link MatchProtocol#fields} says of the core's schema (word pairs as text, or hashed in tmsh-7 on). The filters (the TM's, then the look-up's) are one scope, taken from
     * Solr's filter cache ({@link SolrIndexSearcher#getDocSet}); when it holds every live unit (a collection of one
     * TM), the look-up reads no scope at all. The probe and the walk keep to it; the rescorer is the same.
     */
    Result runCounting() throws IOException {
        IndexReader reader = searcher.getIndexReader();
        DocSet in = searcher.getDocSet(filters);
        boolean all = in.size() == reader.numDocs();
        Map<Integer, Float> ranks = new HashMap<>();
        List<Match> matches = FuzzySearch.search(reader, fields, rescorer, src, tgt,
                all ? null : in.makeQuery(), all ? null : in.getBits(), null,
                SearchOptions.NONE, (doc, rank) -> ranks.put(doc, rank));
        candidates = ranks.size();
        List<Found> best = new ArrayList<>();
        if (matches.isEmpty()) {
            return new Result(best, candidates, 0);
        }
        Map<String, Integer> bySeq = new HashMap<>();
        for (int doc : ranks.keySet().stream().sorted().toList()) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            String seq = seq(leaf.reader(), doc - leaf.docBase);
            if (seq != null) {
                bySeq.put(seq, doc);
            }
        }
        for (Match m : matches) {
            Integer doc = m.id() == null ? null : bySeq.get(m.id());
            if (doc == null) {
                doc = byTexts(ranks.keySet(), m);
            }
            if (doc == null) {
                continue;
            }
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            BytesRef k = bytes(leaf.reader(), "k_" + src, doc - leaf.docBase);
            best.add(new Found(ranks.get(doc), k == null ? null : FuzzySearch.decode(k), m.source(), m.target(), m.tuid(), m.id()));
        }
        return new Result(best, candidates, 0);
    }

    /** The candidate whose texts and tuid are the match's (a unit without {@code seq}), or null. */
    private Integer byTexts(java.util.Collection<Integer> docs, Match m) throws IOException {
        for (int doc : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            int local = doc - leaf.docBase;
            if (java.util.Objects.equals(string(leaf.reader(), "t_" + src, local), m.source())
                    && java.util.Objects.equals(string(leaf.reader(), "t_" + tgt, local), m.target())
                    && java.util.Objects.equals(string(leaf.reader(), "tuid", local), m.tuid())) {
                return doc;
            }
        }
        return null;
    }

    /** Whether the query has any key (a look-up of a text without words is left to the client). */
    boolean hasKeys() {
        return !rescorer.keys().isEmpty();
    }

    Result run() throws IOException {
        List<String> keys = rescorer.keys();
        String field = "w_" + src;
        List<String> terms = UnitKeys.wordTerms(keys);
        IndexReader reader = searcher.getIndexReader();
        Map<String, Long> df = new HashMap<>();
        for (String w : MatchProtocol.singleWords(terms)) {
            // the term dictionary's count, as the client's terms component gives it: it includes deleted
            // units and the collection's other TMs, which only makes a word count as more common (safe)
            df.put(w, (long) reader.docFreq(new Term(field, line(w))));
        }
        List<String> probe = MatchProtocol.probeTerms(keys, rescorer.numberTerms(), t -> df.getOrDefault(t, 0L) <= common);
        boolean probedAll = false;
        if (!probe.isEmpty()) {
            BooleanQuery.Builder q = new BooleanQuery.Builder();
            for (String t : probe) {
                q.add(new TermQuery(new Term(field, line(t))), BooleanClause.Occur.SHOULD);
            }
            DocList hits = search(q.build(), filters, probeSize);
            probedAll = hits.size() < probeSize;
            rescorer.check(candidates(hits));
        }
        int floor = rescorer.bar();
        if (floor <= 100 && !(probedAll && MatchProtocol.probeHoldsEveryCandidate(rescorer, df, common, floor))) {
            beat(field, df);
        }
        List<Found> best = new ArrayList<>();
        for (Match m : rescorer.results()) {
            Cand c = byId.get(m.id() != null ? m.id() : m.source() + '\u0000' + m.target() + '\u0000' + m.tuid());
            if (c != null) {
                best.add(new Found(c.rank, c.keys, c.source(), c.target(), c.tuid(), c.id));
            }
        }
        return new Result(best, candidates, pages);
    }

    /**
     * The exact stage, as the client's ({@code SolrLookup.beat}, top pages): the best {@code page} units by the
     * number of the query's words they hold (each word 1, the pairs less than 1 in all), among those holding
     * the words and pairs a unit needs to reach the bar and within its length window; pages 4 times larger
     * each, from the first, until a page is not full, the bar passes 100, or the page's last unit holds too few words.
     */
    private void beat(String field, Map<String, Long> df) throws IOException {
        List<String> keys = rescorer.keys();
        List<String> words = MatchProtocol.exactWords(keys, df);
        if (words.isEmpty()) {
            return;
        }
        List<String> pairs = MatchProtocol.pairs(keys);
        int floor = rescorer.bar();
        int page = firstPage;
        while (true) {
            int bar = Math.min(floor, 100);
            MatchProtocol.Need needs = MatchProtocol.need(rescorer, keys.size(), words, pairs, bar);
            if (needs == null) {
                return;
            }
            int need = needs.words();
            int pairNeed = needs.pairs();
            BooleanQuery.Builder w = new BooleanQuery.Builder().setMinimumNumberShouldMatch(need);
            for (String word : words) {
                w.add(new ConstantScoreQuery(new TermQuery(new Term(field, line(word)))), BooleanClause.Occur.SHOULD);
            }
            BooleanQuery.Builder main = new BooleanQuery.Builder().add(w.build(), BooleanClause.Occur.MUST);
            if (!pairs.isEmpty()) {
                float share = 0.5f / (pairs.size() + 1);
                BooleanQuery.Builder p = new BooleanQuery.Builder();
                if (pairNeed > 0) {
                    p.setMinimumNumberShouldMatch(pairNeed);
                }
                for (String pair : pairs) {
                    p.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, line(pair)))), share),
                            BooleanClause.Occur.SHOULD);
                }
                main.add(p.build(), pairNeed > 0 ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
            }
            int[] window = rescorer.lengthWindow(bar);
            List<Query> fq = new ArrayList<>(filters);
            fq.add(MatchHandler.lengthFilter(searcher, "n_" + src, window[0], window[1]));
            DocList hits = search(main.build(), fq, page);
            if (hits.size() == 0) {
                return;
            }
            pages++;
            float lastScore = 0;
            for (DocIterator it = hits.iterator(); it.hasNext(); ) {
                it.nextDoc();
                lastScore = it.score();
            }
            int lastWords = (int) lastScore;
            rescorer.check(candidates(hits));
            floor = rescorer.bar();
            if (hits.size() < page || floor > 100 || lastWords < rescorer.needed(Math.min(floor, 100))) {
                return;
            }
            page *= 4; // the next page is the best `page` again, from the first: those checked are skipped
        }
    }

    /** A term as the words field indexes it (one term a line: a line end inside one would split it). */
    /** A query's term as the core's {@code w_L} indexes it: a line end inside as a space, a word pair hashed in tmsh-7 on. */
    private String line(String term) {
        return MatchProtocol.term(fields, term);
    }

    /** The best {@code rows} units of the query among the filters', scored, counted no further than needed. */
    private DocList search(Query q, List<Query> fq, int rows) throws IOException {
        QueryCommand cmd = new QueryCommand().setQuery(q).setFilterList(fq).setLen(rows)
                .setFlags(SolrIndexSearcher.GET_SCORES).setMinExactCount(rows);
        QueryResult r = new QueryResult();
        searcher.search(r, cmd);
        return r.getDocList();
    }

    /** The units of a result not seen before, as candidates whose texts are read only when the rescorer asks. */
    private List<Rescorer.Candidate> candidates(DocList hits) throws IOException {
        List<Rescorer.Candidate> out = new ArrayList<>();
        for (DocIterator it = hits.iterator(); it.hasNext(); ) {
            int doc = it.nextDoc();
            float score = it.score();
            candidates++;
            if (!seen.add(doc)) {
                continue;
            }
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            int local = doc - leaf.docBase;
            LeafReader r = leaf.reader();
            int[] keys = null;
            if (bytes(r, "t_" + tgt, local) != null) { // a unit without a target text is no candidate
                BytesRef k = bytes(r, "k_" + src, local);
                keys = k == null ? null : FuzzySearch.decode(k);
            }
            Cand c = new Cand(score, keys, r, local, seq(r, local));
            out.add(c);
        }
        return out;
    }

    /** A binary doc value of one unit, or null. */
    private static BytesRef bytes(LeafReader r, String field, int doc) throws IOException {
        BinaryDocValues v = r.getBinaryDocValues(field);
        return v != null && v.advanceExact(doc) ? v.binaryValue() : null;
    }

    private static String string(LeafReader r, String field, int doc) {
        try {
            BytesRef b = bytes(r, field, doc);
            return b == null ? null : b.utf8ToString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The unit's {@code seq} (its id in the TM), or null. */
    private static String seq(LeafReader r, int doc) throws IOException {
        NumericDocValues n = r.getNumericDocValues("seq");
        if (n != null) {
            return n.advanceExact(doc) ? Long.toString(n.longValue()) : null;
        }
        SortedNumericDocValues s = r.getSortedNumericDocValues("seq");
        return s != null && s.advanceExact(doc) ? Long.toString(s.nextValue()) : null;
    }

    /** A candidate whose texts and tuid are read from doc values when first asked for. */
    private final class Cand implements Rescorer.Candidate {
        final float rank;
        final int[] keys;
        final LeafReader reader;
        final int doc;
        final String id;
        private String source;
        private String target;
        private String tuid;
        private boolean read;

        Cand(float rank, int[] keys, LeafReader reader, int doc, String id) {
            this.rank = rank;
            this.keys = keys;
            this.reader = reader;
            this.doc = doc;
            this.id = id;
        }

        private void read() {
            if (!read) {
                read = true;
                source = string(reader, "t_" + src, doc);
                target = string(reader, "t_" + tgt, doc);
                tuid = string(reader, "tuid", doc);
                byId.put(id != null ? id : source + '\u0000' + target + '\u0000' + tuid, this);
            }
        }

        @Override
        public float rank() {
            return rank;
        }

        @Override
        public int[] keys() {
            return keys;
        }

        @Override
        public String source() {
            read();
            return source;
        }

        @Override
        public String target() {
            read();
            return target;
        }

        @Override
        public String tuid() {
            read();
            return tuid;
        }

        @Override
        public String id() {
            return id;
        }
    }
}
