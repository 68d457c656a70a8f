package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.document.DocumentSegments;
import org.tmsh.formats.tmx.TmxWriter;
import org.tmsh.memory.Match;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.segment.SrxSegmenter;

/**
 * Parallel look-up ({@link Leverage#each}) gives what one look-up after the other gives: the same
 * matches and bands in document order, repetitions counted where they occur, errors passed on.
 * The memory is 3,000 real UI strings (../shared/tm-data); the document mixes them unchanged,
 * changed and repeated (seeded).
 */
class LeverageTest {

    private static Path dir;
    private static TmLibrary library;
    private static TranslationMemory tm;
    private static List<String> sources = new ArrayList<>();
    private static List<DocumentSegments.Item> items;
    private static final SrxSegmenter SEGMENTER = SrxSegmenter.withDefaultRules();

    @BeforeAll
    static void memoryAndDocument() throws Exception {
        dir = Files.createTempDirectory("tmsh-leverage-");
        Path tmx = dir.resolve("ui.tmx");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(Path.of("../shared/tm-data/gnu-apps-ui.tsv.gz"))), StandardCharsets.UTF_8));
             TmxWriter w = new TmxWriter(tmx, "en", "de", "test")) {
            String line;
            while ((line = in.readLine()) != null && sources.size() < 3000) {
                String[] f = line.split("\t");
                if (f.length == 3 && !f[1].isBlank() && !f[2].isBlank()) {
                    w.unit("g" + sources.size(), f[1], f[2], Map.of());
                    sources.add(f[1].replaceAll("\\s+", " ").strip());
                }
            }
        }
        library = new TmLibrary(dir.resolve("home"));
        tm = library.openOrCreate("ui");
        tm.importFile(tmx, null, null, Progress.NONE);
        Random rnd = new Random(11);
        List<String> lines = new ArrayList<>();
        while (lines.size() < 600) {
            String s = sources.get(rnd.nextInt(sources.size()));
            String[] w = s.split(" ");
            switch (lines.size() % 4) {
                case 0 -> lines.add(s);
                case 1 -> {
                    w[rnd.nextInt(w.length)] = "Zebra";
                    lines.add(String.join(" ", w));
                }
                case 2 -> lines.add(lines.get(rnd.nextInt(lines.size()))); // a repetition
                default -> lines.add("Quite new " + lines.size() + " " + w[0]);
            }
        }
        Path doc = dir.resolve("document.txt");
        Files.write(doc, lines, StandardCharsets.UTF_8);
        items = new Leverage(tm, "en", "de", SEGMENTER, 3, null).segments(doc);
    }

    @AfterAll
    static void close() {
        library.close();
        org.tmsh.TestFiles.deleteQuietly(dir);
    }

    @Test
    void parallelLookUpGivesTheSequentialMatchesAndBandsInDocumentOrder() {
        Leverage one = new Leverage(tm, "en", "de", SEGMENTER, 3, null, 1);
        List<Leverage.Looked> expected = items.stream().map(one::look).toList();
        List<Leverage.Looked> found = new ArrayList<>();
        new Leverage(tm, "en", "de", SEGMENTER, 3, null, 4).each(items, found::add);
        assertEquals(expected.size(), found.size());
        for (int i = 0; i < expected.size(); i++) {
            Leverage.Looked e = expected.get(i);
            Leverage.Looked f = found.get(i);
            assertEquals(e.item().key(), f.item().key(), "segment " + i);
            assertEquals(e.band(), f.band(), "band of segment " + i + ": " + e.item().text());
            assertEquals(summary(e.matches()), summary(f.matches()), "matches of segment " + i);
            assertEquals(e.words(), f.words());
        }
        long repetitions = found.stream().filter(l -> l.band() == MatchBand.REPETITION).count();
        long exact = found.stream().filter(l -> l.band() == MatchBand.EXACT).count();
        long fresh = found.stream().filter(l -> l.band() == MatchBand.NEW).count();
        assertTrue(repetitions > 100 && exact > 100 && fresh > 50, repetitions + " / " + exact + " / " + fresh);
    }

    @Test
    void aRepeatedTextIsLookedUpOnceForEachPairOfNeighbours() {
        AtomicInteger searches = new AtomicInteger();
        TranslationMemory counting = wrap(tm, text -> searches.incrementAndGet());
        List<Leverage.Looked> found = new ArrayList<>();
        new Leverage(counting, "en", "de", SEGMENTER, 1, null, 2).each(items, found::add);
        // the same text between the same neighbours (its context: a 101% match may depend on them) once
        java.util.Set<List<String>> distinct = new java.util.HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            distinct.add(List.of(items.get(i).text(), i == 0 ? "" : items.get(i - 1).text(),
                    i + 1 == items.size() ? "" : items.get(i + 1).text()));
        }
        assertEquals(distinct.size(), searches.get());
        assertEquals(items.size(), found.size());
    }

    @Test
    void aFailedLookUpIsPassedOnAndStopsTheJob() {
        String bad = items.get(items.size() / 2).text();
        TranslationMemory failing = wrap(tm, text -> {
            if (text.equals(bad)) {
                throw new TmshException("index damaged");
            }
        });
        List<Leverage.Looked> found = new ArrayList<>();
        TmshException e = assertThrows(TmshException.class,
                () -> new Leverage(failing, "en", "de", SEGMENTER, 1, null, 2).each(items, found::add));
        assertEquals("index damaged", e.getMessage());
        assertTrue(found.size() <= items.indexOf(items.stream().filter(i -> i.text().equals(bad)).findFirst().get()));
    }

    private interface Spy {
        void searched(String text);
    }

    /** {@code tm}, with {@code spy} told of every search before it runs. */
    private static TranslationMemory wrap(TranslationMemory tm, Spy spy) {
        return (TranslationMemory) Proxy.newProxyInstance(LeverageTest.class.getClassLoader(),
                new Class<?>[] {TranslationMemory.class}, (proxy, method, args) -> {
                    if (method.getName().equals("search")) {
                        spy.searched((String) args[0]);
                    }
                    try {
                        return method.invoke(tm, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static List<String> summary(List<Match> matches) {
        return matches.stream().map(m -> m.score() + " " + m.source() + " = " + m.target() + " " + m.tuid()).toList();
    }
}
