package org.tmsh.memory.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.Progress;
import org.tmsh.formats.tmx.TmxWriter;

/** The term statistics a look-up caches belong to one reader: two memories searched in turn keep theirs, a closed one is dropped. */
class TermCacheTest {

    @TempDir
    Path dir;

    private LuceneMemory memory(String name, String word) throws Exception {
        Path f = dir.resolve(name + ".tmx");
        try (TmxWriter w = new TmxWriter(f, "en", "de", "test")) {
            for (int i = 0; i < 50; i++) {
                w.unit("t" + i, "The " + word + " report number " + i + " was read aloud today.",
                        "Der " + word + " Bericht Nummer " + i + " wurde heute vorgelesen.", Map.of());
            }
        }
        LuceneMemory tm = new LuceneMemory(name, dir.resolve(name));
        tm.importTmx(f, Progress.NONE);
        return tm;
    }

    @Test
    void twoMemoriesSearchedInTurnEachKeepTheirCache() throws Exception {
        try (LuceneMemory a = memory("a", "budget"); LuceneMemory b = memory("b", "election")) {
            assertFalse(a.search("The budget report number 7 was read aloud today.", "en", "de", 70, 1).isEmpty());
            int cachedA = FuzzySearch.TermCache.size(a.reader());
            assertTrue(cachedA > 0, "a look-up caches the statistics of its terms");
            assertFalse(b.search("The election report number 7 was read aloud today.", "en", "de", 70, 1).isEmpty());
            assertTrue(FuzzySearch.TermCache.size(b.reader()) > 0);
            // searching b did not throw away a's statistics (one cache for the last reader did)
            assertEquals(cachedA, FuzzySearch.TermCache.size(a.reader()));
            var again = a.search("The budget report number 7 was read aloud today.", "en", "de", 70, 1);
            assertEquals("t7", again.get(0).tuid());
            assertEquals(100, again.get(0).score());
        }
    }

    @Test
    void aClosedReadersCacheIsDropped() throws Exception {
        DirectoryReader r;
        try (LuceneMemory a = memory("c", "budget")) {
            a.search("The budget report number 7 was read aloud today.", "en", "de", 70, 1);
            r = a.reader();
            assertTrue(FuzzySearch.TermCache.size(r) > 0);
        }
        // the memory's reader is closed: its cache no longer holds it (nor its term states) alive
        assertEquals(0, FuzzySearch.TermCache.size(r));
    }
}
