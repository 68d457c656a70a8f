package org.tmsh.memory.lucene;

import org.tmsh.memory.ImportHook;
import org.tmsh.memory.MemoryContract;
import org.tmsh.memory.TranslationMemory;

/** The memory contract against the embedded Lucene TM. */
class LuceneMemoryContractTest extends MemoryContract {

    @Override
    protected TranslationMemory newMemory(String name) throws Exception {
        return new LuceneMemory(name, work.resolve("lucene").resolve(name));
    }

    @Override
    protected TranslationMemory reopen(TranslationMemory tm) throws Exception {
        return new LuceneMemory(tm.name(), ((LuceneMemory) tm).dir());
    }

    @Override
    protected void hook(TranslationMemory tm, ImportHook hook) {
        ((LuceneMemory) tm).hook(hook);
    }

    @Override
    protected boolean allOrNothing() {
        return true;
    }

    /** Writes every unit's document again without its metadata copies, as a tmsh before them did. */
    @Override
    protected void stripMetaCopies(TranslationMemory tm) throws Exception {
        LuceneMemory m = (LuceneMemory) tm;
        java.util.List<String> langs = new java.util.ArrayList<>(tm.languages().keySet());
        try (org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(m.directory(),
                new org.apache.lucene.index.IndexWriterConfig());
             org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(w)) {
            int format = TmSchema.format(r);
            java.util.Map<String, String> data = new java.util.HashMap<>(r.getIndexCommit().getUserData());
            LuceneUnits.forEach(r, langs, (doc, seq, u) -> {
                try {
                    var d = TmSchema.document(u, org.tmsh.memory.UnitKeys.dupKey(u), m.tokenizer(), seq, format);
                    for (var f : org.tmsh.memory.UnitFilter.TextField.values()) {
                        d.removeFields(TmSchema.meta(f));
                    }
                    for (var f : org.tmsh.memory.UnitFilter.DateField.values()) {
                        d.removeFields(TmSchema.meta(f));
                    }
                    w.tryDeleteDocument(r, doc);
                    w.addDocument(d);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            data.remove(LuceneMaintenance.META_FIELDS);
            w.setLiveCommitData(data.entrySet());
            w.commit();
        }
        m.changed();
    }
}
