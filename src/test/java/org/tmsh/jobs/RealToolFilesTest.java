package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.tmsh.TestFiles;
import org.tmsh.common.Progress;
import org.tmsh.formats.glossary.GlossaryReader;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.terms.Concept;
import org.tmsh.terms.Glossary;
import org.tmsh.terms.Term;

/**
 * Files written by the real tools installed here (gettext, translate-toolkit), read by tmsh and compared,
 * unit by unit and term by term, with what the tool's own reader finds in them
 * ({@code src/test/real-tools/translate_toolkit_files.py} writes both). No file is written by hand: a
 * held-out set of other tools' files holds such files, and a reader that only knows hand-made samples
 * misses what the tools really write.
 */
class RealToolFilesTest extends ImportedFilesTestBase {

    static final Path PYTHON = Path.of("/usr/bin/python3");

    /** Runs a generator script into {@code out} and returns its expected.json. */
    private JsonNode generate(String script, Path out) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(PYTHON), "no /usr/bin/python3");
        TestFiles.Ran probe = TestFiles.run(new ProcessBuilder(PYTHON.toString(), "-c", "import translate.storage.xliff")
                .redirectErrorStream(true), 120);
        Assumptions.assumeTrue(probe.code() == 0, "python3-translate is not installed (.ci/run installs it)");
        TestFiles.Ran r = TestFiles.run(new ProcessBuilder(PYTHON.toString(), "src/test/real-tools/" + script, out.toString())
                .redirectErrorStream(true), 600);
        assertEquals(0, r.code(), r.out());
        return new ObjectMapper().readTree(out.resolve("expected.json").toFile());
    }

    /** What tmsh imported from {@code file} into a new TM, as (source, target) pairs in the file's order. */
    private List<List<String>> imported(Path file, String src, String tgt, String srcLang, String tgtLang) throws Exception {
        String tm = "t" + file.getFileName().toString().replaceAll("\\W", "");
        new ImportJob(library).run(tm, file, srcLang, tgtLang, false, null, Progress.NONE);
        List<List<String>> out = new ArrayList<>();
        for (TmxUnit u : units(tm)) {
            out.add(List.of(String.valueOf(u.text(src)), String.valueOf(u.text(tgt))));
        }
        return out;
    }

    private static List<List<String>> pairs(JsonNode expected, String file) {
        List<List<String>> out = new ArrayList<>();
        for (JsonNode p : expected.get(file).get("pairs")) {
            out.add(List.of(p.get(0).asText(), p.get(1).asText()));
        }
        assertTrue(!out.isEmpty(), file);
        return out;
    }

    @Test
    void gettextAndTranslateToolkitFilesAreReadAsTheToolsReadThem() throws Exception {
        Path out = dir.resolve("ttk");
        JsonNode expected = generate("translate_toolkit_files.py", out);
        // gettext's PO: plural (msgstr[0] with the singular), two contexts of one msgid, fuzzy with #|, obsolete,
        // untranslated, escapes, wrapped strings; it names only its target language
        assertEquals(pairs(expected, "de.po"), imported(out.resolve("de.po"), "en", "de", "en", null));
        assertEquals(pairs(expected, "po2tmx.tmx"), imported(out.resolve("po2tmx.tmx"), "en-US", "de-DE", null, null));
        // po2xliff writes no target-language
        assertEquals(pairs(expected, "po2xliff.xlf"), imported(out.resolve("po2xliff.xlf"), "en", "de", null, "de"));
        assertEquals(pairs(expected, "storage.tmx"), imported(out.resolve("storage.tmx"), "en-GB", "fr-FR", null, null));
        assertEquals(pairs(expected, "storage.xlf"), imported(out.resolve("storage.xlf"), "en", "pt-BR", null, null));
    }

    @Test
    void csv2tbxGlossaryIsReadTermForTerm() throws Exception {
        Path out = dir.resolve("ttk");
        JsonNode expected = generate("translate_toolkit_files.py", out);
        // csv2tbx cannot be told the target language: it writes translate-toolkit's placeholder xx
        Path tbx = out.resolve("csv2tbx.tbx");
        org.tmsh.common.TmshException e = org.junit.jupiter.api.Assertions.assertThrows(org.tmsh.common.TmshException.class,
                () -> GlossaryReader.readAny(tbx, "g", "en", "en"));
        assertTrue(e.getMessage().contains("line 15") && e.getMessage().contains("give --target-lang"), e.getMessage());
        Glossary g = GlossaryReader.readAny(tbx, "g", "en", "de");
        assertEquals(java.util.Set.of("en", "de"), java.util.Set.copyOf(g.concepts().get(0).terms().stream().map(Term::lang).toList()));
        List<List<String>> got = new ArrayList<>();
        for (Concept c : g.concepts()) {
            got.add(List.of(c.preferred("en").form(), c.preferred("de").form()));
        }
        assertEquals(pairs(expected, "csv2tbx.tbx"), got);
    }

    static final Path OMEGAT = Path.of("/usr/share/omegat/OmegaT.jar");

    /**
     * OmegaT 3.6 translates a project (an HTML page with bold, a link and italics, a text file) from its
     * {@code tm/auto} memory, saves the project's memory ({@code omegat/project_save.tmx}, with the authors
     * and dates of two segments translated in the project) and writes its three exports: {@code -omegat.tmx} (TMX 1.1, its tags as text),
     * {@code -level1.tmx} (no tags), {@code -level2.tmx} (tags as {@code bpt}/{@code ept}); its glossary pane's
     * writer adds entries to {@code glossary.txt}. OmegaT's own readers (TMXReader2, GlossaryReaderTSV) say
     * what each holds; tmsh must read the same units and terms (level 2: the same text and as many codes as
     * OmegaT has tags).
     */
    @Test
    void omegatProjectExportsAndGlossaryAreReadAsOmegatReadsThem() throws Exception {
        Assumptions.assumeTrue(Files.exists(OMEGAT), "OmegaT is not installed (apt-get install omegat; .ci/run does)");
        Path project = dir.resolve("p");
        Path template = Path.of("src/test/resources/real-tools/omegat-project");
        for (String d : List.of("source", "target", "tm/auto", "glossary", "dictionary", "omegat")) {
            Files.createDirectories(project.resolve(d));
        }
        Files.copy(template.resolve("omegat.project"), project.resolve("omegat.project"));
        Files.copy(template.resolve("source/page.html"), project.resolve("source/page.html"));
        Files.copy(template.resolve("source/doc.txt"), project.resolve("source/doc.txt"));
        Files.copy(template.resolve("tm/auto.tmx"), project.resolve("tm/auto/auto.tmx"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        TestFiles.Ran t = TestFiles.run(new ProcessBuilder(java, "-Djava.awt.headless=true", "-jar", OMEGAT.toString(),
                "--mode=console-translate", "--config-dir=" + dir.resolve("config"), project.toString()).redirectErrorStream(true), 600);
        assertEquals(0, t.code(), t.out());
        TestFiles.Ran probe = TestFiles.run(new ProcessBuilder(java, "-Dsun.stdout.encoding=UTF-8", "-Djava.awt.headless=true",
                "-cp", OMEGAT + ":/usr/share/omegat/lib/*", "src/test/resources/omegat/OmegatFilesProbe.java",
                dir.resolve("config").toString(), project.toString()), 600);
        assertEquals(0, probe.code(), probe.out());
        java.util.Map<String, List<List<String>>> omegat = new java.util.TreeMap<>();
        List<List<String>> terms = new ArrayList<>();
        for (String line : probe.out().lines().toList()) {
            if (line.startsWith("TU ")) {
                String[] c = line.substring(3).split("\t", -1);
                omegat.computeIfAbsent(c[0], k -> new ArrayList<>()).add(List.of(unescape(c[1]), unescape(c[2])));
            } else if (line.startsWith("TERM ")) {
                String[] c = line.substring(5).split("\t", -1);
                terms.add(List.of(unescape(c[0]), unescape(c[1]), unescape(c[2])));
            }
        }
        assertEquals(List.of("omegat/project_save.tmx", "p-level1.tmx", "p-level2.tmx", "p-omegat.tmx"), List.copyOf(omegat.keySet()),
                probe.out());
        for (String name : omegat.keySet()) {
            List<List<String>> want = omegat.get(name);
            // the exports: what tm/auto translated; the project's memory also the two segments translated after
            assertEquals(name.startsWith("omegat/") ? 9 : 7, want.size(), name + ": " + want);
            List<List<String>> got = imported(project.resolve(name), "en-US", "de-DE", null, null);
            if (name.contains("level2")) {
                // OmegaT shows a code as its tag (<b0>, </b0>), tmsh as a marker: the texts without them, and their number
                for (int i = 0; i < want.size(); i++) {
                    for (int k = 0; k < 2; k++) {
                        String o = want.get(i).get(k);
                        String m = got.get(i).get(k);
                        assertEquals(o.replaceAll("</?[a-z]+\\d+/?>", ""), m.replaceAll("⟨/?\\d+/?⟩", ""), name);
                        assertEquals(o.split("</?[a-z]+\\d+/?>", -1).length, m.split("⟨/?\\d+/?⟩", -1).length, name + ": " + m);
                    }
                }
                assertTrue(got.stream().anyMatch(p -> p.get(0).contains("⟨")), got.toString());
            } else {
                assertEquals(want, got, name);
            }
        }
        // OmegaT writes who translated a segment, and when, on its target tuv: the unit keeps both
        assertTrue(units("tproject_savetmx").stream().anyMatch(u -> u.xml().contains("creationid=") && u.xml().contains("Neu: ")),
                units("tproject_savetmx").toString());
        Glossary g = GlossaryReader.readAny(project.resolve("glossary/glossary.txt"), "g", "en-US", "de-DE");
        List<List<String>> read = new ArrayList<>();
        for (Concept c : g.concepts()) {
            Term src = c.terms().stream().filter(v -> v.lang().equals("en-US")).findFirst().orElseThrow();
            Term tgt = c.terms().stream().filter(v -> v.lang().equals("de-DE")).findFirst().orElseThrow();
            read.add(List.of(src.form(), tgt.form(), tgt.note() == null ? "" : tgt.note()));
        }
        assertEquals(5, terms.size(), probe.out());
        assertEquals(terms, read);
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * LibreOffice Calc saves a glossary as XLSX and as a semicolon CSV (a note with a line break, quotes, a
     * comma and a semicolon; a number; a header of English language names), and as that CSV after a byte
     * order mark; openpyxl and Python's csv module say what each holds. tmsh reads the same terms and notes
     * ({@code term import}), and the workbook as a memory ({@code tm import}) with the notes on its units.
     */
    @Test
    void libreOfficeSavedGlossariesAreReadCellForCell() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/localc")), "LibreOffice Calc is not installed (.ci/run installs it)");
        Path out = dir.resolve("lo");
        JsonNode expected = generate("libreoffice_files.py", out);
        for (String name : List.of("glossary.xlsx", "glossary.csv", "glossary-bom.csv")) {
            JsonNode rows = expected.get(name.replace("-bom", ""));
            assertEquals(List.of("English (United States)", "German (Germany)", "Note"), row(rows.get(0)), name);
            List<List<String>> want = new ArrayList<>();
            for (int i = 1; i < rows.size(); i++) {
                want.add(row(rows.get(i)));
            }
            Glossary g = GlossaryReader.readAny(out.resolve(name), "g", null, null);
            List<List<String>> got = new ArrayList<>();
            for (Concept c : g.concepts()) {
                got.add(List.of(c.preferred("en-US").form(), c.preferred("de-DE").form(), c.note() == null ? "" : c.note()));
            }
            assertEquals(want, got, name);
            if (name.endsWith(".xlsx")) {
                List<List<String>> pairs = new ArrayList<>();
                for (List<String> r : want) {
                    pairs.add(List.of(r.get(0), r.get(1)));
                }
                assertEquals(pairs, imported(out.resolve(name), "en-US", "de-DE", null, null));
            }
        }
    }

    private static List<String> row(JsonNode cells) {
        List<String> out = new ArrayList<>();
        cells.forEach(c -> out.add(c.asText()));
        return out;
    }
}
