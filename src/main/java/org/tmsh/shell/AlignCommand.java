package org.tmsh.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;


import org.tmsh.align.Alignment;
import org.tmsh.align.DocumentAligner;
import org.tmsh.align.Link;
import org.tmsh.align.Vocabulary;
import org.tmsh.align.VocabularyUse;
import org.tmsh.jobs.AlignJob;
import org.tmsh.jobs.FileGuard;
import org.tmsh.jobs.AlignSummary;
import org.tmsh.memory.ImportReport;

/** {@code align}: pairs the sentences of a document and its translation, and writes TMX. */
public class AlignCommand extends TmshCommand {

    /**
     * Alignments of more links than this print their summary without the table of links (--show-links
     * prints it; --links, --out and --report write them): 8,000 sentences made 20,000 lines no one reads.
     */
    static final int LINK_TABLE_MAX = 200;

    private final AlignJob job;
    private final LastAlignment last;

    public AlignCommand(AlignJob job, LastAlignment last) {
        super("align", "Align a document with its translation into sentence pairs (TMX)", "Alignment",
                "align --source FILE|DIR --target FILE|DIR [--source-lang de] [--target-lang en] [--out FILE.tmx] "
                        + "[--links FILE|DIR] [--tm NAME] [--tm-vocabulary learn|none] [--glossary NAME] [--dictionary FILE|none] [--learn] [--compounds] "
                        + "[--report FILE.html] [--segmented] [--encoding CHARSET] [--min-confidence 0.8] [--strict] [--force] [--show-links] [--quiet] "
                        + "[--client C] [--project P] [--domain D] [--json]",
                "align --source seeds/000_585da5ce89297943.txt --target seeds/004_676457e338a7e9c4.txt --out /tmp/seeds.tmx",
                List.of(OptionSpec.required("source", OptionSpec.Kind.FILE, "source document (txt, html, docx, xlf)"),
                        OptionSpec.required("target", OptionSpec.Kind.FILE, "target document (its translation)"),
                        OptionSpec.optional("source-lang", OptionSpec.Kind.LANGUAGE, "de", "source language (BCP 47)"),
                        OptionSpec.optional("target-lang", OptionSpec.Kind.LANGUAGE, "en", "target language (BCP 47)"),
                        OptionSpec.output("out", false, FileGuard.Format.TMX, "write the pairs as TMX 1.4"),
                        OptionSpec.output("links", false, FileGuard.Format.TEXT, "write the links, [src ids]:[tgt ids] a line"),
                        OptionSpec.optional("tm", OptionSpec.Kind.TM, null,
                                "add the pairs to this translation memory (first learning word pairs from its units)"),
                        OptionSpec.optional("tm-vocabulary", OptionSpec.Kind.TEXT, "learn",
                                "learn: word pairs from the --tm's units of the pair (before the new ones); none: not"),
                        OptionSpec.optional("glossary", OptionSpec.Kind.GLOSSARY, null,
                                "anchor links on this glossary's names, whatever their spelling; its spellings are word pairs"),
                        OptionSpec.output("report", false, FileGuard.Format.HTML,
                                "write a side-by-side HTML page of the alignment"),
                        OptionSpec.optional("dictionary", OptionSpec.Kind.FILE, null,
                                "word pairs (hunalign, Ding or dictd file); default: the installed ones; none: no dictionary"),
                        OptionSpec.flag("learn", "also learn word pairs from a first pass (always when no dictionary is found)"),
                        OptionSpec.flag("compounds", "pair compounds the dictionary lacks through their parts "
                                + "(Friedensvertrag: Frieden + Vertrag)"),
                        OptionSpec.flag("segmented", "input is one segment a line: no re-segmentation"),
                        OptionSpec.optional("encoding", OptionSpec.Kind.TEXT, null, "encoding of plain-text input (default UTF-8)"),
                        OptionSpec.optional("min-confidence", OptionSpec.Kind.NUMBER, String.valueOf(Link.WEAK_BELOW),
                                "links less likely right than this are marked for review in the TMX and kept out of --tm"),
                        OptionSpec.flag("strict", "leave the links below --min-confidence out of the TMX too"),
                        OptionSpec.flag("force", "align even documents that look to be in other languages than declared, "
                                + "or not translations of each other"),
                        OptionSpec.flag("show-links", "print the table of links however long (by default only up to "
                                + LINK_TABLE_MAX + " links; longer alignments print their summary)"),
                        MemoryOptions.client(), MemoryOptions.project(), MemoryOptions.domain(),
                        OptionSpec.flag("json", "print a machine-readable summary as JSON")));
        this.job = job;
        this.last = last;
    }

    @Override
    protected void run(Invocation inv, Output out) {
        if (java.nio.file.Files.isDirectory(inv.path("source"))) {
            FolderAlignOutput.run(inv, out, job, vocabulary(inv), tmVocabulary(inv));
            return;
        }
        DocumentAligner.Request req = new DocumentAligner.Request(inv.path("source"), inv.path("target"),
                inv.get("source-lang"), inv.get("target-lang"), inv.flag("segmented"), inv.get("encoding"),
                inv.path("out"), inv.path("links"), trust(inv));
        AlignJob.Outcome o = job.run(new AlignJob.Request(req, inv.get("glossary"), inv.path("report"), inv.get("tm"),
                vocabulary(inv), tmVocabulary(inv), MemoryOptions.labels(inv)), out.progress("aligning"),
                out.progress("reading the installed dictionaries (once)"));
        DocumentAligner.Result r = o.result();
        last.set(r);
        ImportReport added = o.added();
        if (out.json()) {
            out.json(AlignSummary.of(o));
            return;
        }
        Alignment a = r.alignment();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"link", "type", "conf", "source", "target", "note"});
        List<Link> links = a.links();
        for (int k = 0; k < links.size(); k++) {
            Link l = links.get(k);
            int run = k;
            while (run < links.size() && isBoilerplateGap(a, links.get(run))) {
                run++;
            }
            if (run - k >= 3) {
                rows.add(new String[] {links.get(k).format() + " ... " + links.get(run - 1).format(),
                        (run - k) + " x", "", "(" + (run - k) + " boilerplate segments, unaligned)", "", "unaligned"});
                k = run - 1;
                continue;
            }
            boolean review = l.isWeak();
            rows.add(new String[] {l.format(), l.type(), String.format(Locale.ROOT, "%.2f", l.confidence()),
                    a.sourceText(l), a.targetText(l),
                    review ? Output.colour("review", 33) : l.isNull() ? "unaligned" : ""});
        }
        if (rows.size() - 1 <= LINK_TABLE_MAX || inv.flag("show-links")) {
            out.details(rows);
        } else if (!out.quiet()) {
            out.line(String.format(Locale.ROOT, "(%,d links: the table is left out above %d; --show-links prints it,"
                    + " --report FILE.html shows them side by side)", rows.size() - 1, LINK_TABLE_MAX));
        }
        out.line(String.format(Locale.ROOT, "%d units from %d source and %d target segments; %d source and %d target"
                        + " segments unaligned; %s to review.", r.pairs().size(), r.source().size(),
                r.target().size(), DocumentAligner.unaligned(a, true).size(), DocumentAligner.unaligned(a, false).size(),
                Output.count(r.untrusted().size(), "weak link")));
        vocabularyTable(out, a.vocabulary());
        if (req.tmxOut() != null) {
            out.line("TMX written to " + req.tmxOut());
        }
        if (req.linksOut() != null) {
            out.line("links written to " + req.linksOut());
        }
        if (inv.path("report") != null) {
            out.line("report written to " + inv.path("report"));
        }
        if (added != null) {
            out.line(added(added));
        }
        if (inv.get("tm") != null) {
            heldBack(out, r.untrusted().size(), req.trust().minConfidence(), inv.get("tm"), inv.path("out"));
        }
    }

    /** {@code 10 units added to TM 'news' (2 duplicates skipped); it now has 12 units.} A count of none is left out. */
    static String added(ImportReport added) {
        return String.format(Locale.ROOT, "%s added to TM '%s'%s; it now has %s.",
                Output.count(added.added(), "unit"), added.tm(),
                added.duplicates() == 0 ? "" : " (" + Output.count(added.duplicates(), "duplicate") + " skipped)",
                Output.count(added.unitsAfter(), "unit"));
    }

    /** The line that says how many weak links were kept out of the memory and how to add them. */
    static void heldBack(Output out, int weak, double minConfidence, String tm, java.nio.file.Path tmx) {
        if (weak == 0) {
            return;
        }
        out.line(String.format(Locale.ROOT, "%s (less than %.0f%% likely right) held back from TM '%s': %s to add %s.",
                Output.count(weak, "weak link"), 100 * minConfidence, tm,
                tmx == null ? "'review' " + (weak == 1 ? "it" : "them") : "'review " + tmx + " --tm " + tm + "'",
                weak == 1 ? "it" : "them"));
    }

    /** --min-confidence, --strict and --force. */
    static DocumentAligner.Trust trust(Invocation inv) {
        double min;
        try {
            min = Double.parseDouble(inv.get("min-confidence"));
        } catch (NumberFormatException | NullPointerException e) {
            throw new org.tmsh.common.TmshException("align: --min-confidence takes a number from 0 to 1, not '"
                    + inv.get("min-confidence") + "'");
        }
        return new DocumentAligner.Trust(min, inv.flag("strict"), inv.flag("force"));
    }

    /** The word pairs the lexical cost had from each source, one row a source (nothing without vocabulary). */
    static void vocabularyTable(Output out, VocabularyUse v) {
        if (out.quiet()) {
            return;
        }
        if (v.glossary() + v.dictionary() + v.memory() + v.secondPass() == 0 && v.dictionaries().isEmpty()) {
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"vocabulary", "word pairs"});
        rows.add(new String[] {"glossary", String.valueOf(v.glossary())});
        for (VocabularyUse.DictionaryPairs d : v.dictionaries()) {
            rows.add(new String[] {"dictionary " + d.file(), String.valueOf(d.pairs())});
        }
        if (v.dictionaries().isEmpty()) {
            rows.add(new String[] {"dictionary", "0"});
        }
        rows.add(new String[] {"memory", String.valueOf(v.memory())});
        rows.add(new String[] {"second pass", String.valueOf(v.secondPass())});
        out.table(rows);
    }

    /** An unaligned link whose segments were all taken for boilerplate. */
    private static boolean isBoilerplateGap(Alignment a, Link l) {
        if (!l.isNull()) {
            return false;
        }
        for (int i : l.source()) {
            if (!a.sourceBoilerplate()[i]) {
                return false;
            }
        }
        for (int j : l.target()) {
            if (!a.targetBoilerplate()[j]) {
                return false;
            }
        }
        return true;
    }

    /** The word pairs asked for: --dictionary FILE, none, or the installed ones; --learn; --compounds. */
    static Vocabulary vocabulary(Invocation inv) {
        String d = inv.get("dictionary");
        Boolean learn = inv.flag("learn") ? Boolean.TRUE : null;
        if ("none".equals(d)) {
            return new Vocabulary(null, false, learn != null);
        }
        return new Vocabulary(d == null ? null : inv.path("dictionary"), d == null, learn)
                .withCompounds(inv.flag("compounds"));
    }

    /** --tm-vocabulary: learn (the default) or none. */
    static boolean tmVocabulary(Invocation inv) {
        String v = inv.get("tm-vocabulary");
        if (v == null || v.isEmpty() || v.equals("learn")) {
            return true;
        }
        if (v.equals("none")) {
            return false;
        }
        throw new org.tmsh.common.TmshException("align: --tm-vocabulary must be learn or none, not '" + v + "'");
    }

    /** With folders, --links names a folder (written into, not replaced): it is no file output. */
    @Override
    protected FileGuard files(Invocation inv) {
        if (inv.path("source") != null && java.nio.file.Files.isDirectory(inv.path("source")) && inv.get("links") != null) {
            java.util.Map<String, String> options = new java.util.LinkedHashMap<>(inv.options());
            options.remove("links");
            return super.files(new Invocation(options, inv.arguments()));
        }
        return super.files(inv);
    }
}
