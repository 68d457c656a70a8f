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
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import org.tmsh.memory.Match;
import org.tmsh.memory.Rescorer;
import org.tmsh.memory.SearchOptions;

/** Fuzzy look-up in one TM's index: a probe, then an exact stage for the units that could beat what it found. */
public final class FuzzySearch {

    /**
     * How many index candidates get the cheap upper bound of their score (key hashes from doc
     * values); all of them when fewer qualify, which then makes the look-up exact.
     */
    public static final int CANDIDATES = 400;
    /** How many units the first, cheap stage of a look-up checks (see {@link #search}). */
    public static final int PROBE = Integer.getInteger("tmsh.tm.probe", 128);
    /** Share of the units above which a word is too common for the probe (the exact stage keeps every word). */
    static final double COMMON = Double.parseDouble(System.getProperty("tmsh.tm.common", "0.005"));
    /**
     * The most units a word the probe asks for may be in, whatever the TM's size (at least 1,000): the probe
     * only raises the bar early (the exact stage finds every unit that can beat it), so at ten million
     * units it walks no longer lists than at a million.
     */
    static final long PROBE_LIST = Long.getLong("tmsh.tm.probeList", 5_000);
    /**
     * Whether the probe counts the query's rarest lists term at a time ({@link CountingProbe}, the default) or
     * runs the BM25 query over its pairs and not very common words ({@code -Dtmsh.tm.countingProbe=false}, the
     * probe before; also the probe of a filtered look-up). A test switches it.
     */
    static volatile boolean COUNTING_PROBE = !"false".equals(System.getProperty("tmsh.tm.countingProbe"));
    /** Whether a counting probe that found nothing is followed by the BM25 probe ({@code -Dtmsh.tm.probeAgain}). */
    static volatile boolean PROBE_AGAIN = !"false".equals(System.getProperty("tmsh.tm.probeAgain"));
    /** Word pairs the probe asks for are in at most this many times {@link #common} units (0: every pair). */
    static final long PROBE_PAIRS = Long.getLong("tmsh.tm.probePairs", 0);

    /**
     * Fuzzy matches of the rescorer's text among the units of {@code r} laid out as {@code fields} say, with
     * their {@code tgt} text, best first (the rescorer keeps them: {@link Rescorer#results}).
     *
     * <p>First a probe: the {@link #PROBE} units that share the query's rarer words and word pairs
     * most (idf-weighted: {@link CountingProbe}, and {@link #probeQuery} when that finds nothing or a
     * filter is given) are checked by the {@link Rescorer} (an upper bound of
     * the score from key hashes in doc values; the full score only if it can enter the results).
     * Then the exact stage ({@link #beat}) retrieves every unit that could still enter the results
     * (the bar: {@code min}, or the last result's score + 1 once the results are full), in pages
     * ranked by an upper bound, until none left can; so the results are those of an exhaustive scan
     * (FuzzySearchExactTest), and the better the probe's best, the fewer units that stage retrieves.
     * A query without content words (only numbers or tags) still checks the {@link #CANDIDATES}
     * units of its length window that rank first.
     *
     * <p>{@code scope} (null: every unit) is which units of the index belong to the TM (a Solr collection may hold
     * several TMs): both stages keep to it, the counting probe included; {@code inScope} (null: none) is the same
     * units as bits over the reader's docs, which the counting probe then asks posting by posting. {@code filter} (null: none) is the
     * look-up's own filter (a {@code FILTER} clause of both stages' queries), with which the probe is the BM25
     * query's best filtered units and the exact stage retrieves every filtered unit that could enter the results.
     * The penalties and context of {@code options} are the rescorer's. {@code seen} (null: none) is told each
     * candidate checked (its doc in {@code r} and its rank), for a caller that reads more of the units found.
     */
    public static List<Match> search(IndexReader r, LookupFields fields, Rescorer rescorer, String src, String tgt,
                                     Query scope, Bits inScope, Query filter, SearchOptions options, Seen seen)
            throws IOException {
        long t0 = TRACE ? clock() : 0;
        if (TRACE) {
            Trace.reset();
        }
        int min = rescorer.bar();
        IndexSearcher searcher = new IndexSearcher(r);
        searcher.setQueryCache(null);
        Ctx ctx = new Ctx(r, searcher, fields, src, tgt, new HashSet<>(), options.needsMeta(), seen);
        Query both = restrict(scope, filter);
        if (both == null) {
            both = filter;
        }
        Terms terms = new Terms(searcher, fields.words(src), fields.format());
        boolean probedAll = false;
        Set<BytesRef> probed = null;
        Query probe = null;
        if (COUNTING_PROBE && filter == null && !rescorer.keys().isEmpty()) {
            List<BytesRef> asked = new ArrayList<>();
            List<TermStates> states = new ArrayList<>();
            List<IndexTerms.Term> all = IndexTerms.of(rescorer.keys(), terms.format());
            for (IndexTerms.Term term : all) {
                asked.add(term.bytes());
                states.add(terms.states(term.bytes()));
            }
            Weight only = scope == null ? null
                    : searcher.createWeight(searcher.rewrite(scope), ScoreMode.COMPLETE_NO_SCORES, 1);
            CountingProbe.Found found = CountingProbe.probe(r, fields.words(src), asked, states, fields.length(src),
                    rescorer.keys().size(), PROBE, only, inScope);
            rescorer.check(candidates(ctx, found.hits()));
            probedAll = found.all();
            probed = new HashSet<>();
            for (int i = 0; i < all.size(); i++) {
                if (found.read()[i] && !all.get(i).pair()) {
                    probed.add(all.get(i).bytes());
                }
            }
            if (rescorer.isEmpty() && !probedAll && PROBE_AGAIN) {
                // nothing at the minimum among the rarest lists' units (their rarest words may be noise): the
                // BM25 probe over every pair, whose bar spares the exact stage a walk at the minimum
                probe = restrict(probeQuery(r, terms, rescorer.keys(), rescorer.numberTerms()), scope);
                probed = null;
                if (TRACE) {
                    Trace.again = 1;
                }
            }
        } else {
            probe = restrict(probeQuery(r, terms, rescorer.keys(), rescorer.numberTerms()), both);
        }
        if (probe != null) {
            ScoreDoc[] hits = searcher.search(probe, PROBE).scoreDocs;
            // fewer hits than asked for: the probe's every unit is among them
            probedAll = hits.length < PROBE;
            rescorer.check(candidates(ctx, hits));
        }
        long t1 = TRACE ? clock() : 0;
        int floor = rescorer.bar();
        if (floor <= ceiling(options) && !(probedAll && probeHoldsEveryCandidate(r, terms, rescorer, floor, probed))) {
            if (rescorer.keys().isEmpty()) {
                Query q = restrict(new TermQuery(new Term(LookupFields.LANG, src)), both);
                int[] window = rescorer.lengthWindow(min);
                ScoreDoc[] hits = searcher.search(windowed(q, fields.length(src), window),
                        new TopScoreDocCollectorManager(CANDIDATES, null, CANDIDATES)).scoreDocs;
                rescorer.check(candidates(ctx, hits));
            } else {
                beat(ctx, terms, rescorer, both, options);
            }
        }
        if (TRACE) {
            long t2 = clock();
            System.err.printf(java.util.Locale.ROOT, "trace total %.2f probe %.2f exact %.2f walk %.2f check %.2f stored %.2f terms %.2f built %d"
                    + " prefixPostings %d kept %d tokens %d bar %d need %d pairNeed %d read %d advanced %d again %d | %s%n", (t2 - t0) / 1e6, (t1 - t0) / 1e6,
                    (t2 - t1) / 1e6, Trace.walk / 1e6, Trace.check / 1e6, Trace.stored / 1e6, Trace.terms / 1e6, Trace.built, Trace.postings, Trace.kept,
                    rescorer.keys().size(), floor, Trace.need, Trace.pairNeed, CountingWalk.read, CountingWalk.advanced, Trace.again, rescorer.text());
            CountingWalk.read = 0;
            CountingWalk.advanced = 0;
        }
        return rescorer.results();
    }

    /** Told each candidate a look-up checks: its doc in the reader and its rank in the retrieval. */
    public interface Seen {
        void candidate(int doc, float rank);
    }

    /** What the stages of one look-up share: the index, its layout, the language pair, the units checked. */
    private record Ctx(IndexReader reader, IndexSearcher searcher, LookupFields fields, String src, String tgt,
                       Set<Integer> checked, boolean xml, Seen seen) {
    }

    /** {@code q} restricted to the filter's units ({@code q} itself when there is no filter). */
    static Query restrict(Query q, Query filter) {
        if (filter == null || q == null) {
            return q;
        }
        return new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST).add(filter, BooleanClause.Occur.FILTER).build();
    }

    /** Whether each look-up prints the time of its stages to the error stream ({@code -Dtmsh.tm.trace=true}, for benchmarks). */
    static final boolean TRACE = Boolean.getBoolean("tmsh.tm.trace");

    /** The thread's CPU time, for the trace. */
    private static long clock() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** The stage times of the look-up running now (one searching thread: benchmarks only). */
    static final class Trace {
        static long walk;
        static long check;
        static long stored;
        static long postings;
        static long terms;
        static int built;
        static int kept;
        static int need;
        static int pairNeed;
        static int again;

        static void reset() {
            walk = check = stored = postings = terms = 0;
            kept = need = pairNeed = built = again = 0;
        }
    }

    /**
     * The query's terms in one field with their statistics, each looked up in the term dictionary
     * once per search (the probe, the candidate query and their weights share them) and kept for the
     * next look-ups in the same reader ({@link TermCache}).
     */
    private static final class Terms {
        private final IndexSearcher searcher;
        private final String field;
        private final int format;
        private final TermCache cache;

        Terms(IndexSearcher searcher, String field, int format) {
            this.searcher = searcher;
            this.field = field;
            this.format = format;
            this.cache = TermCache.of(searcher.getIndexReader());
        }

        int format() {
            return format;
        }

        /** A single word's term, as the layout writes it. */
        BytesRef word(String key) {
            org.apache.lucene.util.BytesRefBuilder b = new org.apache.lucene.util.BytesRefBuilder();
            IndexTerms.key(key, format, b);
            return b.toBytesRef();
        }

        /** A literal number's term ({@code #=4242}), as the layout writes it. */
        BytesRef number(String term) {
            return new BytesRef(IndexTerms.lines(format) ? term.replace('\n', ' ') : term);
        }

        TermStates states(BytesRef term) throws IOException {
            Term t = new Term(field, term);
            TermStates ts = cache.states.get(t);
            if (ts == null) {
                long c0 = TRACE ? clock() : 0;
                ts = TermStates.build(searcher, t, true);
                if (TRACE) {
                    Trace.terms += clock() - c0;
                    Trace.built++;
                }
                if (cache.states.size() >= TermCache.LIMIT) {
                    cache.states.clear();
                }
                cache.states.put(t, ts);
            }
            return ts;
        }

        int docFreq(BytesRef term) throws IOException {
            return states(term).docFreq();
        }

        Query query(BytesRef term) throws IOException {
            return new TermQuery(new Term(field, term), states(term));
        }
    }

    /**
     * Term statistics of one reader, shared by the look-ups of a job (on all its threads): a
     * document's segments share most of their words, whose term-dictionary look-ups in every index
     * segment were a fifth of a look-up's time at a million units. One cache per open reader (keyed
     * by its cache key), so that two memories searched in turn ({@code align --tm} and
     * {@code qa --tm} in one shell) keep their own; a cache is dropped when its reader closes (a
     * changed memory gets a new reader, so a new cache), and at {@link #LIMIT} terms it starts over.
     */
    static final class TermCache {
        static final int LIMIT = 20_000;
        private static final Map<IndexReader.CacheKey, TermCache> OPEN = new ConcurrentHashMap<>();
        private final Map<Term, TermStates> states = new ConcurrentHashMap<>();
        /** The format of the reader's embedded TM ({@code TmSchema.fields}), once read; -1 before. */
        volatile int format = -1;

        private TermCache(IndexReader reader) {
        }

        static TermCache of(IndexReader reader) {
            IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
            if (helper == null) {
                return new TermCache(reader); // a reader that cannot tell when it closes: this look-up only
            }
            TermCache c = OPEN.get(helper.getKey());
            if (c == null) {
                TermCache made = new TermCache(reader);
                c = OPEN.computeIfAbsent(helper.getKey(), key -> {
                    helper.addClosedListener(OPEN::remove);
                    return made;
                });
            }
            return c;
        }

        /** How many terms the cache of {@code reader} holds (0 when it has none); for tests. */
        static int size(IndexReader reader) {
            IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
            TermCache c = helper == null ? null : OPEN.get(helper.getKey());
            return c == null ? 0 : c.states.size();
        }
    }

    /**
     * True if every unit that can reach {@code floor} holds a word the probe asked for: such a unit
     * shares one of the query's |distinct| - need + 1 rarest words ({@link #candidateQuery}), so if
     * the probe took all of them (none too common) and returned all it matched, the second stage
     * could only find units already checked. {@code probed}: the words the counting probe read (null
     * after the BM25 probe, whose words are those not very common).
     */
    private static boolean probeHoldsEveryCandidate(IndexReader r, Terms terms, Rescorer rescorer, int floor,
                                                    Set<BytesRef> probed) throws IOException {
        List<String> keys = rescorer.keys();
        if (keys.isEmpty()) {
            return false;
        }
        if (probed != null) {
            List<Map.Entry<BytesRef, Integer>> byRarity = byRarity(terms, keys);
            int prefix = byRarity.size() - rescorer.needed(floor) + 1;
            for (int i = 0; i < Math.min(prefix, byRarity.size()); i++) {
                if (!probed.contains(byRarity.get(i).getKey())) {
                    return false;
                }
            }
            return true;
        }
        if (keys.size() <= 2) {
            return true;
        }
        List<Map.Entry<BytesRef, Integer>> byRarity = byRarity(terms, keys);
        int prefix = byRarity.size() - rescorer.needed(floor) + 1;
        long common = common(r);
        for (int i = 0; i < Math.min(prefix, byRarity.size()); i++) {
            if (byRarity.get(i).getValue() > common) {
                return false;
            }
        }
        return true;
    }

    /** The query's distinct words (their terms) with their document frequencies, rarest first. */
    private static List<Map.Entry<BytesRef, Integer>> byRarity(Terms terms, List<String> keys) throws IOException {
        List<Map.Entry<BytesRef, Integer>> byRarity = new ArrayList<>();
        for (BytesRef key : keys.stream().map(terms::word).distinct().toList()) {
            byRarity.add(Map.entry(key, terms.docFreq(key)));
        }
        byRarity.sort(Map.Entry.comparingByValue());
        return byRarity;
    }

    /** The document frequency above which a word counts as very common: {@link #COMMON} of the units, at most {@link #PROBE_LIST}. */
    private static long common(IndexReader r) {
        return Math.min(Math.max(1000, (long) (r.maxDoc() * COMMON)), Math.max(1000, PROBE_LIST));
    }

    /** The hits not seen yet, in doc order, whose texts and key hashes are read from doc values when asked. */
    private static List<DocCandidate> candidates(Ctx ctx, ScoreDoc[] hits) {
        Arrays.sort(hits, Comparator.comparingInt(h -> h.doc));
        KeyReader keys = new KeyReader(ctx.reader(), ctx.fields().keys(ctx.src()), ctx.fields().text(ctx.tgt()));
        List<DocCandidate> out = new ArrayList<>(hits.length);
        for (ScoreDoc h : hits) {
            if (ctx.checked().add(h.doc)) {
                out.add(new DocCandidate(ctx, keys, h.doc, h.score));
                if (ctx.seen() != null) {
                    ctx.seen().candidate(h.doc, h.score);
                }
            }
        }
        return out;
    }

    /**
     * Key hashes of hits asked for in doc order (as {@link Rescorer#check} asks): one doc-values
     * iterator a leaf and field, moved forward only, instead of a new one a hit.
     */
    private static final class KeyReader {
        private final IndexReader reader;
        private final String keysField;
        private final String targetField;
        private int leaf = -1;
        private BinaryDocValues keys;
        private BinaryDocValues targets;
        private int last = -1;

        KeyReader(IndexReader reader, String keysField, String targetField) {
            this.reader = reader;
            this.keysField = keysField;
            this.targetField = targetField;
        }

        /** The unit's key hashes, or null if it lacks a target text or keys; {@code doc} ascending. */
        int[] keys(int doc) {
            try {
                if (doc <= last) {
                    throw new IllegalStateException("doc " + doc + " asked after " + last);
                }
                last = doc;
                int i = ReaderUtil.subIndex(doc, reader.leaves());
                LeafReaderContext ctx = reader.leaves().get(i);
                if (i != leaf) {
                    leaf = i;
                    keys = ctx.reader().getBinaryDocValues(keysField);
                    targets = ctx.reader().getBinaryDocValues(targetField);
                }
                int local = doc - ctx.docBase;
                if (targets == null || !targets.advanceExact(local) || keys == null || !keys.advanceExact(local)) {
                    return null;
                }
                return decode(keys.binaryValue());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Key hashes as 4 bytes each, big-endian (both layouts: the embedded index's and configset tmsh-5's {@code k_L}). */
    public static int[] decode(BytesRef b) {
        int[] v = new int[b.length / 4];
        for (int i = 0; i < v.length; i++) {
            int o = b.offset + 4 * i;
            v[i] = (b.bytes[o] & 0xFF) << 24 | (b.bytes[o + 1] & 0xFF) << 16 | (b.bytes[o + 2] & 0xFF) << 8
                    | (b.bytes[o + 3] & 0xFF);
        }
        return v;
    }

    /** A binary doc value of one unit of the reader, or null. */
    static BytesRef value(IndexReader reader, String field, int doc) {
        try {
            LeafReaderContext ctx = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
            BinaryDocValues dv = ctx.reader().getBinaryDocValues(field);
            return dv != null && dv.advanceExact(doc - ctx.docBase) ? dv.binaryValue() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A unit's position of import ({@link LookupFields#SEQ}), or -1. */
    static long seq(IndexReader r, int doc) throws IOException {
        LeafReaderContext ctx = r.leaves().get(ReaderUtil.subIndex(doc, r.leaves()));
        NumericDocValues seq = ctx.reader().getNumericDocValues(LookupFields.SEQ);
        return seq != null && seq.advanceExact(doc - ctx.docBase) ? seq.longValue() : -1;
    }

    /** A hit of the index; its fields come from doc values (and the tuid, as the layout says, from stored fields) on demand. */
    private record DocCandidate(Ctx ctx, KeyReader keyReader, int doc, float rank) implements Rescorer.Candidate {

        private String string(String field) {
            BytesRef b = value(ctx.reader(), field, doc);
            return b == null ? null : b.utf8ToString();
        }

        @Override
        public int[] keys() {
            return keyReader.keys(doc);
        }

        @Override
        public String source() {
            return string(ctx.fields().text(ctx.src()));
        }

        @Override
        public String target() {
            return string(ctx.fields().text(ctx.tgt()));
        }

        @Override
        public String id() {
            try {
                long seq = seq(ctx.reader(), doc);
                return seq < 0 ? null : Long.toString(seq);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String tuid() {
            if (ctx.fields().tuidInDocValues()) {
                return string(LookupFields.TUID);
            }
            long t0 = TRACE ? clock() : 0;
            try {
                return ctx.searcher().storedFields().document(doc, Set.of(LookupFields.TUID)).get(LookupFields.TUID);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                if (TRACE) {
                    Trace.stored += clock() - t0;
                }
            }
        }

        @Override
        public String xml() {
            if (!ctx.xml()) {
                return null;
            }
            try {
                return ctx.searcher().storedFields().document(doc, Set.of(LookupFields.XML)).get(LookupFields.XML);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The probe: the query's word pairs and its words that are not very common (in at most
     * {@link #common} units), each optional, ranked by BM25. Cheap, since it never walks the long
     * lists of common words.
     */
    private static Query probeQuery(IndexReader r, Terms terms, List<String> keys, List<String> numbers)
            throws IOException {
        if (keys.isEmpty()) {
            return null;
        }
        long common = common(r);
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        int clauses = 0;
        for (IndexTerms.Term term : IndexTerms.of(keys, terms.format())) {
            if ((term.pair() && PROBE_PAIRS == 0) || keys.size() <= 2
                    || terms.states(term.bytes()).docFreq() <= (term.pair() ? common * PROBE_PAIRS : common)) {
                q.add(terms.query(term.bytes()), BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        if (clauses > 0) {
            // the query's literal numbers break the tie among units that differ only in numbers
            for (String number : numbers) {
                q.add(terms.query(terms.number(number)), BooleanClause.Occur.SHOULD);
            }
        }
        return clauses == 0 ? null : q.build();
    }

    /** The highest score a look-up can give: 100, or 101 for an exact match in context when a context is asked for. */
    private static int ceiling(SearchOptions options) {
        return options.context() != null ? Match.CONTEXT : 100;
    }

    /** {@code q} among the units whose content-token count lies in {@code window} (doc values, checked last). */
    private static Query windowed(Query q, String lengthField, int[] window) {
        return new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
                .add(NumericDocValuesField.newSlowRangeQuery(lengthField, window[0], window[1]),
                        BooleanClause.Occur.FILTER)
                .build();
    }

    /**
     * The exact stage: every unit that could still enter the results, that is reach the rescorer's
     * bar (the best score found so far plus one, once the results are full; {@code min} before), is
     * checked, without scanning. Such a unit shares {@link Rescorer#needed} of the query's distinct
     * words and lies in the bar's length window, so a Lucene minimum-should-match over the words
     * ({@link Counted}) retrieves them. Lucene walks that query once ({@link Walk}: each unit's doc,
     * words and pairs held, length); the units are then checked in pages, ranked by how many of the
     * words each holds (an upper bound of its score) and, among equals, by the word pairs it holds and
     * by how close its length is to the query's. After each page the bar rises with the best found,
     * which raises the words and pairs needed and narrows the window, and the next page is taken from
     * the walk's units that still pass (a subset of what the query matched, so none is lost); the stage
     * stops when none is left or when the units left (which hold no more words than the page's last)
     * cannot reach the bar. When the walk matches more than {@link #walkLimit} units it gives up, and
     * the stage runs the query again for each page ({@link #pages}). A floor of best + 1 makes the
     * filter far more selective than {@code min}: after a good probe, few units share that many words.
     */
    private static void beat(Ctx ctx, Terms terms, Rescorer rescorer, Query filter, SearchOptions options)
            throws IOException {
        IndexReader r = ctx.reader();
        IndexSearcher searcher = ctx.searcher();
        String lengthField = ctx.fields().length(ctx.src());
        int ceiling = ceiling(options);
        int floor = rescorer.bar();
        Counted counted = Counted.of(terms, rescorer);
        if (counted == null) {
            return;
        }
        int need = needed(rescorer, floor);
        int pairNeed = counted.pairsNeeded(Math.min(floor, 100));
        if (need > counted.kept() || pairNeed > counted.pairs().size()) {
            return;
        }
        Query q = windowed(restrict(counted.query(need, pairNeed), filter), lengthField,
                rescorer.lengthWindow(Math.min(floor, 100)));
        Walk walk = new Walk(lengthField, counted.pairShare(), walkLimit);
        long w0 = TRACE ? clock() : 0;
        if (COUNTING) {
            Weight only = filter == null ? null
                    : searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1);
            if (!CountingWalk.walk(r, terms.field, counted.wordTerms(), counted.wordStates(), counted.pairTerms(),
                    counted.pairStates(), need, pairNeed, lengthField, rescorer.lengthWindow(Math.min(floor, 100)),
                    only, counted.prefixPostings(need), walkLimit, walk::add)) {
                walk.overflowed = true;
            }
        } else {
            searcher.search(q, walk);
        }
        if (TRACE) {
            Trace.walk += clock() - w0;
            Trace.need = need;
            Trace.pairNeed = pairNeed;
            Trace.kept = walk.size;
            for (int i = 0; i <= counted.kept() - need; i++) {
                Trace.postings += counted.freqs().get(i);
            }
        }
        if (walk.overflowed()) {
            pages(ctx, counted, rescorer, filter, ceiling);
            return;
        }
        int[] order = walk.ranked(rescorer.keys().size());
        int at = 0;
        int page = PAGE;
        while (at < order.length) {
            floor = rescorer.bar();
            if (floor > ceiling) {
                return;
            }
            need = needed(rescorer, floor);
            pairNeed = counted.pairsNeeded(Math.min(floor, 100));
            int[] window = rescorer.lengthWindow(Math.min(floor, 100));
            List<ScoreDoc> hits = new ArrayList<>();
            while (at < order.length && hits.size() < page) {
                int i = order[at++];
                if (walk.words(i) < need) {
                    at = order.length; // ranked by words: none after it holds enough
                    break;
                }
                int length = walk.length(i);
                if (walk.pairs(i) >= pairNeed && length >= window[0] && length <= window[1]) {
                    hits.add(new ScoreDoc(walk.doc(i), walk.score(i)));
                }
            }
            if (hits.isEmpty()) {
                return;
            }
            long c0 = TRACE ? clock() : 0;
            rescorer.check(candidates(ctx, hits.toArray(new ScoreDoc[0])));
            if (TRACE) {
                Trace.check += clock() - c0;
            }
            page = Math.min(page * 4, MAX_PAGE);
        }
    }

    /**
     * The exact stage in pages, each a new run of the query ({@code searchAfter}, top-scores mode): for a
     * bar so low that more than {@link #walkLimit} units hold enough words, where keeping them all
     * would cost more than walking the lists again.
     */
    private static void pages(Ctx ctx, Counted counted, Rescorer rescorer, Query filter, int ceiling) throws IOException {
        int floor = rescorer.bar();
        ScoreDoc after = null;
        int page = PAGE;
        while (true) {
            int need = needed(rescorer, floor);
            int pairNeed = counted.pairsNeeded(Math.min(floor, 100));
            if (need > counted.kept() || pairNeed > counted.pairs().size()) {
                return;
            }
            Query q = restrict(counted.query(need, pairNeed), filter);
            ScoreDoc[] hits = ctx.searcher().search(windowed(q, ctx.fields().length(ctx.src()),
                            rescorer.lengthWindow(Math.min(floor, 100))),
                    new TopScoreDocCollectorManager(page, after, page)).scoreDocs;
            if (hits.length == 0) {
                return;
            }
            ScoreDoc last = hits[hits.length - 1];
            rescorer.check(candidates(ctx, hits));
            floor = rescorer.bar();
            if (hits.length < page || floor > ceiling || (int) last.score < needed(rescorer, floor)) {
                return;
            }
            after = last;
            page = Math.min(page * 4, MAX_PAGE);
        }
    }

    /** The first page of the exact stage ({@link #beat}); each next page is four times larger, up to {@link #MAX_PAGE}. */
    static final int PAGE = 128;
    static final int MAX_PAGE = 8192;
    /**
     * How many units the exact stage's one walk keeps (doc, score, length) before it falls back to
     * pages; a test lowers it to run the fallback.
     */
    static volatile int walkLimit = Integer.getInteger("tmsh.tm.walk", 32_768);
    /**
     * Whether the exact stage's walk counts term at a time ({@link CountingWalk}, the default) or runs Lucene's
     * minimum-should-match query ({@code -Dtmsh.tm.counting=false}, the walk before; a test switches it).
     */
    static volatile boolean COUNTING = !"false".equals(System.getProperty("tmsh.tm.counting"));

    /**
     * One walk of the exact stage's query that keeps every unit it matches (its doc, its score, that
     * is the query's words it holds plus a share for each pair, and its content-token count), so that
     * the units a higher bar still lets through are picked from memory instead of walking the posting
     * lists again. Gives up ({@link #overflowed}) past {@code limit} units.
     */
    private static final class Walk implements Collector {
        private final String lengthField;
        private final float pairShare;
        private final int limit;
        private int[] docs = new int[256];
        private float[] scores = new float[256];
        private int[] lengths = new int[256];
        private int size;
        private boolean overflowed;

        Walk(String lengthField, float pairShare, int limit) {
            this.lengthField = lengthField;
            this.pairShare = pairShare;
            this.limit = limit;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
            if (overflowed) {
                throw new CollectionTerminatedException();
            }
            NumericDocValues length = ctx.reader().getNumericDocValues(lengthField);
            int base = ctx.docBase;
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (size == limit) {
                        overflowed = true;
                        throw new CollectionTerminatedException();
                    }
                    grow();
                    docs[size] = base + doc;
                    scores[size] = scorer.score();
                    lengths[size] = length != null && length.advanceExact(doc) ? (int) length.longValue() : 0;
                    size++;
                }
            };
        }

        boolean overflowed() {
            return overflowed;
        }

        /** Keeps a unit the counting walk found ({@link CountingWalk.Sink}); false past the limit. */
        boolean add(int doc, int words, int pairs, int length) {
            if (size == limit) {
                overflowed = true;
                return false;
            }
            grow();
            docs[size] = doc;
            scores[size] = words + pairs * pairShare;
            lengths[size] = length;
            size++;
            return true;
        }

        private void grow() {
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
                scores = Arrays.copyOf(scores, size * 2);
                lengths = Arrays.copyOf(lengths, size * 2);
            }
        }

        /** The kept units' indexes, most words (then pairs) first, then closest in length to {@code n} tokens. */
        int[] ranked(int n) {
            int[] order = new int[size];
            Arrays.setAll(order, i -> i);
            // sorted in place on the ints (a boxed index array and comparator were a sixth of a long look-up's
            // allocation); the order is total (docs differ), so it is the same whatever the sort
            new org.apache.lucene.util.IntroSorter() {
                private int pivot;

                @Override
                protected void setPivot(int i) {
                    pivot = order[i];
                }

                @Override
                protected int comparePivot(int j) {
                    return compareUnits(pivot, order[j], n);
                }

                @Override
                protected int compare(int i, int j) {
                    return compareUnits(order[i], order[j], n);
                }

                @Override
                protected void swap(int i, int j) {
                    int t = order[i];
                    order[i] = order[j];
                    order[j] = t;
                }
            }.sort(0, size);
            return order;
        }

        /** Most words (then pairs) first, then closest in length to {@code n} tokens, then by doc. */
        private int compareUnits(int a, int b, int n) {
            int c = Float.compare(scores[b], scores[a]);
            if (c == 0) {
                c = Integer.compare(Math.abs(lengths[a] - n), Math.abs(lengths[b] - n));
            }
            return c != 0 ? c : Integer.compare(docs[a], docs[b]);
        }

        int doc(int i) {
            return docs[i];
        }

        float score(int i) {
            return scores[i];
        }

        int length(int i) {
            return lengths[i];
        }

        /** The query's words unit {@code i} holds (each scores 1; the pairs add less than 1 in all). */
        int words(int i) {
            return (int) scores[i];
        }

        /** The query's pairs unit {@code i} holds. */
        int pairs(int i) {
            return pairShare == 0 ? 0 : Math.round((scores[i] - words(i)) / pairShare);
        }
    }

    /** The distinct words a unit needs to reach {@code floor} (an exact match, when the floor is a match in context). */
    private static int needed(Rescorer rescorer, int floor) {
        return rescorer.needed(Math.min(floor, 100));
    }

    /**
     * The exact stage's query. A unit that reaches a floor holds {@link Rescorer#needed} of the query's
     * distinct words; and of its word pairs, since the best alignment of the unit's n-token query
     * leaves at most d = (100 - floor)% of the longer text (at most 100n/floor tokens) unmatched: at
     * least n - d query tokens are matched, in at most d + 1 runs, so at least n - 2d - 1 of the
     * query's neighbouring pairs are neighbours in the unit too (less the query's repeated pairs).
     * The query asks for both as minimum-should-match clauses over the words and pairs that some unit
     * holds; Lucene leads each with its rarest lists and only advances the others, so no common
     * word's list is walked whole. Each word scores 1, so that a unit's score is the number of the
     * query's words it holds; the pairs add less than 1 in all, to rank units with as many words by
     * how many neighbours they share.
     */
    private record Counted(List<Query> words, List<Integer> freqs, List<Term> wordTerms, List<TermStates> wordStates,
                           List<Query> pairs, List<Term> pairTerms, List<TermStates> pairStates, int distinctPairs, int n) {

        static Counted of(Terms terms, Rescorer rescorer) throws IOException {
            List<Query> words = new ArrayList<>();
            List<Integer> freqs = new ArrayList<>();
            List<Term> wordTerms = new ArrayList<>();
            List<TermStates> wordStates = new ArrayList<>();
            for (Map.Entry<BytesRef, Integer> e : byRarity(terms, rescorer.keys())) {
                if (e.getValue() > 0) { // a word no unit holds cannot help a unit reach the floor
                    words.add(new ConstantScoreQuery(terms.query(e.getKey())));
                    freqs.add(e.getValue());
                    wordTerms.add(new Term(terms.field, e.getKey()));
                    wordStates.add(terms.states(e.getKey()));
                }
            }
            if (words.isEmpty()) {
                return null;
            }
            List<Query> pairs = new ArrayList<>();
            List<Term> pairTerms = new ArrayList<>();
            List<TermStates> pairStates = new ArrayList<>();
            int distinctPairs = 0;
            for (IndexTerms.Term term : IndexTerms.of(rescorer.keys(), terms.format())) {
                if (term.pair()) {
                    distinctPairs++;
                    if (terms.states(term.bytes()).docFreq() > 0) {
                        pairs.add(terms.query(term.bytes()));
                        pairTerms.add(new Term(terms.field, term.bytes()));
                        pairStates.add(terms.states(term.bytes()));
                    }
                }
            }
            return new Counted(words, freqs, wordTerms, wordStates, pairs, pairTerms, pairStates, distinctPairs,
                    rescorer.keys().size());
        }

        int kept() {
            return words.size();
        }

        /** The postings of the word lists one of which a unit holding {@code need} of them holds (the walk's estimate). */
        long prefixPostings(int need) {
            long sum = 0;
            for (int i = 0; i <= words.size() - need; i++) {
                sum += freqs.get(i);
            }
            return sum;
        }

        /** The distinct query pairs a unit must hold to reach {@code floor}: {@link Rescorer#pairsNeeded}. */
        int pairsNeeded(int floor) {
            return Rescorer.pairsNeeded(n, distinctPairs, floor);
        }

        /** What each pair a unit holds adds to its score: less than 1 for all of them together. */
        float pairShare() {
            return pairs.isEmpty() ? 0 : 0.5f / (pairs.size() + 1);
        }

        /** The units holding at least {@code need} of the words and {@code pairNeed} of the pairs, scored as the record says. */
        Query query(int need, int pairNeed) {
            BooleanQuery.Builder w = new BooleanQuery.Builder();
            for (Query q : words) {
                w.add(q, BooleanClause.Occur.SHOULD);
            }
            w.setMinimumNumberShouldMatch(need);
            BooleanQuery.Builder q = new BooleanQuery.Builder().add(w.build(), BooleanClause.Occur.MUST);
            if (!pairs.isEmpty()) {
                float share = pairShare();
                BooleanQuery.Builder p = new BooleanQuery.Builder();
                for (Query pair : pairs) {
                    p.add(new BoostQuery(new ConstantScoreQuery(pair), share), BooleanClause.Occur.SHOULD);
                }
                if (pairNeed > 0) {
                    p.setMinimumNumberShouldMatch(pairNeed);
                }
                q.add(p.build(), pairNeed > 0 ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
            }
            return q.build();
        }
    }

    private FuzzySearch() {
    }
}
