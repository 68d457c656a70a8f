package org.tmsh.memory.solr;

import java.io.IOException;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * The record of an import's plan (its {@code --on-conflict} policy) not yet applied: a document of
 * the TM's collection ({@code ROUTE~plan}, no {@code tm} field, so no unit) written under the TM's
 * lock before the import sends its first unit, and deleted once the plan's changes are committed.
 * Solr has no transaction over several documents, so an import and its plan are two changes; the
 * record makes the second durable: it holds the highest unit id before the import (which units are
 * the import's) and what the plan was. An import killed between the two leaves it; the next import
 * with a plan finishes it (the units it and the stopped import brought are its own, against the same
 * older units), and an import without a plan is refused with one line until then.
 *
 * @param before the highest unit id before the stopped import (-1: the TM had none)
 * @param what   the plan as the command gave it ("--on-conflict overwrite")
 */
record SolrImportPlan(long before, String what) {

    static String id(String route) {
        return route + "~plan";
    }

    /** The TM's unfinished plan (real-time get from the leader: acknowledged, committed or not), or null. */
    static SolrImportPlan read(SolrMemory tm) throws SolrServerException, IOException {
        SolrQuery q = new SolrQuery();
        q.setRequestHandler("/get");
        q.set("id", id(tm.route()));
        q.setFields(SolrSchema.ID, SolrSchema.CREATED, SolrSchema.UPDATED);
        Object doc = tm.query(q).getResponse().get("doc");
        if (!(doc instanceof SolrDocument d)) {
            return null;
        }
        long before;
        try {
            before = Long.parseLong(String.valueOf(d.getFirstValue(SolrSchema.UPDATED)));
        } catch (NumberFormatException e) {
            before = -1;
        }
        Object what = d.getFirstValue(SolrSchema.CREATED);
        return new SolrImportPlan(before, what == null ? "a conflict policy" : what.toString());
    }

    /** Records the plan (acknowledged by Solr: in the transaction log of every replica when this returns). */
    void write(SolrMemory tm) throws SolrServerException, IOException {
        SolrInputDocument d = new SolrInputDocument();
        d.addField(SolrSchema.ID, id(tm.route()));
        d.addField(SolrSchema.CREATED, what);
        d.addField(SolrSchema.UPDATED, Long.toString(before));
        tm.client().add(tm.collection(), d);
    }

    /** Deletes the record (its plan is applied). */
    static void delete(SolrMemory tm) throws SolrServerException, IOException {
        tm.client().deleteById(tm.collection(), id(tm.route()));
    }

    /**
     * The highest unit id (import position) of the TM now, or -1 when it has none: one request, the
     * unit with the largest {@code seq}.
     */
    static long highestId(SolrMemory tm) throws SolrServerException, IOException {
        SolrQuery q = tm.units("*:*");
        q.setFields(SolrSchema.SEQ);
        q.addSort(SolrSchema.SEQ, SolrQuery.ORDER.desc);
        q.setRows(1);
        var docs = tm.query(q).getResults();
        Object seq = docs.isEmpty() ? null : docs.get(0).getFirstValue(SolrSchema.SEQ);
        return seq instanceof Number n ? n.longValue() : -1;
    }
}
