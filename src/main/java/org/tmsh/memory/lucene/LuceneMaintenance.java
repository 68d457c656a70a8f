package org.tmsh.memory.lucene;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TmxWriter;
import org.tmsh.memory.UnitChange;
import org.tmsh.memory.UnitKeys;
import org.tmsh.memory.UnitPlan;
import org.tmsh.memory.UnitRecord;

/**
 * Edits and deletions in an embedded TM ({@code tm edit}, {@code tm delete --id}, {@code tm replace},
 * {@code tm dedup}): under the writer's lock (the one an import takes, {@link LuceneImport#openWriter}),
 * the plan reads the units as committed, each changed unit is deleted and its new version added
 * with the same position (its id), and everything is committed at once: a failure or a kill leaves
 * the TM as it was.
 */
final class LuceneMaintenance {

    private LuceneMaintenance() {
    }

    static List<UnitChange> change(LuceneMemory tm, LuceneImport writer, UnitPlan plan, boolean dryRun) {
        if (dryRun) {
            DirectoryReader r = tm.reader();
            try {
                return r == null ? List.of() : plan.plan(new Units(r, false));
            } catch (IOException e) {
                throw tm.damaged(e);
            }
        }
        IndexWriter w = writer.openWriter();
        try {
            List<UnitChange> changes = apply(tm, w, plan);
            if (changes.isEmpty()) {
                w.rollback();
                return changes;
            }
            Map<String, String> meta = LuceneImport.commitData(w);
            meta.put(LuceneImport.META_UPDATED, TmxWriter.TMX_DATE.format(Instant.now()));
            w.setLiveCommitData(meta.entrySet());
            w.commit();
            tm.changed();
            w.close();
            return changes;
        } catch (Throwable t) {
            rollBack(w);
            if (t instanceof TmshException e) {
                throw e;
            }
            if (t instanceof IOException e) {
                throw new TmshException("TM '" + tm.name() + "': write failed, nothing was changed: " + org.tmsh.common.AtomicFiles.message(e), e);
            }
            throw new TmshException("TM '" + tm.name() + "': change failed, nothing was changed: " + t, t);
        }
    }

    /**
     * Plans on the units {@code w} holds (its uncommitted additions too) and makes the changes in
     * {@code w}, without committing: the caller commits them with whatever else it wrote (an import
     * and its conflict policy are one commit). Returns the changes (none: nothing was written).
     */
    static List<UnitChange> apply(LuceneMemory tm, IndexWriter w, UnitPlan plan) throws IOException {
        // a reader of the writer: the documents it gives can be deleted by number
        try (DirectoryReader r = DirectoryReader.open(w)) {
            LuceneCheck.verify(tm, r);
            Units units = new Units(r, true);
            List<UnitChange> changes = plan.plan(units);
            if (changes.isEmpty()) {
                return changes;
            }
            UnitChange.checkDistinct(tm.name(), changes, units);
            int format = TmSchema.format(r);
            for (UnitChange c : changes) {
                long seq = UnitRecord.parseId(c.before().id());
                Integer doc = units.docs.get(seq);
                if (doc == null || w.tryDeleteDocument(r, doc) == -1) {
                    w.deleteDocuments(new BooleanQuery.Builder()
                            .add(new TermQuery(new Term(TmSchema.DUP, UnitKeys.dupKey(c.before().unit()))),
                                    BooleanClause.Occur.FILTER)
                            .add(NumericDocValuesField.newSlowExactQuery(TmSchema.SEQ, seq), BooleanClause.Occur.FILTER)
                            .build());
                }
            }
            for (UnitChange c : changes) {
                if (!c.isDelete()) {
                    long seq = UnitRecord.parseId(c.before().id());
                    w.addDocument(TmSchema.document(c.after(), UnitKeys.dupKey(c.after()), tm.tokenizer(), seq, format));
                }
            }
            return changes;
        }
    }

    /** The commit's record of the version of its metadata copies ({@link org.tmsh.memory.MetaIndex#VERSION}). */
    static final String META_FIELDS = "tmsh.metafields";

    /**
     * How many live units of {@code r} have no metadata copies: every unit indexed since metadata was
     * has an origin term ({@code m.origin}), so the others are those indexed before.
     */
    static long unindexedMeta(DirectoryReader r) throws IOException {
        if (r == null) {
            return 0;
        }
        String field = TmSchema.meta(org.tmsh.memory.UnitFilter.TextField.ORIGIN);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        var terms = org.apache.lucene.index.MultiTerms.getTerms(r, field);
        int n = 0;
        if (terms != null) {
            var te = terms.iterator();
            for (var b = te.next(); b != null && n < BooleanQuery.getMaxClauseCount(); b = te.next(), n++) {
                any.add(new TermQuery(new Term(field, org.apache.lucene.util.BytesRef.deepCopyOf(b))), BooleanClause.Occur.SHOULD);
            }
        }
        return r.numDocs() - (n == 0 ? 0 : new IndexSearcher(r).count(any.build()));
    }

    /**
     * Makes every unit's document again from its stored {@code <tu>} (so its metadata copies are this
     * tmsh's), keeping its position and the TM's format, in one commit under the writer's lock: a
     * failure or a kill leaves the TM as it was.
     */
    static long reindex(LuceneMemory tm, LuceneImport writer, org.tmsh.common.Progress progress) {
        IndexWriter w = writer.openWriter();
        try {
            long n;
            try (DirectoryReader r = DirectoryReader.open(w)) {
                LuceneCheck.verify(tm, r);
                int format = TmSchema.format(r);
                long total = r.numDocs();
                long[] done = {0};
                Units units = new Units(r, false);
                List<String> langs = units.langs;
                IOException[] failed = {null};
                LuceneUnits.forEach(r, langs, (doc, seq, u) -> {
                    try {
                        if (w.tryDeleteDocument(r, doc) == -1) {
                            throw new IOException("unit " + seq + " could not be replaced");
                        }
                        w.addDocument(TmSchema.document(u, UnitKeys.dupKey(u), tm.tokenizer(), seq, format));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    if (++done[0] % 1000 == 0) {
                        progress.update(done[0], total);
                    }
                });
                n = done[0];
                progress.phase("writing the index");
            }
            Map<String, String> meta = LuceneImport.commitData(w);
            meta.put(LuceneImport.META_UPDATED, TmxWriter.TMX_DATE.format(Instant.now()));
            meta.put(META_FIELDS, org.tmsh.memory.MetaIndex.VERSION);
            w.setLiveCommitData(meta.entrySet());
            LuceneImport.mergeSmall(w);
            w.commit();
            tm.changed();
            w.close();
            progress.update(n, n);
            return n;
        } catch (Throwable t) {
            rollBack(w);
            if (t instanceof TmshException e) {
                throw e;
            }
            Throwable cause = t instanceof java.io.UncheckedIOException u ? u.getCause() : t;
            throw new TmshException("TM '" + tm.name() + "': re-indexing failed, nothing was changed: " + cause.getMessage(), t);
        }
    }

    /** Drops what {@code w} wrote since its last commit, after a failure: that commit stays as it was either way. */
    private static void rollBack(IndexWriter w) {
        try {
            w.rollback();
        } catch (Throwable ignored) {
            // the last commit stays as it was either way
        }
    }

    /** The units of one reader, by id (position) and by duplicate key. */
    static final class Units implements UnitPlan.Units {
        private final DirectoryReader r;
        private final List<String> langs;
        /** Document numbers of the units read so far, by position. */
        final Map<Long, Integer> docs = new HashMap<>();

        private final boolean track;

        /** Units of {@code r}; {@code track}: remember the document of each unit read (to delete it). */
        Units(DirectoryReader r, boolean track) throws IOException {
            this.r = r;
            this.track = track;
            this.langs = languages(r);
        }

        @Override
        public UnitRecord get(String id) throws IOException {
            long seq = UnitRecord.parseId(id);
            ScoreDoc[] hits = new IndexSearcher(r).search(NumericDocValuesField.newSlowExactQuery(TmSchema.SEQ, seq), 1).scoreDocs;
            return hits.length == 0 ? null : record(hits[0].doc, seq);
        }

        @Override
        public UnitRecord byKey(String dupKey) throws IOException {
            ScoreDoc[] hits = new IndexSearcher(r).search(new TermQuery(new Term(TmSchema.DUP, dupKey)), 1).scoreDocs;
            return hits.length == 0 ? null : record(hits[0].doc, LuceneUnits.seq(r, hits[0].doc));
        }

        private UnitRecord record(int doc, long seq) throws IOException {
            var u = LuceneUnits.read(r, langs, doc);
            if (u == null) {
                return null;
            }
            if (track) {
                docs.put(seq, doc);
            }
            return new UnitRecord(Long.toString(seq), u);
        }

        @Override
        public void forEach(Consumer<UnitRecord> action) throws IOException {
            LuceneUnits.forEach(r, langs, (doc, seq, u) -> {
                if (track) {
                    docs.put(seq, doc);
                }
                action.accept(new UnitRecord(Long.toString(seq), u));
            });
        }

        private static List<String> languages(DirectoryReader r) throws IOException {
            List<String> out = new ArrayList<>();
            var t = org.apache.lucene.index.MultiTerms.getTerms(r, TmSchema.LANG);
            if (t != null) {
                var te = t.iterator();
                for (var b = te.next(); b != null; b = te.next()) {
                    out.add(b.utf8ToString());
                }
            }
            return out;
        }
    }
}
