package org.tmsh.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;


import org.tmsh.jobs.QaJob;
import org.tmsh.qa.Finding;

/** {@code qa}: terminology QA of a TMX file, a TM, or documents of one language, against a glossary. */
public class QaCommand extends TmshCommand {

    private final QaJob job;

    public QaCommand(QaJob job) {
        super("qa", "Check translations against a glossary: deprecated, missing or untransliterated names, numbers;"
                        + " across documents, names spelled several ways", "Quality",
                "qa --tmx FILE | --tm NAME | FILES... [--glossary NAME|FILE.tbx] [--source-lang de] [--target-lang en]"
                        + " [--lang de] [--report FILE.html] [--json]",
                "qa --tmx tmx/seeds-000-004.de-en.tmx --glossary glossaries/seeds.tbx",
                List.of(OptionSpec.optional("tmx", OptionSpec.Kind.FILE, null, "TMX file to check unit by unit"),
                        OptionSpec.optional("tm", OptionSpec.Kind.TM, null, "translation memory to check, unit by unit"),
                        OptionSpec.optional("glossary", OptionSpec.Kind.GLOSSARY, null, "glossary name or .tbx file (default: every glossary)"),
                        OptionSpec.optional("source-lang", OptionSpec.Kind.LANGUAGE, "de", "source language of the units"),
                        OptionSpec.optional("target-lang", OptionSpec.Kind.LANGUAGE, "en", "target language of the units"),
                        OptionSpec.optional("lang", OptionSpec.Kind.LANGUAGE, "de", "language of the documents"),
                        OptionSpec.output("report", false, org.tmsh.jobs.FileGuard.Format.HTML, "also write the findings as an HTML page"),
                        OptionSpec.flag("json", "print the findings as a JSON array")));
        this.job = job;
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
        List<Path> documents = inv.arguments().stream().map(a -> Path.of(Invocation.expandHome(a))).toList();
        List<Finding> findings = job.run(new QaJob.Request(inv.path("tmx"), inv.get("tm"), documents,
                inv.expanded("glossary"), inv.get("source-lang"), inv.get("target-lang"), inv.get("lang"),
                inv.path("report")), new ProgressBar("checking"));
        if (inv.path("report") != null) {
            out.line("report written to " + inv.path("report"));
        }
        if (out.json()) {
            out.json(findings.stream().map(FindingView::of).toList());
            return;
        }
        if (findings.isEmpty()) {
            out.line("no findings");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"severity", "kind", "where", "found", "message", "suggestion"});
        for (Finding f : findings) {
            rows.add(new String[] {f.severity().name().toLowerCase(Locale.ROOT), f.kind(), f.where(), f.text(), f.message(),
                    f.suggestion() == null ? "" : f.suggestion()});
        }
        out.table(rows);
        out.line(findings.size() + " findings");
    }

    /** A finding as {@code qa --json} prints it (severity in lower case). */
    record FindingView(String kind, String severity, String where, String text, String message, String suggestion) {
        static FindingView of(Finding f) {
            return new FindingView(f.kind(), f.severity().name().toLowerCase(Locale.ROOT), f.where(), f.text(),
                    f.message(), f.suggestion());
        }
    }
}
