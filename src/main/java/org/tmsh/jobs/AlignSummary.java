package org.tmsh.jobs;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.tmsh.align.Alignment;
import org.tmsh.align.DocumentAligner;
import org.tmsh.align.Link;
import org.tmsh.align.VocabularyUse;

/**
 * An alignment as {@code align --json} prints it: counts, unaligned segments, weak links (below
 * {@code --min-confidence}: {@code review}), every link with its texts, the word pairs had from each
 * source of vocabulary, and the probability that the two documents are translations of each other.
 */
public record AlignSummary(String source, String target, String sourceLang, String targetLang, int sourceSegments,
                           int targetSegments, int units, Map<String, Integer> linkTypes, List<Integer> unalignedSource,
                           List<Integer> unalignedTarget, List<String> review, String out, String linksFile,
                           List<LinkView> links, VocabularyUse vocabulary,
                           @JsonInclude(JsonInclude.Include.NON_NULL) ImportSummary tm, double translation,
                           double minConfidence) {

    /** One link: segment ids, type, confidence (3 decimals) and texts. */
    public record LinkView(int[] source, int[] target, String type, double confidence, String sourceText,
                           String targetText) {
    }

    public static AlignSummary of(AlignJob.Outcome o) {
        DocumentAligner.Result r = o.result();
        Alignment a = r.alignment();
        DocumentAligner.Request q = r.request();
        return new AlignSummary(q.source().toString(), q.target().toString(), q.sourceLang(), q.targetLang(),
                r.source().size(), r.target().size(), r.pairs().size(), r.typeCounts(),
                DocumentAligner.unaligned(a, true), DocumentAligner.unaligned(a, false),
                r.weakest(q.trust().minConfidence()).stream().map(Link::format).toList(),
                q.tmxOut() == null ? null : q.tmxOut().toString(), q.linksOut() == null ? null : q.linksOut().toString(),
                a.links().stream().map(l -> new LinkView(l.source(), l.target(), l.type(),
                        Math.round(l.confidence() * 1000) / 1000.0, a.sourceText(l), a.targetText(l))).toList(),
                a.vocabulary(), o.added() == null ? null : ImportSummary.of(o.added()),
                Math.round(a.translation() * 1000) / 1000.0, q.trust().minConfidence());
    }
}
