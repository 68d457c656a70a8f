package org.tmsh.memory.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;

import org.tmsh.memory.Concordance;
import org.tmsh.memory.ConcordanceHit;

/**
 * Concordance in an embedded TM: candidates that have every word (a long word also inside a longer
 * one) in one of the languages asked, in import order, each verified by {@link Concordance}.
 */
final class LuceneConcordance {

    private static final Sort IMPORT_ORDER = new Sort(new SortField(TmSchema.SEQ, SortField.Type.LONG));

    private LuceneConcordance() {
    }


    static List<ConcordanceHit> find(DirectoryReader r, Concordance c, List<String> langs, List<String> all,
                                     String otherLang, int max, org.tmsh.memory.UnitFilter filter) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String l : langs) {
            BooleanQuery.Builder each = new BooleanQuery.Builder();
            for (String w : c.words()) {
                Query wq = Concordance.inside(w)
                        ? new WildcardQuery(new Term(TmSchema.words(l), "*" + Concordance.leading(w) + "*"))
                        : new TermQuery(new Term(TmSchema.words(l), Concordance.isNumber(w) ? "#num" : w));
                each.add(wq, BooleanClause.Occur.FILTER);
            }
            any.add(each.build(), BooleanClause.Occur.SHOULD);
        }
        Query q = LuceneFilter.restrict(any.build(), LuceneFilter.of(filter));
        IndexSearcher searcher = new IndexSearcher(r);
        List<ConcordanceHit> out = new ArrayList<>();
        int want = Math.max(max * 4, 64);
        while (true) {
            // the first candidates in import order (not the best-ranked: they would skip earlier units)
            ScoreDoc[] hits = searcher.search(q, want, IMPORT_ORDER).scoreDocs;
            out.clear();
            for (ScoreDoc h : hits) {
                ConcordanceHit hit = verify(r, searcher, h.doc, c, langs, all, otherLang);
                if (hit != null) {
                    out.add(hit);
                    if (out.size() >= max) {
                        return out;
                    }
                }
            }
            if (hits.length < want || want >= 1 << 20) {
                return out;
            }
            want *= 8;
        }
    }

    private static ConcordanceHit verify(DirectoryReader r, IndexSearcher searcher, int doc, Concordance c,
                                         List<String> langs, List<String> all, String otherLang) throws IOException {
        LeafReaderContext ctx = r.leaves().get(ReaderUtil.subIndex(doc, r.leaves()));
        LeafReader lr = ctx.reader();
        int local = doc - ctx.docBase;
        Map<String, String> texts = new HashMap<>();
        for (String l : all) {
            BinaryDocValues dv = lr.getBinaryDocValues(TmSchema.text(l));
            if (dv != null && dv.advanceExact(local)) {
                texts.put(l, dv.binaryValue().utf8ToString());
            }
        }
        ConcordanceHit hit = c.verify(texts, null, langs, all, otherLang);
        if (hit == null) {
            return null;
        }
        String tuid = searcher.storedFields().document(doc, Set.of(TmSchema.TUID)).get(TmSchema.TUID);
        long seq = LuceneUnits.seq(r, doc);
        return new ConcordanceHit(hit.lang(), hit.text(), hit.start(), hit.end(), hit.otherLang(), hit.otherText(), tuid,
                seq < 0 ? null : Long.toString(seq));
    }
}
