package org.tmsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.TestFiles;
import org.tmsh.terms.Glossary;
import org.tmsh.formats.glossary.GlossaryReader;
import org.tmsh.formats.glossary.GlossaryWriter;

/**
 * OmegaT (Debian package {@code omegat}, installed by .ci/run) reads what tmsh writes: the aligned
 * seed TMX fills a translation in a headless console-translate run, and its own glossary readers load
 * tmsh's OmegaT (tab-separated) and TBX 2008 exports.
 */
class OmegatIntegrationTest {

    static final Path OMEGAT = Path.of("/usr/share/omegat/OmegaT.jar");

    @TempDir
    Path dir;

    Path project;

    @BeforeEach
    void project() throws Exception {
        Assumptions.assumeTrue(Files.exists(OMEGAT), "OmegaT is not installed (apt-get install omegat; .ci/run does)");
        project = dir.resolve("project");
        for (String d : List.of("source", "target", "tm/auto", "glossary", "dictionary", "omegat")) {
            Files.createDirectories(project.resolve(d));
        }
        Files.copy(Path.of("src/test/resources/omegat/omegat.project"), project.resolve("omegat.project"));
    }

    private static String run(Path log, String... command) throws Exception {
        TestFiles.Ran r = TestFiles.run(new ProcessBuilder(command).redirectErrorStream(true), 600);
        Files.writeString(log, r.out(), StandardCharsets.UTF_8);
        assertEquals(0, r.code(), r.out());
        return r.out();
    }

    @Test
    void omegatTranslatesFromTheAlignedTmx() throws Exception {
        String tmx = Files.readString(Path.of("tmx/seeds-000-004.de-en.tmx"));
        Matcher m = Pattern.compile("<tuv xml:lang=\"de\"><seg>(Die russische Seite[^<]*)</seg></tuv>\\s*"
                + "<tuv xml:lang=\"en\"><seg>([^<]*)</seg>").matcher(tmx);
        assertTrue(m.find());
        Files.writeString(project.resolve("source/doc.txt"), m.group(1) + "\n");
        Files.copy(Path.of("tmx/seeds-000-004.de-en.tmx"), project.resolve("tm/auto/seeds.tmx"));
        String log = run(dir.resolve("translate.log"), java(), "-Djava.awt.headless=true", "-jar", OMEGAT.toString(),
                "--mode=console-translate", "--config-dir=" + dir.resolve("config"), project.toString());
        assertTrue(log.contains("Created by: tmsh"), log);
        assertEquals(m.group(2), Files.readString(project.resolve("target/doc.txt")).strip());
    }

    @Test
    void omegatReadsTheOmegatAndTbx2008GlossaryExports() throws Exception {
        Glossary seeds = GlossaryReader.read(Path.of("glossaries/seeds.tbx"), "seeds");
        Path tsv = project.resolve("glossary/seeds.utf8");
        Path tbx = project.resolve("glossary/seeds-2008.tbx");
        GlossaryWriter.write(seeds, tsv, GlossaryWriter.Format.OMEGAT, "de", "en");
        GlossaryWriter.write(seeds, tbx, GlossaryWriter.byExtension(tbx), "de", "en"); // term export x.tbx: TBX-Basic 2008
        Path csv = project.resolve("glossary/seeds.csv");
        GlossaryWriter.write(seeds, csv, GlossaryWriter.Format.CSV, "de", "en");
        String out = run(dir.resolve("probe.log"), java(), "-Djava.awt.headless=true", "-cp",
                OMEGAT + ":/usr/share/omegat/lib/*", "src/test/resources/omegat/GlossaryProbe.java", project.toString(),
                dir.resolve("config").toString(), tsv.toString(), tbx.toString(), csv.toString());
        // the CSV: German in the first column, English in the second, the concept id last (never a term)
        String csvEntries = out.substring(out.indexOf("FILE seeds.csv"));
        assertTrue(csvEntries.contains("ENTRY Sergei Wiktorowitsch Lawrow\tSergei Viktorovich Lavrov\n"), csvEntries);
        assertTrue(csvEntries.lines().noneMatch(l -> l.matches("ENTRY (c\\d+|id)\t.*|ENTRY .*\t(c\\d+|id)")), csvEntries);
        long lines = Files.readAllLines(tsv).size();
        assertTrue(out.contains("FILE seeds.utf8 " + lines), out);
        assertTrue(out.contains("ENTRY Lawrow\tSergei Viktorovich Lavrov"), out);
        assertTrue(out.contains("ENTRY Pjöngjang\tPyongyang"), out);
        Matcher n = Pattern.compile("FILE seeds-2008.tbx (\\d+)").matcher(out);
        assertTrue(n.find() && Integer.parseInt(n.group(1)) >= 30, out);
    }

    /** Total segments and words of each file in OmegaT's {@code omegat/project_stats.txt}. */
    private static java.util.Map<String, long[]> omegatCounts(Path project) throws Exception {
        java.util.Map<String, long[]> counts = new java.util.HashMap<>();
        boolean files = false;
        for (String line : Files.readAllLines(project.resolve("omegat/project_stats.txt"), StandardCharsets.UTF_8)) {
            String[] c = line.split("\t");
            if (c[0].startsWith("File Name")) {
                files = true;
            } else if (files && c.length > 5) {
                counts.put(c[0].strip(), new long[] {Long.parseLong(c[1].strip()), Long.parseLong(c[5].strip())});
            }
        }
        return counts;
    }

    /**
     * tmsh's analysis counts what OmegaT's statistics count: the same segments and words on plain
     * text; on HTML, OmegaT also extracts the page's {@code lang} attribute and each link's
     * {@code href} as segments of their own (tmsh writes {@code lang} as the target language and
     * leaves links as they are), and nothing else differs: the HTML's count is tmsh's plus that of
     * those two values, counted by OmegaT in a file of their own.
     */
    @Test
    void omegatStatisticsCountWhatTmshAnalyzeCounts() throws Exception {
        Path txt = Files.copy(Path.of("src/test/resources/jobs/statement.de.txt"), project.resolve("source/statement.de.txt"));
        Path html = Files.copy(Path.of("src/test/resources/jobs/statement.de.html"), project.resolve("source/statement.de.html"));
        String page = Files.readString(html);
        Matcher lang = Pattern.compile("<html lang=\"([^\"]+)\"").matcher(page);
        Matcher href = Pattern.compile("href=\"([^\"]+)\"").matcher(page);
        StringBuilder attributes = new StringBuilder();
        assertTrue(lang.find());
        attributes.append(lang.group(1)).append("\n\n");
        int links = 0;
        while (href.find()) {
            attributes.append(href.group(1)).append("\n\n");
            links++;
        }
        Files.writeString(project.resolve("source/attributes.txt"), attributes.toString());
        run(dir.resolve("stats.log"), java(), "-Djava.awt.headless=true", "-jar", OMEGAT.toString(),
                "--mode=console-translate", "--config-dir=" + dir.resolve("config"), project.toString());
        java.util.Map<String, long[]> omegat = omegatCounts(project);
        try (org.tmsh.memory.TmLibrary library = new org.tmsh.memory.TmLibrary(dir.resolve("tm"))) {
            org.tmsh.jobs.AnalyzeJob.Result r = new org.tmsh.jobs.AnalyzeJob(org.tmsh.segment.SrxSegmenter.withDefaultRules())
                    .run(List.of(txt, html), library.openOrCreate("empty"), "de", "en", org.tmsh.common.Progress.NONE);
            org.tmsh.jobs.AnalyzeJob.FileResult t = r.files().get(0);
            org.tmsh.jobs.AnalyzeJob.FileResult h = r.files().get(1);
            assertEquals(List.of(omegat.get("statement.de.txt")[0], omegat.get("statement.de.txt")[1]), List.of(t.segments(), t.words()));
            long[] extra = omegat.get("attributes.txt");
            assertEquals(1 + links, extra[0]);
            assertEquals(List.of(omegat.get("statement.de.html")[0], omegat.get("statement.de.html")[1]),
                    List.of(h.segments() + extra[0], h.words() + extra[1]));
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
