package org.tmsh.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.TestFiles;
import org.tmsh.common.TmshException;
import org.tmsh.segment.SrxSegmenter;

/** Folder pairing by name, the files left over, and a whole folder aligned end to end. */
class FolderAlignerTest {

    @TempDir
    Path dir;

    private Path folder(String name, String... files) throws Exception {
        Path d = Files.createDirectories(dir.resolve(name));
        for (String f : files) {
            Files.writeString(d.resolve(f), "x\n");
        }
        return d;
    }

    @Test
    void theLanguageCodeIsTakenOutOfTheName() {
        assertEquals("report.txt", FolderAligner.key("report.de.txt", "de"));
        assertEquals("report.txt", FolderAligner.key("de_report.txt", "de"));
        assertEquals("report.txt", FolderAligner.key("report-EN.txt", "en"));
        assertEquals("report.txt", FolderAligner.key("report.de-CH.txt", "de-CH"));
        assertEquals("denkmal.txt", FolderAligner.key("Denkmal.txt", "de"), "a code inside a word stays");
        assertEquals("report.txt", FolderAligner.key("report.txt", "fr"));
    }

    @Test
    void filesPairBySameNameOrByNameWithoutLanguageCodeAndTheRestIsListed() throws Exception {
        Path de = folder("de", "report.de.txt", "same.html", "lonely.de.txt", "de_news.txt");
        Path en = folder("en", "report.en.txt", "same.html", "other.en.txt", "en_news.txt");
        FolderAligner.Pairing p = FolderAligner.pair(de, en, "de", "en");
        List<String> pairs = p.pairs().stream().map(x -> x.source().getFileName() + "=" + x.target().getFileName())
                .toList();
        assertEquals(List.of("de_news.txt=en_news.txt", "report.de.txt=report.en.txt", "same.html=same.html"), pairs);
        assertEquals(List.of(de.resolve("lonely.de.txt")), p.unpairedSource());
        assertEquals(List.of(en.resolve("other.en.txt")), p.unpairedTarget());
    }

    @Test
    void aFolderThatIsNoneOrPairsNothingIsRejected() throws Exception {
        Path de = folder("de1", "a.de.txt");
        Path en = folder("en1", "b.en.txt");
        FolderAligner fa = new FolderAligner(new DocumentAligner(SrxSegmenter.withDefaultRules(), Aligner.standard(), "t"));
        TmshException e = assertThrows(TmshException.class, () -> fa.align(new FolderAligner.Request(de, en, "de", "en",
                true, null, dir.resolve("x.tmx"), null), null, NameConcepts.NONE, Vocabulary.NONE));
        assertTrue(e.getMessage().contains("no file pairs"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("x.tmx")));
        assertThrows(TmshException.class, () -> FolderAligner.pair(dir.resolve("missing"), en, "de", "en"));
    }

    @Test
    void aWholeFolderIsAlignedIntoOneTmxAndOneLinksFilePerPair() throws Exception {
        Path de = Files.createDirectories(dir.resolve("src"));
        Path en = Files.createDirectories(dir.resolve("tgt"));
        Files.copy(TestFiles.SEED_DE, de.resolve("seed.de.txt"));
        Files.copy(TestFiles.SEED_EN, en.resolve("seed.en.txt"));
        Files.writeString(de.resolve("short.de.txt"), "Lawrow kam am 3. Mai.\nEr traf Putin in Moskau.\n");
        Files.writeString(en.resolve("short.en.txt"), "Lavrov arrived on 3 May.\nHe met Putin in Moscow.\n");
        Files.writeString(de.resolve("alone.de.txt"), "Niemand.\n");
        Path tmx = dir.resolve("all.tmx");
        Path links = dir.resolve("links");
        FolderAligner fa = new FolderAligner(new DocumentAligner(SrxSegmenter.withDefaultRules(), Aligner.standard(), "t"));
        FolderAligner.Result r = fa.align(new FolderAligner.Request(de, en, "de", "en", false, null, tmx, links),
                null, NameConcepts.NONE, Vocabulary.STANDARD);
        assertEquals(2, r.results().size());
        assertEquals(List.of(de.resolve("alone.de.txt")), r.pairing().unpairedSource());
        assertEquals(List.of("[0]:[0]", "[1]:[1]"), Files.readAllLines(links.resolve("short.txt.links")));
        assertTrue(Files.exists(links.resolve("seed.txt.links")));
        int units = r.results().stream().mapToInt(x -> x.pairs().size()).sum();
        String text = Files.readString(tmx);
        assertEquals(units, text.split("<tu ", -1).length - 1);
        assertEquals(11, r.results().get(0).pairs().size(), "the seed pair keeps its 11 units in a folder");
        TestFiles.assertValidTmx14(tmx);
        List<java.util.Map<String, Object>> table = FolderAligner.table(r);
        assertEquals("short.txt", table.get(1).get("name"));
        assertTrue((Double) table.get(1).get("meanConfidence") > 0.5, table.toString());
    }
}
