package org.tmsh.conformance;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.formats.glossary.GlossaryReader;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.jobs.ImportJob;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.terms.Concept;
import org.tmsh.terms.Term;

/**
 * The tmsh side of the conformance suite ({@code src/test/conformance/run.py}): reads a list of files
 * (one a line: KIND TAB FILE TAB SOURCE-LANG TAB TARGET-LANG, "-" for none) and, in one JVM, runs each
 * through the importer that {@code tm import} or {@code term import} calls, into a fresh TM, and writes
 * one JSON line per file: the report, the TM's languages and every unit's texts (or the glossary's
 * terms), or the one-line error tmsh gives. Same jobs as the commands, without a JVM start per file.
 */
public final class ConformanceRun {

    private ConformanceRun() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path work = Files.createTempDirectory("tmsh-conformance");
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line : lines) {
                String[] c = line.split("\t");
                Path file = Path.of(c[1]);
                String src = c[2].equals("-") ? null : c[2];
                String tgt = c[3].equals("-") ? null : c[3];
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("file", c[1]);
                try {
                    if (c[0].equals("glossary")) {
                        glossary(file, src, tgt, r);
                    } else {
                        memory(work.resolve("tm" + n), file, src, tgt, r);
                    }
                    r.put("ok", true);
                } catch (TmshException e) {
                    r.put("ok", false);
                    r.put("error", e.getMessage());
                } catch (RuntimeException | Error e) {
                    r.put("ok", false);
                    r.put("crash", e.toString());
                }
                out.write(json.writeValueAsString(r));
                out.newLine();
                n++;
            }
        }
    }

    private static void memory(Path home, Path file, String src, String tgt, Map<String, Object> r) throws Exception {
        try (TmLibrary lib = new TmLibrary(home)) {
            ImportReport rep = new ImportJob(lib).run("t", file, src, tgt, false, null, Progress.NONE);
            r.put("read", rep.read());
            r.put("added", rep.added());
            r.put("duplicates", rep.duplicates());
            r.put("invalid", rep.invalid());
            List<String> reasons = new ArrayList<>();
            rep.invalidSamples().forEach(i -> reasons.add("line " + i.line() + ": " + i.reason()));
            r.put("invalidReasons", reasons.subList(0, Math.min(5, reasons.size())));
            if (!lib.exists("t")) {
                r.put("languages", Map.of());
                r.put("units", List.of());
                return;
            }
            TranslationMemory tm = lib.open("t");
            r.put("languages", tm.languages());
            List<List<String[]>> units = new ArrayList<>();
            tm.forEachUnit(u -> {
                List<String[]> vs = new ArrayList<>();
                for (TmxUnit.Variant v : u.variants()) {
                    vs.add(new String[] {v.lang(), v.text()});
                }
                units.add(vs);
            });
            r.put("units", units);
        }
    }

    private static void glossary(Path file, String src, String tgt, Map<String, Object> r) {
        GlossaryReader.Read read = GlossaryReader.readReporting(file, "g", src, tgt, null);
        List<List<String[]>> concepts = new ArrayList<>();
        for (Concept c : read.glossary().concepts()) {
            List<String[]> ts = new ArrayList<>();
            for (Term t : c.terms()) {
                ts.add(new String[] {t.lang(), t.form(), t.status().label(), t.note()});
            }
            concepts.add(ts);
        }
        r.put("concepts", concepts);
        r.put("skipped", read.skipped().size());
    }
}
