package org.tmsh.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;

/** The parsed-dictionary cache: the same pairs as parsing, rebuilt when the file changes or the cache is damaged. */
class DictionaryCacheTest {

    @TempDir
    Path dir;

    private final WordForms de = WordForms.of("de");
    private final WordForms en = WordForms.of("en");

    private static final String DING = "# test\n"
            + "Vertrag {m}; Abkommen {n} [pol.] | Verträge {pl} :: treaty; agreement | treaties\n"
            + "Gipfeltreffen {n} :: summit meeting; summit\n"
            + "Berg {m} :: mountain\n"
            + "Überfall {m} :: raid; assault\n";

    private Set<String> forms(WordForms f, String text) {
        return new HashSet<>(f.forms(text));
    }

    private static Set<String> pairs(Lexicon lex) {
        Set<String> out = new HashSet<>();
        lex.forEach((s, t) -> out.add(s + "\t" + t));
        return out;
    }

    private List<Path> cacheFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".lex")).toList();
        }
    }

    @Test
    void theCacheGivesTheSamePairsAsParsingAndIsReadTheSecondTime() throws Exception {
        Path f = dir.resolve("de-en");
        Files.writeString(f, DING);
        Set<String> dv = forms(de, "Der Vertrag und die Verträge, ein Überfall am Berg");
        Set<String> ev = forms(en, "The treaty and the treaties, a raid on the summit");
        Lexicon plain = new Dictionaries(de, en, dv, ev).read(f);
        DictionaryCache cache = new DictionaryCache(dir.resolve("cache"));
        Lexicon first = new Dictionaries(de, en, dv, ev).cachedIn(cache).read(f);
        assertEquals(pairs(plain), pairs(first));
        assertTrue(first.has(de.form("Überfall"), en.form("raid")));
        assertFalse(first.has(de.form("Berg"), en.form("mountain")), "mountain is not in the target text");
        assertEquals(1, cacheFiles(cache.folder()).size());
        // the same pairs through predicates (no vocabulary to look up) and for another vocabulary
        assertEquals(pairs(plain), pairs(new Dictionaries(de, en, dv::contains, ev::contains).cachedIn(cache).read(f)));
        Lexicon all = new Dictionaries(de, en, w -> true, w -> true).cachedIn(cache).read(f);
        assertEquals(pairs(new Dictionaries(de, en, w -> true, w -> true).read(f)), pairs(all));
        assertTrue(all.has(de.form("Berg"), en.form("mountain")));

        // proof that the second read is the cache: the file changed behind its size and time is not seen
        FileTime time = Files.getLastModifiedTime(f);
        Files.writeString(f, DING.replace("raid; assault", "robot; sassie"));
        Files.setLastModifiedTime(f, time);
        assertEquals(pairs(first), pairs(new Dictionaries(de, en, dv, ev).cachedIn(cache).read(f)));
        // a changed time is a changed dictionary: parsed again
        Files.setLastModifiedTime(f, FileTime.fromMillis(time.toMillis() + 5_000));
        Lexicon again = new Dictionaries(de, en, dv, ev).cachedIn(cache).read(f);
        assertFalse(again.has(de.form("Überfall"), en.form("raid")));
        assertEquals(1, cacheFiles(cache.folder()).size(), "the old version's file is removed when the new one is written");
    }

    @Test
    void writingTheCacheRemovesTheFilesOfChangedOrVanishedDictionariesOnly() throws Exception {
        DictionaryCache cache = new DictionaryCache(dir.resolve("cache"));
        Path kept = dir.resolve("kept");
        Path changed = dir.resolve("changed");
        Path gone = dir.resolve("gone");
        for (Path f : List.of(kept, changed, gone)) {
            Files.writeString(f, DING);
            new Dictionaries(de, en, w -> true, w -> true).cachedIn(cache).read(f);
        }
        Path foreign = cache.folder().resolve("notes.lex");
        Files.writeString(foreign, "not a cache file");
        assertEquals(4, cacheFiles(cache.folder()).size());
        Map<Path, Path> fileOf = new HashMap<>();
        for (Path c : cacheFiles(cache.folder())) {
            String key = DictionaryCache.storedKey(c);
            if (key != null) {
                fileOf.put(Path.of(key.substring(key.lastIndexOf("; ") + 2).replaceFirst(" \\d+ -?\\d+$", "")), c);
            }
        }
        assertEquals(Set.of(kept, changed, gone), fileOf.keySet());
        Files.delete(gone);
        Files.writeString(changed, DING + "Tal {n} :: valley\n");
        // reading the kept one writes nothing, so nothing is pruned yet
        new Dictionaries(de, en, w -> true, w -> true).cachedIn(cache).read(kept);
        assertEquals(4, cacheFiles(cache.folder()).size());
        Lexicon again = new Dictionaries(de, en, w -> true, w -> true).cachedIn(cache).read(changed);
        assertTrue(again.has(de.form("Tal"), en.form("valley")));
        List<Path> left = cacheFiles(cache.folder());
        assertTrue(left.contains(fileOf.get(kept)), left.toString());
        assertTrue(left.contains(foreign), "not a cache file: left alone");
        assertFalse(left.contains(fileOf.get(changed)), "the changed dictionary's old file");
        assertFalse(left.contains(fileOf.get(gone)), "the vanished dictionary's file");
        assertEquals(3, left.size(), "kept, foreign and the changed dictionary's new file: " + left);
        assertTrue(pairs(new Dictionaries(de, en, w -> true, w -> true).cachedIn(cache).read(kept))
                .contains(de.form("Berg") + "\t" + en.form("mountain")));
    }

    @Test
    void aDamagedOrTruncatedCacheIsRebuiltNotTrusted() throws Exception {
        Path f = dir.resolve("de-en");
        Files.writeString(f, DING);
        DictionaryCache cache = new DictionaryCache(dir.resolve("cache"));
        Dictionaries all = new Dictionaries(de, en, w -> true, w -> true).cachedIn(cache);
        Set<String> expected = pairs(new Dictionaries(de, en, w -> true, w -> true).read(f));
        all.read(f);
        Path file = cacheFiles(cache.folder()).get(0);
        byte[] good = Files.readAllBytes(file);
        for (int at : new int[] {0, 20, good.length / 2, good.length - 30, good.length - 1}) {
            byte[] bad = good.clone();
            bad[at] ^= 0x5a;
            Files.write(file, bad);
            assertEquals(expected, pairs(all.read(f)), "byte " + at + " damaged");
            assertTrue(java.util.Arrays.equals(good, Files.readAllBytes(file)), "rewritten after byte " + at);
        }
        Files.write(file, java.util.Arrays.copyOf(good, good.length / 3));
        assertEquals(expected, pairs(all.read(f)));
        Files.write(file, new byte[0]);
        assertEquals(expected, pairs(all.read(f)));
        assertTrue(java.util.Arrays.equals(good, Files.readAllBytes(file)));
    }

    @Test
    void aCacheThatCannotBeWrittenStillGivesThePairsAndABadDictionaryIsStillAnError() throws Exception {
        Path f = dir.resolve("de-en");
        Files.writeString(f, DING);
        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "x");
        Lexicon lex = new Dictionaries(de, en, w -> true, w -> true)
                .cachedIn(new DictionaryCache(notAFolder.resolve("cache"))).read(f);
        assertTrue(lex.has(de.form("Gipfeltreffen"), en.form("summit")));

        Path bad = dir.resolve("bad");
        Files.writeString(bad, "Berg :: mountain\nno separator here\n");
        DictionaryCache cache = new DictionaryCache(dir.resolve("cache"));
        TmshException e = assertThrows(TmshException.class,
                () -> new Dictionaries(de, en, w -> true, w -> true).cachedIn(cache).read(bad));
        assertTrue(e.getMessage().startsWith(bad + ": line 2: "), e.getMessage());
        assertEquals(List.of(), cacheFiles(cache.folder()), "nothing cached for a bad dictionary");
    }

    @Test
    void theDirectionAndTheWordFormsAreKeptApart() throws Exception {
        Path f = dir.resolve("en-de.dic");
        Files.writeString(f, "treaty @ Vertrag\nsummit @ Gipfel\n");
        DictionaryCache cache = new DictionaryCache(dir.resolve("cache"));
        Lexicon forward = new Dictionaries(de, en, w -> true, w -> true).cachedIn(cache)
                .read(f, Dictionaries.Format.HUNALIGN, false);
        Lexicon backward = new Dictionaries(en, de, w -> true, w -> true).cachedIn(cache)
                .read(f, Dictionaries.Format.HUNALIGN, true);
        Lexicon lower = new Dictionaries(WordForms.lowerCase(), WordForms.lowerCase(), w -> true, w -> true)
                .cachedIn(cache).read(f, Dictionaries.Format.HUNALIGN, false);
        assertTrue(forward.has(de.form("Vertrag"), en.form("treaty")));
        assertTrue(backward.has(en.form("treaty"), de.form("Vertrag")));
        assertTrue(lower.has("vertrag", "treaty"));
        assertNotEquals(pairs(forward), pairs(lower));
        assertEquals(3, cacheFiles(cache.folder()).size());
    }

    @Test
    void theInstalledDingFileGivesTheSamePairsCachedAsParsed() {
        Path ding = Path.of("/usr/share/trans/de-en");
        Assumptions.assumeTrue(Files.isRegularFile(ding), "trans-de-en not installed");
        Set<String> dv = forms(de, "Der Vertrag wurde beim Gipfeltreffen in Berlin unterzeichnet, sagte die Regierung.");
        Set<String> ev = forms(en, "The treaty was signed at the summit in Berlin, the government said.");
        Lexicon plain = new Dictionaries(de, en, dv, ev).read(ding);
        DictionaryCache cache = new DictionaryCache(dir.resolve("cache"));
        Lexicon cold = new Dictionaries(de, en, dv, ev).cachedIn(cache).read(ding);
        Lexicon warm = new Dictionaries(de, en, dv, ev).cachedIn(cache).read(ding);
        assertEquals(pairs(plain), pairs(cold));
        assertEquals(pairs(plain), pairs(warm));
        assertTrue(warm.has(de.form("Vertrag"), en.form("treaty")));
    }

    @Test
    void warmingParsesOnlyWhatTheCacheLacksReportingHowFarAndThenNothing() throws Exception {
        StringBuilder big = new StringBuilder("# test\n");
        for (int k = 0; k < 50_000; k++) {
            big.append("Wort").append(k).append(" {n} :: word").append(k).append('\n');
        }
        Path file = Files.writeString(dir.resolve("big.txt"), big);
        Path folder = dir.resolve("cache");
        Dictionaries d = new Dictionaries(de, en, f -> true, f -> true).cachedIn(new DictionaryCache(folder));
        List<long[]> reports = new java.util.ArrayList<>();
        List<Dictionaries.Installed> files = List.of(new Dictionaries.Installed(file, Dictionaries.Format.DING, false));
        d.warm(files, (done, total) -> reports.add(new long[] {done, total}));
        assertTrue(reports.size() >= 3, "a start, reports while parsing, the end: " + reports.size());
        for (int k = 1; k < reports.size(); k++) {
            assertTrue(reports.get(k)[0] >= reports.get(k - 1)[0] && reports.get(k)[0] <= reports.get(k)[1], "never back, never over");
        }
        long[] last = reports.get(reports.size() - 1);
        assertEquals(last[1], last[0], "ends at 100%");
        assertEquals(1, cacheFiles(folder).size(), "the table is cached");
        reports.clear();
        d.warm(files, (done, total) -> reports.add(new long[] {done, total}));
        assertTrue(reports.isEmpty(), "a warm cache: nothing to do, nothing shown");
        Path other = dir.resolve("told");
        List<String> said = new java.util.ArrayList<>();
        Progress watcher = new Progress() {
            @Override
            public void update(long done, long total) {
                said.add("update");
            }

            @Override
            public void notice(String text) {
                said.add(text);
            }
        };
        new Dictionaries(de, en, f -> true, f -> true).cachedIn(new DictionaryCache(other)).warm(files, watcher);
        assertTrue(said.get(0).startsWith("reading the installed dictionaries once into " + other), said.get(0));
        assertEquals(1, said.stream().filter(t -> !t.equals("update")).count(), "one notice, before the bar: " + said);
        assertThrows(RuntimeException.class, () -> new Dictionaries(de, en, f -> true, f -> true)
                .cachedIn(new DictionaryCache(dir.resolve("other"))).warm(files, (done, total) -> {
                    if (done > 0 && done < total) {
                        throw new IllegalStateException("cancelled");
                    }
                }), "a report can stop the parse (Ctrl-C)");
        assertEquals(0, cacheFiles(dir.resolve("other")).size(), "a cancelled parse caches nothing");
    }
}
