package org.tmsh.memory.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;

import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.memory.TmOptimized;

/**
 * {@code tm optimize} of an embedded TM: its index merged down to at most N segments ({@link ContiguousMerges}), under
 * the writer's lock an import takes ({@link LuceneImport#openWriter}), and committed once: a failure, a full disk or
 * a kill leaves the TM as it was (the merged files not committed are removed by the next writer).
 *
 * <p>An import writes its units as segments of some 40 MB and never merges them (import speed), so a TM of ten
 * million units has some 150 segments, and every term of a look-up is looked up in each. The units, their ids, their
 * order and the look-up's answers stay as they were. NOTE: until the commit the old segments stay on disk beside the
 * merged ones, so the merge needs free space about the index's size; it is refused, changing nothing, without it.
 */
final class LuceneOptimize {

    /** Merges run at once: one a core ({@code -Dtmsh.tm.optimizeThreads}). */
    static final int THREADS = Math.max(1, Integer.getInteger("tmsh.tm.optimizeThreads",
            Runtime.getRuntime().availableProcessors()));

    private LuceneOptimize() {
    }

    static TmOptimized optimize(LuceneMemory tm, LuceneImport writer, int segments, Progress progress) {
        if (segments < 1) {
            throw new TmshException("TM '" + tm.name() + "': the number of segments must be 1 or more, not " + segments);
        }
        long t0 = System.nanoTime();
        // the runs are merged side by side, one a core (each merge is one thread's work)
        ConcurrentMergeScheduler merges = new ConcurrentMergeScheduler() {
            @Override
            protected void handleMergeException(Throwable exc) {
                // forceMerge below throws it to this thread, which says it in one line; Lucene's default threw it
                // out of the merge thread too, and Java printed that thread's stack trace on standard error
            }
        };
        merges.setMaxMergesAndThreads(THREADS + 5, THREADS);
        IndexWriter w = writer.openWriter(merges);
        boolean committed = false;
        try {
            if (!DirectoryReader.indexExists(tm.directory())) {
                w.rollback();
                return new TmOptimized(tm.name(), tm.backend(), 0, 0, 0, 0, 0, seconds(t0));
            }
            SegmentInfos before = SegmentInfos.readLatestCommit(tm.directory());
            long units = units(before);
            long bytes = bytes(tm, before);
            if (before.size() <= segments) {
                w.rollback();
                return new TmOptimized(tm.name(), tm.backend(), units, before.size(), before.size(), bytes, bytes, seconds(t0));
            }
            long free = Files.getFileStore(tm.dir()).getUsableSpace();
            if (free < bytes) {
                throw new TmshException(String.format(Locale.ROOT, "TM '%s': merging needs about %,d MB free beside the"
                        + " index (its own size) until it is done; %s has %,d MB free; nothing was changed", tm.name(),
                        bytes >> 20, tm.dir(), free >> 20));
            }
            w.getConfig().setMergePolicy(new ContiguousMerges(progress));
            w.forceMerge(segments, true);
            progress.phase("writing the index");
            w.setLiveCommitData(LuceneImport.commitData(w).entrySet());
            w.commit();
            committed = true;
            tm.changed();
            w.close();
            SegmentInfos after = SegmentInfos.readLatestCommit(tm.directory());
            return new TmOptimized(tm.name(), tm.backend(), units(after), before.size(), after.size(), bytes, bytes(tm, after),
                    seconds(t0));
        } catch (Throwable t) {
            try {
                w.rollback();
            } catch (Throwable ignored) {
                // the last commit stays as it was either way
            }
            if (t instanceof TmshException e) {
                throw e;
            }
            if (committed) {
                // the merged index is the TM's now: say so, not "nothing was changed"
                throw new TmshException("TM '" + tm.name() + "': merged and committed, but closing the index failed: " + t, t);
            }
            if (t instanceof IOException e) {
                // the file system's reason ("No space left on device"), not Lucene's list of the segments it merged
                Throwable root = e;
                for (Throwable c = e.getCause(); c != null && c != root; c = c.getCause()) {
                    root = c instanceof IOException ? c : root;
                }
                throw new TmshException("TM '" + tm.name() + "': merging failed, nothing was changed: "
                        + org.tmsh.common.AtomicFiles.message(root) + " (in " + tm.dir() + ")", e);
            }
            throw new TmshException("TM '" + tm.name() + "': merging failed, nothing was changed: " + t, t);
        }
    }

    private static long units(SegmentInfos infos) {
        long n = 0;
        for (var info : infos) {
            n += info.info.maxDoc() - info.getDelCount() - info.getSoftDelCount();
        }
        return n;
    }

    /** The bytes of a commit's files. */
    private static long bytes(LuceneMemory tm, SegmentInfos infos) throws IOException {
        long sum = 0;
        for (String f : infos.files(true)) {
            sum += Files.size(tm.dir().resolve(f));
        }
        return sum;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
