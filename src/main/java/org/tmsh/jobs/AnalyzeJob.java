package org.tmsh.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tmsh.common.Progress;
import org.tmsh.document.DocumentReader;
import org.tmsh.document.DocumentSegments;
import org.tmsh.memory.SearchOptions;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.segment.SrxSegmenter;
import org.tmsh.terms.Glossary;

/**
 * {@code analyze}: how much of a job a memory already covers, as CAT tools quote it: segments and
 * words per {@link MatchBand}, per file and in total.
 *
 * <p>Documents are read and segmented as for pre-translation ({@link DocumentSegments}), each
 * segment looked up once; a segment whose text already occurred in the job (in this file or an
 * earlier one) counts at its band the first time and as a repetition after that. Segments are
 * looked up on all cores ({@link Leverage#each}); the counts are those of a look-up in document order.
 */
public final class AnalyzeJob {

    /** Segments and words of one band. */
    public record Count(long segments, long words) {
        Count plus(long s, long w) {
            return new Count(segments + s, words + w);
        }
    }

    /** One file's figures; {@code bands} holds every band, in band order, zeros included. */
    public record FileResult(String file, long segments, long words, Map<String, Count> bands) {
    }

    /** The whole job. */
    public record Total(long segments, long words, Map<String, Count> bands) {
    }

    /** The analysis: per file, and the total. */
    public record Result(List<FileResult> files, Total total) {
    }

    private final SrxSegmenter segmenter;

    public AnalyzeJob(SrxSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** Analyses {@code files} against {@code tm} (source and target language as given), without a glossary. */
    public Result run(List<Path> files, TranslationMemory tm, String srcLang, String tgtLang, Progress progress) {
        return run(files, tm, srcLang, tgtLang, null, progress);
    }

    /** Analyses {@code files}; {@code glossary} (may be null) names what match repair may substitute. */
    public Result run(List<Path> files, TranslationMemory tm, String srcLang, String tgtLang, Glossary glossary,
                      Progress progress) {
        return run(files, tm, srcLang, tgtLang, glossary, SearchOptions.NONE, progress);
    }

    /**
     * As above, among the units {@code options}' filter passes, with its penalties (a match's band is that of
     * its score after penalties); each segment is looked up with its neighbours, so the {@code context}
     * band counts exact matches stored between the same neighbours.
     */
    public Result run(List<Path> files, TranslationMemory tm, String srcLang, String tgtLang, Glossary glossary,
                      SearchOptions options, Progress progress) {
        Leverage leverage = new Leverage(tm, srcLang, tgtLang, segmenter, 1, glossary, Leverage.THREADS, options);
        List<List<DocumentSegments.Item>> docs = new ArrayList<>();
        for (Path f : files) {
            docs.add(leverage.segments(f));
            DocumentReader.cautions(f).forEach(progress::notice);
        }
        long all = docs.stream().mapToLong(List::size).sum();
        List<FileResult> results = new ArrayList<>();
        EnumMap<MatchBand, Count> total = empty();
        long[] done = {0};
        for (int i = 0; i < files.size(); i++) {
            EnumMap<MatchBand, Count> bands = empty();
            long[] segsWords = {0, 0};
            leverage.each(docs.get(i), l -> {
                bands.merge(l.band(), new Count(1, l.words()), (a, b) -> a.plus(b.segments(), b.words()));
                total.merge(l.band(), new Count(1, l.words()), (a, b) -> a.plus(b.segments(), b.words()));
                segsWords[0]++;
                segsWords[1] += l.words();
                progress.update(++done[0], all);
            });
            results.add(new FileResult(files.get(i).toString(), segsWords[0], segsWords[1], labelled(bands)));
        }
        long segs = total.values().stream().mapToLong(Count::segments).sum();
        long words = total.values().stream().mapToLong(Count::words).sum();
        return new Result(results, new Total(segs, words, labelled(total)));
    }

    private static EnumMap<MatchBand, Count> empty() {
        EnumMap<MatchBand, Count> m = new EnumMap<>(MatchBand.class);
        for (MatchBand b : MatchBand.values()) {
            m.put(b, new Count(0, 0));
        }
        return m;
    }

    private static Map<String, Count> labelled(EnumMap<MatchBand, Count> bands) {
        Map<String, Count> out = new LinkedHashMap<>();
        bands.forEach((b, c) -> out.put(b.label(), c));
        return out;
    }
}
