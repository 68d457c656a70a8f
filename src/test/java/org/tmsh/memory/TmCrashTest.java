package org.tmsh.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.TmshApplication;
import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TmxWriter;

/**
 * Two processes on one TM, and a kill -9: a tmsh process imports a large TMX; while it writes, this
 * process is refused with a clear message; the importer is then killed (SIGKILL) mid-import, and the
 * TM still opens, holds exactly its old content, and takes the next import.
 */
class TmCrashTest {

    @TempDir
    Path dir;

    @Test
    void killDuringImportLeavesTheOldContentAndALockIsRefusedClearly() throws Exception {
        Path home = dir.resolve("home");
        Path small = dir.resolve("small.tmx");
        try (TmxWriter w = new TmxWriter(small, "en", "de", "test")) {
            for (int i = 0; i < 10; i++) {
                w.unit("s" + i, "Old sentence number " + i + ".", "Alter Satz Nummer " + i + ".", Map.of());
            }
        }
        Path big = dir.resolve("big.tmx");
        try (TmxWriter w = new TmxWriter(big, "en", "de", "test")) {
            for (int i = 0; i < 400_000; i++) {
                w.unit("b" + i, "New sentence " + i + " about the file menu and the window.",
                        "Neuer Satz " + i + " über das Menü Datei und das Fenster.", Map.of());
            }
        }
        Path tmDir;
        try (TmLibrary lib = new TmLibrary(home.resolve("tm"))) {
            TranslationMemory tm = lib.openOrCreate("news");
            assertEquals(10, tm.importTmx(small, Progress.NONE).added());
            tmDir = ((org.tmsh.memory.lucene.LuceneMemory) tm).dir();
        }
        Set<String> before = files(tmDir);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dtmsh.home=" + home, "-Dtmsh.tm.segmentUnits=2000", "-cp", System.getProperty("java.class.path"),
                TmshApplication.class.getName(), "tm", "import", big.toString(), "--tm", "news")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!writing(tmDir, before)) {
                assertTrue(child.isAlive(), "the importer ended too early: " + Files.readString(dir.resolve("child.log")));
                assertTrue(System.nanoTime() < deadline, "the importer never started writing");
                Thread.sleep(20);
            }
            try (TmLibrary lib = new TmLibrary(home.resolve("tm"))) {
                TranslationMemory tm = lib.open("news");
                TmshException e = assertThrows(TmshException.class, () -> tm.importTmx(small, Progress.NONE));
                assertTrue(e.getMessage().contains("being changed by another tmsh process"), e.getMessage());
                assertEquals(10, tm.stats().units(), "a reader sees the last commit while the other process writes");
            }
            assertTrue(child.isAlive(), "the import finished before it could be killed; make big.tmx bigger");
            child.destroyForcibly(); // SIGKILL on Linux
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEquals(137, child.exitValue(), "killed by SIGKILL");
        } finally {
            child.destroyForcibly();
        }

        Set<String> left = files(tmDir);
        left.removeAll(before);
        left.remove("write.lock");
        assertTrue(!left.isEmpty(), "the killed import left files of its own: " + files(tmDir));
        try (TmLibrary lib = new TmLibrary(home.resolve("tm"))) {
            TranslationMemory tm = lib.open("news");
            assertEquals(10, tm.stats().units());
            assertEquals(bytes(tmDir, before), tm.stats().bytesOnDisk(), "tm stats counts the last commit's files only");
            List<Match> m = tm.search("Old sentence number 3.", "en", "de", 70, 1);
            assertEquals(100, m.get(0).score());
            assertEquals(0, tm.search("New sentence 5 about the file menu and the window.", "en", "de", 90, 1).size());
            Path next = dir.resolve("next.tmx");
            try (TmxWriter w = new TmxWriter(next, "en", "de", "test")) {
                w.unit("n", "After the crash.", "Nach dem Absturz.", Map.of());
            }
            assertEquals(1, tm.importTmx(next, Progress.NONE).added(), "the stale lock file does not block");
            assertEquals(11, tm.stats().units());
            Set<String> still = files(tmDir);
            still.retainAll(left);
            assertEquals(Set.of(), still, "the next write removed what the killed import had left");
        }
    }

    private static long bytes(Path d, Set<String> names) throws Exception {
        long n = 0;
        for (String f : names) {
            if (!f.equals("write.lock")) {
                n += Files.size(d.resolve(f));
            }
        }
        return n;
    }

    private static Set<String> files(Path d) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(HashSet::new));
        }
    }

    /** True once the importer has flushed a segment of its own (files the old commit does not have). */
    private static boolean writing(Path d, Set<String> before) throws Exception {
        for (String f : files(d)) {
            if (!before.contains(f) && !f.equals("write.lock") && f.endsWith(".si")) {
                return true;
            }
        }
        return false;
    }
}
