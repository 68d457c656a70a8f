package org.tmsh.terms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tmsh.common.TmshException;

/**
 * {@link WordListCache}: a dictionary's word lists are parsed once and read back as they were; a changed
 * dictionary, a damaged or foreign cache file is parsed again; a link where the cache file goes is refused.
 */
class WordListCacheTest {

    @TempDir
    Path dir;

    private static final List<Set<String>> LISTS = List.of(Set.of("Dialog", "Straße", "Ärger"), Set.of(),
            Set.of("schön", "rock'n'roll", "𝔞𝔟𝔠𝔡𝔢"));

    private final AtomicInteger parses = new AtomicInteger();

    private Supplier<List<Set<String>>> parse(List<Set<String>> lists) {
        return () -> {
            parses.incrementAndGet();
            return lists;
        };
    }

    private Path dictionary() throws Exception {
        Path d = dir.resolve("de-en");
        Files.writeString(d, "Dialog {m} :: dialogue\n", StandardCharsets.UTF_8);
        return d;
    }

    @Test
    void theSecondReadComesFromTheCacheWithTheSameWords() throws Exception {
        Path d = dictionary();
        WordListCache cache = new WordListCache(dir, dir.resolve("home/cache/common-words"));
        assertEquals(LISTS, cache.lists(d, "ding-left", 3, parse(LISTS)));
        assertEquals(1, parses.get());
        assertTrue(Files.isRegularFile(cache.fileFor(d, "ding-left")));
        assertEquals(LISTS, cache.lists(d, "ding-left", 3, parse(List.of())));
        assertEquals(1, parses.get(), "read from the cache, not parsed");
        // another reading of the same file is another cache file
        assertEquals(List.of(Set.of("a")), cache.lists(d, "ding-right", 1, parse(List.of(Set.of("a")))));
        assertEquals(2, parses.get());
    }

    @Test
    void aChangedDictionaryIsParsedAgain() throws Exception {
        Path d = dictionary();
        WordListCache cache = new WordListCache(dir, dir.resolve("cache"));
        cache.lists(d, "ding-left", 3, parse(LISTS));
        Files.writeString(d, "Dialog {m} :: dialogue\nHaus {n} :: house\n", StandardCharsets.UTF_8);
        List<Set<String>> now = List.of(Set.of("Haus"), Set.of(), Set.of());
        assertEquals(now, cache.lists(d, "ding-left", 3, parse(now)));
        assertEquals(2, parses.get());
        // the same size, another modification time
        Files.setLastModifiedTime(d, FileTime.fromMillis(Files.getLastModifiedTime(d).toMillis() - 60_000));
        assertEquals(LISTS, cache.lists(d, "ding-left", 3, parse(LISTS)));
        assertEquals(3, parses.get());
    }

    @Test
    void aDamagedTruncatedOrForeignCacheFileIsParsedAgainAndRewritten() throws Exception {
        Path d = dictionary();
        WordListCache cache = new WordListCache(dir, dir.resolve("cache"));
        cache.lists(d, "ding-left", 3, parse(LISTS));
        Path file = cache.fileFor(d, "ding-left");
        byte[] good = Files.readAllBytes(file);
        Random r = new Random(7);
        for (int round = 0; round < 20; round++) {
            byte[] bad = good.clone();
            bad[r.nextInt(bad.length)] ^= (byte) (1 + r.nextInt(255));
            Files.write(file, round % 4 == 0 ? java.util.Arrays.copyOf(good, r.nextInt(good.length)) : bad);
            assertEquals(LISTS, cache.lists(d, "ding-left", 3, parse(LISTS)));
            assertEquals(round + 2, parses.get(), "round " + round + ": a damaged file is never trusted");
            assertArrayEquals(good, Files.readAllBytes(file), "rewritten");
        }
        Files.writeString(file, "not a cache file");
        assertNull(WordListCache.load(file, WordListCache.key(d, "ding-left"), 3));
        assertNull(WordListCache.load(cache.fileFor(d, "ding-left"), "another key", 3));
    }

    @Test
    void aLinkWhereTheCacheFileGoesIsRefusedAndNotWrittenThrough() throws Exception {
        Path d = dictionary();
        WordListCache cache = new WordListCache(dir, dir.resolve("cache"));
        Path file = cache.fileFor(d, "ding-left");
        Files.createDirectories(file.getParent());
        Path victim = dir.resolve("victim.txt");
        Files.writeString(victim, "keep me");
        Files.createSymbolicLink(file, victim);
        TmshException e = assertThrows(TmshException.class, () -> cache.lists(d, "ding-left", 3, parse(LISTS)));
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        assertEquals("keep me", Files.readString(victim));
        assertEquals(0, parses.get());
        // a link for the cache's folder is refused too
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(dir.resolve("linked"), elsewhere);
        WordListCache linked = new WordListCache(dir, dir.resolve("linked/common-words"));
        assertThrows(TmshException.class, () -> linked.lists(d, "ding-left", 3, parse(LISTS)));
        assertFalse(Files.exists(elsewhere.resolve("common-words")));
    }

    @Test
    void anUnwritableCacheStillGivesTheWords() throws Exception {
        Path d = dictionary();
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where the cache's folder would go");
        WordListCache cache = new WordListCache(dir, blocked.resolve("common-words"));
        assertEquals(LISTS, cache.lists(d, "ding-left", 3, parse(LISTS)));
        assertEquals(LISTS, cache.lists(d, "ding-left", 3, parse(LISTS)));
        assertEquals(2, parses.get(), "parsed each time, as without a cache");
    }
}
