package org.tmsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import org.tmsh.TestFiles;
import org.tmsh.common.Progress;
import org.tmsh.jobs.PretranslateJob;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.segment.SrxSegmenter;

/**
 * OmegaT 3.6 (console mode, the Debian package .ci/run installs) on what {@code pretranslate}
 * writes: the test statement pre-translated against the seed TM, then two OmegaT projects, one
 * whose source is the XLIFF and one whose source is the original with the leveraged TMX in
 * {@code tm/auto/} (docs/next-document.md, "OmegaT 3.6 and the XLIFF").
 */
class OmegatPretranslateTest {

    @TempDir
    Path dir;
    private TmLibrary library;
    private Path document;
    private PretranslateJob.Result result;
    /** The pre-translated XLIFF's units: id to {source, target or null, state-qualifier or null}. */
    private Map<String, String[]> units;

    @BeforeEach
    void pretranslate() throws Exception {
        Assumptions.assumeTrue(Files.exists(OmegatIntegrationTest.OMEGAT), "OmegaT is not installed (.ci/run installs it)");
        library = new TmLibrary(dir.resolve("home"));
        TranslationMemory tm = library.openOrCreate("seeds");
        tm.importFile(Path.of("tmx/seeds-000-004.de-en.tmx"), null, null, Progress.NONE);
        Files.createDirectories(dir.resolve("job"));
        document = Files.copy(Path.of("src/test/resources/jobs/statement.de.txt"), dir.resolve("job/statement.de.txt"));
        result = new PretranslateJob(SrxSegmenter.withDefaultRules()).run(new PretranslateJob.Request(document,
                dir.resolve("job/statement.xlf"), "de", "en", 95, 3, null, "test"), tm, Progress.NONE);
        units = units(result.xliff());
    }

    @AfterEach
    void close() {
        if (library != null) {
            library.close();
        }
    }

    @Test
    void omegat36TakesTheXliffTargetsAsItsTextSoThePrefilledTargetsComeThroughAndTheRestIsLeftOut() throws Exception {
        Path project = project("from-xliff");
        Files.copy(result.xliff(), project.resolve("source/statement.xlf"));
        Files.copy(result.tmx(), project.resolve("tm/auto/statement.tmx"));
        translate(project);
        Map<String, String[]> out = units(project.resolve("target/statement.xlf"));
        assertEquals(units.keySet(), out.keySet());
        long filled = units.values().stream().filter(u -> u[1] != null).count();
        assertTrue(filled >= 3 && filled < units.size(), "some targets filled, not all: " + filled);
        for (Map.Entry<String, String[]> e : units.entrySet()) {
            assertEquals(e.getValue()[1], out.get(e.getKey())[1], "target of unit " + e.getKey());
        }
        // OmegaT 3.6's XLIFF filter translates <target>, not <source>: one segment a filled target, none for the rest
        assertEquals(filled, totalSegments(project), Files.readString(project.resolve("omegat/project_stats.txt")));
    }

    @Test
    void withCopySourceEveryUnitIsASegmentOfOmegatAndThePrefilledTargetsStay() throws Exception {
        Path xlf = dir.resolve("job/statement-copy.xlf");
        new PretranslateJob(SrxSegmenter.withDefaultRules()).run(new PretranslateJob.Request(document, xlf, "de", "en", 95, 3,
                null, "test", "1.2", true, false), library.open("seeds"), Progress.NONE);
        TestFiles.assertXmllint(xlf, "--schema", Path.of("../shared/schemas/xliff12/xliff-core-1.2-strict.xsd"));
        Map<String, String[]> copied = units(xlf);
        assertEquals(units.keySet(), copied.keySet());
        for (Map.Entry<String, String[]> e : units.entrySet()) {
            String[] u = copied.get(e.getKey());
            assertEquals(e.getValue()[1] == null ? u[0] : e.getValue()[1], u[1], "the source where pretranslate left it empty");
        }
        assertEquals(units.values().stream().filter(u -> u[1] == null).count(),
                Files.readString(xlf).split("state=\"needs-translation\"", -1).length - 1L);
        Path project = project("copy-source");
        Files.copy(xlf, project.resolve("source/statement.xlf"));
        translate(project);
        assertEquals(units.size(), totalSegments(project), "OmegaT 3.6 translates targets: now one segment a unit");
        Map<String, String[]> out = units(project.resolve("target/statement.xlf"));
        for (Map.Entry<String, String[]> e : copied.entrySet()) {
            assertEquals(e.getValue()[1], out.get(e.getKey())[1], "target of unit " + e.getKey());
        }
    }

    @Test
    void omegatFillsTheExactPretranslationsFromTheLeveragedTmxInTmAuto() throws Exception {
        Path project = project("from-original");
        Files.copy(document, project.resolve("source/statement.de.txt"));
        Files.copy(result.tmx(), project.resolve("tm/auto/statement.tmx"));
        translate(project);
        List<String> source = Files.readAllLines(document, StandardCharsets.UTF_8);
        List<String> target = Files.readAllLines(project.resolve("target/statement.de.txt"), StandardCharsets.UTF_8);
        assertEquals(source.size(), target.size());
        assertEquals(source.size(), totalSegments(project), "OmegaT segments the text as tmsh does: a sentence a line");
        int exact = 0;
        for (String[] u : units.values()) {
            int line = source.indexOf(u[0]);
            assertTrue(line >= 0, u[0]);
            if ("exact-match".equals(u[2]) || org.tmsh.jobs.PretranslateJob.CONTEXT_QUALIFIER.equals(u[2])) {
                assertEquals(u[1], target.get(line), "exact pre-translation of: " + u[0]);
                exact++;
            } else {
                assertEquals(u[0], target.get(line), "no exact match, OmegaT keeps the source: " + u[0]);
            }
        }
        assertTrue(exact >= 2, "exact pre-translations: " + exact);
    }

    private Path project(String name) throws Exception {
        Path project = dir.resolve(name);
        for (String d : List.of("source", "target", "tm/auto", "glossary", "dictionary", "omegat")) {
            Files.createDirectories(project.resolve(d));
        }
        Files.copy(Path.of("src/test/resources/omegat/omegat.project"), project.resolve("omegat.project"));
        return project;
    }

    private void translate(Path project) throws Exception {
        TestFiles.Ran r = TestFiles.run(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", OmegatIntegrationTest.OMEGAT.toString(), "--mode=console-translate",
                "--config-dir=" + dir.resolve("config"), project.toString()).redirectErrorStream(true), 600);
        assertEquals(0, r.code(), r.out());
    }

    private static long totalSegments(Path project) throws Exception {
        Matcher m = Pattern.compile("(?m)^Total:\\s+(\\d+)").matcher(Files.readString(project.resolve("omegat/project_stats.txt")));
        assertTrue(m.find());
        return Long.parseLong(m.group(1));
    }

    /** trans-unit id to {source text, target text or null, the target's state-qualifier or null}. */
    static Map<String, String[]> units(Path xliff) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList tus = f.newDocumentBuilder().parse(xliff.toFile()).getElementsByTagNameNS("*", "trans-unit");
        Map<String, String[]> out = new LinkedHashMap<>();
        for (int i = 0; i < tus.getLength(); i++) {
            Element tu = (Element) tus.item(i);
            String source = null;
            String target = null;
            String qualifier = null;
            for (Node n = tu.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getLocalName().equals("source")) {
                    source = e.getTextContent();
                } else if (n instanceof Element e && e.getLocalName().equals("target")) {
                    target = e.getTextContent();
                    qualifier = e.hasAttribute("state-qualifier") ? e.getAttribute("state-qualifier") : null;
                }
            }
            out.put(tu.getAttribute("id"), new String[] {source, target, qualifier});
        }
        return out;
    }
}
