package org.tmsh.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tmsh.document.DocumentSegments;
import org.tmsh.memory.Match;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.segment.SrxSegmenter;

/**
 * Looks up a job's segments in a translation memory, in document order, and tells each segment's
 * band: the band of its best match, or {@link MatchBand#REPETITION} when the same text (with its
 * inline codes, whitespace runs made one space) already occurred earlier in the job.
 *
 * <p>One instance is one job: repetitions are counted across all the files it reads.
 */
final class Leverage {

    /** A segment with its matches (best first, at most {@code max}, each at least {@link MatchBand#LOWEST}). */
    record Looked(DocumentSegments.Item item, List<Match> matches, MatchBand band, int words) {

        /** Best match score, 0 when there is none. */
        int best() {
            return matches.isEmpty() ? 0 : matches.get(0).score();
        }
    }

    private final TranslationMemory tm;
    private final String srcLang;
    private final String tgtLang;
    private final SrxSegmenter segmenter;
    private final int max;
    private final Set<String> seen = new HashSet<>();

    Leverage(TranslationMemory tm, String srcLang, String tgtLang, SrxSegmenter segmenter, int max) {
        this.tm = tm;
        this.srcLang = srcLang;
        this.tgtLang = tgtLang;
        this.segmenter = segmenter;
        this.max = max;
    }

    /** The segments of one document. */
    List<DocumentSegments.Item> segments(Path file) {
        return DocumentSegments.read(file, srcLang, segmenter);
    }

    /** Looks one segment up; a repetition is still looked up, so a pre-translation fills it too. */
    Looked look(DocumentSegments.Item item) {
        List<Match> matches;
        try {
            matches = tm.search(item.text(), srcLang, tgtLang, MatchBand.LOWEST, max);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int best = matches.isEmpty() ? 0 : matches.get(0).score();
        MatchBand band = seen.add(item.text()) ? MatchBand.of(best) : MatchBand.REPETITION;
        return new Looked(item, matches, band, WordCount.of(item.plain()));
    }
}
