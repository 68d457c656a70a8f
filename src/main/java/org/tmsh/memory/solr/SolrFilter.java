package org.tmsh.memory.solr;

import java.util.ArrayList;
import java.util.List;

import org.apache.solr.client.solrj.util.ClientUtils;

import org.tmsh.memory.UnitFilter;

/**
 * A {@link UnitFilter} as Solr filter queries ({@code fq}) over the metadata fields of
 * {@link SolrSchema}: one per condition, so Solr caches each (the same client filter in every
 * look-up of a job is one cached set) and intersects them with the word query.
 */
final class SolrFilter {

    private SolrFilter() {
    }

    /** The filter queries of a filter (none for {@link UnitFilter#ALL}). */
    static List<String> of(UnitFilter filter) {
        List<String> out = new ArrayList<>();
        if (filter == null) {
            return out;
        }
        for (UnitFilter.Condition c : filter.conditions()) {
            if (c instanceof UnitFilter.TextCondition t) {
                String q = SolrSchema.meta(t.field()) + ":" + ClientUtils.escapeQueryChars(t.value());
                out.add(t.op() == UnitFilter.Op.EQ ? q : "-" + q);
            } else if (c instanceof UnitFilter.FieldCondition f) {
                String q = SolrSchema.named(f.name()) + ":" + ClientUtils.escapeQueryChars(f.value());
                out.add(f.op() == UnitFilter.Op.EQ ? q : "-" + q);
            } else if (c instanceof UnitFilter.DateCondition d) {
                String field = SolrSchema.meta(d.field());
                long start = d.start().getEpochSecond();
                long end = d.end().getEpochSecond();
                if (d.negated()) {
                    out.add(field + ":[* TO " + start + "} OR " + field + ":[" + end + " TO *]");
                } else {
                    String lo = d.from() == null ? "*" : Long.toString(d.from().getEpochSecond());
                    String hi = d.until() == null ? "*]" : d.until().getEpochSecond() + "}";
                    out.add(field + ":[" + lo + " TO " + hi);
                }
            }
        }
        return out;
    }
}
