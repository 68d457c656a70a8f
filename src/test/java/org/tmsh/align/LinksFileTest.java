package org.tmsh.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.TmshException;

/** A links file read back: the links as written, every wrong line refused with its number. */
class LinksFileTest {

    @TempDir
    Path dir;

    @Test
    void readsTheLinksAsAlignWritesThem() throws Exception {
        Path f = Files.writeString(dir.resolve("a.links"), "[0, 1]:[0]\n[]:[1]\n\n[2]:[2, 3]\n[3]:[]\n");
        List<Link> links = LinksFile.read(f, 4, 4);
        assertEquals(4, links.size());
        assertArrayEquals(new int[] {0, 1}, links.get(0).source());
        assertArrayEquals(new int[] {2, 3}, links.get(2).target());
        assertTrue(links.get(3).isNull());
    }

    @Test
    void readsCrossingLinksInTheSourcesOrder() throws Exception {
        // two paragraphs in the other order in the translation: the target's order is broken
        Path f = Files.writeString(dir.resolve("a.links"), "[0]:[2]\n[1]:[0, 1]\n[2]:[]\n");
        List<Link> links = LinksFile.read(f, 3, 3);
        assertArrayEquals(new int[] {2}, links.get(0).target());
        assertArrayEquals(new int[] {0, 1}, links.get(1).target());
    }

    @Test
    void refusesWhatTheDocumentsCannotHaveWithTheLine() throws Exception {
        String[][] bad = {
            {"[0]:[0]\n[5]:[1]\n", "line 2", "not in the document"},
            {"[1]:[0]\n[0]:[1]\n", "line 2", "out of order"},
            {"[0]:[0]\nhello\n", "line 2", "not a link"},
            {"[0]:[0]\n[1]:[0]\n", "line 2", "target sentence 0 comes twice"},
            {"[0]:[2, 1]\n", "line 1", "out of order"},
            {"[0]:[99999999999]\n", "line 1", "not a sentence number"},
            {"[0]:[]\n", "a.links", "no links"},
        };
        for (String[] b : bad) {
            Path f = Files.writeString(dir.resolve("a.links"), b[0]);
            TmshException e = assertThrows(TmshException.class, () -> LinksFile.read(f, 3, 3), b[0]);
            assertTrue(e.getMessage().contains(b[1]) && e.getMessage().contains(b[2]), b[0] + " -> " + e.getMessage());
        }
    }
}
