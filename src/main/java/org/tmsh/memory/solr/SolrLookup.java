package org.tmsh.memory.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;

import org.tmsh.match.Tokenizer;
import org.tmsh.memory.Concordance;
import org.tmsh.memory.ConcordanceHit;
import org.tmsh.memory.Match;
import org.tmsh.memory.Rescorer;
import org.tmsh.memory.SearchOptions;
import org.tmsh.memory.UnitFilter;
import org.tmsh.memory.UnitKeys;

/**
 * Look-up in a Solr TM, the same two stages as the embedded one: a probe over the query's rarer
 * words and word pairs, then (when the probe finds nothing) a lossless minimum-should-match over
 * its words within the length window. Solr retrieves candidates with their texts and key hashes;
 * tmsh's {@link Rescorer} scores them exactly, so percentages are the embedded TM's.
 */
final class SolrLookup {

    static final int PROBE = Integer.getInteger("tmsh.tm.probe", 128);
    static final int CANDIDATES = 400;
    static final double COMMON = Double.parseDouble(System.getProperty("tmsh.tm.common", "0.005"));

    private final SolrMemory tm;

    SolrLookup(SolrMemory tm) {
        this.tm = tm;
    }

    List<Match> search(Tokenizer tokenizer, String text, String src, String tgt, int min, int max)
            throws SolrServerException, IOException {
        return search(tokenizer, text, src, tgt, min, max, SearchOptions.NONE);
    }

    /**
     * A look-up among the units that pass the options' filter ({@link SolrFilter}: filter queries of
     * both stages, so document frequencies stay the TM's and the stages' argument holds among the
     * filtered units), with penalties and context applied by the {@link Rescorer} (the candidates'
     * {@code <tu>} fetched with them when these need it).
     */
    List<Match> search(Tokenizer tokenizer, String text, String src, String tgt, int min, int max, SearchOptions options)
            throws SolrServerException, IOException {
        List<String> fqs = SolrFilter.of(options.filter());
        if (SolrNodeMatch.enabled() && !options.needsMeta() && tm.layout().bytes() && tm.layout().lines()) {
            Direct d = direct();
            if (d != null) { // a one-shard TM: the whole look-up by the plug-in on its leader's node, one request
                List<String> all = new ArrayList<>();
                all.add(tmFilter());
                all.addAll(fqs);
                List<Match> m = node.search(SolrCluster.lookupClient(d.url()), d.url(), d.core(), tokenizer, text, src, tgt,
                        min, max, common(), all, options, times);
                if (m != null) {
                    times.lookups.increment();
                    return m;
                }
            }
        }
        Rescorer rescorer = new Rescorer(tokenizer, text, src, tgt, min, max, options);
        List<String> keys = rescorer.keys();
        String field = SolrSchema.words(src);
        List<String> terms = UnitKeys.wordTerms(keys);
        long common = common();
        Set<String> seen = new HashSet<>();
        boolean probedAll = false; // the probe returned every unit it matched
        Map<String, Long> df;
        if (!keys.isEmpty() && exact() && !probe()) { // the exact stage alone, from the minimum (for comparison)
            beat(rescorer, field, null, src, tgt, fqs, options, seen);
            times.lookups.increment();
            return rescorer.results();
        }
        if (keys.isEmpty()) {
            df = Map.of();
        } else if (!oneRequest()) {
            df = docFreqs(field, terms);
            SolrQuery probe = probeQuery(keys, rescorer.numberTerms(), df, common, src, tgt);
            if (probe != null) {
                QueryResponse r = ask(restrict(probe, fqs, options));
                probedAll = r.getResults().size() < PROBE;
                rescore(rescorer, candidates(r, src, tgt, seen));
            }
        } else {
            // the probe of the words not known to be common, asking in the same request how many
            // units have each word: when a word's count puts it on the other side, the probe is sent again
            Set<String> known = commonWords.computeIfAbsent(field, f -> ConcurrentHashMap.newKeySet());
            List<String> numbers = rescorer.numberTerms();
            List<String> words = MatchProtocol.singleWords(terms);
            SolrQuery guess = probeQuery(keys, numbers, t -> !known.contains(t), src, tgt);
            SolrQuery asked = guess != null ? restrict(guess, fqs, options) : rowsOnly();
            // the term dictionary's counts on a one-shard TM's leader core only: with them on a spread TM's
            // distributed requests the crowded-probe contract test failed (cause not established; counts
            // missing from the response would count every word 0, and the exact stage leave every word out)
            boolean fromTerms = termCounts() && direct() != null;
            QueryResponse first = ask(fromTerms ? withTermCounts(asked, field, words) : withDocFreqs(asked, field, words));
            df = fromTerms ? termCountsOf(first, field, words) : docFreqsOf(first, words);
            if (df == null) { // no counts came back (the request went to the collection after all): ask the TM's own
                df = docFreqs(field, words);
            }
            for (String w : words) {
                if (df.getOrDefault(w, 0L) > common) {
                    known.add(w);
                } else {
                    known.remove(w);
                }
            }
            SolrQuery probe = probeQuery(keys, numbers, df, common, src, tgt);
            if (probe != null && guess != null && probe.getQuery().equals(guess.getQuery())) {
                probedAll = first.getResults().size() < PROBE;
                rescore(rescorer, candidates(first, src, tgt, seen));
            } else if (probe != null) {
                times.resent.increment();
                QueryResponse r = ask(restrict(probe, fqs, options));
                probedAll = r.getResults().size() < PROBE;
                rescore(rescorer, candidates(r, src, tgt, seen));
            }
        }
        if (!exact() || keys.isEmpty()) {
            if (rescorer.isEmpty()) {
                SolrQuery q = candidateQuery(rescorer, field, df, common, src, tgt, min);
                if (q != null) {
                    rescore(rescorer, candidates(restrict(q, fqs, options), src, tgt, seen));
                }
            }
        } else {
            int floor = rescorer.bar();
            if (floor <= ceiling(options) && !(probedAll && MatchProtocol.probeHoldsEveryCandidate(rescorer, df, common, floor))) {
                beat(rescorer, field, df, src, tgt, fqs, options, seen);
            }
        }
        times.lookups.increment();
        return rescorer.results();
    }

    /**
     * Whether a look-up starts with the probe ({@code -Dtmsh.solr.probe}, default true) or, for comparison in
     * the benchmark, with the exact stage alone from the minimum ({@code false}): one request a look-up
     * instead of two, exact all the same (the stage checks every unit that can reach the bar), but its
     * first page ranks by the number of the query's words held, without the probe's rare words first; at
     * a million units it used no less of Solr's CPU and its p99 was higher (docs/memory-performance.md).
     */
    private static boolean probe() {
        return Boolean.parseBoolean(System.getProperty("tmsh.solr.probe", "true"));
    }

    /**
     * Whether a look-up asks for its words' counts in the probe's own request ({@code -Dtmsh.solr.onerequest},
     * default true), or in a request of their own before it (as before; for comparison in the benchmark).
     */
    private static boolean oneRequest() {
        return Boolean.parseBoolean(System.getProperty("tmsh.solr.onerequest", "true"));
    }

    /**
     * Per words field, the words found common (in more of the TM's units than {@link #common}) by the
     * look-ups so far: the next look-up leaves them out of its probe before it knows their counts. A
     * word is added or removed as each look-up's counts say; only common words are kept, of which a
     * TM has few (every unit's words together are at most the units times their length, so at most
     * that over the threshold).
     */
    private final Map<String, Set<String>> commonWords = new ConcurrentHashMap<>();

    /** The query with the filter's queries, and the {@code <tu>} among its fields when penalties or a context need it. */
    private static SolrQuery restrict(SolrQuery q, List<String> fqs, SearchOptions options) {
        for (String fq : fqs) {
            q.addFilterQuery(fq);
        }
        if (options.needsMeta()) {
            q.addField(SolrSchema.XML);
        }
        return q;
    }

    /** How many units a word may be in and still count as rare (a share of the TM's units). */
    long common() throws IOException {
        return Math.max(1000, (long) (tm.recentSize() * COMMON));
    }

    /** The probe: an OR of the query's rarer words and its word pairs, the best {@link #PROBE} units; null if none. */
    SolrQuery probeQuery(List<String> keys, List<String> numbers, Map<String, Long> df, long common, String src,
                         String tgt) {
        return probeQuery(keys, numbers, t -> df.getOrDefault(t, 0L) <= common, src, tgt);
    }

    /** The probe, with {@code rare} saying which words are rare enough for it; null if it has no term. */
    private SolrQuery probeQuery(List<String> keys, List<String> numbers, java.util.function.Predicate<String> rare,
                                 String src, String tgt) {
        String field = SolrSchema.words(src);
        List<String> probe = MatchProtocol.probeTerms(keys, numbers, rare);
        if (probe.isEmpty()) {
            return null;
        }
        SolrQuery q = query(src, tgt, anyOf(field, probe), PROBE);
        // the probe needs its best units, not how many it matched: counting every match exactly keeps Lucene
        // from skipping the units that can no longer enter the best (the embedded probe counts up to 1,000)
        q.set("minExactCount", PROBE);
        return q;
    }

    private void rescore(Rescorer rescorer, List<Rescorer.Fetched> candidates) {
        long t = System.nanoTime();
        rescorer.check(candidates);
        times.rescoreNs.add(System.nanoTime() - t);
    }

    /** Where look-ups spent their time, summed since this TM was opened (the benchmark prints it). */
    static final class Times {
        final LongAdder lookups = new LongAdder();
        final LongAdder requests = new LongAdder();
        final LongAdder qtimeMs = new LongAdder();
        final LongAdder requestNs = new LongAdder();
        final LongAdder rescoreNs = new LongAdder();
        final LongAdder fetched = new LongAdder();
        /** Probes sent again, the counts of their words having shown a word common or rare against the guess. */
        final LongAdder resent = new LongAdder();
        /** Pages of the exact stage ({@link #beat}) asked for. */
        final LongAdder exactPages = new LongAdder();
    }

    final Times times = new Times();

    /** The look-up by tmsh's plug-in on the node ({@link SolrNodeMatch}), tried first when it can answer. */
    final SolrNodeMatch node = new SolrNodeMatch();

    /** Where a one-shard TM's look-ups go: its shard leader's core, re-read a minute after it was read. */
    private record Direct(SolrClient client, String core, long at, String url) {
    }

    private volatile Direct direct;

    /**
     * The leader's core of a TM that lives on one shard ({@code -Dtmsh.solr.direct}, default true), or
     * null (a spread TM, or the cluster's state cannot be read): a request to the collection is handled
     * by whichever core the receiving node picks, and when that core is not of the TM's shard it
     * becomes a distributed request in two rounds (ids and scores, then the fields); a request to the
     * leader's core with {@code distrib=false} is one round. The leader sees every commit at once, also
     * with TLOG replicas. NOTE: should the leader change, look-ups keep going to the old one (then a
     * replica, current within its replication interval) for up to a minute.
     */
    private Direct direct() {
        if (!tm.oneShard() || !Boolean.parseBoolean(System.getProperty("tmsh.solr.direct", "true"))) {
            return null;
        }
        Direct d = direct;
        if (d == null || System.nanoTime() - d.at() > 60_000_000_000L) {
            String[] core = SolrLeaders.of(tm.client(), tm.url(), tm.collection()).leaderCoreOf(tm.route() + "x");
            d = core == null ? new Direct(null, null, System.nanoTime(), null)
                    : new Direct(SolrCluster.client(core[0]), core[1], System.nanoTime(), core[0]);
            direct = d;
        }
        return d.client() == null ? null : d;
    }

    /** One request, its server time (QTime) and its whole time (request, transfer, parsing) counted. */
    private QueryResponse ask(SolrQuery q) throws SolrServerException, IOException {
        long t = System.nanoTime();
        Direct d = direct();
        QueryResponse r = null;
        if (d != null) {
            try {
                SolrQuery local = q.getCopy();
                local.set("distrib", false);
                r = SolrCluster.lookupClient(d.url()).query(d.core(), local);
                if (r.getResults() == null) { // a core that is stopping can answer without a result list
                    r = null;
                    direct = null;
                }
            } catch (SolrServerException | IOException | RuntimeException e) {
                direct = null; // the core moved or went: ask the collection, and read the state again next time
            }
        }
        r = r != null ? r : tm.query(q);
        times.requestNs.add(System.nanoTime() - t);
        times.requests.increment();
        times.qtimeMs.add(r.getQTime());
        return r;
    }

    /**
     * Whether a look-up ends with the exact stage ({@link #beat}, {@code -Dtmsh.solr.exact}, default true) or,
     * as before, with the second stage only when the probe found nothing (for comparison in the benchmark).
     */
    private static boolean exact() {
        return Boolean.parseBoolean(System.getProperty("tmsh.solr.exact", "true"));
    }

    /** The highest score a look-up can give: 100, or 101 for an exact match in context when a context is asked for. */
    private static int ceiling(SearchOptions options) {
        return options.context() != null ? Match.CONTEXT : 100;
    }

    /** The first page of the exact stage ({@link #beat}); each next page is four times larger, up to {@link #MAX_PAGE}. */
    static final int PAGE = 128;
    static final int MAX_PAGE = 8192;

    /**
     * The exact stage, as the embedded look-up's ({@code FuzzySearch.beat}): every unit that could still
     * enter the results, that is reach the rescorer's bar (the best found so far plus one once the
     * results are full; the minimum before), is checked without a scan. Such a unit holds
     * {@link Rescorer#needed} of the query's distinct words (and {@link Rescorer#pairsNeeded} of its word pairs)
     * and lies in the bar's length window, so a minimum-should-match query over them retrieves it; each
     * word scores 1 and the pairs less than 1 in all, so a unit's score is the number of the query's
     * words it holds (an upper bound of its fuzzy score). Pages come best first, each checked by the
     * {@link Rescorer}; the bar rises with the best found, and the stage stops after the last page or
     * when the units left hold too few words to reach the bar. A page is the best {@code page} units
     * by score alone, asked for from the first each time (128, 512, ...; the units already checked
     * are skipped): every unit outside it scores no more than its last, whatever order ties take or
     * whether the index changed between pages, and Lucene may skip the units that cannot enter it
     * ({@code minExactCount}). {@code -Dtmsh.solr.pages=cursor} pages by a cursor over score and id
     * instead (as before; for comparison in the benchmark): that sort scores and sorts every match. A
     * word counted 0 is in no live unit (counts are never below the TM's own) and is left out; with
     * {@code df} null (no counts asked: {@link #probe} off) every word is kept.
     */
    private void beat(Rescorer rescorer, String field, Map<String, Long> df, String src, String tgt, List<String> fqs,
                      SearchOptions options, Set<String> seen) throws SolrServerException, IOException {
        List<String> keys = rescorer.keys();
        List<String> words = MatchProtocol.exactWords(keys, df);
        if (words.isEmpty()) {
            return;
        }
        List<String> pairs = MatchProtocol.pairs(keys);
        int ceiling = ceiling(options);
        int floor = rescorer.bar();
        String cursor = "*";
        int page = PAGE;
        boolean byCursor = "cursor".equals(System.getProperty("tmsh.solr.pages", "top"));
        while (true) {
            int bar = Math.min(floor, 100);
            MatchProtocol.Need needs = MatchProtocol.need(rescorer, keys.size(), words, pairs, bar);
            if (needs == null) {
                return;
            }
            int need = needs.words();
            int pairNeed = needs.pairs();
            SolrQuery q = query(src, tgt, null, page);
            StringBuilder w = new StringBuilder("{!bool mm=").append(need);
            for (int i = 0; i < words.size(); i++) {
                w.append(" should=$u").append(i);
                q.set("u" + i, term(field, words.get(i)) + "^=1");
            }
            q.set("words", w.append('}').toString());
            StringBuilder main = new StringBuilder("{!bool must=$words");
            if (!pairs.isEmpty()) {
                float share = 0.5f / (pairs.size() + 1);
                StringBuilder p = new StringBuilder("{!bool");
                if (pairNeed > 0) {
                    p.append(" mm=").append(pairNeed);
                }
                for (int i = 0; i < pairs.size(); i++) {
                    p.append(" should=$p").append(i);
                    q.set("p" + i, term(field, pairs.get(i)) + "^=" + share);
                }
                q.set("pairs", p.append('}').toString());
                main.append(pairNeed > 0 ? " must=$pairs" : " should=$pairs");
            }
            q.setQuery(main.append('}').toString());
            int[] window = rescorer.lengthWindow(bar);
            q.addFilterQuery("{!cache=false}" + SolrSchema.length(src) + ":[" + window[0] + " TO " + window[1] + "]");
            if (byCursor) {
                q.addSort("score", SolrQuery.ORDER.desc);
                q.addSort(SolrSchema.ID, SolrQuery.ORDER.asc);
                q.set("cursorMark", cursor);
            } else {
                // the best `page` by score alone, counted no further: Lucene may skip the units that can no
                // longer enter them (a sort with a tie-break on id scores and sorts every match)
                q.set("minExactCount", page);
            }
            QueryResponse r = ask(restrict(q, fqs, options));
            var hits = r.getResults();
            if (hits.isEmpty()) {
                return;
            }
            times.exactPages.increment();
            Object lastScore = hits.get(hits.size() - 1).getFirstValue("score");
            int lastWords = lastScore instanceof Number n ? (int) n.floatValue() : Integer.MAX_VALUE;
            rescore(rescorer, candidates(r, src, tgt, seen));
            floor = rescorer.bar();
            if (hits.size() < page || floor > ceiling || lastWords < rescorer.needed(Math.min(floor, 100))) {
                return;
            }
            if (byCursor) {
                if (r.getNextCursorMark() == null || r.getNextCursorMark().equals(cursor)) {
                    return;
                }
                cursor = r.getNextCursorMark();
                page = Math.min(page * 4, MAX_PAGE);
            } else {
                page *= 4; // the next page is the best `page` again, from the first: those checked are skipped
            }
        }
    }

    /** The minimum-should-match stage, as {@code FuzzySearch.candidateQuery} of the embedded TM; null when no unit can qualify. */
    private SolrQuery candidateQuery(Rescorer rescorer, String field, Map<String, Long> df, long common, String src,
                                     String tgt, int floor) {
        List<String> keys = rescorer.keys();
        if (keys.isEmpty()) {
            SolrQuery q = query(src, tgt, SolrSchema.LANG + ":" + ClientUtils.escapeQueryChars(src), CANDIDATES);
            q.addFilterQuery(SolrSchema.length(src) + ":[0 TO 0]");
            return q;
        }
        List<String> distinct = keys.stream().map(k -> k.replace(' ', '_')).distinct().toList();
        int need = rescorer.needed(floor);
        List<String> byRarity = new ArrayList<>(distinct);
        byRarity.sort((a, b) -> Long.compare(df.getOrDefault(a, 0L), df.getOrDefault(b, 0L)));
        int prefix = distinct.size() - need + 1;
        List<String> kept = new ArrayList<>();
        int lowered = 0;
        for (int i = 0; i < byRarity.size(); i++) {
            long f = df.getOrDefault(byRarity.get(i), 0L);
            if (f == 0) {
                continue;
            }
            if (i >= prefix && f > common) {
                lowered++;
                continue;
            }
            kept.add(byRarity.get(i));
        }
        int required = need - lowered;
        if (kept.isEmpty() || required > kept.size()) {
            return null;
        }
        SolrQuery q = query(src, tgt, null, CANDIDATES);
        StringBuilder mm = new StringBuilder("{!bool mm=").append(Math.max(1, required));
        for (int i = 0; i < kept.size(); i++) {
            mm.append(" should=$u").append(i);
            q.set("u" + i, term(field, kept.get(i)));
        }
        q.set("words", mm.append('}').toString());
        StringBuilder main = new StringBuilder("{!bool must=$words");
        int b = 0;
        for (String term : UnitKeys.wordTerms(keys)) {
            if (term.indexOf(' ') > 0) {
                main.append(" should=$b").append(b);
                q.set("b" + b++, term(field, term));
            }
        }
        q.setQuery(main.append('}').toString());
        int[] window = rescorer.lengthWindow(floor);
        q.addFilterQuery(SolrSchema.length(src) + ":[" + window[0] + " TO " + window[1] + "]");
        return q;
    }

    /** A term query of {@code field}, the term as the collection's layout indexes it (a word pair hashed, tmsh-7 on). */
    private String term(String field, String term) {
        return field + ":" + ClientUtils.escapeQueryChars(tm.layout().term(term));
    }

    private String anyOf(String field, List<String> terms) {
        StringBuilder sb = new StringBuilder();
        for (String t : terms) {
            sb.append(sb.isEmpty() ? "" : " ").append(term(field, t));
        }
        return sb.toString();
    }

    /** A query for units of this TM with both languages, returning what rescoring needs. */
    private SolrQuery query(String src, String tgt, String q, int rows) {
        SolrQuery s = new SolrQuery();
        if (q != null) {
            s.setQuery(q);
        }
        s.set("q.op", "OR");
        s.addFilterQuery(tmFilter());
        s.setFields(SolrSchema.ID, SolrSchema.TUID, SolrSchema.text(src), SolrSchema.text(tgt), SolrSchema.keys(src), "score",
                SolrSchema.SEQ);
        s.setRows(rows);
        s.set("_route_", tm.route());
        return s;
    }

    /** The filter query of this TM's units. */
    private String tmFilter() {
        return SolrSchema.TM + ":" + ClientUtils.escapeQueryChars(tm.remote());
    }

    List<Rescorer.Fetched> candidates(SolrQuery q, String src, String tgt, Set<String> seen)
            throws SolrServerException, IOException {
        return candidates(ask(q), src, tgt, seen);
    }

    /** The units of a response as candidates, those already seen left out. */
    private List<Rescorer.Fetched> candidates(QueryResponse r, String src, String tgt, Set<String> seen) {
        times.fetched.add(r.getResults().size());
        List<Rescorer.Fetched> out = new ArrayList<>();
        for (SolrDocument d : r.getResults()) {
            String id = (String) d.getFirstValue(SolrSchema.ID);
            if (!seen.add(id)) {
                continue;
            }
            Object score = d.getFirstValue("score");
            String target = SolrSchema.string(d.getFirstValue(SolrSchema.text(tgt)));
            int[] keys = target == null ? null : SolrSchema.decode(d.getFirstValue(SolrSchema.keys(src)));
            out.add(new Rescorer.Fetched(score instanceof Number n ? n.floatValue() : 0f, keys,
                    SolrSchema.string(d.getFirstValue(SolrSchema.text(src))), target, SolrSchema.string(d.getFirstValue(SolrSchema.TUID)),
                    (String) d.getFirstValue(SolrSchema.XML), unitId(d)));
        }
        return out;
    }

    /**
     * How many of this TM's units have each term (one request, a facet query per term), as the
     * embedded look-up reads document frequencies from its own index; a collection's other TMs do not count.
     */
    Map<String, Long> docFreqs(String field, List<String> terms) throws SolrServerException, IOException {
        SolrQuery q = new SolrQuery("*:*");
        q.addFilterQuery(SolrSchema.TM + ":" + ClientUtils.escapeQueryChars(tm.remote()));
        q.set("_route_", tm.route());
        q.setRows(0);
        q.setFacet(true);
        Map<String, String> byQuery = new HashMap<>();
        for (String t : terms) {
            String fq = term(field, t);
            byQuery.put(fq, t);
            q.addFacetQuery(fq);
        }
        QueryResponse r = ask(q);
        Map<String, Long> out = new HashMap<>();
        if (r.getFacetQuery() != null) {
            r.getFacetQuery().forEach((query, n) -> {
                String t = byQuery.get(query);
                if (t != null) {
                    out.put(t, n.longValue());
                }
            });
        }
        return out;
    }

    /** A request for nothing but counts: no unit returned. */
    private SolrQuery rowsOnly() {
        SolrQuery q = new SolrQuery("*:*");
        q.addFilterQuery(SolrSchema.TM + ":" + ClientUtils.escapeQueryChars(tm.remote()));
        q.set("_route_", tm.route());
        q.setRows(0);
        return q;
    }

    /**
     * The request with, beside its own results, how many of this TM's units have each word (a JSON
     * facet: a query facet per word within all of the TM's units, whatever the request's query and
     * filters), so that a look-up learns its words' counts in the probe's own round trip.
     */
    private SolrQuery withDocFreqs(SolrQuery q, String field, List<String> words) {
        if (words.isEmpty()) {
            return q;
        }
        StringBuilder json = new StringBuilder("{df:{type:query,q:\"*:*\",domain:{query:")
                .append(jsonString(SolrSchema.TM + ":" + ClientUtils.escapeQueryChars(tm.remote()))).append("},facet:{");
        for (int i = 0; i < words.size(); i++) {
            json.append(i == 0 ? "" : ",").append('w').append(i).append(":{type:query,q:")
                    .append(jsonString(term(field, words.get(i)))).append('}');
        }
        q.set("json.facet", json.append("}}}").toString());
        return q;
    }

    /**
     * How a look-up learns its words' counts in the probe's request ({@code -Dtmsh.solr.counts}): {@code terms}
     * (default), the terms component's document frequencies from the term dictionary, or {@code facet}, a
     * JSON facet over the TM's units (as before; for comparison in the benchmark). A facet makes Solr collect
     * every unit the probe matches (and count each word's units), where the term dictionary costs one
     * look-up a word and lets Solr collect only the best {@link #PROBE}.
     */
    private static boolean termCounts() {
        return !"facet".equals(System.getProperty("tmsh.solr.counts", "terms"));
    }

    /**
     * The request with the terms component asking the term dictionary how many documents hold each
     * word. These counts are upper bounds of the TM's own: they include the collection's other TMs and
     * deleted documents not yet merged away. They only choose which words the probe leaves out as
     * common and which the second stage may drop (lowering its minimum by as many, which holds for any
     * choice), and a word counted 0 is in no live document, so the look-up's exactness does not
     * depend on them being the TM's own.
     */
    private static SolrQuery withTermCounts(SolrQuery q, String field, List<String> words) {
        if (words.isEmpty()) {
            return q;
        }
        StringBuilder list = new StringBuilder();
        for (String w : words) {
            list.append(list.isEmpty() ? "" : ",");
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (c == ',' || c == '\\') {
                    list.append('\\'); // the component splits the list at commas, a backslash escaping the next character
                }
                list.append(c);
            }
        }
        q.set("terms", true);
        q.set("terms.fl", field);
        q.set("terms.list", list.toString());
        return q;
    }

    /**
     * The counts {@link #withTermCounts} asked for, by word (a word the term dictionary lacks counts 0),
     * or null when the response holds none for the field.
     */
    private static Map<String, Long> termCountsOf(QueryResponse r, String field, List<String> words) {
        if (words.isEmpty()) {
            return Map.of();
        }
        if (r.getTermsResponse() == null || r.getTermsResponse().getTerms(field) == null) {
            return null;
        }
        Map<String, Long> out = new HashMap<>();
        for (String w : words) {
            out.put(w, 0L);
        }
        for (var t : r.getTermsResponse().getTerms(field)) {
            if (out.containsKey(t.getTerm())) {
                out.put(t.getTerm(), t.getFrequency());
            }
        }
        return out;
    }

    /** The counts {@link #withDocFreqs} asked for, by word. */
    private static Map<String, Long> docFreqsOf(QueryResponse r, List<String> words) {
        Map<String, Long> out = new HashMap<>();
        if (r.getResponse().get("facets") instanceof org.apache.solr.common.util.NamedList<?> facets
                && facets.get("df") instanceof org.apache.solr.common.util.NamedList<?> df) {
            for (int i = 0; i < words.size(); i++) {
                if (df.get("w" + i) instanceof org.apache.solr.common.util.NamedList<?> w
                        && w.get("count") instanceof Number n) {
                    out.put(words.get(i), n.longValue());
                }
            }
        }
        return out;
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** Concordance: candidates with every word in one of the languages, in import order, each verified by {@link Concordance}. */
    List<ConcordanceHit> concordance(Concordance c, List<String> langs, List<String> all, String otherLang, int max,
                                     UnitFilter filter) throws SolrServerException, IOException {
        StringBuilder any = new StringBuilder();
        for (String l : langs) {
            StringBuilder each = new StringBuilder();
            for (String w : c.words()) {
                String field = SolrSchema.words(l);
                String clause = Concordance.inside(w) ? field + ":*" + ClientUtils.escapeQueryChars(Concordance.leading(w)) + "*"
                        : term(field, Concordance.isNumber(w) ? "#num" : w);
                each.append(each.isEmpty() ? "" : " AND ").append(clause);
            }
            any.append(any.isEmpty() ? "" : " OR ").append('(').append(each).append(')');
        }
        List<ConcordanceHit> out = new ArrayList<>();
        int start = 0;
        int rows = Math.max(max * 4, 64);
        while (out.size() < max) {
            SolrQuery q = new SolrQuery(any.toString());
            q.addFilterQuery(SolrSchema.TM + ":" + ClientUtils.escapeQueryChars(tm.remote()));
            SolrFilter.of(filter).forEach(q::addFilterQuery);
            q.set("_route_", tm.route());
            q.addSort(SolrSchema.SEQ, SolrQuery.ORDER.asc);
            q.addSort(SolrSchema.ID, SolrQuery.ORDER.asc);
            q.setFields(SolrSchema.TUID, SolrSchema.SEQ, "t_*");
            q.setStart(start);
            q.setRows(rows);
            QueryResponse r = tm.query(q);
            for (SolrDocument d : r.getResults()) {
                Map<String, String> texts = new HashMap<>();
                for (String l : all) {
                    Object t = d.getFirstValue(SolrSchema.text(l));
                    if (t != null) {
                        texts.put(l, SolrSchema.string(t));
                    }
                }
                ConcordanceHit hit = c.verify(texts, SolrSchema.string(d.getFirstValue(SolrSchema.TUID)), langs, all, otherLang);
                if (hit != null && out.size() < max) {
                    out.add(hit.withId(unitId(d)));
                }
            }
            start += rows;
            if (r.getResults().size() < rows || start >= 1 << 20) {
                break;
            }
        }
        return out;
    }

    /** A document's unit id ({@link org.tmsh.memory.UnitRecord}: its position), or null. */
    static String unitId(SolrDocument d) {
        Object seq = d.getFirstValue(SolrSchema.SEQ);
        return seq == null ? null : seq.toString();
    }
}
