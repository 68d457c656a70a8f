package org.tmsh.shell;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;

import org.apache.commons.text.StringEscapeUtils;

import org.tmsh.common.AtomicFiles;
import org.tmsh.common.TmshException;
import org.tmsh.jobs.AnalyzeJob;
import org.tmsh.jobs.Glossaries;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.segment.SrxSegmenter;
import org.tmsh.terms.Glossary;

/** {@code analyze FILES...}: segments and words per match band against a memory, per file and in total. */
public class AnalyzeCommand extends TmshCommand {

    private final TmLibrary library;
    private final Supplier<SrxSegmenter> segmenter;

    public AnalyzeCommand(TmLibrary library, Supplier<SrxSegmenter> segmenter) {
        super("analyze", "How much of new documents a memory covers: segments and words per match band", "Documents",
                "analyze FILES... --tm NAME [--glossary G] [--source-lang L] [--target-lang L] [--filter F]... [--penalty P]... [--csv FILE] [--json]",
                "analyze statement.de.txt --tm news --csv /tmp/quote.csv",
                List.of(OptionSpec.required("tm", OptionSpec.Kind.TM, "translation memory to look segments up in"),
                        OptionSpec.optional("source-lang", OptionSpec.Kind.LANGUAGE, null,
                                "language of the documents (default: the TM's source language)"),
                        OptionSpec.optional("target-lang", OptionSpec.Kind.LANGUAGE, null,
                                "language of the translations (default: the TM's other language)"),
                        OptionSpec.optional("glossary", OptionSpec.Kind.GLOSSARY, null,
                                "glossary name or .tbx file: names that match repair may substitute"),
                        OptionSpec.output("csv", false, org.tmsh.jobs.FileGuard.Format.CSV, "also write the figures as CSV"),
                        MemoryOptions.filter(), MemoryOptions.penalty(),
                        OptionSpec.flag("json", "print the analysis as JSON")));
        this.library = library;
        this.segmenter = segmenter;
    }

    @Override
    protected List<Path> inputArguments(Invocation inv) {
        return inv.argumentPaths();
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireText(arguments, "the documents to analyse");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        TranslationMemory tm = library.open(TmLibrary.checkName(inv.get("tm")));
        String[] langs = PretranslateCommand.languages(tm, inv);
        List<Path> files = inv.argumentPaths();
        Glossary g = inv.get("glossary") == null ? null : Glossaries.underHome().read(inv.get("glossary"));
        AnalyzeJob.Result r = new AnalyzeJob(segmenter.get()).run(files, tm, langs[0], langs[1], g,
                library.searchOptions(tm.name(), inv.all("filter"), inv.all("penalty")), out.progress("analysing"));
        if (inv.path("csv") != null) {
            writeCsv(r, inv.path("csv"));
        }
        if (out.json()) {
            out.json(r);
            return;
        }
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("file", "segments", "words"));
        header.addAll(r.total().bands().keySet());
        rows.add(header.toArray(new String[0]));
        for (AnalyzeJob.FileResult f : r.files()) {
            rows.add(row(Path.of(f.file()).getFileName().toString(), f.segments(), f.words(), f.bands()));
        }
        rows.add(row("total", r.total().segments(), r.total().words(), r.total().bands()));
        out.line("TM '" + tm.name() + "', " + langs[0] + " -> " + langs[1] + "; each band: segments / words");
        out.table(rows);
    }

    private static String[] row(String name, long segs, long words, Map<String, AnalyzeJob.Count> bands) {
        List<String> cells = new ArrayList<>(List.of(name, Long.toString(segs), Long.toString(words)));
        bands.values().forEach(c -> cells.add(c.segments() + " / " + c.words()));
        return cells.toArray(new String[0]);
    }

    /** One row per file and band, then the totals: {@code file,band,segments,words}. */
    static void writeCsv(AnalyzeJob.Result r, Path csv) {
        try {
            Path temp = AtomicFiles.tempSibling(csv);
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                w.write("file,band,segments,words\n");
                for (AnalyzeJob.FileResult f : r.files()) {
                    for (Map.Entry<String, AnalyzeJob.Count> e : f.bands().entrySet()) {
                        w.write(StringEscapeUtils.escapeCsv(f.file()) + "," + e.getKey() + "," + e.getValue().segments()
                                + "," + e.getValue().words() + "\n");
                    }
                }
                for (Map.Entry<String, AnalyzeJob.Count> e : r.total().bands().entrySet()) {
                    w.write("total," + e.getKey() + "," + e.getValue().segments() + "," + e.getValue().words() + "\n");
                }
            }
            AtomicFiles.commit(temp, csv);
        } catch (IOException e) {
            throw TmshException.inFile(csv, 0, "cannot write CSV: " + e.getMessage(), e);
        }
    }
}
