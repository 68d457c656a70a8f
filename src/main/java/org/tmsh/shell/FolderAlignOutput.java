package org.tmsh.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tmsh.align.FolderAligner;
import org.tmsh.align.Vocabulary;
import org.tmsh.align.VocabularyUse;
import org.tmsh.common.TmshException;
import org.tmsh.jobs.AlignJob;
import org.tmsh.memory.ImportReport;

/** {@code align --source DIR --target DIR}: runs the folder job and shows the table of pairs. */
final class FolderAlignOutput {

    private FolderAlignOutput() {
    }

    static void run(Invocation inv, Output out, AlignJob job, Vocabulary vocabulary, boolean tmVocabulary) {
        if (!java.nio.file.Files.isDirectory(inv.path("target"))) {
            throw new TmshException("align: --source is a folder, so --target must be one too: " + inv.path("target"));
        }
        if (inv.path("report") != null) {
            throw new TmshException("align: --report is for one document pair, not for folders");
        }
        FolderAligner.Request req = new FolderAligner.Request(inv.path("source"), inv.path("target"),
                inv.get("source-lang"), inv.get("target-lang"), inv.flag("segmented"), inv.get("encoding"),
                inv.path("out"), inv.path("links"), AlignCommand.trust(inv));
        AlignJob.FolderOutcome o = job.runFolder(req, inv.get("glossary"), inv.get("tm"), vocabulary,
                tmVocabulary, MemoryOptions.labels(inv), out.progress("aligning"),
                out.progress("reading the installed dictionaries (once)"));
        FolderAligner.Result r = o.result();
        ImportReport added = o.added();
        List<Map<String, Object>> table = FolderAligner.table(r);
        if (out.json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pairs", table);
            m.put("unpairedSource", r.pairing().unpairedSource().stream().map(Path::toString).toList());
            m.put("unpairedTarget", r.pairing().unpairedTarget().stream().map(Path::toString).toList());
            m.put("refused", r.refused().stream().map(x -> Map.of("name", x.pair().name(), "reason", x.reason())).toList());
            m.put("out", req.tmxOut() == null ? null : req.tmxOut().toString());
            m.put("linksDir", req.linksDir() == null ? null : req.linksDir().toString());
            m.put("vocabulary", vocabulary(r));
            if (added != null) {
                m.put("tm", org.tmsh.jobs.ImportSummary.of(added));
            }
            out.json(m);
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"pair", "source", "target", "links", "units", "mean conf"});
        int units = 0;
        for (Map<String, Object> m : table) {
            rows.add(new String[] {(String) m.get("name"), (String) m.get("source"), (String) m.get("target"),
                    String.valueOf(m.get("links")), String.valueOf(m.get("units")),
                    String.format(Locale.ROOT, "%.2f", (Double) m.get("meanConfidence"))});
            units += (Integer) m.get("units");
        }
        out.details(rows);
        out.line(String.format(Locale.ROOT, "%d pairs of files, %d units.", table.size(), units));
        AlignCommand.vocabularyTable(out, vocabulary(r));
        for (Path p : r.pairing().unpairedSource()) {
            out.line("unpaired source file: " + p);
        }
        for (Path p : r.pairing().unpairedTarget()) {
            out.line("unpaired target file: " + p);
        }
        for (FolderAligner.Refused x : r.refused()) {
            out.line("left out of the TMX and the memory: " + x.reason());
        }
        if (req.tmxOut() != null) {
            out.line("TMX written to " + req.tmxOut());
        }
        if (req.linksDir() != null) {
            out.line("links written to " + req.linksDir() + " (NAME.links a pair)");
        }
        if (added != null) {
            out.line(AlignCommand.added(added));
        }
        if (inv.get("tm") != null) {
            AlignCommand.heldBack(out, r.results().stream().mapToInt(x -> x.untrusted().size()).sum(),
                    req.trust().minConfidence(), inv.get("tm"), req.tmxOut());
        }
    }

    /** The vocabulary of the folder: one lexicon for all its pairs. */
    private static VocabularyUse vocabulary(FolderAligner.Result r) {
        return r.results().isEmpty() ? VocabularyUse.NONE : r.results().get(0).alignment().vocabulary();
    }
}
