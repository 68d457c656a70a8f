package org.tmsh.memory.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.Progress;
import org.tmsh.formats.tmx.TmxWriter;
import org.tmsh.memory.CrowdedProbe;
import org.tmsh.memory.Match;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;

/**
 * The background warmer of an interactive shell's TMs ({@link PageWarmer}): it maps the index's pages, changes no
 * answer, writes nothing, and runs only where the shell's library opens a TM.
 */
class PageWarmerTest {

    @TempDir
    Path home;

    private final boolean asSet = PageWarmer.enabled;

    @BeforeEach
    void on() {
        PageWarmer.enabled = true;
    }

    @AfterEach
    void back() {
        PageWarmer.enabled = asSet;
    }

    /** A TM {@code name} under {@code home/tm} of {@code n} random units of made-up words. */
    private List<String> tm(String name, int n) throws Exception {
        Path f = home.resolve(name + ".tmx");
        Random rnd = new Random(7);
        List<String> sources = new ArrayList<>();
        try (TmxWriter w = new TmxWriter(f, "en", "de", "test")) {
            for (int i = 0; i < n; i++) {
                List<String> words = new ArrayList<>();
                for (int k = 0, len = 4 + rnd.nextInt(12); k < len; k++) {
                    words.add(CrowdedProbe.madeUp("w", rnd.nextInt(300)));
                }
                String source = String.join(" ", words);
                sources.add(source);
                w.unit("u" + i, source, "Ziel " + i, Map.of());
            }
        }
        try (TmLibrary lib = new TmLibrary(home.resolve("tm"))) {
            lib.openOrCreate(name).importTmx(f, Progress.NONE);
        }
        return sources;
    }

    /** Each file of {@code dir} with its size and time of change. */
    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                m.put(p.getFileName().toString(), Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return m;
    }

    private static List<String> answers(TranslationMemory tm, List<String> queries) throws IOException {
        List<String> out = new ArrayList<>();
        for (String q : queries) {
            for (Match m : tm.search(q, "en", "de", 50, 3)) {
                out.add(q + " -> " + m.tuid() + " " + m.score());
            }
        }
        return out;
    }

    @Test
    void theShellsLibraryWarmsATmItOpensWithoutChangingAnAnswerOrAFile() throws Exception {
        List<String> sources = tm("news", 3000);
        Path dir = home.resolve("tm").resolve("news");
        Map<String, String> before = files(dir);
        List<String> queries = new ArrayList<>();
        Random rnd = new Random(11);
        for (int i = 0; i < 40; i++) {
            String s = sources.get(rnd.nextInt(sources.size()));
            queries.add(s.substring(0, Math.max(1, s.length() - rnd.nextInt(s.length() / 2 + 1))));
        }
        List<String> plain;
        try (TmLibrary oneShot = new TmLibrary(home.resolve("tm"))) {
            LuceneMemory tm = (LuceneMemory) oneShot.open("news");
            plain = answers(tm, queries);
            assertEquals("warmer not started", tm.warmReport(), "a one-shot command's library warms nothing");
        }
        assertFalse(plain.isEmpty(), "the queries find units");
        try (TmLibrary shell = TmLibrary.interactive(home.resolve("tm"))) {
            LuceneMemory tm = (LuceneMemory) shell.open("news");
            List<String> warm = answers(tm, queries); // while the warmer may still run
            tm.warmer().await();
            assertEquals(plain, warm);
            assertEquals(plain, answers(tm, queries));
            long pages = 0;
            for (Map.Entry<String, String> e : before.entrySet()) {
                String name = e.getKey();
                if (PageWarmer.FILES.contains(name.substring(name.lastIndexOf('.') + 1))) {
                    pages += (Files.size(dir.resolve(name)) + 4095) / 4096;
                }
            }
            assertTrue(pages > 0, "the index has files the warmer reads: " + before.keySet());
            assertTrue(tm.warmer().pages() > 0 && tm.warmer().pages() <= pages,
                    "every page of the files it warms at most once: " + tm.warmer().pages() + " of " + pages);
        }
        assertEquals(before, files(dir), "the warmer writes nothing");
    }

    @Test
    void closingTheShellsLibraryEndsTheWarmerBeforeItReturns() throws Exception {
        List<String> sources = tm("news", 2000);
        LuceneMemory tm;
        try (TmLibrary shell = TmLibrary.interactive(home.resolve("tm"))) {
            tm = (LuceneMemory) shell.open("news");
        }
        assertTrue(tm.warmer().done(), "no warmer left running, nor a reader held, after the TM is closed");
        // the TM still answers after a close (the next look-up reopens it) and is not warmed again
        assertFalse(tm.search(sources.get(0), "en", "de", 50, 1).isEmpty());
        assertTrue(tm.warmer().done());
    }

    @Test
    void aTmWithoutAnIndexGetsNoFileFromTheWarmer() throws Exception {
        Path root = Files.createDirectories(home.resolve("tm"));
        try (TmLibrary shell = TmLibrary.interactive(root)) {
            LuceneMemory tm = (LuceneMemory) shell.openOrCreate("fresh");
            tm.warmer().await();
            assertEquals(0, tm.warmer().pages());
            // the folder itself is the store's (opened for an import to come); the warmer puts nothing in it
            Path dir = root.resolve("fresh");
            assertTrue(!Files.exists(dir) || files(dir).isEmpty(), "no file for a TM nothing was imported into");
        }
    }

    @Test
    void switchedOffTheShellsLibraryWarmsNothing() throws Exception {
        tm("news", 200);
        PageWarmer.enabled = false;
        try (TmLibrary shell = TmLibrary.interactive(home.resolve("tm"))) {
            LuceneMemory tm = (LuceneMemory) shell.open("news");
            tm.search(CrowdedProbe.madeUp("w", 1) + " " + CrowdedProbe.madeUp("w", 2), "en", "de", 50, 1);
            assertEquals("warmer not started", tm.warmReport());
        }
    }
}
