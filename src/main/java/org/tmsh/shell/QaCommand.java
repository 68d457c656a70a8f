package org.tmsh.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.tmsh.common.TempFiles;
import org.tmsh.common.TmshException;
import org.tmsh.memory.TmLibrary;
import org.tmsh.qa.Finding;
import org.tmsh.qa.TermChecker;
import org.tmsh.terms.Glossary;
import org.tmsh.formats.glossary.GlossaryReader;
import org.tmsh.terms.GlossaryStore;
import org.tmsh.formats.tmx.TmxReader;
import org.tmsh.formats.tmx.TmxUnit;

/** {@code qa}: terminology QA of a TMX file, a TM, or documents of one language, against a glossary. */
@Component
public class QaCommand extends TmshCommand {

    private final TmLibrary library;

    public QaCommand(TmLibrary library) {
        super("qa", "Check translations against a glossary: deprecated, missing or untransliterated names, numbers;"
                        + " across documents, names spelled several ways", "Quality",
                "qa --tmx FILE | --tm NAME | FILES... [--glossary NAME|FILE.tbx] [--source-lang de] [--target-lang en]"
                        + " [--lang de] [--report FILE.html] [--json]",
                "qa --tmx tmx/seeds-000-004.de-en.tmx --glossary glossaries/seeds.tbx",
                List.of(OptionSpec.optional("tmx", OptionSpec.Kind.FILE, null, "TMX file to check unit by unit"),
                        OptionSpec.optional("tm", OptionSpec.Kind.TM, null, "translation memory to check (export, then check)"),
                        OptionSpec.optional("glossary", OptionSpec.Kind.GLOSSARY, GlossaryStore.DEFAULT, "glossary name or .tbx file"),
                        OptionSpec.optional("source-lang", OptionSpec.Kind.LANGUAGE, "de", "source language of the units"),
                        OptionSpec.optional("target-lang", OptionSpec.Kind.LANGUAGE, "en", "target language of the units"),
                        OptionSpec.optional("lang", OptionSpec.Kind.LANGUAGE, "de", "language of the documents"),
                        OptionSpec.optional("report", OptionSpec.Kind.OUTPUT, null, "also write the findings as an HTML page"),
                        OptionSpec.flag("json", "print the findings as a JSON array")));
        this.library = library;
    }

    @Override
    protected List<Path> inputArguments(Invocation inv) {
        return inv.argumentPaths();
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        // documents are optional
    }

    @Override
    protected void run(Invocation inv, Output out) {
        String gl = inv.get("glossary");
        Glossary g = gl.endsWith(".tbx") ? GlossaryReader.read(Path.of(Invocation.expandHome(gl)), "glossary")
                : GlossaryStore.underHome().load(gl);
        if (g.concepts().isEmpty()) {
            throw new TmshException(getName() + ": glossary '" + gl + "' is empty or missing (term import FILE.tbx, or give a .tbx file)");
        }
        TermChecker checker = new TermChecker(g);
        List<Finding> findings = new ArrayList<>();
        Path tmx = inv.path("tmx");
        Path exported = null;
        try {
            if (inv.get("tm") != null) {
                exported = TempFiles.create("qa", ".tmx");
                tmx = exported;
                try {
                    library.open(TmLibrary.checkName(inv.get("tm"))).export(exported, "qa", new ProgressBar("exporting"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (tmx != null) {
                try (TmxReader r = TmxReader.open(tmx)) {
                    for (TmxUnit u = r.next(); u != null; u = r.next()) {
                        findings.addAll(checker.checkUnit(u, inv.get("source-lang"), inv.get("target-lang")));
                    }
                }
            }
        } finally {
            TempFiles.delete(exported);
        }
        if (!inv.arguments().isEmpty()) {
            List<Path> files = inv.arguments().stream().map(a -> Path.of(Invocation.expandHome(a))).toList();
            findings.addAll(checker.checkCorpus(files, inv.get("lang")));
        }
        if (tmx == null && inv.arguments().isEmpty()) {
            throw new TmshException(getName() + ": give --tmx FILE, --tm NAME or documents");
        }
        if (inv.path("report") != null) {
            org.tmsh.formats.html.HtmlReport.qa(inv.path("report"), "tmsh QA: " + (tmx != null && exported == null ? tmx.getFileName()
                    : inv.get("tm") != null ? "TM " + inv.get("tm") : inv.arguments().size() + " documents"), findings);
            out.line("report written to " + inv.path("report"));
        }
        if (out.json()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Finding f : findings) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", f.kind());
                m.put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
                m.put("where", f.where());
                m.put("text", f.text());
                m.put("message", f.message());
                m.put("suggestion", f.suggestion());
                list.add(m);
            }
            out.json(list);
            return;
        }
        if (findings.isEmpty()) {
            out.line("no findings");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"severity", "kind", "where", "text", "suggestion"});
        for (Finding f : findings) {
            rows.add(new String[] {f.severity().name().toLowerCase(java.util.Locale.ROOT), f.kind(), f.where(), f.text(),
                    f.suggestion() == null ? "" : f.suggestion()});
        }
        out.table(rows);
        out.line(findings.size() + " findings");
    }
}
