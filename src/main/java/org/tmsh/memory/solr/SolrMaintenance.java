package org.tmsh.memory.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;

import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.memory.UnitChange;
import org.tmsh.memory.UnitPlan;
import org.tmsh.memory.UnitRecord;

/**
 * Edits and deletions in a Solr TM ({@code tm edit}, {@code tm delete --id}, {@code tm replace},
 * {@code tm dedup}). Solr has no transaction over several documents, so the guarantee is ordered
 * instead: the new versions of the changed units are sent first (each a document whose id is its
 * new duplicate key, with the unit's position kept: its id), then the old documents are deleted,
 * then one commit makes both visible together. A failure before the deletions leaves the old and
 * the new version of a unit (never neither); the same command run again finds the unit by its id
 * and completes it, deleting every other document that holds the id.
 *
 * <p>Decided and written under the TM's lock ({@link SolrImportLock}), the lock an import takes.
 */
final class SolrMaintenance {

    private static final int BATCH = 1000;

    private SolrMaintenance() {
    }

    static List<UnitChange> change(SolrMemory tm, UnitPlan plan, boolean dryRun) {
        if (dryRun) {
            return changeLocked(tm, plan, true);
        }
        SolrImportLock lock;
        try {
            lock = SolrImportLock.acquire(tm, "a change from process " + ProcessHandle.current().pid() + " started "
                    + org.tmsh.formats.tmx.TmxWriter.TMX_DATE.format(java.time.Instant.now()));
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw tm.failed("taking its lock", e);
        }
        try (lock) {
            return changeLocked(tm, plan, false);
        }
    }

    /** The change, decided on the units as they are under the TM's lock (the lock an import takes: {@link SolrImportLock}). */
    static List<UnitChange> changeLocked(SolrMemory tm, UnitPlan plan, boolean dryRun) {
        Units units;
        List<UnitChange> changes;
        try {
            units = new Units(tm);
            changes = plan.plan(units);
            if (dryRun || changes.isEmpty()) {
                return changes;
            }
            UnitChange.checkDistinct(tm.name(), changes, units);
        } catch (IOException | RuntimeException e) {
            throw tm.failed("reading its units", e);
        }
        long stored = 0;
        try {
            List<SolrInputDocument> adds = new ArrayList<>();
            Set<String> keep = new LinkedHashSet<>();
            for (UnitChange c : changes) {
                if (!c.isDelete()) {
                    SolrInputDocument d = SolrSchema.document(tm.route(), tm.remote(), c.after(), tm.tokenizer(),
                            UnitRecord.parseId(c.before().id()), tm.layout());
                    keep.add((String) d.getFieldValue(SolrSchema.ID));
                    adds.add(d);
                }
            }
            for (int i = 0; i < adds.size(); i += BATCH) {
                List<SolrInputDocument> batch = adds.subList(i, Math.min(adds.size(), i + BATCH));
                tm.client().add(tm.collection(), batch);
                stored += batch.size();
            }
            List<String> deletes = new ArrayList<>();
            for (UnitChange c : changes) {
                for (String docId : units.documents(c.before().id())) {
                    if (!keep.contains(docId)) {
                        deletes.add(docId);
                    }
                }
            }
            for (int i = 0; i < deletes.size(); i += BATCH) {
                tm.client().deleteById(tm.collection(), deletes.subList(i, Math.min(deletes.size(), i + BATCH)));
            }
            tm.commit();
            return changes;
        } catch (SolrServerException | IOException | RuntimeException e) {
            try {
                tm.commit();
            } catch (Exception ignored) {
                // what was acknowledged is in Solr's transaction log; its autoCommit makes it visible
            }
            throw new TmshException("TM '" + tm.name() + "' (" + tm.location() + "): change stopped after " + stored
                    + " of " + changes.size() + " units were written; run the same command again to complete it: "
                    + tm.failed("writing", e).getMessage(), e);
        }
    }

    /** How many units of the TM have no metadata copies (no {@code m_origin}: indexed before metadata was). */
    static long unindexedMeta(SolrMemory tm) {
        try {
            SolrQuery q = tm.units("*:* -" + SolrSchema.meta(org.tmsh.memory.UnitFilter.TextField.ORIGIN) + ":*");
            q.setRows(0);
            return tm.query(q).getResults().getNumFound();
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw tm.failed("counting units without metadata", e);
        }
    }

    /**
     * Sends every unit's document again, made from its stored {@code <tu>} (its metadata copies as this
     * tmsh makes them), with its id and position kept; one commit at the end. A document is replaced
     * whole (same document id), so a unit is never missing; a run that stops leaves some units done and
     * the others as they were, and running it again completes it.
     */
    static long reindex(SolrMemory tm, org.tmsh.common.Progress progress) {
        long[] done = {0};
        try {
            long total = tm.size();
            Units units = new Units(tm, false);
            List<SolrInputDocument> batch = new ArrayList<>(BATCH);
            IOException[] failed = {null};
            units.forEach(r -> {
                if (failed[0] != null) {
                    return;
                }
                batch.add(SolrSchema.document(tm.route(), tm.remote(), r.unit(), tm.tokenizer(), UnitRecord.parseId(r.id()),
                        tm.layout()));
                if (batch.size() == BATCH) {
                    try {
                        tm.client().add(tm.collection(), batch);
                        done[0] += batch.size();
                        progress.update(done[0], Math.max(total, done[0]));
                    } catch (SolrServerException | IOException e) {
                        failed[0] = e instanceof IOException io ? io : new IOException(e);
                    }
                    batch.clear();
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
            if (!batch.isEmpty()) {
                tm.client().add(tm.collection(), batch);
                done[0] += batch.size();
            }
            progress.phase("committing");
            tm.client().commit(tm.collection(), true, true);
            progress.update(done[0], done[0]);
            return done[0];
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new TmshException("TM '" + tm.name() + "' (" + tm.location() + "): re-indexing stopped after " + done[0]
                    + " units; every unit is still there, and running the same command again completes it: "
                    + tm.failed("writing", e).getMessage(), e);
        }
    }

    /** The units of a Solr TM as a plan reads them; remembers which documents hold each id. */
    static final class Units implements UnitPlan.Units {
        private final SolrMemory tm;
        private final List<String> langs;
        private final Map<String, Set<String>> docs = new HashMap<>();
        private final boolean track;

        Units(SolrMemory tm) throws IOException {
            this(tm, true);
        }

        Units(SolrMemory tm, boolean track) throws IOException {
            this.tm = tm;
            this.track = track;
            this.langs = new ArrayList<>(tm.languages().keySet());
        }

        /** The ids of the Solr documents that hold unit {@code id} (one, or two after an interrupted change). */
        Set<String> documents(String id) {
            return docs.getOrDefault(id, Set.of());
        }

        private SolrQuery query(String q) {
            SolrQuery s = tm.units(q);
            s.setFields(SolrSchema.ID, SolrSchema.SEQ, SolrSchema.TUID, SolrSchema.XML, "t_*");
            return s;
        }

        @Override
        public UnitRecord get(String id) throws IOException {
            long seq = UnitRecord.parseId(id);
            SolrQuery q = query(SolrSchema.SEQ + ":" + seq);
            q.setRows(10);
            q.addSort(SolrSchema.ID, SolrQuery.ORDER.asc);
            return first(q);
        }

        @Override
        public UnitRecord byKey(String dupKey) throws IOException {
            SolrQuery q = query(SolrSchema.ID + ":" + ClientUtils.escapeQueryChars(tm.route() + dupKey));
            q.setRows(1);
            return first(q);
        }

        private UnitRecord first(SolrQuery q) throws IOException {
            try {
                UnitRecord out = null;
                for (SolrDocument d : tm.query(q).getResults()) {
                    UnitRecord r = record(d);
                    if (out == null) {
                        out = r;
                    }
                }
                return out;
            } catch (SolrServerException e) {
                throw new IOException(e);
            }
        }

        private UnitRecord record(SolrDocument d) {
            List<TmxUnit.Variant> variants = new ArrayList<>();
            for (String l : langs) {
                Object t = d.getFirstValue(SolrSchema.text(l));
                if (t != null) {
                    variants.add(new TmxUnit.Variant(l, SolrSchema.string(t)));
                }
            }
            String id = String.valueOf(d.getFirstValue(SolrSchema.SEQ));
            if (track) {
                docs.computeIfAbsent(id, k -> new LinkedHashSet<>()).add((String) d.getFirstValue(SolrSchema.ID));
            }
            return new UnitRecord(id, new TmxUnit(SolrSchema.string(d.getFirstValue(SolrSchema.TUID)), variants,
                    (String) d.getFirstValue(SolrSchema.XML)));
        }

        /** Every unit in the order of import (a cursor over position, then document id). */
        @Override
        public void forEach(Consumer<UnitRecord> action) throws IOException {
            String cursor = CursorMarkParams.CURSOR_MARK_START;
            try {
                while (true) {
                    SolrQuery q = query("*:*");
                    q.addSort(SolrSchema.SEQ, SolrQuery.ORDER.asc);
                    q.addSort(SolrSchema.ID, SolrQuery.ORDER.asc);
                    q.setRows(BATCH);
                    q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
                    QueryResponse r = tm.query(q);
                    for (SolrDocument d : r.getResults()) {
                        action.accept(record(d));
                    }
                    String next = r.getNextCursorMark();
                    if (next == null || next.equals(cursor)) {
                        return;
                    }
                    cursor = next;
                }
            } catch (SolrServerException e) {
                throw new IOException(e);
            }
        }
    }
}
