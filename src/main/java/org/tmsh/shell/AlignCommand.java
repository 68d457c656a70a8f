package org.tmsh.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.tmsh.align.Alignment;
import org.tmsh.align.DocumentAligner;
import org.tmsh.align.FolderAligner;
import org.tmsh.align.Vocabulary;
import org.tmsh.align.Link;
import org.tmsh.align.NameConcepts;
import org.tmsh.terms.GlossaryStore;
import org.tmsh.terms.TermLookup;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.TmLibrary;

/** {@code align}: pairs the sentences of a document and its translation, and writes TMX. */
@Component
public class AlignCommand extends TmshCommand {

    private final DocumentAligner aligner;
    private final TmLibrary library;
    private final LastAlignment last;

    public AlignCommand(DocumentAligner aligner, TmLibrary library, LastAlignment last) {
        super("align", "Align a document with its translation into sentence pairs (TMX)", "Alignment",
                "align --source FILE|DIR --target FILE|DIR [--source-lang de] [--target-lang en] [--out FILE.tmx] "
                        + "[--links FILE|DIR] [--tm NAME] [--glossary NAME] [--dictionary FILE|none] [--learn] "
                        + "[--report FILE.html] [--segmented] [--encoding CHARSET] [--json]",
                "align --source seeds/000_585da5ce89297943.txt --target seeds/004_676457e338a7e9c4.txt --out /tmp/seeds.tmx",
                List.of(OptionSpec.required("source", OptionSpec.Kind.FILE, "source document (txt, html, docx, xlf)"),
                        OptionSpec.required("target", OptionSpec.Kind.FILE, "target document (its translation)"),
                        OptionSpec.optional("source-lang", OptionSpec.Kind.LANGUAGE, "de", "source language (BCP 47)"),
                        OptionSpec.optional("target-lang", OptionSpec.Kind.LANGUAGE, "en", "target language (BCP 47)"),
                        OptionSpec.optional("out", OptionSpec.Kind.FILE, null, "write the pairs as TMX 1.4"),
                        OptionSpec.optional("links", OptionSpec.Kind.FILE, null, "write the links, [src ids]:[tgt ids] a line"),
                        OptionSpec.optional("tm", OptionSpec.Kind.TM, null, "add the pairs to this translation memory"),
                        OptionSpec.optional("glossary", OptionSpec.Kind.GLOSSARY, null,
                                "anchor links on this glossary's names, whatever their spelling"),
                        OptionSpec.optional("report", OptionSpec.Kind.FILE, null,
                                "write a side-by-side HTML page of the alignment"),
                        OptionSpec.optional("dictionary", OptionSpec.Kind.FILE, null,
                                "word pairs (hunalign, Ding or dictd file); default: the installed ones; none: no dictionary"),
                        OptionSpec.flag("learn", "also learn word pairs from a first pass (always when no dictionary is found)"),
                        OptionSpec.flag("segmented", "input is one segment a line: no re-segmentation"),
                        OptionSpec.optional("encoding", OptionSpec.Kind.TEXT, null, "encoding of plain-text input (default UTF-8)"),
                        OptionSpec.flag("json", "print a machine-readable summary as JSON")));
        this.aligner = aligner;
        this.library = library;
        this.last = last;
    }

    @Override
    protected void run(Invocation inv, Output out) {
        if (java.nio.file.Files.isDirectory(inv.path("source"))) {
            FolderAlignOutput.run(inv, out, new FolderAligner(aligner), vocabulary(inv), names(inv), library);
            return;
        }
        DocumentAligner.Request req = new DocumentAligner.Request(inv.path("source"), inv.path("target"),
                inv.get("source-lang"), inv.get("target-lang"), inv.flag("segmented"), inv.get("encoding"),
                inv.path("out"), inv.path("links"));
        String tmName = inv.get("tm") == null ? null : TmLibrary.checkName(inv.get("tm"));
        NameConcepts names = NameConcepts.NONE;
        List<String> nameForms = List.of();
        if (inv.get("glossary") != null) {
            org.tmsh.terms.Glossary g = GlossaryStore.underHome().load(inv.get("glossary"));
            TermLookup lookup = new TermLookup(g);
            names = segment -> lookup.find(segment, "en").stream().map(h -> h.concept().id()).toList();
            nameForms = g.concepts().stream().flatMap(c -> c.terms().stream()).map(t -> t.form()).distinct().toList();
        }
        DocumentAligner.Result r = aligner.align(req, new ProgressBar("aligning"), names, vocabulary(inv));
        last.set(r);
        if (inv.path("report") != null) {
            org.tmsh.formats.html.HtmlReport.alignment(inv.path("report"), "tmsh alignment: " + req.source().getFileName()
                    + " / " + req.target().getFileName(), r.alignment(), nameForms);
        }
        ImportReport added = tmName == null ? null : library.openOrCreate(tmName)
                .add(aligner.units(r), r.request().sourceLang(), req.source().toString());
        if (out.json()) {
            Map<String, Object> m = summary(r);
            if (added != null) {
                m.put("tm", TmImportCommand.json(added));
            }
            out.json(m);
            return;
        }
        Alignment a = r.alignment();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"link", "type", "conf", "source", "target", ""});
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
            boolean review = !l.isNull() && l.confidence() < DocumentAligner.REVIEW_BELOW;
            rows.add(new String[] {l.format(), l.type(), String.format(Locale.ROOT, "%.2f", l.confidence()),
                    shorten(a.sourceText(l)), shorten(a.targetText(l)),
                    review ? Output.colour("review", 33) : l.isNull() ? "unaligned" : ""});
        }
        out.table(rows);
        out.line(String.format(Locale.ROOT, "%d units from %d source and %d target segments; %d source and %d target"
                        + " segments unaligned; %d weak links to review.", r.pairs().size(), r.source().size(),
                r.target().size(), DocumentAligner.unaligned(a, true).size(), DocumentAligner.unaligned(a, false).size(),
                r.weakest(DocumentAligner.REVIEW_BELOW).size()));
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
            out.line(String.format(Locale.ROOT, "%d units added to TM '%s' (%d duplicates skipped); it now has %,d units.",
                    added.added(), added.tm(), added.duplicates(), added.unitsAfter()));
        }
    }

    /** The word pairs asked for: --dictionary FILE, none, or the installed ones; --learn. */
    static Vocabulary vocabulary(Invocation inv) {
        String d = inv.get("dictionary");
        Boolean learn = inv.flag("learn") ? Boolean.TRUE : null;
        if ("none".equals(d)) {
            return new Vocabulary(null, false, learn != null);
        }
        return new Vocabulary(d == null ? null : inv.path("dictionary"), d == null, learn);
    }

    static NameConcepts names(Invocation inv) {
        if (inv.get("glossary") == null) {
            return NameConcepts.NONE;
        }
        TermLookup lookup = new TermLookup(GlossaryStore.underHome().load(inv.get("glossary")));
        return segment -> lookup.find(segment, "en").stream().map(h -> h.concept().id()).toList();
    }

    static Map<String, Object> summary(DocumentAligner.Result r) {
        Alignment a = r.alignment();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", r.request().source().toString());
        m.put("target", r.request().target().toString());
        m.put("sourceLang", r.request().sourceLang());
        m.put("targetLang", r.request().targetLang());
        m.put("sourceSegments", r.source().size());
        m.put("targetSegments", r.target().size());
        m.put("units", r.pairs().size());
        m.put("linkTypes", r.typeCounts());
        m.put("unalignedSource", DocumentAligner.unaligned(a, true));
        m.put("unalignedTarget", DocumentAligner.unaligned(a, false));
        m.put("review", r.weakest(DocumentAligner.REVIEW_BELOW).stream().map(Link::format).toList());
        m.put("out", r.request().tmxOut() == null ? null : r.request().tmxOut().toString());
        m.put("linksFile", r.request().linksOut() == null ? null : r.request().linksOut().toString());
        List<Map<String, Object>> links = new ArrayList<>();
        for (Link l : a.links()) {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("source", l.source());
            lm.put("target", l.target());
            lm.put("type", l.type());
            lm.put("confidence", Math.round(l.confidence() * 1000) / 1000.0);
            lm.put("sourceText", a.sourceText(l));
            lm.put("targetText", a.targetText(l));
            links.add(lm);
        }
        m.put("links", links);
        return m;
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

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
