package org.tmsh.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.formats.FindingsCsv;
import org.tmsh.formats.html.HtmlReport;
import org.tmsh.formats.xliff.XliffNotes;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.qa.BilingualFiles;
import org.tmsh.qa.CheckCatalog;
import org.tmsh.qa.Finding;
import org.tmsh.qa.Profile;
import org.tmsh.qa.QaEngine;
import org.tmsh.qa.Suppressions;
import org.tmsh.qa.TermChecker;
import org.tmsh.qa.QaSegment;
import org.tmsh.qa.Vocabulary;
import org.tmsh.memory.UnitMeta;
import org.tmsh.terms.Glossary;

/**
 * The QA job: runs the checks of a profile over bilingual files (XLIFF, TMX, PO) and a memory, and the
 * terminology check over documents of one language; leaves out the findings a reviewer accepted,
 * records newly accepted ones, and writes the HTML report, the CSV and the XLIFF notes asked for.
 */
public final class QaJob {

    private static final org.slf4j.Logger NOTICE = org.slf4j.LoggerFactory.getLogger("tmsh.notice");

    /** What to check, how, and where the results go. Null or empty: not asked for. */
    public record Request(List<Path> files, String tm, String glossary, Path profile, List<String> only,
                          List<String> skip, Path suppressions, List<Integer> accept, String sourceLang,
                          String targetLang, String lang, Path report, Path csv, boolean annotate,
                          org.tmsh.formats.FormulaCells cells) {

        /** A request whose CSV writes a cell a spreadsheet would run with a leading apostrophe. */
        public Request(List<Path> files, String tm, String glossary, Path profile, List<String> only, List<String> skip,
                       Path suppressions, List<Integer> accept, String sourceLang, String targetLang, String lang,
                       Path report, Path csv, boolean annotate) {
            this(files, tm, glossary, profile, only, skip, suppressions, accept, sourceLang, targetLang, lang, report, csv,
                    annotate, new org.tmsh.formats.FormulaCells(org.tmsh.formats.FormulaCells.Mode.SAFE));
        }

        /** The request of the first {@code qa}: a TMX file, a memory, documents, a glossary, an HTML report. */
        public Request(Path tmx, String tm, List<Path> documents, String glossary, String sourceLang, String targetLang,
                       String lang, Path report) {
            this(tmx == null ? documents : concat(tmx, documents), tm, glossary, null, List.of(), List.of(), null,
                    List.of(), sourceLang, targetLang, lang, report, null, false);
        }

        private static List<Path> concat(Path first, List<Path> rest) {
            List<Path> out = new ArrayList<>();
            out.add(first);
            out.addAll(rest);
            return out;
        }
    }

    /** What a run found: the findings (accepted ones left out), how many segments, how many accepted. */
    public record Result(List<Finding> findings, long segments, int suppressed, int accepted, int annotated) {

        public long errors() {
            return findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        }
    }

    private final TmLibrary library;
    private final Glossaries glossaries;

    public QaJob(TmLibrary library, Glossaries glossaries) {
        this.library = library;
        this.glossaries = glossaries;
    }

    /** The findings of a run. */
    public List<Finding> run(Request req, Progress progress) {
        return check(req, progress).findings();
    }

    /** Runs the QA a request asks for. */
    public Result check(Request req, Progress progress) {
        List<Path> files = req.files() == null ? List.of() : req.files();
        if (files.isEmpty() && req.tm() == null) {
            throw new TmshException("qa: give files to check (XLIFF, TMX, PO, or documents) or --tm NAME");
        }
        if (!req.accept().isEmpty() && req.suppressions() == null) {
            throw new TmshException("qa: --accept needs --suppress FILE (where the accepted findings are kept)");
        }
        List<Path> bilingual = new ArrayList<>();
        List<Path> documents = new ArrayList<>();
        for (Path f : files) {
            if (!java.nio.file.Files.isRegularFile(f)) {
                throw TmshException.inFile(f, 0, java.nio.file.Files.exists(f) ? "not a file" : "file not found");
            }
            (BilingualFiles.kind(f) == BilingualFiles.Kind.DOCUMENT ? documents : bilingual).add(f);
        }
        if (req.annotate() && bilingual.stream().noneMatch(f -> BilingualFiles.kind(f) == BilingualFiles.Kind.XLIFF)) {
            throw new TmshException("qa --annotate: give an XLIFF file to write the findings into");
        }
        Profile profile = req.profile() == null ? Profile.standard() : Profile.read(req.profile());
        if (!req.only().isEmpty()) {
            profile.only(req.only());
        }
        if (!req.skip().isEmpty()) {
            profile.skip(req.skip());
        }
        TermChecker terms = termChecker(req, !documents.isEmpty());
        Suppressions accepted = req.suppressions() == null ? null : Suppressions.read(req.suppressions());
        // the memory's confirmed targets: known words for the spelling check, read in the same pass as its units are checked
        Vocabulary memoryWords = req.tm() != null && profile.on("spelling") ? new Vocabulary() : null;
        QaEngine engine = new QaEngine(CheckCatalog.create(profile, terms, null, memoryWords), profile);
        for (Path f : bilingual) {
            BilingualFiles.read(f, req.sourceLang(), req.targetLang(), engine::add);
        }
        if (req.tm() != null) {
            TranslationMemory tm = library.open(TmLibrary.checkName(req.tm()));
            long[] n = {0};
            TmRead.of(tm, () -> tm.forEachUnit(u -> {
                QaSegment seg = BilingualFiles.segment("tm:" + req.tm(), String.valueOf(++n[0]), u, req.sourceLang(), req.targetLang(), null);
                if (memoryWords != null && !UnitMeta.of(u).unconfirmed()) {
                    u.variants().forEach(v -> memoryWords.add(v.text(), v.lang())); // each language's words apart
                }
                engine.add(seg);
            }, progress));
            if (memoryWords != null && memoryWords.full()) {
                NOTICE.warn("qa: the spelling check took the words of the first units of TM '{}' only ({} distinct words)", req.tm(),
                        Vocabulary.LIMIT);
            }
        }
        if (engine.locked() > 0) {
            NOTICE.warn("qa: {} locked segment(s) not checked (the file locks them against editing; profile option"
                    + " status.checkLocked on checks them)", engine.locked());
        }
        List<Finding> all = engine.finish(null);
        if (!documents.isEmpty() && terms != null && profile.on("terms")) {
            all.addAll(terms.checkCorpus(documents, req.lang() == null ? "de" : req.lang()));
            all = QaEngine.grouped(all);
        }
        List<Finding> findings = new ArrayList<>();
        int suppressed = 0;
        for (Finding f : all) {
            if (accepted != null && accepted.accepts(f)) {
                suppressed++;
            } else {
                findings.add(f);
            }
        }
        int newlyAccepted = 0;
        if (!req.accept().isEmpty()) {
            List<Finding> chosen = new ArrayList<>();
            for (int n : req.accept()) {
                if (n < 1 || n > findings.size()) {
                    throw new TmshException("qa --accept: no finding " + n + " (this run has " + findings.size() + ")");
                }
                chosen.add(findings.get(n - 1));
            }
            accepted.accept(chosen);
            findings.removeAll(chosen);
            newlyAccepted = chosen.size();
        }
        if (req.report() != null) {
            HtmlReport.qa(req.report(), "tmsh QA: " + title(files, req.tm()), findings);
        }
        if (req.csv() != null) {
            FindingsCsv.write(req.csv(), findings, req.cells());
        }
        int annotated = 0;
        if (req.annotate()) {
            for (Path f : bilingual) {
                if (BilingualFiles.kind(f) == BilingualFiles.Kind.XLIFF) {
                    annotated += XliffNotes.annotate(f, "tmsh-qa", notes(f.toString(), findings));
                }
            }
        }
        return new Result(findings, engine.segments(), suppressed, newlyAccepted, annotated);
    }

    /** The findings about segments of {@code file}, as notes by segment id. */
    private static Map<String, List<XliffNotes.Note>> notes(String file, List<Finding> findings) {
        Map<String, List<XliffNotes.Note>> out = new LinkedHashMap<>();
        for (Finding f : findings) {
            String text = "[" + f.severity().name().toLowerCase(Locale.ROOT) + "] " + f.kind() + ": " + f.message()
                    + (f.suggestion() == null ? "" : " (suggestion: " + f.suggestion() + ")");
            for (Finding.Place p : f.places()) {
                if (p.file().equals(file)) {
                    out.computeIfAbsent(p.id(), k -> new ArrayList<>())
                            .add(new XliffNotes.Note(text, f.severity().ordinal() + 1));
                }
            }
        }
        return out;
    }

    /** The glossary's checker: the named glossary (which must have names), else every glossary, else none. */
    private TermChecker termChecker(Request req, boolean needed) {
        Glossary g;
        if (req.glossary() != null) {
            g = glossaries.read(req.glossary(), req.sourceLang(), req.targetLang());
            if (g.concepts().isEmpty()) {
                throw new TmshException("qa: glossary '" + req.glossary() + "' is empty (term import FILE.tbx, or give a"
                        + " glossary file: TBX, CSV, OmegaT)");
            }
            return new TermChecker(g);
        }
        try {
            g = glossaries.read(null);
        } catch (TmshException none) {
            if (needed) {
                throw new TmshException("qa: documents are checked against a glossary, and there is " + none.getMessage());
            }
            return null;
        }
        return g.concepts().isEmpty() ? null : new TermChecker(g);
    }

    private static String title(List<Path> files, String tm) {
        List<String> parts = new ArrayList<>();
        files.forEach(f -> parts.add(f.getFileName().toString()));
        if (tm != null) {
            parts.add("TM " + tm);
        }
        return String.join(", ", parts);
    }
}
