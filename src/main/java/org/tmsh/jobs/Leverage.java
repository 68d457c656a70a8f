package org.tmsh.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tmsh.document.DocumentSegments;
import org.tmsh.match.MatchRepair;
import org.tmsh.match.Tokenizer;
import org.tmsh.memory.Match;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.segment.SrxSegmenter;
import org.tmsh.terms.Glossary;

/**
 * Looks up a job's segments in a translation memory, in document order, and tells each segment's
 * band: the band of its best match, or {@link MatchBand#REPETITION} when the same text (with its
 * inline codes, whitespace runs made one space) already occurred earlier in the job, or
 * {@link MatchBand#REPAIRED} when its best fuzzy match could be repaired ({@link MatchRepair}, with the
 * glossary's names when one is given, numbers always).
 *
 * <p>One instance is one job: repetitions are counted across all the files it reads.
 */
final class Leverage {

    /** A segment with its matches (best first, at most {@code max}, each at least {@link MatchBand#LOWEST}). */
    record Looked(DocumentSegments.Item item, List<Match> matches, MatchBand band, int words,
                  Optional<MatchRepair.Repaired> repaired) {

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
    private final MatchRepair repair;

    Leverage(TranslationMemory tm, String srcLang, String tgtLang, SrxSegmenter segmenter, int max, Glossary names) {
        this.repair = new MatchRepair(Tokenizer.standard(), names == null ? MatchRepair.Names.NONE : new GlossaryNames(names));
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
        Optional<MatchRepair.Repaired> repaired = best == 0 || best == 100 ? Optional.empty()
                : repair.repair(item.text(), matches.get(0).source(), matches.get(0).target(), srcLang, tgtLang);
        MatchBand band = !seen.add(item.text()) ? MatchBand.REPETITION
                : repaired.isPresent() ? MatchBand.REPAIRED : MatchBand.of(best);
        return new Looked(item, matches, band, WordCount.of(item.plain()), repaired);
    }
}
