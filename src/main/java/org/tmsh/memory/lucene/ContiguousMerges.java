package org.tmsh.memory.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;

import org.tmsh.common.Progress;

/**
 * The merges of {@code tm optimize}: the index's segments cut, in their order, into at most the number of runs asked
 * for, of about equal size, each run merged once into one segment. Every unit is written once (Lucene's own
 * policies merge in rounds at a fixed factor, rewriting much of a large index twice or more), and the units keep
 * their order (a merged segment takes the place of its first segment), so a look-up's ties fall as before.
 *
 * <p>Merged segments are never compound files (the import writes none: a compound file is one more copy of a
 * large segment). Only forced merges are planned; an import's own merges are {@link LuceneImport#mergeSmall}'s.
 * {@code progress} is told the bytes merged of the bytes the plan merges, as each run's merge ends.
 */
final class ContiguousMerges extends MergePolicy {

    private final Progress progress;
    private long planned;
    private long merged;

    ContiguousMerges(Progress progress) {
        this.progress = progress;
        setNoCFSRatio(0.0);
    }

    @Override
    public MergeSpecification findMerges(MergeTrigger trigger, SegmentInfos infos, MergeContext context) {
        return null;
    }

    @Override
    public MergeSpecification findForcedDeletesMerges(SegmentInfos infos, MergeContext context) {
        return null;
    }

    @Override
    public synchronized MergeSpecification findForcedMerges(SegmentInfos infos, int maxSegments, Map<SegmentCommitInfo, Boolean> toMerge,
                                               MergeContext context) throws IOException {
        if (infos.size() <= maxSegments || !context.getMergingSegments().isEmpty()) {
            return null; // done, or this plan's merges still running (they end at or below the count)
        }
        long[] sizes = new long[infos.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = Math.max(1, size(infos.info(i), context));
        }
        MergeSpecification spec = new MergeSpecification();
        for (int[] run : runs(sizes, maxSegments)) {
            if (run[1] - run[0] < 2) {
                continue; // a run of one segment stays as it is
            }
            List<SegmentCommitInfo> segments = new ArrayList<>(infos.asList().subList(run[0], run[1]));
            long bytes = 0;
            for (int i = run[0]; i < run[1]; i++) {
                bytes += sizes[i];
            }
            long runBytes = bytes;
            planned += bytes;
            spec.add(new OneMerge(segments) {
                @Override
                public void mergeFinished(boolean success, boolean segmentDropped) throws IOException {
                    super.mergeFinished(success, segmentDropped);
                    if (success) {
                        done(runBytes);
                    }
                }
            });
        }
        if (spec.merges.isEmpty()) {
            return null;
        }
        progress.update(merged, planned);
        return spec;
    }

    private synchronized void done(long bytes) {
        merged += bytes;
        progress.update(merged, planned);
    }

    /**
     * Cuts segments of {@code sizes} (in order) into at most {@code count} runs of consecutive segments, each ending
     * where the sizes summed so far first reach its share of the whole ({@code [from, to)} each, none empty).
     */
    static List<int[]> runs(long[] sizes, int count) {
        long total = 0;
        for (long s : sizes) {
            total += s;
        }
        List<int[]> out = new ArrayList<>();
        int from = 0;
        long sum = 0;
        for (int i = 0; i < sizes.length; i++) {
            sum += sizes[i];
            // a run ends where the sizes so far reach its share; the last allowed run takes the rest
            boolean share = (double) sum * count >= (double) total * (out.size() + 1);
            if (i == sizes.length - 1 || (out.size() < count - 1 && share)) {
                out.add(new int[] {from, i + 1});
                from = i + 1;
            }
        }
        return out;
    }
}
