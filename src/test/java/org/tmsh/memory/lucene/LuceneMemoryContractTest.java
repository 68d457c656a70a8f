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
}
