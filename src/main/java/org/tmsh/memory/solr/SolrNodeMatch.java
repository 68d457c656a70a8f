package org.tmsh.memory.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

import org.tmsh.match.Tokenizer;
import org.tmsh.memory.Match;
import org.tmsh.memory.Rescorer;
import org.tmsh.memory.SearchOptions;

/**
 * A look-up answered by tmsh's plug-in on the node that holds a one-shard TM's core ({@code /tmsh/match},
 * {@link org.tmsh.memory.solr.node.MatchHandler}): one request carrying the text, the language pair, the
 * minimum, the number of results, the threshold of a common word and the filter queries; one small response
 * with the best units, which tmsh scores again with its own {@link Rescorer} (a handful of units) so that a
 * match is built exactly as by the plain-request look-up. Used only when the handler reports tmsh's exact
 * {@link MatchProtocol#VERSION} and the collection's layout (configset tmsh-5 on); a node without the
 * plug-in (its lazily loaded class missing), of another version, or refusing a look-up makes
 * {@code search} return null, and the caller asks by plain queries as before; tmsh says so once a core on
 * standard error. {@code -Dtmsh.solr.node=false} never asks the plug-in.
 */
final class SolrNodeMatch {

    /** Cores where the plug-in is known not to answer (missing, another version, or another layout). */
    private final Set<String> without = ConcurrentHashMap.newKeySet();
    /** Cores tmsh has already said so about, in this process. */
    private static final Set<String> SAID = ConcurrentHashMap.newKeySet();

    /** Whether look-ups may ask the node's plug-in ({@code -Dtmsh.solr.node}, default true). */
    static boolean enabled() {
        return Boolean.parseBoolean(System.getProperty("tmsh.solr.node", "true"));
    }

    /** Requests that reached the plug-in and came back with matches (for the benchmark and tests). */
    final java.util.concurrent.atomic.LongAdder answered = new java.util.concurrent.atomic.LongAdder();

    /**
     * The look-up by the plug-in of the core {@code core} at {@code url}, or null when it did none (the
     * caller then asks by plain queries).
     */
    List<Match> search(SolrClient client, String url, String core, Tokenizer tokenizer, String text, String src,
                       String tgt, int min, int max, long common, List<String> fqs, SearchOptions options,
                       SolrLookup.Times times) throws IOException {
        String where = url + "/" + core;
        if (without.contains(where)) {
            return null;
        }
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set(MatchProtocol.P_VERSION, MatchProtocol.VERSION);
        p.set(MatchProtocol.P_TEXT, text);
        p.set(MatchProtocol.P_SRC, src);
        p.set(MatchProtocol.P_TGT, tgt);
        p.set(MatchProtocol.P_MIN, min);
        p.set(MatchProtocol.P_MAX, max);
        p.set(MatchProtocol.P_COMMON, Long.toString(common));
        p.set(MatchProtocol.P_PROBE, SolrLookup.PROBE);
        p.set(MatchProtocol.P_PAGE, SolrLookup.PAGE);
        p.set(MatchProtocol.P_WALK, System.getProperty("tmsh.solr.nodeWalk", MatchProtocol.WALK_COUNTING));
        for (String fq : fqs) {
            p.add(MatchProtocol.P_FQ, fq);
        }
        p.set("distrib", false);
        long t = System.nanoTime();
        NamedList<Object> r;
        try {
            r = client.request(new GenericSolrRequest(SolrRequest.METHOD.POST, MatchProtocol.PATH, p).setRequiresCollection(true), core);
        } catch (org.apache.solr.client.solrj.impl.BaseHttpSolrClient.RemoteSolrException e) {
            // the handler's class is missing on the node (lazy: "Error loading class"), the path unknown (404),
            // or the handler failed: ask by plain queries from now on
            off(where, "the node's tmsh look-up plug-in did not answer (" + firstLine(e.getMessage()) + ")");
            return null;
        } catch (SolrServerException | IOException | RuntimeException e) {
            // the node did not answer at all (stopping: the connection refused or closed): the plain look-up
            // finds another way (or fails) as before
            return null;
        }
        times.requestNs.add(System.nanoTime() - t);
        times.requests.increment();
        if (r.get("responseHeader") instanceof NamedList<?> h && h.get("QTime") instanceof Number q) {
            times.qtimeMs.add(q.longValue());
        }
        Object version = r.get(MatchProtocol.R_VERSION);
        if (version == null) { // an answer without the plug-in's fields (a node that is stopping): the plain look-up this time
            return null;
        }
        if (!MatchProtocol.VERSION.equals(version)) {
            off(where, "the node's tmsh look-up plug-in is of another version (" + version + ", this tmsh "
                    + MatchProtocol.VERSION + ")");
            return null;
        }
        Object refused = r.get(MatchProtocol.R_REFUSED);
        if ("layout".equals(refused)) {
            off(where, "the collection's schema is not the one the node's plug-in reads");
            return null;
        }
        if (refused != null) {
            return null;
        }
        if (r.get(MatchProtocol.R_CANDIDATES) instanceof Number n) {
            times.fetched.add(n.longValue());
        }
        if (r.get(MatchProtocol.R_PAGES) instanceof Number n) {
            times.exactPages.add(n.longValue());
        }
        List<Rescorer.Fetched> found = new ArrayList<>();
        if (r.get(MatchProtocol.R_MATCHES) instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof NamedList<?> m) {
                    found.add(new Rescorer.Fetched(((Number) m.get("rank")).floatValue(), SolrSchema.decode(m.get("keys")),
                            (String) m.get("source"), (String) m.get("target"), (String) m.get("tuid"), null,
                            (String) m.get("id")));
                }
            }
        }
        long s = System.nanoTime();
        Rescorer rescorer = new Rescorer(tokenizer, text, src, tgt, min, max, options);
        rescorer.check(found);
        times.rescoreNs.add(System.nanoTime() - s);
        answered.increment();
        return rescorer.results();
    }

    private void off(String where, String why) {
        without.add(where);
        if (SAID.add(where)) {
            System.err.println("tmsh: " + where + ": " + why + "; looking up by plain queries");
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").trim();
    }
}
