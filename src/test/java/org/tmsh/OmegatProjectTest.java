package org.tmsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.document.DocumentSegments;
import org.tmsh.formats.glossary.GlossaryReader;
import org.tmsh.jobs.OmegatProjectJob;
import org.tmsh.jobs.PretranslateJob;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.segment.SrxSegmenter;
import org.tmsh.terms.Glossary;

/**
 * {@code pretranslate --omegat DIR} makes a project that OmegaT 3.6 (the Debian package .ci/run
 * installs) translates in console mode as it is: the exact matches become the target, the repaired
 * and fuzzy ones are not inserted, the glossary is read by OmegaT's own reader, and OmegaT segments
 * with tmsh's rules.
 */
class OmegatProjectTest {

    @TempDir
    Path dir;
    private TmLibrary library;
    private TranslationMemory tm;
    private final SrxSegmenter segmenter = SrxSegmenter.withDefaultRules();

    @BeforeEach
    void memory() throws Exception {
        library = new TmLibrary(dir.resolve("home"));
        tm = library.openOrCreate("seeds");
        tm.importFile(Path.of("tmx/seeds-000-004.de-en.tmx"), null, null, Progress.NONE);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private OmegatProjectJob.Result project(Path document, Path project, Glossary g) {
        return new OmegatProjectJob(segmenter).run(new OmegatProjectJob.Request(document, project, "de", "en", 3, g, "test"),
                tm, Progress.NONE);
    }

    @Test
    void omegatFillsTheExactMatchesAndLeavesTheRepairedAndFuzzyOnesToTheTranslator() throws Exception {
        Assumptions.assumeTrue(Files.exists(OmegatIntegrationTest.OMEGAT), "OmegaT is not installed (.ci/run installs it)");
        Path document = Files.copy(Path.of("src/test/resources/jobs/statement.de.txt"), dir.resolve("statement.de.txt"));
        Glossary seeds = GlossaryReader.read(Path.of("glossaries/seeds.tbx"), "seeds");
        Path project = dir.resolve("kit");
        OmegatProjectJob.Result r = project(document, project, seeds);
        for (String f : List.of("omegat.project", "omegat/segmentation.conf", "source/statement.de.txt", "tm/auto/seeds-exact.tmx",
                "tm/seeds-review.tmx", "glossary/seeds.utf8", "target")) {
            assertTrue(Files.exists(project.resolve(f)), f);
        }
        assertEquals(7, r.segments());
        TestFiles.assertValidTmx14(project.resolve("tm/auto/seeds-exact.tmx"));
        TestFiles.assertValidTmx14(project.resolve("tm/seeds-review.tmx"));
        assertTrue(r.names() >= 2, "Choe Son Hui, Lawrow, Pjöngjang ...: " + r.names());

        // what pretranslate --out writes for the same document: its exact and its repaired targets
        Path xlf = dir.resolve("statement.xlf");
        new PretranslateJob(segmenter).run(new PretranslateJob.Request(document, xlf, "de", "en", 95, 3, seeds, "test"),
                tm, Progress.NONE);
        Map<String, String[]> units = OmegatPretranslateTest.units(xlf);

        run(project, "--mode=console-translate");
        List<String> source = Files.readAllLines(document, StandardCharsets.UTF_8);
        List<String> target = Files.readAllLines(project.resolve("target/statement.de.txt"), StandardCharsets.UTF_8);
        assertEquals(source.size(), target.size());
        int exact = 0;
        int offered = 0;
        for (String[] u : units.values()) {
            int line = source.indexOf(u[0]);
            if ("exact-match".equals(u[2])) {
                assertEquals(u[1], target.get(line), "the exact match inserted: " + u[0]);
                exact++;
            } else {
                assertEquals(u[0], target.get(line), "nothing inserted unseen: " + u[0]);
                offered += u[1] != null ? 1 : 0;
            }
        }
        assertTrue(exact >= 2 && offered >= 1, "exact " + exact + ", repaired or fuzzy targets " + offered);
        assertEquals(7, totalSegments(project), "OmegaT segments as tmsh does");

        String probe = run(null, "-cp", OmegatIntegrationTest.OMEGAT + ":/usr/share/omegat/lib/*",
                "src/test/resources/omegat/GlossaryProbe.java", project.toString(), dir.resolve("config").toString(),
                project.resolve("glossary/seeds.utf8").toString());
        assertTrue(probe.contains("FILE seeds.utf8 " + Files.readAllLines(project.resolve("glossary/seeds.utf8")).size()), probe);
        assertTrue(probe.contains("ENTRY Choe Son Hui\tChoe Son Hui"), probe);
        assertFalse(probe.contains("Putin"), "only the names the document has: " + probe);
    }

    @Test
    void omegatSegmentsParagraphsWithTmshsRules() throws Exception {
        Assumptions.assumeTrue(Files.exists(OmegatIntegrationTest.OMEGAT), "OmegaT is not installed (.ci/run installs it)");
        Path document = dir.resolve("notes.de.txt");
        // several sentences a paragraph, with what tmsh's German rules keep together (dates, ordinals, initials, abbreviations)
        // and cut (a closing quote)
        Files.writeString(document, String.join("\n",
                "Am 3. November traf S. W. Lawrow in Moskau ein. Er sprach u. a. mit Choe Son Hui. Das Treffen dauerte zwei Stunden.",
                "Der 20. Parteitag begann am 1. 2. 1990 in Berlin. Die Delegation reiste ab. Sie kam z. B. über Wien zurück.",
                "Die Gespräche gehen weiter, vgl. Abs. 3 des Vertrages. Ein Ende ist nicht in Sicht.",
                // a sentence ending inside German quotes: OmegaT 3.6's own rules do not cut after the closing mark
                "Er sagte: „Wir gehen.“ Dann ging er.") + "\n");
        Path project = dir.resolve("notes");
        OmegatProjectJob.Result r = project(document, project, null);
        assertEquals(DocumentSegments.read(document, "de", segmenter).size(), r.segments());
        assertFalse(Files.exists(project.resolve("glossary/seeds.utf8")), "no glossary given, none written");
        run(project, "--mode=console-translate");
        assertEquals(r.segments(), totalSegments(project), Files.readString(project.resolve("omegat/project_stats.txt")));
        Files.delete(project.resolve("omegat/segmentation.conf"));
        Files.delete(project.resolve("omegat/project_stats.txt"));
        run(project, "--mode=console-translate");
        assertTrue(totalSegments(project) != r.segments(), "OmegaT's own rules would cut these paragraphs otherwise");
    }

    @Test
    void aFolderThatIsNotEmptyASymlinkOrAFileIsRefusedAndNothingIsWritten() throws Exception {
        Path document = Files.copy(Path.of("src/test/resources/jobs/statement.de.txt"), dir.resolve("statement.de.txt"));
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "keep");
        Path link = Files.createSymbolicLink(dir.resolve("link"), Files.createDirectories(dir.resolve("elsewhere")));
        Path file = Files.writeString(dir.resolve("file"), "x");
        for (Path p : List.of(full, link, file)) {
            TmshException e = assertThrows(TmshException.class, () -> project(document, p, null));
            assertTrue(e.getMessage().contains(p.getFileName().toString()), e.getMessage());
        }
        assertEquals(List.of("keep.txt"), list(full));
        assertEquals(List.of(), list(dir.resolve("elsewhere")));
        assertEquals("x", Files.readString(file));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(7, project(document, empty, null).segments(), "an empty folder is taken");
        TmshException missing = assertThrows(TmshException.class, () -> project(dir.resolve("nosuch.txt"), dir.resolve("p2"), null));
        assertTrue(missing.getMessage().contains("nosuch.txt"), missing.getMessage());
        assertFalse(Files.exists(dir.resolve("p2")));
        // a format tmsh does not round-trip: the line names the person's file, not the project's copy of it
        Path slides = Files.writeString(dir.resolve("folien.pptx"), "x");
        TmshException unsupported = assertThrows(TmshException.class, () -> project(slides, dir.resolve("p3"), null));
        assertTrue(unsupported.getMessage().startsWith(slides + ": unsupported file type '.pptx'"), unsupported.getMessage());
        assertFalse(Files.exists(dir.resolve("p3")));
        assertTrue(list(dir).stream().noneMatch(n -> n.startsWith(".")), "no staging folder left: " + list(dir));
    }

    private static List<String> list(Path folder) throws Exception {
        try (var s = Files.list(folder)) {
            return new ArrayList<>(s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /** Runs OmegaT's jar on {@code project} with {@code args}, or a java command line when project is null. */
    private String run(Path project, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true"));
        if (project != null) {
            cmd.addAll(List.of("-jar", OmegatIntegrationTest.OMEGAT.toString(), project.toString(),
                    "--config-dir=" + dir.resolve("config")));
        }
        cmd.addAll(List.of(args));
        TestFiles.Ran r = TestFiles.run(new ProcessBuilder(cmd).redirectErrorStream(true), 600);
        assertEquals(0, r.code(), r.out());
        return r.out();
    }

    private static long totalSegments(Path project) throws Exception {
        Matcher m = Pattern.compile("(?m)^Total:\\s+(\\d+)").matcher(Files.readString(project.resolve("omegat/project_stats.txt")));
        assertTrue(m.find());
        return Long.parseLong(m.group(1));
    }
}
