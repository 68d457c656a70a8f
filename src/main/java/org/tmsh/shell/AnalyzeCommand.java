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

import org.tmsh.common.AtomicFiles;
import org.tmsh.common.TmshException;
import org.tmsh.formats.Csv;
import org.tmsh.formats.FormulaCells;
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
                        CellsOption.spec(FormulaCells.Mode.SAFE, "--csv"),
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
        FormulaCells cells = CellsOption.of(inv, FormulaCells.Mode.SAFE);
        if (inv.path("csv") != null) {
            writeCsv(r, inv.path("csv"), cells);
            if (cells.note(inv.path("csv")) != null) {
                out.notice(cells.note(inv.path("csv")));
            }
        }
        if (out.json()) {
            out.json(r);
            return;
        }
        out.line("TM '" + tm.name() + "', " + langs[0] + " -> " + langs[1] + "; each band: segments / words");
        out.table(table(r));
    }

    /**
     * The bands as rows and the files as columns, the total last (one column for a single file, which is
     * the total): a dozen bands fit 80 columns as rows, where as columns they made a table too wide to draw.
     */
    static List<String[]> table(AnalyzeJob.Result r) {
        List<AnalyzeJob.FileResult> files = r.files();
        boolean one = files.size() == 1;
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("band"));
        if (one) {
            header.add(Path.of(files.get(0).file()).getFileName() + " (total)");
        } else {
            files.forEach(f -> header.add(Path.of(f.file()).getFileName().toString()));
            header.add("total");
        }
        rows.add(header.toArray(new String[0]));
        rows.add(row("segments", files, one, f -> Long.toString(f.segments()), Long.toString(r.total().segments())));
        rows.add(row("words", files, one, f -> Long.toString(f.words()), Long.toString(r.total().words())));
        for (Map.Entry<String, AnalyzeJob.Count> band : r.total().bands().entrySet()) {
            rows.add(row(band.getKey(), files, one, f -> cell(f.bands().get(band.getKey())), cell(band.getValue())));
        }
        return rows;
    }

    private static String[] row(String name, List<AnalyzeJob.FileResult> files, boolean one,
                                java.util.function.Function<AnalyzeJob.FileResult, String> cell, String total) {
        List<String> cells = new ArrayList<>(List.of(name));
        if (!one) {
            files.forEach(f -> cells.add(cell.apply(f)));
        }
        cells.add(total);
        return cells.toArray(new String[0]);
    }

    private static String cell(AnalyzeJob.Count c) {
        return c == null ? "0 / 0" : c.segments() + " / " + c.words();
    }

    /** One row per file and band, then the totals: {@code file,band,segments,words}. */
    static void writeCsv(AnalyzeJob.Result r, Path csv, FormulaCells cells) {
        try {
            Path temp = AtomicFiles.tempSibling(csv);
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                w.write("file,band,segments,words\n");
                for (AnalyzeJob.FileResult f : r.files()) {
                    for (Map.Entry<String, AnalyzeJob.Count> e : f.bands().entrySet()) {
                        w.write(Csv.cell(f.file(), cells) + "," + Csv.cell(e.getKey(), cells) + "," + e.getValue().segments()
                                + "," + e.getValue().words() + "\n");
                    }
                }
                for (Map.Entry<String, AnalyzeJob.Count> e : r.total().bands().entrySet()) {
                    w.write("total," + e.getKey() + "," + e.getValue().segments() + "," + e.getValue().words() + "\n");
                }
            }
            AtomicFiles.commit(temp, csv);
        } catch (IOException e) {
            throw TmshException.inFile(csv, 0, "cannot write CSV: " + AtomicFiles.message(e), e);
        }
    }
}
