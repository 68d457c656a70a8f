package org.tmsh.memory.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.handler.component.ResponseBuilder;
import org.apache.solr.handler.component.SearchComponent;
import org.apache.solr.search.DocIterator;
import org.apache.solr.search.SolrDocumentFetcher;

import org.tmsh.match.Tokenizer;
import org.tmsh.memory.Match;
import org.tmsh.memory.Rescorer;

/**
 * An experiment, not shipped (see docs/team-memory.md, "Look-up"): tmsh's rescoring inside Solr, as
 * the last component of a search handler. It reads each retrieved candidate's stored text and key
 * hashes on the server, scores them with tmsh's {@link Rescorer} and answers only the best
 * {@code tmsh.max} matches instead of the candidates. Non-distributed requests only (one core).
 */
public final class ServerRescoreComponent extends SearchComponent {

    private static final Tokenizer TOKENIZER = Tokenizer.standard();

    @Override
    public void prepare(ResponseBuilder rb) {
        // nothing: the query component retrieves the candidates
    }

    @Override
    public void process(ResponseBuilder rb) throws IOException {
        SolrParams p = rb.req.getParams();
        String text = p.get("tmsh.text");
        if (text == null || rb.getResults() == null) {
            return;
        }
        String src = p.get("tmsh.src");
        String tgt = p.get("tmsh.tgt");
        Rescorer rescorer = new Rescorer(TOKENIZER, text, src, tgt, p.getInt("tmsh.min", 70), p.getInt("tmsh.max", 1));
        Set<String> fields = Set.of(SolrSchema.TUID, SolrSchema.text(src), SolrSchema.text(tgt), SolrSchema.keys(src));
        SolrDocumentFetcher fetcher = rb.req.getSearcher().getDocFetcher();
        List<Rescorer.Fetched> candidates = new ArrayList<>();
        for (DocIterator it = rb.getResults().docList.iterator(); it.hasNext(); ) {
            int id = it.nextDoc();
            float score = it.score();
            Document d = fetcher.doc(id, fields);
            String target = d.get(SolrSchema.text(tgt));
            int[] keys = target == null ? null : SolrSchema.decode(d.get(SolrSchema.keys(src)));
            candidates.add(new Rescorer.Fetched(score, keys, d.get(SolrSchema.text(src)), target, d.get(SolrSchema.TUID)));
        }
        rescorer.check(candidates);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Match m : rescorer.results()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("score", m.score());
            r.put("source", m.source());
            r.put("target", m.target());
            out.add(r);
        }
        rb.rsp.getValues().remove("response");
        rb.rsp.add("tmsh", out);
    }

    @Override
    public String getDescription() {
        return "tmsh rescoring on the server (experiment)";
    }
}
