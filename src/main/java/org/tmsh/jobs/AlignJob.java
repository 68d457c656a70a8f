package org.tmsh.jobs;

import java.nio.file.Path;
import java.util.List;

import org.tmsh.align.DocumentAligner;
import org.tmsh.align.FolderAligner;
import org.tmsh.align.Vocabulary;
import org.tmsh.align.NameConcepts;
import org.tmsh.common.Progress;
import org.tmsh.formats.html.HtmlReport;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.TmLibrary;
import org.tmsh.terms.Glossary;
import org.tmsh.terms.TermLookup;

/**
 * The alignment job: reads and aligns two documents (anchored on a glossary's names, whatever their
 * spelling, when one is given), writes the TMX, links and HTML report asked for, and fills a TM
 * with the pairs. {@code align} and {@code review} add pairs to a TM through {@link #addToTm}.
 */
public final class AlignJob {

    /**
     * What to align, where to write it, which glossary anchors names, which TM receives the pairs
     * (nulls: none) and where word pairs come from.
     */
    public record Request(DocumentAligner.Request align, String glossary, Path report, String tm,
                          Vocabulary vocabulary) {

        /** With the standard vocabulary: the installed dictionaries, learning when there are none. */
        public Request(DocumentAligner.Request align, String glossary, Path report, String tm) {
            this(align, glossary, report, tm, Vocabulary.STANDARD);
        }
    }

    /** A folder alignment and what was added to the TM (null without a TM). */
    public record FolderOutcome(FolderAligner.Result result, ImportReport added) {
    }

    /** The alignment and what was added to the TM (null without a TM). */
    public record Outcome(DocumentAligner.Result result, ImportReport added, Path report) {
    }

    private final java.util.function.Supplier<DocumentAligner> aligner;
    private final TmLibrary library;

    public AlignJob(DocumentAligner aligner, TmLibrary library) {
        this(() -> aligner, library);
    }

    /** With the aligner built only when first needed (its segmentation rules and name data take time to load). */
    public AlignJob(java.util.function.Supplier<DocumentAligner> aligner, TmLibrary library) {
        this.aligner = aligner;
        this.library = library;
    }

    public Outcome run(Request req, Progress progress) {
        String tmName = req.tm() == null ? null : TmLibrary.checkName(req.tm());
        NameConcepts names = NameConcepts.NONE;
        List<String> nameForms = List.of();
        if (req.glossary() != null) {
            Glossary g = Glossaries.underHome().read(req.glossary());
            names = names(g);
            nameForms = g.concepts().stream().flatMap(c -> c.terms().stream()).map(t -> t.form()).distinct().toList();
        }
        DocumentAligner.Result r = aligner.get().align(req.align(), progress, names, req.vocabulary());
        if (req.report() != null) {
            HtmlReport.alignment(req.report(), "tmsh alignment: " + req.align().source().getFileName()
                    + " / " + req.align().target().getFileName(), r.alignment(), nameForms);
        }
        ImportReport added = tmName == null ? null : addToTm(r, tmName);
        return new Outcome(r, added, req.report());
    }

    private static NameConcepts names(Glossary g) {
        TermLookup lookup = new TermLookup(g);
        return segment -> lookup.find(segment, "en").stream().map(h -> h.concept().id()).toList();
    }

    /**
     * Aligns two folders of documents ({@link FolderAligner}) with a glossary's names and
     * {@code vocabulary}, and adds the pairs of all documents to TM {@code tm} (nulls: none).
     */
    public FolderOutcome runFolder(FolderAligner.Request req, String glossary, String tm, Vocabulary vocabulary,
                                   Progress progress) {
        String tmName = tm == null ? null : TmLibrary.checkName(tm);
        NameConcepts names = glossary == null ? NameConcepts.NONE : names(Glossaries.underHome().read(glossary));
        FolderAligner.Result r = new FolderAligner(aligner.get()).align(req, progress, names, vocabulary);
        ImportReport added = null;
        if (tmName != null) {
            List<org.tmsh.formats.tmx.TmxUnit> units = new java.util.ArrayList<>();
            r.results().forEach(d -> units.addAll(aligner.get().units(d)));
            added = library.openOrCreate(tmName).add(units, r.results().get(0).request().sourceLang(),
                    req.sourceDir().toString());
        }
        return new FolderOutcome(r, added);
    }

    /** Adds the pairs of an alignment to a TM (created if new); duplicates are skipped. */
    public ImportReport addToTm(DocumentAligner.Result r, String tmName) {
        return library.openOrCreate(TmLibrary.checkName(tmName))
                .add(aligner.get().units(r), r.request().sourceLang(), r.request().source().toString());
    }

    /** Writes the pairs of an alignment as TMX 1.4. */
    public void writeTmx(DocumentAligner.Result r, Path out) {
        aligner.get().writeTmx(r, out);
    }
}
