package org.tmsh.formats.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.TestFiles;
import org.tmsh.align.Aligner;
import org.tmsh.align.DocumentAligner;
import org.tmsh.qa.Finding;
import org.tmsh.qa.TermChecker;
import org.tmsh.segment.SrxSegmenter;
import org.tmsh.terms.Glossary;
import org.tmsh.formats.glossary.GlossaryReader;
import org.tmsh.formats.tmx.TmxReader;
import org.tmsh.formats.tmx.TmxUnit;

/**
 * The HTML reports as a person sees them: rendered by headless Chromium (Debian {@code chromium},
 * installed by .ci/run), offline. The test reads the rendered text and the screenshot's colours:
 * the rows carry the colours that mean sure / unaligned (alignment) and error / warning (QA).
 * The screenshots stay in target/screenshots for a person to look at.
 */
class HtmlReportChromiumTest {

    @TempDir
    Path dir;

    private String run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium")));
        cmd.addAll(List.of(args));
        return TestFiles.run(new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD), 300).out();
    }

    private BufferedImage screenshot(Path html, String name) throws Exception {
        Path png = Path.of("target/screenshots").toAbsolutePath().resolve(name + ".png");
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        run("--screenshot=" + png, "--window-size=1280,1000", html.toUri().toString());
        assertTrue(Files.exists(png), "no screenshot");
        return ImageIO.read(png.toFile());
    }

    private static int count(BufferedImage img, int rgb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void qaReportShowsErrorsInRedAndWarningsInAmber() throws Exception {
        Assumptions.assumeTrue(TestFiles.onPath("chromium"), "chromium not installed (.ci/run installs it)");
        TermChecker checker = new TermChecker(GlossaryReader.read(Path.of("glossaries/seeds.tbx"), "seeds"));
        List<Finding> findings = new ArrayList<>();
        try (TmxReader r = TmxReader.open(Path.of("tmx/seeds-000-004.de-en.tmx"))) {
            for (TmxUnit u = r.next(); u != null; u = r.next()) {
                findings.addAll(checker.checkUnit(u, "de", "en"));
            }
        }
        // the seeds' misspellings are in the German source (info: not the translator's to change); two targets that
        // keep a source spelling are the translator's errors
        findings.addAll(checker.checkUnit(TmxUnit.pair("e1", "de", "Lawrow traf Choe Son Hui.", "en", "Lawrow met Choe Son Hui.",
                java.util.Map.of(), "20240101T000000Z"), "de", "en"));
        findings.addAll(checker.checkUnit(TmxUnit.pair("e2", "de", "Der Zug hielt in Yaroslabli.", "en", "The train stopped at Yaroslabli.",
                java.util.Map.of(), "20240101T000000Z"), "de", "en"));
        Path html = dir.resolve("qa.html");
        HtmlReport.qa(html, "tmsh QA test", findings);
        String dom = run("--dump-dom", html.toUri().toString());
        assertTrue(dom.contains("Jaroslawl") && dom.contains("Sergei Wiktorowitsch Lawrow"), dom);
        assertTrue(!Files.readString(html).contains("http"), "offline: no external resources");
        BufferedImage img = screenshot(html, "qa-report");
        assertEquals(1280, img.getWidth());
        assertTrue(count(img, 0xF8D7DA) > 5000, "red error rows visible");
        assertTrue(count(img, 0xFFF3CD) > 5000, "amber warning rows visible");
    }

    @Test
    void alignmentReportShowsLinksSideBySideInTheirColours() throws Exception {
        Assumptions.assumeTrue(TestFiles.onPath("chromium"), "chromium not installed (.ci/run installs it)");
        DocumentAligner aligner = new DocumentAligner(SrxSegmenter.withDefaultRules(), Aligner.standard(), "test");
        DocumentAligner.Result r = aligner.align(new DocumentAligner.Request(TestFiles.SEED_DE, TestFiles.SEED_EN, "de",
                "en", false, null, null, null), null);
        Glossary g = GlossaryReader.read(Path.of("glossaries/seeds.tbx"), "seeds");
        List<String> names = g.concepts().stream().flatMap(c -> c.terms().stream()).map(t -> t.form()).toList();
        Path html = dir.resolve("align.html");
        HtmlReport.alignment(html, "tmsh alignment test", r.alignment(), names);
        String dom = run("--dump-dom", html.toUri().toString());
        assertTrue(dom.contains("<mark>Yaroslabli</mark>") && dom.contains("<mark>Yaroslavl</mark>"), "names marked");
        assertTrue(dom.contains("<mark class=\"num\">1949</mark>"), "numbers marked");
        BufferedImage img = screenshot(html, "alignment-report");
        assertTrue(count(img, 0xE3F5E1) > 20000, "green rows of sure links visible");
        assertTrue(count(img, 0xF0F0F0) > 5000, "grey rows of unaligned segments visible");
    }
}
