package org.tmsh.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;


import org.tmsh.jobs.ImportConflicts;
import org.tmsh.jobs.ImportJob;
import org.tmsh.jobs.ImportSummary;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.TmLibrary;
import org.tmsh.formats.tmx.TmxReader;

/** {@code tm import FILE.tmx}: streams a TMX file into a translation memory. */
public class TmImportCommand extends TmshCommand {

    private final TmLibrary library;

    public TmImportCommand(TmLibrary library) {
        super("tm import", "Import a TMX file (or XLIFF, PO, CSV, Excel, tab-separated pairs) into a translation memory (created if new)", "Translation memory",
                "tm import FILE.tmx|FILE.tsv[.gz]|FILE.xlf|FILE.sdlxliff|FILE.mqxliff|FILE.mxliff|FILE.po|FILE.csv|FILE.xlsx|FILE.ttx|FILE.txml|FILE.sdltm [--tm NAME] [--source-lang L --target-lang L] [--all-states] [--encoding E] [--client C] [--project P] [--domain D] [--on-conflict add|keep-both|overwrite|keep-newest] [--take-marked] [--json]",
                "tm import tmx/seeds-000-004.de-en.tmx --tm news",
                List.of(OptionSpec.optional("tm", OptionSpec.Kind.TM, TmLibrary.DEFAULT, "translation memory"),
                        OptionSpec.optional("source-lang", OptionSpec.Kind.LANGUAGE, null, "source language of tab-separated text"),
                        OptionSpec.optional("target-lang", OptionSpec.Kind.LANGUAGE, null, "target language of tab-separated text"),
                        OptionSpec.optional("encoding", OptionSpec.Kind.TEXT, null,
                                "PO and CSV: the encoding of a file that declares none (default UTF-8)"),
                        OptionSpec.optional("on-conflict", OptionSpec.Kind.TEXT, null,
                                "a unit whose source the TM holds with another translation: add (beside it), keep-both"
                                        + " (add and count), overwrite (replace the old), keep-newest (default: the TM's"
                                        + " settings, else add)"),
                        OptionSpec.flag("all-states", "XLIFF and PO: every target, not only translated, reviewed or final ones"),
                        OptionSpec.flag("take-marked", "TMX: also the units still marked for review (x-needs-review),"
                                + " which are held back otherwise"),
                        MemoryOptions.client(), MemoryOptions.project(), MemoryOptions.domain(),
                        OptionSpec.flag("json", "print the summary as JSON")));
        this.library = library;
    }

    @Override
    protected List<Path> inputArguments(Invocation inv) {
        return inv.argumentPaths();
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireArguments(arguments, 1, "the TMX file");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        ImportJob.Imported imported = new ImportJob(library).run(inv.get("tm"), inv.argumentPath(), inv.get("source-lang"),
                inv.get("target-lang"), inv.flag("all-states"), inv.get("encoding"), MemoryOptions.labels(inv),
                inv.get("on-conflict"), inv.flag("take-marked"), out.progress("importing"));
        ImportReport r = imported.report();
        ImportConflicts.Counts c = imported.conflicts();
        if (out.json()) {
            out.json(ImportSummary.of(r, c, imported.heldBack()));
            return;
        }
        out.line(summary(r, imported.heldBack()));
        if (c != null) {
            out.line(String.format(Locale.ROOT, "  on-conflict %s: %s met another translation of their source in the TM;"
                            + " %s replaced, %s dropped (an old one was newer)%s", c.policy(),
                    Output.count(c.conflicts(), "imported unit"), Output.count(c.overwritten(), "old unit"),
                    Output.count(c.keptExisting(), "imported unit"),
                    c.conflicts() > 0 && c.policy().equals("keep-both") ? "; 'tm duplicates " + r.tm() + "' lists them" : ""));
        }
        for (TmxReader.Invalid i : out.quiet() ? List.<TmxReader.Invalid>of() : r.invalidSamples()) {
            out.line(String.format(Locale.ROOT, "  skipped: %s: line %d%s: %s", r.input(), i.line(),
                    i.tuid() == null ? "" : " (tuid " + i.tuid() + ")", i.reason()));
        }
    }

    /**
     * The import as one sentence whose counts add up: every unit of the file read, then what became of them
     * ("4 units read: 2 added, 1 duplicate skipped, 1 invalid unit skipped"); a count of none is left out.
     */
    static String summary(ImportReport r) {
        return summary(r, 0);
    }

    /** As above, with the units held back because they are still marked for review (counted as read). */
    static String summary(ImportReport r, long heldBack) {
        List<String> parts = new java.util.ArrayList<>();
        parts.add(r.added() == 0 ? "none added" : String.format(Locale.ROOT, "%,d added", r.added()));
        if (r.duplicates() > 0) {
            parts.add(Output.count(r.duplicates(), "duplicate") + " skipped (already in the TM or earlier in the file)");
        }
        if (r.invalid() > 0) {
            parts.add(Output.count(r.invalid(), "invalid unit") + " skipped");
        }
        if (heldBack > 0) {
            parts.add(ImportJob.heldBackText(heldBack));
        }
        return String.format(Locale.ROOT, "%s: %s read: %s (%.1f s, %,.0f units/s); TM '%s' now has %s.", r.input(),
                Output.count(r.read() + r.invalid() + heldBack, "unit"), String.join(", ", parts), r.seconds(),
                (r.read() + r.invalid() + heldBack) / Math.max(1e-9, r.seconds()), r.tm(), Output.count(r.unitsAfter(), "unit"));
    }
}
