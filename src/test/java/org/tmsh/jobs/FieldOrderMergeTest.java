package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.segment.SrxSegmenter;

/**
 * A Word field's begin and end, and a comment's range start and end, reach the translator as two codes that
 * stand alone ({@code Lesen Sie ⟨1/⟩den ganzen Bericht⟨2/⟩ im Netz.}). A translation that keeps them in order
 * is merged, the field's result on the translator's words; one that puts the end before the begin would
 * have written a field (or range) Word cannot read, and is refused in one line naming the document, the
 * part and the paragraph, with nothing written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FieldOrderMergeTest {

    @TempDir
    static Path dir;
    private TmLibrary library;
    private TranslationMemory empty;
    private final SrxSegmenter segmenter = SrxSegmenter.withDefaultRules();
    private Path docx;

    private static final Predicate<String> LINK = s -> s.startsWith("Lesen Sie");
    private static final Predicate<String> COMMENT = s -> s.startsWith("Das Wort");

    @BeforeAll
    void write() throws Exception {
        library = new TmLibrary(dir.resolve("tm"));
        empty = library.openOrCreate("empty");
        docx = RoundTripCorpus.docx("felder.de.docx", List.of(
                "docx:<w:p><w:r><w:t xml:space=\"preserve\">Lesen Sie </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                        + "<w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"https://example.org/bericht\" </w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr>"
                        + "<w:t>den ganzen Bericht</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                        + "<w:r><w:t xml:space=\"preserve\"> im Netz. Er ist lang.</w:t></w:r></w:p>",
                "docx:<w:p><w:r><w:t xml:space=\"preserve\">Das Wort </w:t></w:r><w:commentRangeStart w:id=\"1\"/><w:r><w:t>Feuerpause</w:t></w:r>"
                        + "<w:commentRangeEnd w:id=\"1\"/><w:r><w:commentReference w:id=\"1\"/></w:r>"
                        + "<w:r><w:t xml:space=\"preserve\"> ist umstritten.</w:t></w:r></w:p>"), Files.createDirectories(dir.resolve("doc")));
    }

    @AfterAll
    void close() {
        library.close();
    }

    private Path pretranslate(String version) {
        Path xlf = dir.resolve("felder-" + version + ".xlf");
        new PretranslateJob(segmenter).run(new PretranslateJob.Request(docx, xlf, "de", "en", 95, 3, null, "test", version),
                empty, Progress.NONE);
        return xlf;
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "2.0"})
    void aFieldWhoseCodesKeepTheirOrderIsMergedOnTheTranslatorsWords(String version) throws Exception {
        Path xlf = pretranslate(version);
        CatTool cat = CatTool.open(xlf);
        List<String> ids = cat.codeIds(LINK);
        assertEquals(2, ids.size(), "the field's begin and end: " + ids);
        cat.target(LINK, "Read the whole report ⟨" + ids.get(0) + "/⟩online⟨" + ids.get(1) + "/⟩.", "translated").save();
        Path out = dir.resolve("ok-" + version + ".docx");
        new MergeJob(segmenter).run(xlf, out, null, "test");
        assertTrue(CodeEditsCorpusTest.wordStructure(out).get("word/document.xml").startsWith("1 fields"),
                "" + CodeEditsCorpusTest.wordStructure(out));
        assertTrue(PythonDocx.paragraphs(out).get(0).startsWith("Read the whole report online. Er ist lang."),
                "" + PythonDocx.paragraphs(out));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "2.0"})
    void aFieldOrARangeWhoseEndATranslationPutFirstIsRefused(String version) throws Exception {
        for (Predicate<String> which : List.of(LINK, COMMENT)) {
            Path xlf = pretranslate(version);
            CatTool cat = CatTool.open(xlf);
            List<String> ids = cat.codeIds(which);
            String a = "⟨" + ids.get(0) + "/⟩";
            String b = "⟨" + ids.get(1) + "/⟩";
            String target = which == LINK ? "Read " + b + "the whole report" + a + " online." : "The word " + b + "ceasefire" + a
                    + (ids.size() > 2 ? "⟨" + ids.get(2) + "/⟩" : "") + " is disputed.";
            cat.target(which, target, "translated").save();
            Path out = dir.resolve("refused-" + version + ".docx");
            TmshException e = assertThrows(TmshException.class, () -> new MergeJob(segmenter).run(xlf, out, null, "test"));
            assertTrue(e.getMessage().contains("felder.de.docx") && e.getMessage().contains("word/document.xml")
                    && e.getMessage().contains(which == LINK ? "a field's end comes before its begin" : "the end of a comment's range")
                    && e.getMessage().contains(which == LINK ? "paragraph \"Read the whole report online." : "paragraph \"The word ceasefire")
                    && !e.getMessage().contains("\n"), e.getMessage());
            assertFalse(Files.exists(out), "nothing written");
            try (var files = Files.list(dir)) {
                assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".part")).toList(), "no temporary left");
            }
        }
    }
}
