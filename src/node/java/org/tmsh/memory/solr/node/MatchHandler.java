package org.tmsh.memory.solr.node;

import org.tmsh.memory.solr.MatchProtocol;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.Query;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.SimpleOrderedMap;
import org.apache.solr.handler.RequestHandlerBase;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.response.SolrQueryResponse;
import org.apache.solr.schema.BinaryField;
import org.apache.solr.schema.IndexSchema;
import org.apache.solr.schema.SchemaField;
import org.apache.solr.search.QParser;
import org.apache.solr.search.SolrIndexSearcher;
import org.apache.solr.search.SyntaxError;
import org.apache.solr.search.WrappedQuery;
import org.apache.solr.security.AuthorizationContext;

/**
 * tmsh's look-up as a Solr request handler ({@code /tmsh/match}), run inside the node that holds a TM's core
 * (a one-shard TM's requests go to the chosen replica with nothing distributed): receives what the client
 * already knows (the text, the language pair, the minimum and the number of results, the TM's unit count's
 * threshold of a common word, the filter queries), runs the whole look-up on the core's searcher
 * ({@link NodeLookup}: probe, exact stage, exact rescoring) and answers with the best units only, in one
 * small response. Every response names the plug-in's {@link MatchProtocol#VERSION}; a request of another
 * version, or a core whose schema is not laid out as configset {@code tmsh-5} on, gets no look-up but a
 * {@code refused} entry, and tmsh asks by plain queries instead.
 *
 * <p>Registered in the configset's {@code solrconfig.xml} with {@code startup="lazy"}: a node without tmsh's
 * jar still loads the collection, and only a request to this path fails ("Error loading class").
 */
public final class MatchHandler extends RequestHandlerBase {

    @Override
    public void handleRequestBody(SolrQueryRequest req, SolrQueryResponse rsp) throws Exception {
        SolrParams p = req.getParams();
        rsp.add(MatchProtocol.R_VERSION, MatchProtocol.VERSION);
        if (!MatchProtocol.VERSION.equals(p.get(MatchProtocol.P_VERSION))) {
            rsp.add(MatchProtocol.R_REFUSED, "version");
            return;
        }
        String src = p.required().get(MatchProtocol.P_SRC);
        String tgt = p.required().get(MatchProtocol.P_TGT);
        if (!laidOut(req.getSchema(), src, tgt)) {
            rsp.add(MatchProtocol.R_REFUSED, "layout");
            return;
        }
        List<Query> filters = new ArrayList<>();
        String[] fqs = p.getParams(MatchProtocol.P_FQ);
        if (fqs == null || fqs.length == 0) {
            throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, "no " + MatchProtocol.P_FQ + " (the TM's filter)");
        }
        try {
            for (String fq : fqs) {
                filters.add(QParser.getParser(fq, req).getQuery());
            }
        } catch (SyntaxError e) {
            throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, e);
        }
        NodeLookup lookup = new NodeLookup(req.getSearcher(), filters, p.required().get(MatchProtocol.P_TEXT), src, tgt,
                p.required().getInt(MatchProtocol.P_MIN), p.required().getInt(MatchProtocol.P_MAX),
                p.required().getLong(MatchProtocol.P_COMMON), p.getInt(MatchProtocol.P_PROBE, 128),
                p.getInt(MatchProtocol.P_PAGE, 128));
        if (!lookup.hasKeys()) {
            rsp.add(MatchProtocol.R_REFUSED, "no-keys");
            return;
        }
        NodeLookup.Result r = MatchProtocol.WALK_QUERIES.equals(p.get(MatchProtocol.P_WALK)) ? lookup.run()
                : lookup.runCounting();
        List<SimpleOrderedMap<Object>> matches = new ArrayList<>();
        for (NodeLookup.Found f : r.best()) {
            SimpleOrderedMap<Object> m = new SimpleOrderedMap<>();
            m.add("rank", f.rank());
            m.add("keys", MatchProtocol.hashBytes(f.keys())); // as the tmsh-5 field holds them: 4 bytes a key
            m.add("source", f.source());
            m.add("target", f.target());
            m.add("tuid", f.tuid());
            m.add("id", f.id());
            matches.add(m);
        }
        rsp.add(MatchProtocol.R_MATCHES, matches);
        rsp.add(MatchProtocol.R_CANDIDATES, r.candidates());
        rsp.add(MatchProtocol.R_PAGES, r.pages());
    }

    /**
     * Whether the core's schema holds a language's fields as the look-up reads them: its word terms in the
     * line-split {@code termlines} type (or {@code pairhashes}, pairs hashed: tmsh-7 on), texts and key hashes as
     * binary doc values (configset tmsh-5 on).
     */
    static boolean laidOut(IndexSchema schema, String src, String tgt) {
        SchemaField words = schema.getFieldOrNull("w_" + src);
        SchemaField tuid = schema.getFieldOrNull("tuid");
        return words != null && ("termlines".equals(words.getType().getTypeName())
                        || MatchProtocol.PAIR_HASHES.equals(words.getType().getTypeName())) && binary(schema.getFieldOrNull("t_" + src))
                && binary(schema.getFieldOrNull("t_" + tgt)) && binary(schema.getFieldOrNull("k_" + src)) && binary(tuid);
    }

    private static boolean binary(SchemaField f) {
        return f != null && f.getType() instanceof BinaryField && f.hasDocValues();
    }

    /** A unit's token count within [lo, hi], not kept in the filter cache (the client's {@code {!cache=false}}). */
    static Query lengthFilter(SolrIndexSearcher searcher, String field, int lo, int hi) {
        SchemaField f = searcher.getSchema().getField(field);
        WrappedQuery q = new WrappedQuery(f.getType().getRangeQuery(null, f, Integer.toString(lo), Integer.toString(hi), true, true));
        q.setCache(false);
        return q;
    }

    @Override
    public String getDescription() {
        return "tmsh: a translation-memory look-up run on the node (probe, exact stage and rescoring)";
    }

    @Override
    public Name getPermissionName(AuthorizationContext request) {
        return Name.READ_PERM;
    }
}
