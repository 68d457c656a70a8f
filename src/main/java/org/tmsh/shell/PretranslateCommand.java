package org.tmsh.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;


import org.tmsh.TmshApplication;
import org.tmsh.common.TmshException;
import org.tmsh.jobs.FileGuard;
import org.tmsh.jobs.Glossaries;
import org.tmsh.jobs.OmegatProjectJob;
import org.tmsh.jobs.PretranslateJob;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.segment.SrxSegmenter;
import org.tmsh.terms.Glossary;

/**
 * {@code pretranslate FILE}: the document as XLIFF 1.2 (or 2.0) with the memory's matches and the
 * glossary's names ({@code --out}), or as a ready OmegaT project ({@code --omegat DIR}).
 */
public class PretranslateCommand extends TmshCommand {

    private final TmLibrary library;
    private final Supplier<SrxSegmenter> segmenter;

    public PretranslateCommand(TmLibrary library, Supplier<SrxSegmenter> segmenter) {
        super("pretranslate", "Write a document as XLIFF with the memory's matches filled in, for a CAT tool", "Documents",
                "pretranslate FILE --tm NAME (--out FILE.xlf [--fill 95] [--xliff 1.2|2.0] [--copy-source] [--furniture]"
                        + " | --omegat DIR) [--max 3] [--glossary G] [--filter F]... [--penalty P]... [--json]",
                "pretranslate statement.de.html --tm news --glossary seeds --out statement.xlf",
                List.of(OptionSpec.required("tm", OptionSpec.Kind.TM, "translation memory"),
                        OptionSpec.output("out", false, FileGuard.Format.XLIFF, "the XLIFF to write (the leveraged TMX goes beside it)"),
                        OptionSpec.optional("omegat", OptionSpec.Kind.TEXT, null,
                                "instead of --out: a new folder to make an OmegaT project in (exact matches in tm/auto)"),
                        OptionSpec.flag("copy-source", "empty targets hold a copy of the source (XLIFF for OmegaT, as Rainbow makes it)"),
                        OptionSpec.flag("furniture", "HTML navigation and footers (DOCX page headers, footers) too; merge follows"),
                        OptionSpec.optional("fill", OptionSpec.Kind.INTEGER, "95", "fill the target from a match of this percentage or more"),
                        OptionSpec.optional("max", OptionSpec.Kind.INTEGER, "3", "most matches per segment (alt-trans)"),
                        OptionSpec.optional("glossary", OptionSpec.Kind.GLOSSARY, null, "glossary name or .tbx file: names as notes"),
                        OptionSpec.optional("xliff", OptionSpec.Kind.TEXT, "1.2", "XLIFF version: 1.2 or 2.0"),
                        OptionSpec.optional("source-lang", OptionSpec.Kind.LANGUAGE, null,
                                "language of the document (default: the TM's source language)"),
                        OptionSpec.optional("target-lang", OptionSpec.Kind.LANGUAGE, null,
                                "language of the translation (default: the TM's other language)"),
                        MemoryOptions.filter(), MemoryOptions.penalty(),
                        OptionSpec.flag("json", "print the summary as JSON")));
        this.library = library;
        this.segmenter = segmenter;
    }

    @Override
    protected List<Path> inputArguments(Invocation inv) {
        return inv.argumentPaths();
    }

    /** The leveraged TMX beside the XLIFF is an output too: it may not replace an input or the XLIFF. */
    @Override
    protected FileGuard files(Invocation inv) {
        FileGuard g = super.files(inv);
        if (inv.path("out") != null) {
            g.writes(PretranslateJob.tmxBeside(inv.path("out")), FileGuard.Format.TMX, "the leveraged TMX beside --out");
        }
        return g;
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireArguments(arguments, 1, "the document");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        if ((inv.get("out") == null) == (inv.get("omegat") == null)) {
            throw new TmshException(getName() + ": give either --out FILE.xlf or --omegat DIR");
        }
        if (inv.get("omegat") != null && (inv.flag("copy-source") || inv.flag("furniture"))) {
            throw new TmshException(getName() + ": --copy-source and --furniture are for --out (an OmegaT project keeps"
                    + " the original in source/, and OmegaT's filters read it)");
        }
        TranslationMemory tm = library.open(TmLibrary.checkName(inv.get("tm")));
        String[] langs = languages(tm, inv);
        Glossary g = inv.get("glossary") == null ? null : Glossaries.underHome().read(inv.get("glossary"));
        if (inv.get("omegat") != null) {
            omegat(inv, out, tm, langs, g);
            return;
        }
        PretranslateJob.Result r = new PretranslateJob(segmenter.get()).run(new PretranslateJob.Request(inv.argumentPath(),
                inv.path("out"), langs[0], langs[1], inv.integer("fill"), inv.integer("max"), g, TmshApplication.VERSION,
                inv.get("xliff"), inv.flag("copy-source"), inv.flag("furniture"),
                library.searchOptions(tm.name(), inv.all("filter"), inv.all("penalty"))),
                tm, out.progress("pre-translating"));
        if (out.json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("xliff", r.xliff().toString());
            m.put("tmx", r.tmx().toString());
            m.put("segments", r.segments());
            m.put("filled", r.filled());
            m.put("names", r.names());
            m.put("tmxUnits", r.tmxUnits());
            m.put("bands", r.bands());
            m.put("contextFilled", r.contextFilled());
            out.json(m);
            return;
        }
        out.line(String.format("%s: %d segments, %d targets filled (%d%% or more%s), %d name notes; segments by match: %s",
                r.xliff(), r.segments(), r.filled(), inv.integer("fill"), r.contextFilled() == 0 ? ""
                        : "; " + r.contextFilled() + " context " + (r.contextFilled() == 1 ? "match" : "matches")
                        + " (101%) confirmed as final", r.names(), bands(r.bands())));
        out.line(r.tmx() + ": " + r.tmxUnits() + " matches as TMX (for a CAT tool's tm/ folder)");
    }

    private void omegat(Invocation inv, Output out, TranslationMemory tm, String[] langs, Glossary g) {
        OmegatProjectJob.Result r = new OmegatProjectJob(segmenter.get()).run(new OmegatProjectJob.Request(inv.argumentPath(),
                inv.path("omegat"), langs[0], langs[1], inv.integer("max"), g, TmshApplication.VERSION),
                tm, out.progress("pre-translating"));
        if (out.json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("project", r.project().toString());
            m.put("source", r.source().toString());
            m.put("segments", r.segments());
            m.put("exact", r.exact());
            m.put("offered", r.offered());
            m.put("names", r.names());
            m.put("bands", r.bands());
            out.json(m);
            return;
        }
        out.line(String.format("%s: OmegaT project, %d segments; %d exact matches in tm/auto (inserted by OmegaT),"
                + " %d repaired or fuzzy in tm/ (offered), %d names in glossary/; segments by match: %s", r.project(),
                r.segments(), r.exact(), r.offered(), r.names(), bands(r.bands())));
    }

    /**
     * The bands that hold segments, as {@code analyze} names them ({@code 100% 2, repaired 1, 50-74% 1,
     * new 2}); the empty ones left out.
     */
    static String bands(Map<String, Integer> bands) {
        List<String> parts = new java.util.ArrayList<>();
        bands.forEach((band, n) -> {
            if (n != null && n > 0) {
                parts.add(band + " " + n);
            }
        });
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    /** Source and target language: as given, or the TM's. */
    static String[] languages(TranslationMemory tm, Invocation inv) {
        try {
            return tm.resolveLanguages(inv.get("source-lang"), inv.get("target-lang"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
