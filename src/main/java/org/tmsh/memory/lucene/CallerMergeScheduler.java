package org.tmsh.memory.lucene;

import java.io.IOException;

import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.MergeScheduler;
import org.apache.lucene.index.MergeTrigger;

/**
 * Runs each merge on the thread that asks for it, like Lucene's {@code SerialMergeScheduler} but
 * without its lock: the import's indexing threads each write their own batch as a segment
 * ({@code addIndexes}, which is a merge) at the same time instead of one after the other.
 */
final class CallerMergeScheduler extends MergeScheduler {

    @Override
    public void merge(MergeSource source, MergeTrigger trigger) throws IOException {
        MergePolicy.OneMerge m;
        while ((m = source.getNextMerge()) != null) {
            source.merge(m);
        }
    }

    @Override
    public void close() {
    }
}
