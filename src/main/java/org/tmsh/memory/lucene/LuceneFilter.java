package org.tmsh.memory.lucene;

import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import org.tmsh.memory.UnitFilter;

/**
 * A {@link UnitFilter} as a Lucene query over the metadata fields of {@link TmSchema}: a text
 * condition is a term (its negation a {@code MUST_NOT}), a date condition a doc-values range. A look-up
 * adds it as a {@code FILTER} clause beside its word query, so Lucene checks it only on the documents
 * the words lead to (a doc-values range is checked per candidate, never by a scan of the index).
 */
final class LuceneFilter {

    private LuceneFilter() {
    }

    /** The filter's query, or null for {@link UnitFilter#ALL}. */
    static Query of(UnitFilter filter) {
        if (filter == null || filter.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positive = false;
        for (UnitFilter.Condition c : filter.conditions()) {
            if (c instanceof UnitFilter.TextCondition t) {
                TermQuery q = new TermQuery(new Term(TmSchema.meta(t.field()), t.value()));
                if (t.op() == UnitFilter.Op.EQ) {
                    b.add(q, BooleanClause.Occur.FILTER);
                    positive = true;
                } else {
                    b.add(q, BooleanClause.Occur.MUST_NOT);
                }
            } else if (c instanceof UnitFilter.FieldCondition f) {
                TermQuery q = new TermQuery(new Term(TmSchema.named(f.name()), f.value()));
                if (f.op() == UnitFilter.Op.EQ) {
                    b.add(q, BooleanClause.Occur.FILTER);
                    positive = true;
                } else {
                    b.add(q, BooleanClause.Occur.MUST_NOT);
                }
            } else if (c instanceof UnitFilter.DateCondition d) {
                String field = TmSchema.meta(d.field());
                long start = d.start().getEpochSecond();
                long end = d.end().getEpochSecond();
                b.add(new FieldExistsQuery(field), BooleanClause.Occur.FILTER);
                positive = true;
                if (d.negated()) {
                    b.add(NumericDocValuesField.newSlowRangeQuery(field, start, end - 1), BooleanClause.Occur.MUST_NOT);
                } else {
                    long lo = d.from() == null ? Long.MIN_VALUE : d.from().getEpochSecond();
                    long hi = d.until() == null ? Long.MAX_VALUE : d.until().getEpochSecond() - 1;
                    b.add(NumericDocValuesField.newSlowRangeQuery(field, lo, hi), BooleanClause.Occur.FILTER);
                }
            }
        }
        if (!positive) {
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** {@code q} restricted to the filter's units ({@code q} itself when there is no filter). */
    static Query restrict(Query q, Query filter) {
        return FuzzySearch.restrict(q, filter);
    }
}
