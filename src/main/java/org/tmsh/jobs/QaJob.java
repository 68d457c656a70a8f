package org.tmsh.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.formats.html.HtmlReport;
import org.tmsh.formats.tmx.TmxReader;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.qa.Finding;
import org.tmsh.qa.TermChecker;
import org.tmsh.terms.Glossary;

/**
 * The QA job: checks the units of a TMX file or of a TM (read unit by unit from the memory itself),
 * and documents of one language, against a glossary; optionally writes the HTML report.
 */
public final class QaJob {

    /** What to check (any of a TMX file, a TM, documents), against which glossary (null: every glossary). */
    public record Request(Path tmx, String tm, List<Path> documents, String glossary, String sourceLang,
                          String targetLang, String lang, Path report) {
    }

    private final TmLibrary library;
    private final Glossaries glossaries;

    public QaJob(TmLibrary library, Glossaries glossaries) {
        this.library = library;
        this.glossaries = glossaries;
    }

    public List<Finding> run(Request req, Progress progress) {
        if (req.tmx() == null && req.tm() == null && req.documents().isEmpty()) {
            throw new TmshException("qa: give --tmx FILE, --tm NAME or documents");
        }
        Glossary g = glossaries.read(req.glossary());
        if (g.concepts().isEmpty()) {
            throw new TmshException("qa: " + (req.glossary() == null ? "no glossary has names yet"
                    : "glossary '" + req.glossary() + "' is empty") + " (term import FILE.tbx, or give a .tbx file)");
        }
        TermChecker checker = new TermChecker(g);
        List<Finding> findings = new ArrayList<>();
        if (req.tmx() != null) {
            try (TmxReader r = TmxReader.open(req.tmx())) {
                for (TmxUnit u = r.next(); u != null; u = r.next()) {
                    findings.addAll(checker.checkUnit(u, req.sourceLang(), req.targetLang()));
                }
            }
        }
        if (req.tm() != null) {
            TranslationMemory tm = library.open(TmLibrary.checkName(req.tm()));
            TmRead.of(tm, () -> tm.forEachUnit(u -> findings.addAll(checker.checkUnit(u, req.sourceLang(),
                    req.targetLang())), progress));
        }
        if (!req.documents().isEmpty()) {
            findings.addAll(checker.checkCorpus(req.documents(), req.lang()));
        }
        if (req.report() != null) {
            HtmlReport.qa(req.report(), "tmsh QA: " + (req.tmx() != null ? req.tmx().getFileName()
                    : req.tm() != null ? "TM " + req.tm() : req.documents().size() + " documents"), findings);
        }
        return findings;
    }
}
