package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tmsh.TestFiles;
import org.tmsh.align.Aligner;
import org.tmsh.align.DocumentAligner;
import org.tmsh.align.FolderAligner;
import org.tmsh.align.Link;
import org.tmsh.align.Vocabulary;
import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.memory.TmLibrary;
import org.tmsh.segment.SrxSegmenter;

/**
 * What an alignment is trusted with: documents in other languages than declared and documents
 * that are not translations of each other are refused before anything is written, and links below
 * {@code --min-confidence} are marked in the TMX and kept out of a memory.
 */
class AlignTrustTest {

    /** A German report on the same events as the seed pair, written independently: not a translation of the English seed. */
    private static final Path OTHER_DE = Path.of("seeds/001_073037fdbd69bec0.txt");

    @TempDir
    Path dir;

    private TmLibrary library;
    private AlignJob job;

    @BeforeEach
    void setUp() {
        library = new TmLibrary(dir.resolve("tm"));
        job = new AlignJob(new DocumentAligner(SrxSegmenter.withDefaultRules(), Aligner.standard(), "test"), library);
    }

    @AfterEach
    void tearDown() {
        library.close();
    }

    private AlignJob.Outcome align(Path source, Path target, Path tmx, String tm, DocumentAligner.Trust trust) {
        return job.run(new AlignJob.Request(new DocumentAligner.Request(source, target, "de", "en", false, null, tmx,
                null, trust), null, null, tm, Vocabulary.STANDARD, false), Progress.NONE);
    }

    @Test
    void swappedLanguagesAreRefusedNamingBothFilesUnlessForced() {
        Path tmx = dir.resolve("swapped.tmx");
        TmshException e = assertThrows(TmshException.class,
                () -> align(TestFiles.SEED_EN, TestFiles.SEED_DE, tmx, "t", DocumentAligner.Trust.DEFAULT));
        assertTrue(e.getMessage().contains("looks English, not German") && e.getMessage().contains("swapped"),
                e.getMessage());
        assertFalse(Files.exists(tmx));
        assertFalse(library.exists("t"));
        AlignJob.Outcome forced = align(TestFiles.SEED_EN, TestFiles.SEED_DE, null, null,
                new DocumentAligner.Trust(Link.WEAK_BELOW, false, true));
        assertFalse(forced.result().pairs().isEmpty());
    }

    @Test
    void documentsThatAreNotTranslationsAreRefusedAndNothingIsWritten() {
        Path tmx = dir.resolve("unrelated.tmx");
        TmshException e = assertThrows(TmshException.class,
                () -> align(OTHER_DE, TestFiles.SEED_EN, tmx, "t", DocumentAligner.Trust.DEFAULT));
        assertTrue(e.getMessage().contains("do not look like translations of each other"), e.getMessage());
        assertFalse(Files.exists(tmx));
        assertFalse(library.exists("t"));
    }

    @Test
    void theRealPairIsTakenForATranslationAndOnlyItsTrustedLinksEnterTheMemory() throws Exception {
        Path tmx = dir.resolve("seeds.tmx");
        AlignJob.Outcome o = align(TestFiles.SEED_DE, TestFiles.SEED_EN, tmx, "t", DocumentAligner.Trust.DEFAULT);
        assertTrue(o.result().alignment().looksTranslated(), "translation probability " + o.result().alignment().translation());
        int trusted = o.result().pairs().size() - o.result().untrusted().size();
        assertTrue(trusted > 0);
        assertEquals(trusted, o.added().added());
        String text = Files.readString(tmx);
        int marked = text.split("<prop type=\"x-needs-review\">yes</prop>", -1).length - 1;
        assertEquals(o.result().untrusted().size(), marked);
        assertEquals(o.result().pairs().size(), text.split("<tu ", -1).length - 1, "the TMX keeps every pair");
    }

    @Test
    void aStrictTmxLeavesTheWeakLinksOutAndAMinimumOfOneKeepsEverythingOutOfTheMemory() throws Exception {
        Path tmx = dir.resolve("strict.tmx");
        AlignJob.Outcome o = align(TestFiles.SEED_DE, TestFiles.SEED_EN, tmx, null,
                new DocumentAligner.Trust(0.95, true, false));
        String text = Files.readString(tmx);
        assertEquals(o.result().pairs().size() - o.result().untrusted().size(), text.split("<tu ", -1).length - 1);
        assertFalse(text.contains("x-needs-review"));
        AlignJob.Outcome none = align(TestFiles.SEED_DE, TestFiles.SEED_EN, null, "t",
                new DocumentAligner.Trust(1.0, false, false));
        assertNull(none.added(), "no link is certain: nothing added");
        assertFalse(library.exists("t"), "and no empty TM made");
        assertThrows(TmshException.class, () -> new DocumentAligner.Trust(1.5, false, false));
    }

    @Test
    void aFolderAlignmentLeavesTheUnrelatedPairOutAndSaysWhy() throws Exception {
        Path src = Files.createDirectories(dir.resolve("de"));
        Path tgt = Files.createDirectories(dir.resolve("en"));
        Files.copy(TestFiles.SEED_DE, src.resolve("statement.txt"));
        Files.copy(TestFiles.SEED_EN, tgt.resolve("statement.txt"));
        Files.copy(OTHER_DE, src.resolve("report.txt"));
        Files.copy(TestFiles.SEED_EN, tgt.resolve("report.txt"));
        Path tmx = dir.resolve("folder.tmx");
        AlignJob.FolderOutcome o = job.runFolder(new FolderAligner.Request(src, tgt, "de", "en", false, null, tmx, null),
                null, "t", Vocabulary.STANDARD, false, Progress.NONE);
        assertEquals(List.of("report.txt"), o.result().refused().stream().map(r -> r.pair().name()).toList());
        assertTrue(o.result().refused().get(0).reason().contains("do not look like translations"));
        assertEquals(1, o.result().results().size());
        String text = Files.readString(tmx);
        assertFalse(text.contains("report.txt"), "the refused pair is not in the TMX");
        assertTrue(text.contains("statement.txt"));
    }
}
