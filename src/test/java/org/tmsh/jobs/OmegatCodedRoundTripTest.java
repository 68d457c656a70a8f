package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.tmsh.TestFiles;
import org.tmsh.common.Progress;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.segment.SrxSegmenter;

/**
 * OmegaT 3.6's console mode on the project {@code pretranslate --omegat} makes for formatted
 * documents (HTML and DOCX of the round-trip corpus, with bold, italic, links and footnotes inside
 * sentences): the memory holds every sentence's translation with its codes (a first round trip
 * through tmsh, merged with {@code --tm}); OmegaT fills the exact matches and writes the target
 * document, which must be well-formed, open (python-docx for DOCX), and read as tmsh's own merge of
 * the same translations: what it filled is tmsh's text with tmsh's formatting, and what it left is
 * the original's. The test prints how much OmegaT filled. Runs when OmegaT is installed ({@code .ci/run} installs it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OmegatCodedRoundTripTest {

    private static final Path OMEGAT = Path.of("/usr/share/omegat/OmegaT.jar");
    private static final UnaryOperator<String> UPPER = s -> s.toUpperCase(Locale.GERMAN);

    @TempDir
    static Path dir;
    private Map<String, Path> corpus;
    private TmLibrary library;
    private final SrxSegmenter segmenter = SrxSegmenter.withDefaultRules();

    @BeforeAll
    void write() throws Exception {
        Assumptions.assumeTrue(Files.exists(OMEGAT), "OmegaT is not installed (.ci/run installs it)");
        corpus = RoundTripCorpus.write(Files.createDirectories(dir.resolve("corpus")));
        library = new TmLibrary(dir.resolve("tm"));
    }

    @AfterAll
    void close() {
        if (library != null) {
            library.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"formatting.de.html", "links.de.html", "formatting.de.docx", "links.de.docx", "footnotes.de.docx"})
    void omegatFillsTheExactMatchesWithTheirTagsAndWritesTheDocumentTmshWrites(String name) throws Exception {
        Path doc = corpus.get(name);
        Path work = Files.createDirectories(dir.resolve(name + ".work"));
        TranslationMemory tm = library.openOrCreate(name.replace('.', '-'));
        // the first round trip: every sentence translated with its codes, merged into the memory
        Path xlf = work.resolve(name + ".xlf");
        new PretranslateJob(segmenter).run(new PretranslateJob.Request(doc, xlf, "de", "en", 95, 3, null, "test", "1.2"), tm,
                Progress.NONE);
        CatTool.open(xlf).translateAll(UPPER, "translated").save();
        Path tmsh = work.resolve("tmsh-" + name);
        MergeJob.Result merged = new MergeJob(segmenter).run(xlf, tmsh, tm, "test");
        assertEquals(merged.segments(), merged.translated());
        // the next one: an OmegaT project, translated by OmegaT's console mode
        Path project = work.resolve("project");
        OmegatProjectJob.Result p = new OmegatProjectJob(segmenter).run(new OmegatProjectJob.Request(doc, project, "de", "en", 3,
                null, "test"), tm, Progress.NONE);
        assertEquals(p.segments(), p.exact(), "every sentence an exact match in tm/auto/");
        TestFiles.Ran r = TestFiles.run(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", OMEGAT.toString(), "--mode=console-translate",
                "--config-dir=" + work.resolve("config"), project.toString()).redirectErrorStream(true), 600);
        assertEquals(0, r.code(), r.out());
        Path target = project.resolve("target").resolve(p.source().getFileName());
        assertTrue(Files.isRegularFile(target), "OmegaT wrote no target: " + r.out());
        List<String> ours = RoundTripDocs.pieces(tmsh, s -> s, false);
        List<String> theirs = RoundTripDocs.pieces(target, s -> s, false);
        if (name.endsWith(".docx")) {
            RoundTripCorpusTest.assertSameOutsideRuns(doc, tmsh);
            // OmegaT's DOCX: every part well-formed, python-docx opens it and reads tmsh's text
            assertEquals(PythonDocx.paragraphs(tmsh), PythonDocx.paragraphs(target).stream().map(UPPER).toList());
            RoundTripCorpusTest.wellFormedParts(target);
        }
        // what OmegaT left untranslated is the original's; upper-cased, OmegaT's document is tmsh's, formatting included
        // (OmegaT's HTML writer keeps the page's lang and declares the charset in a meta element of its own)
        assertEquals(omegatsPage(ours), omegatsPage(RoundTripDocs.pieces(target, UPPER, false)),
                "OmegaT's document, upper-cased, is tmsh's merge");
        List<String> ourText = plain(ours);
        List<String> theirText = plain(theirs);
        List<String> original = plain(RoundTripDocs.pieces(doc, s -> s, false));
        long filled = java.util.stream.IntStream.range(0, ourText.size()).filter(i -> ourText.get(i).equals(theirText.get(i))
                && !ourText.get(i).equals(original.get(i))).count();
        long translatable = java.util.stream.IntStream.range(0, ourText.size()).filter(i -> !ourText.get(i).equals(original.get(i)))
                .count();
        System.err.printf("omegat-coded %s: %d of %d translated text pieces filled by OmegaT as tmsh merges them (%d exact matches"
                + " in tm/auto/)%n", name, filled, translatable, p.exact());
    }

    private static List<String> omegatsPage(List<String> pieces) {
        return pieces.stream().filter(p -> !p.isBlank() && !p.startsWith("<meta {content=text/html; charset=UTF-8"))
                .map(p -> p.replace("<html {lang=de}>", "<html {lang=en}>")).toList();
    }

    /** The pieces without their formatting: the words as a reader sees them, one piece a paragraph or text token. */
    private static List<String> plain(List<String> pieces) {
        return pieces.stream().map(p -> {
            if (!p.contains("Run[text=")) {
                return p.startsWith("<") ? "" : p;
            }
            StringBuilder words = new StringBuilder(p.substring(0, p.indexOf(' ')));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("Run\\[text=(.*?), format=").matcher(p);
            while (m.find()) {
                words.append(m.group(1));
            }
            return words.toString();
        }).filter(p -> !p.isBlank()).toList();
    }
}
