package org.tmsh.memory.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.LockObtainFailedException;

import org.tmsh.common.TmshException;
import org.tmsh.memory.TmHealth;

/**
 * {@code tm check}: Lucene's {@link CheckIndex} over an embedded TM (every file's checksum, then the
 * structure of each segment's postings, stored fields and doc values), reported as one line for
 * each damaged part, naming the segment, its units, the part and the failure (a checksum failure
 * names the file). Read-only: nothing is repaired or removed. It holds the TM's write lock while it
 * runs, so it is refused while another process imports.
 */
final class LuceneCheck {

    private LuceneCheck() {
    }

    static TmHealth check(LuceneMemory tm) throws IOException {
        if (!Files.isDirectory(tm.dir()) || !DirectoryReader.indexExists(tm.directory())) {
            return new TmHealth(tm.name(), tm.location(), 0, 0, List.of());
        }
        CheckIndex.Status status;
        try (CheckIndex ci = new CheckIndex(tm.directory())) {
            ci.setFailFast(false);
            ci.setInfoStream(null);
            status = ci.checkIndex();
        } catch (LockObtainFailedException e) {
            throw new TmshException("TM '" + tm.name() + "' is being changed by another tmsh process (" + tm.dir()
                    + "); check it when that has finished");
        } catch (IOException | RuntimeException e) {
            // the commit itself (segments file, segment infos) cannot be read
            return new TmHealth(tm.name(), tm.location(), 0, 0, List.of("the last commit cannot be read: " + rootMessage(e)));
        }
        List<String> problems = new ArrayList<>();
        long units = 0;
        long lost = 0;
        if (status.missingSegments) {
            problems.add("the segments file of the last commit is missing or unreadable");
        }
        for (CheckIndex.Status.SegmentInfoStatus s : status.segmentInfos) {
            int live = s.maxDoc - (s.liveDocStatus == null ? 0 : (int) s.liveDocStatus.numDeleted);
            units += live;
            List<String> parts = new ArrayList<>();
            part(parts, "opening", s.openReaderPassed ? null : s.error);
            if (s.openReaderPassed) {
                part(parts, "live units", s.liveDocStatus == null ? null : s.liveDocStatus.error);
                part(parts, "field infos", s.fieldInfoStatus == null ? null : s.fieldInfoStatus.error);
                part(parts, "words (postings)", s.termIndexStatus == null ? null : s.termIndexStatus.error);
                part(parts, "stored units (the <tu> kept for export)", s.storedFieldStatus == null ? null : s.storedFieldStatus.error);
                part(parts, "texts and keys (doc values)", s.docValuesStatus == null ? null : s.docValuesStatus.error);
                if (parts.isEmpty() && s.error != null) {
                    part(parts, "checksums", s.error);
                }
            }
            if (!parts.isEmpty()) {
                lost += live;
                problems.add("segment " + s.name + " (" + String.format(java.util.Locale.ROOT, "%,d", live) + " units): "
                        + String.join("; ", parts));
            }
        }
        return new TmHealth(tm.name(), tm.location(), units, lost, List.copyOf(problems));
    }

    /**
     * Before an import writes: every segment's checksums (Lucene's {@code checkIntegrity}), so that a
     * damaged TM is refused for writing instead of taking units it may later lose.
     */
    static void verify(LuceneMemory tm, DirectoryReader committed) {
        if (committed == null) {
            return;
        }
        try {
            for (LeafReaderContext ctx : committed.leaves()) {
                ctx.reader().checkIntegrity();
            }
        } catch (IOException | RuntimeException e) {
            throw tm.damaged(e);
        }
    }

    private static void part(List<String> parts, String what, Throwable error) {
        if (error != null) {
            parts.add(what + ": " + rootMessage(error));
        }
    }

    /** The innermost message of a failure (CheckIndex wraps the codec's in "... test failed"). */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
