package org.tmsh.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TmxWriter;

/** Import, fuzzy look-up, concordance, duplicates, all-or-nothing writes and locking of one TM. */
class TranslationMemoryTest {

    @TempDir
    Path dir;

    TmLibrary lib;
    TranslationMemory tm;

    @BeforeEach
    void open() {
        lib = new TmLibrary(dir.resolve("tm"));
        tm = lib.openOrCreate("t");
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private Path tmx(String name, Map<String, String[]> pairs) {
        Path f = dir.resolve(name);
        try (TmxWriter w = new TmxWriter(f, "en", "de", "test")) {
            pairs.forEach((id, p) -> w.unit(id, p[0], p[1], Map.of()));
        }
        return f;
    }

    private Path sample() {
        return tmx("sample.tmx", Map.of(
                "1", new String[] {"Open the file in a new window.", "Öffnen Sie die Datei in einem neuen Fenster."},
                "2", new String[] {"Save the file before closing.", "Speichern Sie die Datei vor dem Schließen."},
                "3", new String[] {"Wait 5 seconds.", "Warten Sie 5 Sekunden."},
                "4", new String[] {"Sergei Lavrov met Choe Son Hui in Moscow.",
                        "Sergei Lawrow traf Choe Son Hui in Moskau."},
                "5", new String[] {"Change the file name.", "Ändern Sie den Dateinamen."}));
    }

    @Test
    void importThenFuzzyMatchBestFirst() throws Exception {
        ImportReport r = tm.importTmx(sample(), Progress.NONE);
        assertEquals(5, r.read());
        assertEquals(5, r.added());
        assertEquals(5, tm.stats().units());
        List<Match> exact = tm.search("Open the file in a new window.", "en", "de", 70, 5);
        assertEquals(100, exact.get(0).score());
        assertEquals("Öffnen Sie die Datei in einem neuen Fenster.", exact.get(0).target());
        assertEquals("1", exact.get(0).tuid());
        List<Match> fuzzy = tm.search("Open the file in a new tab.", "en", "de", 70, 5);
        assertEquals(1, fuzzy.size());
        assertEquals(85, fuzzy.get(0).score(), "one word of seven replaced");
        assertEquals(98, tm.search("Wait 10 seconds.", "en", "de", 70, 5).get(0).score(), "number differs");
        assertTrue(tm.search("Completely unrelated words here.", "en", "de", 70, 5).isEmpty());
    }

    @Test
    void aGermanQuerySearchesGerman() throws Exception {
        tm.importTmx(sample(), Progress.NONE);
        List<Match> m = tm.search("Speichern Sie die Datei vor dem Schließen.", "de", "en", 70, 5);
        assertEquals(100, m.get(0).score());
        assertEquals("Save the file before closing.", m.get(0).target());
        assertTrue(tm.search("Speichern Sie die Datei vor dem Schließen.", "en", "de", 70, 5).isEmpty());
        assertEquals("en", tm.resolveLanguages(null, null)[0]);
        assertEquals("de", tm.resolveLanguages(null, null)[1]);
        assertThrows(TmshException.class, () -> tm.resolveLanguages("fr", null));
    }

    @Test
    void duplicatesAreSkippedWithinAFileAndAcrossImports() throws Exception {
        tm.importTmx(sample(), Progress.NONE);
        ImportReport again = tm.importTmx(sample(), Progress.NONE);
        assertEquals(0, again.added());
        assertEquals(5, again.duplicates());
        Path twice = dir.resolve("twice.tmx");
        try (TmxWriter w = new TmxWriter(twice, "en", "de", "test")) {
            w.unit("a", "New sentence.", "Neuer Satz.", Map.of());
            w.unit("b", "New sentence.", "Neuer Satz.", Map.of());
            w.unit("c", "New sentence.", "Ein neuer Satz.", Map.of());
        }
        ImportReport r = tm.importTmx(twice, Progress.NONE);
        assertEquals(3, r.read());
        assertEquals(2, r.added(), "same source with another target is not a duplicate");
        assertEquals(1, r.duplicates());
        assertEquals(7, tm.stats().units());
    }

    @Test
    void manyRepeatsWithinOneLargeFileAreKeptOnceWhateverTheIndexingThreads() throws Exception {
        Path f = dir.resolve("repeats.tmx");
        try (TmxWriter w = new TmxWriter(f, "en", "de", "test")) {
            for (int i = 0; i < 20_000; i++) {
                int k = i % 7 == 0 ? i / 7 : i; // every seventh unit repeats an earlier one
                w.unit("r" + i, "Sentence number " + k + ".", "Satz Nummer " + k + ".", Map.of());
            }
        }
        ImportReport r = tm.importTmx(f, Progress.NONE);
        long distinct = java.util.stream.IntStream.range(0, 20_000).map(i -> i % 7 == 0 ? i / 7 : i).distinct().count();
        assertEquals(distinct, r.added());
        assertEquals(20_000 - distinct, r.duplicates());
        assertEquals(distinct, tm.stats().units());
        Path out = dir.resolve("repeats-out.tmx");
        assertEquals(distinct, tm.export(out, "test", Progress.NONE));
    }

    @Test
    void aMalformedFileLeavesTheTmExactlyAsItWas() throws Exception {
        tm.importTmx(sample(), Progress.NONE);
        StringBuilder sb = new StringBuilder(Files.readString(sample()));
        sb.setLength(sb.lastIndexOf("</tu>"));
        for (int i = 0; i < 3000; i++) {
            sb.append("</tu>\n<tu><tuv xml:lang=\"en\"><seg>Extra ").append(i).append(" unit</seg></tuv>")
                    .append("<tuv xml:lang=\"de\"><seg>Zusatz ").append(i).append("</seg></tuv>");
        }
        sb.append("</tu>\n<tu><tuv xml:lang=\"en\"><seg>broken &bogus; entity</seg></tuv></tu></body></tmx>\n");
        Path bad = dir.resolve("bad.tmx");
        Files.writeString(bad, sb.toString(), StandardCharsets.UTF_8);
        TmshException e = assertThrows(TmshException.class, () -> tm.importTmx(bad, Progress.NONE));
        assertTrue(e.getMessage().startsWith(bad + ": line "), e.getMessage());
        assertEquals(5, tm.stats().units());
        assertTrue(tm.search("Extra 7 unit", "en", "de", 50, 5).isEmpty());
        assertEquals(0, tm.importTmx(sample(), Progress.NONE).added(), "the TM still works");
    }

    @Test
    void aSecondWriterGetsAClearMessage() throws Exception {
        tm.importTmx(sample(), Progress.NONE);
        try (FSDirectory d = FSDirectory.open(((org.tmsh.memory.lucene.LuceneMemory) tm).dir());
             IndexWriter other = new IndexWriter(d, new IndexWriterConfig())) {
            TmshException e = assertThrows(TmshException.class, () -> tm.importTmx(sample(), Progress.NONE));
            assertTrue(e.getMessage().contains("being changed by another tmsh process"), e.getMessage());
            assertEquals(1, tm.search("Wait 5 seconds.", "en", "de", 70, 1).size(), "readers still work");
            TmshException del = assertThrows(TmshException.class, () -> lib.delete("t"));
            assertTrue(del.getMessage().contains("not deleted"), del.getMessage());
            assertFalse(other.hasUncommittedChanges());
        }
    }

    @Test
    void concordanceIgnoresCaseAndAccentsAndFindsWordsInsideCompounds() throws Exception {
        tm.importTmx(sample(), Progress.NONE);
        List<ConcordanceHit> hits = tm.concordance("lawrow", null, null, 10);
        assertEquals(1, hits.size());
        ConcordanceHit h = hits.get(0);
        assertEquals("de", h.lang());
        assertEquals("Lawrow", h.text().substring(h.start(), h.end()));
        assertEquals("en", h.otherLang());
        assertTrue(h.otherText().contains("Lavrov"));
        assertEquals(1, tm.concordance("MOSKAU", "de", null, 10).size());
        assertEquals("Dateinamen", one(tm.concordance("datei", "de", null, 10), "Ändern"));
        assertEquals(3, tm.concordance("the file", "en", null, 10).size(), "a phrase, in order");
        assertEquals(0, tm.concordance("file the", "en", null, 10).size());
        assertEquals(1, tm.concordance("Offnen", "de", null, 10).size(), "accents folded");
    }

    private static String one(List<ConcordanceHit> hits, String startsWith) {
        for (ConcordanceHit h : hits) {
            if (h.text().startsWith(startsWith)) {
                int end = h.end();
                while (end < h.text().length() && Character.isLetter(h.text().charAt(end))) {
                    end++;
                }
                return h.text().substring(h.start(), end);
            }
        }
        return null;
    }

    @Test
    void deleteRemovesTheTm() throws Exception {
        tm.importTmx(sample(), Progress.NONE);
        assertEquals(List.of("t"), lib.list());
        lib.delete("t");
        assertEquals(List.of(), lib.list());
        assertThrows(TmshException.class, () -> lib.open("t"));
        assertThrows(TmshException.class, () -> lib.openOrCreate("../evil"));
    }
}
