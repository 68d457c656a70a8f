package org.tmsh.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.tmsh.align.DocumentAligner;
import org.tmsh.align.FolderAligner;
import org.tmsh.align.Vocabulary;
import org.tmsh.align.NameConcepts;
import org.tmsh.align.PairSource;
import org.tmsh.common.Languages;
import org.tmsh.common.Progress;
import org.tmsh.formats.html.HtmlReport;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.terms.Concept;
import org.tmsh.terms.Glossary;
import org.tmsh.terms.Term;
import org.tmsh.terms.TermLookup;

/**
 * The alignment job: reads and aligns two documents (anchored on a glossary's names, whatever their
 * spelling, when one is given, and with its spellings as word pairs), writes the TMX, links and
 * HTML report asked for, and fills a TM with the pairs, having first learned word pairs from its
 * units. {@code align} and {@code review} add pairs to a TM through {@link #addToTm}.
 */
public final class AlignJob {

    /**
     * What to align, where to write it, which glossary anchors names, which TM receives the pairs
     * (nulls: none) and where word pairs come from.
     */
    public record Request(DocumentAligner.Request align, String glossary, Path report, String tm,
                          Vocabulary vocabulary, boolean tmVocabulary) {

        /** Learning word pairs from the TM, if it exists. */
        public Request(DocumentAligner.Request align, String glossary, Path report, String tm, Vocabulary vocabulary) {
            this(align, glossary, report, tm, vocabulary, true);
        }

        /** With the standard vocabulary: the installed dictionaries, learning when there are none. */
        public Request(DocumentAligner.Request align, String glossary, Path report, String tm) {
            this(align, glossary, report, tm, Vocabulary.STANDARD);
        }
    }

    /** The system property bounding how many units of the TM's language pair teach word pairs. */
    public static final String TM_UNITS_PROPERTY = "tmsh.align.tmUnits";

    /** Its default. */
    public static final int TM_UNITS_DEFAULT = 100_000;

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
        return run(req, progress, Progress.NONE);
    }

    /**
     * Aligns as {@link #run(Request, Progress)}, reading the dictionaries into their cache first
     * when it does not hold them yet (a first alignment), with {@code dictionaries} told how far.
     */
    public Outcome run(Request req, Progress progress, Progress dictionaries) {
        req.vocabulary().warm(req.align().sourceLang(), req.align().targetLang(), dictionaries);
        String tmName = req.tm() == null ? null : TmLibrary.checkName(req.tm());
        NameConcepts names = NameConcepts.NONE;
        List<String> nameForms = List.of();
        Vocabulary vocabulary = req.vocabulary();
        if (req.glossary() != null) {
            Glossary g = Glossaries.underHome().read(req.glossary());
            names = names(g);
            nameForms = g.concepts().stream().flatMap(c -> c.terms().stream()).map(t -> t.form()).distinct().toList();
            vocabulary = vocabulary.withTerms(terms(g));
        }
        if (tmName != null && req.tmVocabulary()) {
            vocabulary = vocabulary.withMemory(memory(tmName));
        }
        DocumentAligner.Result r = aligner.get().align(req.align(), progress, names, vocabulary);
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
     * The spellings of each glossary concept in the two languages, paired (Moskau / Moscow,
     * Vereinte Nationen / United Nations), as word pairs of the lexical cost.
     */
    static PairSource terms(Glossary g) {
        return (sl, tl, pair) -> {
            String s = Languages.primary(sl);
            String t = Languages.primary(tl);
            for (Concept c : g.concepts()) {
                for (Term a : c.terms()) {
                    if (!Languages.primary(a.lang()).equals(s)) {
                        continue;
                    }
                    for (Term b : c.terms()) {
                        if (Languages.primary(b.lang()).equals(t)) {
                            pair.accept(a.form(), b.form());
                        }
                    }
                }
            }
        };
    }

    /**
     * The units of TM {@code tmName} in the language pair, at most {@value #TM_UNITS_DEFAULT} (system
     * property {@value #TM_UNITS_PROPERTY}), in the order of import, read when the lexicon is made:
     * before the new pairs are added. A TM that does not exist yet, or has no units in one of the
     * two languages, gives none.
     */
    private PairSource memory(String tmName) {
        int max = Integer.getInteger(TM_UNITS_PROPERTY, TM_UNITS_DEFAULT);
        return (sl, tl, pair) -> {
            if (max <= 0 || !library.exists(tmName)) {
                return;
            }
            TranslationMemory tm = library.open(tmName);
            TmRead.of(tm, () -> {
                Map<String, Long> langs = tm.languages();
                if (!langs.containsKey(Languages.primary(sl)) || !langs.containsKey(Languages.primary(tl))) {
                    return null;
                }
                int[] n = {0};
                try {
                    tm.forEachUnit(u -> {
                        String s = u.text(sl);
                        String t = u.text(tl);
                        if (s == null || t == null || s.isBlank() || t.isBlank()) {
                            return;
                        }
                        pair.accept(s, t);
                        if (++n[0] >= max) {
                            throw Enough.INSTANCE;
                        }
                    });
                } catch (Enough e) {
                    // the bound is reached
                }
                return null;
            });
        };
    }

    /** Stops reading a TM's units at the bound. */
    private static final class Enough extends RuntimeException {
        static final Enough INSTANCE = new Enough();

        private Enough() {
            super(null, null, false, false);
        }
    }

    /**
     * Aligns two folders of documents ({@link FolderAligner}) with a glossary's names and
     * {@code vocabulary}, and adds the pairs of all documents to TM {@code tm} (nulls: none).
     */
    public FolderOutcome runFolder(FolderAligner.Request req, String glossary, String tm, Vocabulary vocabulary,
                                   Progress progress) {
        return runFolder(req, glossary, tm, vocabulary, true, progress);
    }

    /**
     * {@link #runFolder(FolderAligner.Request, String, String, Vocabulary, Progress)}, learning word
     * pairs from the TM's units when {@code tmVocabulary}.
     */
    public FolderOutcome runFolder(FolderAligner.Request req, String glossary, String tm, Vocabulary vocabulary,
                                   boolean tmVocabulary, Progress progress) {
        return runFolder(req, glossary, tm, vocabulary, tmVocabulary, progress, Progress.NONE);
    }

    /** {@link #runFolder}, reading the dictionaries into their cache first with {@code dictionaries} told how far. */
    public FolderOutcome runFolder(FolderAligner.Request req, String glossary, String tm, Vocabulary vocabulary,
                                   boolean tmVocabulary, Progress progress, Progress dictionaries) {
        vocabulary.warm(req.sourceLang(), req.targetLang(), dictionaries);
        String tmName = tm == null ? null : TmLibrary.checkName(tm);
        NameConcepts names = NameConcepts.NONE;
        if (glossary != null) {
            Glossary g = Glossaries.underHome().read(glossary);
            names = names(g);
            vocabulary = vocabulary.withTerms(terms(g));
        }
        if (tmName != null && tmVocabulary) {
            vocabulary = vocabulary.withMemory(memory(tmName));
        }
        FolderAligner.Result r = new FolderAligner(aligner.get()).align(req, progress, names, vocabulary);
        ImportReport added = null;
        if (tmName != null) {
            List<org.tmsh.formats.tmx.TmxUnit> units = new java.util.ArrayList<>();
            r.results().forEach(d -> units.addAll(new FolderAligner(aligner.get()).trustedUnits(d)));
            added = units.isEmpty() ? null : library.openOrCreate(tmName).add(units,
                    r.results().get(0).request().sourceLang(), req.sourceDir().toString());
        }
        return new FolderOutcome(r, added);
    }

    /**
     * Adds the pairs of an alignment that its {@code --min-confidence} trusts (every pair a person
     * reviewed is) to a TM (created if new); duplicates are skipped. Null when no pair is trusted:
     * nothing is added, and a new TM is not created.
     */
    public ImportReport addToTm(DocumentAligner.Result r, String tmName) {
        String name = TmLibrary.checkName(tmName);
        List<org.tmsh.formats.tmx.TmxUnit> units = aligner.get().units(r, true);
        if (units.isEmpty()) {
            return null;
        }
        return library.openOrCreate(name).add(units, r.request().sourceLang(), r.request().source().toString());
    }

    /**
     * Ends the review of a TMX: writes every unit not rejected to {@code out} (null: not written)
     * and adds the trusted ones to TM {@code tm} (null: none), then forgets the saved decisions.
     * Null report when no TM was named or no unit is trusted.
     */
    public ImportReport finishReview(TmxReview review, Path tmxIn, Path out, String tm) {
        if (out == null && tm == null) {
            throw new org.tmsh.common.TmshException("review: name where the reviewed pairs go: --out FILE.tmx and/or "
                    + "--tm NAME (the decisions so far are kept; review the file again to go on)");
        }
        if (out != null) {
            org.tmsh.formats.tmx.TmxWriter w = new org.tmsh.formats.tmx.TmxWriter(out, review.sourceLang(),
                    review.targetLang(), "review");
            try {
                review.result().forEach(w::write);
                w.close();
            } catch (RuntimeException e) {
                w.abort();
                throw e;
            }
        }
        ImportReport added = null;
        if (tm != null) {
            List<org.tmsh.formats.tmx.TmxUnit> units = review.trusted();
            if (!units.isEmpty()) {
                added = library.openOrCreate(TmLibrary.checkName(tm)).add(units, review.sourceLang(), tmxIn.toString());
            }
        }
        if (review.next() == null) {
            review.finish();
        }
        return added;
    }

    /**
     * The alignment a links file ({@code align --links}) makes of two documents, rated with the
     * installed dictionaries as {@code align} rates its links: for {@code review --links}.
     */
    public DocumentAligner.Result relink(DocumentAligner.Request documents, Path links) {
        return aligner.get().relink(documents, links, NameConcepts.NONE, Vocabulary.STANDARD);
    }

    /** Writes the pairs of an alignment as TMX 1.4. */
    public void writeTmx(DocumentAligner.Result r, Path out) {
        aligner.get().writeTmx(r, out);
    }
}
