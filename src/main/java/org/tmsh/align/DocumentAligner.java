package org.tmsh.align;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tmsh.common.AtomicFiles;
import org.tmsh.common.Languages;
import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.document.CodedText;
import org.tmsh.document.DocumentReader;
import org.tmsh.segment.Segments;
import org.tmsh.segment.SrxSegmenter;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.formats.tmx.TmxWriter;

/**
 * Aligns two documents end to end: read (Okapi filters), segment (SRX), align, and write the
 * TMX and the links file. The shell's {@code align} command is a thin layer over this class.
 */
public final class DocumentAligner {

    /** What to align and where to write it. Null paths are not written. */
    public record Request(Path source, Path target, String sourceLang, String targetLang, boolean segmented,
                          String encoding, Path tmxOut, Path linksOut, Trust trust) {

        /** With the default trust: weak links below {@link Link#WEAK_BELOW} marked, languages and verdict checked. */
        public Request(Path source, Path target, String sourceLang, String targetLang, boolean segmented,
                       String encoding, Path tmxOut, Path linksOut) {
            this(source, target, sourceLang, targetLang, segmented, encoding, tmxOut, linksOut, Trust.DEFAULT);
        }

        public Request {
            trust = trust == null ? Trust.DEFAULT : trust;
        }
    }

    /**
     * What an alignment is trusted with: links below {@code minConfidence} are marked for review in
     * the TMX (left out of it when {@code strict}) and never go into a memory unreviewed; unless
     * {@code force}, documents whose language is not the one declared, or which do not look like
     * translations of each other, are refused before anything is written.
     */
    public record Trust(double minConfidence, boolean strict, boolean force) {

        public static final Trust DEFAULT = new Trust(Link.WEAK_BELOW, false, false);

        public Trust {
            if (!(minConfidence >= 0 && minConfidence <= 1)) {
                throw new TmshException("--min-confidence must be a number from 0 to 1, not " + minConfidence);
            }
        }

        /** Whether a link is confident enough to enter a memory unreviewed. */
        public boolean trusts(Link l) {
            return l.confidence() >= minConfidence;
        }
    }

    /** The alignment with the segments it was made from. */
    public record Result(Request request, Segments source, Segments target, Alignment alignment) {

        public List<Link> pairs() {
            return alignment.pairs();
        }

        /** Pairs below the request's {@code --min-confidence}: marked for review, kept out of a memory. */
        public List<Link> untrusted() {
            return alignment.pairs().stream().filter(l -> !request.trust().trusts(l)).toList();
        }

        /** Pairs whose confidence is below {@code threshold}, weakest first. */
        public List<Link> weakest(double threshold) {
            return alignment.pairs().stream().filter(l -> l.confidence() < threshold)
                    .sorted((a, b) -> Double.compare(a.confidence(), b.confidence())).toList();
        }

        /** Counts of links by type ("1-1", "2-1", "1-0" ...), in a stable order. */
        public Map<String, Integer> typeCounts() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Link l : alignment.links()) {
                counts.merge(l.type(), 1, Integer::sum);
            }
            return counts;
        }
    }

    private final SrxSegmenter segmenter;
    private final Aligner aligner;
    private final String version;

    public DocumentAligner(SrxSegmenter segmenter, Aligner aligner, String version) {
        this.segmenter = segmenter;
        this.aligner = aligner;
        this.version = version;
    }

    public Result align(Request r, Progress progress) {
        return align(r, progress, NameConcepts.NONE);
    }

    /** Aligns, also anchoring on the glossary names that {@code names} finds in segments. */
    public Result align(Request r, Progress progress, NameConcepts names) {
        return align(r, progress, names, Vocabulary.NONE);
    }

    /** Aligns with glossary names and the word pairs of {@code vocabulary}. */
    public Result align(Request r, Progress progress, NameConcepts names, Vocabulary vocabulary) {
        String sl = Languages.check(r.sourceLang());
        String tl = Languages.check(r.targetLang());
        Segments src = read(r.source(), sl, r);
        Segments tgt = read(r.target(), tl, r);
        if (!r.trust().force()) {
            LanguageCheck.standard().check(r.source(), src, sl, r.target(), tgt, tl);
        }
        Alignment alignment = vocabulary.aligner(aligner.withNames(names), sl, tl, List.of(src), List.of(tgt))
                .align(src, tgt, progress);
        return finish(r, sl, tl, src, tgt, alignment);
    }

    /** The result of one pair, its links file written when asked ({@code tmxOut} too). */
    Result finish(Request r, String sl, String tl, Segments src, Segments tgt, Alignment alignment) {
        Result result = new Result(new Request(r.source(), r.target(), sl, tl, r.segmented(), r.encoding(),
                r.tmxOut(), r.linksOut(), r.trust()), src, tgt, alignment);
        if (!r.trust().force() && !alignment.looksTranslated()) {
            throw notTranslations(result);
        }
        if (r.linksOut() != null) {
            writeLinks(result, r.linksOut());
        }
        if (r.tmxOut() != null) {
            writeTmx(result, r.tmxOut());
        }
        return result;
    }

    Aligner aligner() {
        return aligner;
    }

    /**
     * The alignment of {@code r}'s documents that a links file ({@link #writeLinks}: {@code [0, 1]:[2]}
     * a line) gives, its links rated as {@link #align} rates its own: for the review of an alignment
     * written earlier. The documents are segmented as {@code align} segments them; a link that names a
     * sentence they do not have, or a sentence twice, or out of order, is refused with its line.
     */
    public Result relink(Request r, Path linksFile, NameConcepts names, Vocabulary vocabulary) {
        String sl = Languages.check(r.sourceLang());
        String tl = Languages.check(r.targetLang());
        Segments src = read(r.source(), sl, r);
        Segments tgt = read(r.target(), tl, r);
        List<Link> links = LinksFile.read(linksFile, src.texts().size(), tgt.texts().size());
        Alignment alignment = vocabulary.aligner(aligner.withNames(names), sl, tl, List.of(src), List.of(tgt))
                .rescore(src, tgt, links);
        return new Result(new Request(r.source(), r.target(), sl, tl, r.segmented(), r.encoding(), null, null, r.trust()),
                src, tgt, alignment);
    }

    /** The refusal of a pair that does not look like a translation: nothing is written for it. */
    public static TmshException notTranslations(Result r) {
        Alignment a = r.alignment();
        long sure = a.pairs().stream().filter(l -> l.confidence() >= 0.5).count();
        return new TmshException(String.format(Locale.ROOT, "%s and %s do not look like translations of each other "
                        + "(probability %.2f; %d of %d links at least 50%% likely right): nothing written or added; "
                        + "check the files, or align them anyway with --force",
                r.request().source(), r.request().target(), a.translation(), sure, a.pairs().size()));
    }

    Segments read(Path file, String lang, Request r) {
        if (r.segmented()) {
            List<String> lines = DocumentReader.lines(file, r.encoding(), lang);
            if (lines.stream().allMatch(String::isBlank)) {
                throw TmshException.inFile(file, 0, "no text found in the document");
            }
            return Segments.presegmented(lines, lang);
        }
        return Segments.of(DocumentReader.paragraphs(file, lang, r.encoding()), lang, segmenter);
    }

    /** Writes one link a line in the gold format, {@code [0, 1]:[2]}, 1-0 and 0-1 links included. */
    public static void writeLinks(Result result, Path out) {
        StringBuilder sb = new StringBuilder();
        for (Link l : result.alignment().links()) {
            sb.append(l.format()).append('\n');
        }
        writeAtomically(out, sb.toString());
    }

    /**
     * The pairs as TMX translation units, with the link and its confidence as properties, and the
     * inline codes of HTML, DOCX and XLIFF segments as TMX inline elements ({@link #coded}); a 2-1
     * link's unit keeps the codes of both segments.
     */
    public List<TmxUnit> units(Result result) {
        return units(result, false);
    }

    /**
     * {@link #units(Result)}; a link below the request's {@code --min-confidence} is marked
     * {@code x-needs-review}, or left out when {@code trustedOnly} (for a memory, or a strict TMX).
     */
    public List<TmxUnit> units(Result result, boolean trustedOnly) {
        Request req = result.request();
        String base = req.source().getFileName().toString();
        String date = TmxWriter.TMX_DATE.format(Instant.now());
        List<CodedText> sourceCodes = coded(req.source(), req.sourceLang(), req, result.source());
        List<CodedText> targetCodes = coded(req.target(), req.targetLang(), req, result.target());
        List<TmxUnit> units = new ArrayList<>();
        int n = 0;
        for (Link l : result.pairs()) {
            boolean trusted = req.trust().trusts(l);
            if (trustedOnly && !trusted) {
                n++;
                continue;
            }
            Map<String, String> props = new LinkedHashMap<>();
            props.put("x-document", base);
            props.put("x-link", l.format());
            props.put("x-link-type", l.type());
            props.put("x-confidence", String.format(Locale.ROOT, "%.2f", l.confidence()));
            if (!trusted) {
                props.put("x-needs-review", "yes");
            }
            CodedText s = side(sourceCodes, result.source(), l.source(), result.alignment().sourceText(l));
            CodedText t = side(targetCodes, result.target(), l.target(), result.alignment().targetText(l));
            units.add(TmxUnit.pair(base + "#" + (++n), req.sourceLang(), s.marked(), inline(s),
                    req.targetLang(), t.marked(), inline(t), props, date));
        }
        return units;
    }

    /**
     * The segments of one side with their inline codes, or null when the side has none (plain
     * text, {@code --segmented}). The document is read again, with its codes, and cut where the
     * aligner's plain segments were cut; if its plain segments differ from the aligned ones (the
     * file changed meanwhile), the units stay plain.
     */
    List<CodedText> coded(Path file, String lang, Request r, Segments aligned) {
        String ext = DocumentReader.extension(file);
        if (r.segmented() || ext.isEmpty() || ext.equals("txt") || ext.equals("text")) {
            return null;
        }
        List<CodedText> out = new ArrayList<>(aligned.size());
        for (CodedText p : DocumentReader.codedParagraphs(file, lang, r.encoding())) {
            out.addAll(p.split(segmenter.split(p.plain(), lang)));
        }
        if (out.size() != aligned.size()) {
            return null;
        }
        for (int i = 0; i < out.size(); i++) {
            if (!out.get(i).plain().equals(aligned.texts().get(i))) {
                return null;
            }
        }
        return out;
    }

    private static CodedText side(List<CodedText> coded, Segments segs, int[] ids, String plain) {
        if (coded == null) {
            return CodedText.plain(plain);
        }
        List<CodedText> parts = new ArrayList<>(ids.length);
        int[] groups = new int[ids.length];
        for (int k = 0; k < ids.length; k++) {
            parts.add(coded.get(ids[k]));
            groups[k] = segs.paragraphs()[ids[k]];
        }
        return CodedText.join(parts, groups);
    }

    private static Map<String, TmxUnit.Inline> inline(CodedText text) {
        Map<String, TmxUnit.Inline> out = new LinkedHashMap<>();
        text.codes().forEach((marker, c) -> out.put(marker, new TmxUnit.Inline(c.data(), c.type())));
        return out;
    }

    /** Writes the pairs as TMX 1.4 translation units ({@link #units}). */
    public void writeTmx(Result result, Path out) {
        writeTmx(List.of(result), out);
    }

    /** Writes the pairs of several documents of one language pair into one TMX file. */
    public void writeTmx(List<Result> results, Path out) {
        Result first = results.get(0);
        TmxWriter w = new TmxWriter(out, first.request().sourceLang(), first.request().targetLang(), version);
        try {
            for (Result result : results) {
                units(result, result.request().trust().strict()).forEach(w::write);
            }
            w.close();
        } catch (RuntimeException e) {
            w.abort();
            throw e;
        }
    }

    static void writeAtomically(Path out, String text) {
        AtomicFiles.writeString(out, text);
    }

    /** Unaligned segments of one side (ids), for the report. */
    public static List<Integer> unaligned(Alignment a, boolean sourceSide) {
        List<Integer> ids = new ArrayList<>();
        for (Link l : a.links()) {
            if (sourceSide && l.target().length == 0) {
                for (int i : l.source()) {
                    ids.add(i);
                }
            } else if (!sourceSide && l.source().length == 0) {
                for (int j : l.target()) {
                    ids.add(j);
                }
            }
        }
        return ids;
    }
}
