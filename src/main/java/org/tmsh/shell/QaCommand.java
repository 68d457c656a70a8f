package org.tmsh.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tmsh.common.TmshException;
import org.tmsh.jobs.QaJob;
import org.tmsh.qa.CheckCatalog;
import org.tmsh.qa.Finding;

/**
 * {@code qa}: the QA a reviewer runs over the files a translator hands back. Parses the options, calls
 * {@link QaJob}, prints the findings (a table grouped by check, worst first, or JSON), and exits 1
 * when a finding has severity error (0 otherwise, 2 for bad input).
 */
public class QaCommand extends TmshCommand {

    private final QaJob job;

    public QaCommand(QaJob job) {
        super("qa", "Check bilingual files (XLIFF, TMX, PO), a memory or documents: terminology, numbers and dates,"
                        + " inline codes, untranslated, consistency, punctuation, spacing, URLs, acronyms, length;"
                        + " exits 1 when it finds errors", "Quality",
                "qa FILES... [--tm NAME] [--glossary NAME|FILE] [--profile FILE] [--only IDS] [--skip IDS]"
                        + " [--suppress FILE [--accept N,...]] [--json|--csv FILE|--report FILE.html] [--annotate]"
                        + " [--source-lang de] [--target-lang en] [--lang de]",
                "qa returned.xlf --glossary seeds --report qa.html",
                List.of(OptionSpec.optional("tmx", OptionSpec.Kind.FILE, null, "a TMX file to check (the same as naming it)"),
                        OptionSpec.optional("tm", OptionSpec.Kind.TM, null, "translation memory to check, unit by unit"),
                        OptionSpec.optional("glossary", OptionSpec.Kind.GLOSSARY, null,
                                "glossary name, or a glossary file: .tbx, .csv, OmegaT .utf8/.txt/.tab (default: every glossary; none: no"
                                        + " terminology check)"),
                        OptionSpec.optional("profile", OptionSpec.Kind.FILE, null, "QA profile: checks, severities, options, own regex checks"),
                        OptionSpec.optional("only", OptionSpec.Kind.TEXT, null, "run only these checks (comma-separated: "
                                + String.join(",", CheckCatalog.builtIn()) + ")"),
                        OptionSpec.optional("skip", OptionSpec.Kind.TEXT, null, "leave these checks out (comma-separated; also kinds of the terms check's findings: "
                                + String.join(",", org.tmsh.qa.TermChecker.KINDS) + ")"),
                        OptionSpec.output("suppress", false, org.tmsh.jobs.FileGuard.Format.TEXT,
                                "file of accepted findings: they stay quiet until their text changes"),
                        OptionSpec.optional("accept", OptionSpec.Kind.TEXT, null,
                                "add these findings (numbers of this run's list) to the --suppress file"),
                        OptionSpec.optional("source-lang", OptionSpec.Kind.LANGUAGE, null, "source language (default: the file's, else de)"),
                        OptionSpec.optional("target-lang", OptionSpec.Kind.LANGUAGE, null, "target language (default: the file's, else en)"),
                        OptionSpec.optional("lang", OptionSpec.Kind.LANGUAGE, "de", "language of documents (not bilingual files)"),
                        OptionSpec.output("report", false, org.tmsh.jobs.FileGuard.Format.HTML, "also write the findings as an HTML page"),
                        OptionSpec.output("csv", false, org.tmsh.jobs.FileGuard.Format.CSV, "also write the findings as CSV"),
                        CellsOption.spec(org.tmsh.formats.FormulaCells.Mode.SAFE, "--csv"),
                        OptionSpec.flag("annotate", "put the findings into the XLIFF files checked, as notes (the files named are changed, atomically)"),
                        OptionSpec.flag("json", "print the findings as a JSON array")));
        this.job = job;
    }

    @Override
    protected List<Path> inputArguments(Invocation inv) {
        return inv.argumentPaths();
    }

    /** With {@code --annotate}, the XLIFF files checked are also written: declared as changed in place. */
    @Override
    protected org.tmsh.jobs.FileGuard files(Invocation inv) {
        org.tmsh.jobs.FileGuard g = super.files(inv);
        if (inv.flag("annotate")) {
            for (Path f : inv.argumentPaths()) {
                if (org.tmsh.qa.BilingualFiles.kind(f) == org.tmsh.qa.BilingualFiles.Kind.XLIFF) {
                    g.rewrites(f);
                }
            }
        }
        return g;
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        // files are optional with --tm or --tmx
    }

    @Override
    protected void run(Invocation inv, Output out) {
        List<Path> files = new ArrayList<>();
        if (inv.path("tmx") != null) {
            files.add(inv.path("tmx"));
        }
        files.addAll(inv.argumentPaths());
        org.tmsh.formats.FormulaCells cells = CellsOption.of(inv, org.tmsh.formats.FormulaCells.Mode.SAFE);
        QaJob.Result r = job.check(new QaJob.Request(files, inv.get("tm"), inv.expanded("glossary"), inv.path("profile"),
                list(inv.get("only")), list(inv.get("skip")), inv.path("suppress"), numbers(inv.get("accept")),
                inv.get("source-lang"), inv.get("target-lang"), inv.get("lang"), inv.path("report"), inv.path("csv"),
                inv.flag("annotate"), cells), out.progress("checking"));
        if (inv.path("csv") != null && cells.note(inv.path("csv")) != null) {
            out.notice(cells.note(inv.path("csv")));
        }
        List<Finding> findings = r.findings();
        if (out.json()) {
            List<FindingView> views = new ArrayList<>();
            for (int i = 0; i < findings.size(); i++) {
                views.add(FindingView.of(i + 1, findings.get(i)));
            }
            out.json(views);
        } else {
            table(findings, out);
            out.line(findings.size() + " findings (" + r.errors() + " errors) in " + r.segments() + " segments"
                    + (r.suppressed() > 0 ? "; " + r.suppressed() + " accepted before, not shown" : "")
                    + (r.accepted() > 0 ? "; " + r.accepted() + " accepted now" : ""));
            if (inv.path("report") != null) {
                out.line("report written to " + inv.path("report"));
            }
            if (inv.path("csv") != null) {
                out.line("CSV written to " + inv.path("csv"));
            }
            if (inv.flag("annotate")) {
                out.line(r.annotated() + " units annotated");
            }
        }
        if (r.errors() > 0) {
            out.exitStatus(1, "qa: " + r.errors() + " findings of severity error");
        }
    }

    /** The findings as a table, grouped by check (the job's order: worst check first), numbered for --accept. */
    private static void table(List<Finding> findings, Output out) {
        if (findings.isEmpty()) {
            out.line("no findings");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"#", "severity", "check", "where", "source", "target", "why"});
        int n = 0;
        for (Finding f : findings) {
            rows.add(new String[] {String.valueOf(++n), f.severity().name().toLowerCase(Locale.ROOT), f.kind(), f.where(),
                    f.inSource() == null ? "" : f.inSource(), f.inTarget() == null ? (f.inSource() == null ? f.text() : "") : f.inTarget(),
                    f.message() + (f.suggestion() == null ? "" : " (suggestion: " + f.suggestion() + ")")});
        }
        out.details(rows);
    }

    private static List<String> list(String v) {
        if (v == null || v.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : v.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static List<Integer> numbers(String v) {
        List<Integer> out = new ArrayList<>();
        for (String s : list(v)) {
            try {
                out.add(Integer.parseInt(s));
            } catch (NumberFormatException e) {
                throw new TmshException("qa --accept: '" + s + "' is not a finding number");
            }
        }
        return out;
    }

    /** A finding as {@code qa --json} prints it (severity in lower case). */
    record FindingView(int number, String kind, String severity, String where, String text, String message,
                       String suggestion, String source, String target, String inSource, String inTarget,
                       List<String> places) {
        static FindingView of(int number, Finding f) {
            return new FindingView(number, f.kind(), f.severity().name().toLowerCase(Locale.ROOT), f.where(), f.text(),
                    f.message(), f.suggestion(), f.source(), f.target(), f.inSource(), f.inTarget(),
                    f.places().stream().map(Finding.Place::toString).toList());
        }
    }
}
