package org.tmsh.memory.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TmxWriter;
import org.tmsh.memory.ImportHook;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;

/** An embedded import is whole or nothing, whatever goes wrong, and two at once never double a unit (issue 9). */
class LuceneImportSafetyTest {

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty("tmsh.tm.segmentUnits");
    }

    private Path tmx(String name, int from, int to) {
        Path f = dir.resolve(name);
        try (TmxWriter w = new TmxWriter(f, "en", "de", "test")) {
            for (int i = from; i < to; i++) {
                w.unit("u" + i, "Sentence number " + i + " about the file menu and window " + (i % 97) + ".",
                        "Satz Nummer " + i + " über das Menü Datei und Fenster " + (i % 97) + ".", Map.of());
            }
        }
        return f;
    }

    private static Set<String> files(Path d) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("write.lock")).collect(Collectors.toSet());
        }
    }

    @Test
    void anOutOfMemoryErrorWhileReadingRollsBackTheWholeImportAndRemovesItsFiles() throws Exception {
        System.setProperty("tmsh.tm.segmentUnits", "1000"); // segments reach the disk before the error
        LuceneMemory tm = new LuceneMemory("news", dir.resolve("news"));
        tm.importTmx(tmx("old.tmx", 0, 10), Progress.NONE);
        Set<String> before = files(tm.dir());
        Path big = tmx("big.tmx", 10, 20_010);
        boolean[] flushed = {false};
        tm.hook((stage, n) -> {
            if (stage == ImportHook.Stage.READ && n == 15_000) {
                try {
                    flushed[0] = !files(tm.dir()).equals(before);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                throw new OutOfMemoryError("Java heap space");
            }
        });
        TmshException e = assertThrows(TmshException.class, () -> tm.importTmx(big, Progress.NONE));
        assertTrue(e.getMessage().contains("out of memory") && e.getMessage().contains("nothing was changed"), e.getMessage());
        assertTrue(flushed[0], "the import had written segment files before the error");
        assertEquals(10, tm.size(), "not 9,984 of 20,000: nothing");
        assertEquals(before, files(tm.dir()), "the files the failed import wrote are gone");
        tm.hook(ImportHook.NONE);
        assertEquals(20_000, tm.importTmx(big, Progress.NONE).added(), "a following import works");
    }

    @Test
    void twoImportsOfOneFileOverlappingInTimeAddEachUnitOnce() throws Exception {
        Path file = tmx("same.tmx", 0, 3000);
        LuceneMemory first = new LuceneMemory("news", dir.resolve("news"));
        LuceneMemory second = new LuceneMemory("news", dir.resolve("news"));
        first.importTmx(tmx("seed.tmx", 5000, 5010), Progress.NONE);
        // the first import has opened its file and stops just before the writer's lock; the second runs whole meanwhile
        CountDownLatch secondDone = new CountDownLatch(1);
        first.hook((stage, n) -> {
            if (stage == ImportHook.Stage.LOCK) {
                try {
                    assertTrue(secondDone.await(120, TimeUnit.SECONDS), "waited 120 s for the second import");
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<ImportReport> a = pool.submit(() -> first.importTmx(file, Progress.NONE));
            ImportReport b = second.importTmx(file, Progress.NONE);
            secondDone.countDown();
            ImportReport r = a.get(120, TimeUnit.SECONDS);
            assertEquals(3000, b.added());
            assertEquals(0, r.added(), "the later import sees the earlier one's units as duplicates");
            assertEquals(3000, r.duplicates());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(3010, first.size());
        assertEquals(3010, second.size());
    }

    @Test
    void aFailedImportIntoANewNameLeavesNoTmBehind() throws Exception {
        Path bad = dir.resolve("bad.tmx");
        String good = Files.readString(tmx("good.tmx", 0, 500), StandardCharsets.UTF_8);
        Files.writeString(bad, good.substring(0, good.length() * 3 / 4), StandardCharsets.UTF_8); // cut off
        try (TmLibrary lib = new TmLibrary(dir.resolve("tm"))) {
            TranslationMemory tm = lib.openOrCreate("fresh");
            TmshException e = assertThrows(TmshException.class, () -> tm.importTmx(bad, Progress.NONE));
            assertTrue(e.getMessage().contains("bad.tmx"), e.getMessage());
            assertFalse(lib.exists("fresh"), "no empty TM is left");
            assertEquals(java.util.List.of(), lib.list());
            assertFalse(Files.exists(dir.resolve("tm").resolve("fresh")));
            assertEquals(500, tm.importTmx(dir.resolve("good.tmx"), Progress.NONE).added());
            assertTrue(lib.exists("fresh"));
        }
    }

    @Test
    void aConcordanceOfThousandsOfWordsIsOneClearLine() throws Exception {
        LuceneMemory tm = new LuceneMemory("news", dir.resolve("news"));
        tm.importTmx(tmx("some.tmx", 0, 50), Progress.NONE);
        for (int words : new int[] {2000, 20_000}) {
            String q = "Sentence number about the file ".repeat(words / 5);
            TmshException e = assertThrows(TmshException.class, () -> tm.concordance(q, null, null, 10));
            assertTrue(e.getMessage().startsWith("concordance: the query has more than 64 words"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
        assertEquals(10, tm.concordance("file menu", null, null, 10).size(), "a phrase still works");
    }

    @Test
    void aTmDamagedByHandIsBlamedByNameAndFolderAndTheOthersStillOpen() throws Exception {
        Path input = tmx("in.tmx", 0, 20);
        try (TmLibrary lib = new TmLibrary(dir.resolve("tm"))) {
            lib.openOrCreate("good").importTmx(input, Progress.NONE);
            lib.openOrCreate("bad").importTmx(input, Progress.NONE);
        }
        Path badDir = dir.resolve("tm").resolve("bad");
        try (Stream<Path> s = Files.list(badDir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (p.getFileName().toString().startsWith("segments_")) {
                    Files.write(p, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
                }
            }
        }
        try (TmLibrary lib = new TmLibrary(dir.resolve("tm"))) {
            assertEquals(java.util.List.of("bad", "good"), lib.list());
            TranslationMemory bad = lib.open("bad");
            TmshException e = assertThrows(TmshException.class, () -> bad.importTmx(input, Progress.NONE));
            assertTrue(e.getMessage().contains("TM 'bad'") && e.getMessage().contains(badDir.toString()), e.getMessage());
            assertFalse(e.getMessage().contains("in.tmx"), "the input is not blamed: " + e.getMessage());
            assertThrows(TmshException.class, bad::stats);
            assertEquals(20, lib.open("good").stats().units(), "the other TM still works");
        }
    }
}
