package org.tmsh.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.TmshException;

class TmRegistrationTest {

    @TempDir
    Path dir;

    @Test
    void aSpreadTmKeepsItsRouteBitsAndAOneShardTmWritesNone() {
        new TmRegistration("solr", "http://solr1:8983/solr", "team", true, 3).write(dir.resolve("a"));
        assertEquals(new TmRegistration("solr", "http://solr1:8983/solr", "team", true, 3), TmRegistration.read(dir.resolve("a")));
        new TmRegistration("solr", "http://solr1:8983/solr", "team", false).write(dir.resolve("b"));
        TmRegistration b = TmRegistration.read(dir.resolve("b"));
        assertEquals(-1, b.routeBits());
        assertFalse(readFile("b").contains("route.bits"), "a TM on one shard reads as every TM made before spreading");
    }

    @Test
    void badRouteBitsAreOneLineNamingTheFile() throws Exception {
        for (String bad : new String[] {"x", "17", "-2"}) {
            Path d = dir.resolve("bad" + bad);
            Files.createDirectories(d);
            Files.writeString(d.resolve(TmRegistration.FILE), "backend=solr\nurl=http://h:8983/solr\ncollection=c\nroute.bits="
                    + bad + "\n", StandardCharsets.UTF_8);
            TmshException e = assertThrows(TmshException.class, () -> TmRegistration.read(d));
            assertTrue(e.getMessage().startsWith(d.resolve(TmRegistration.FILE).toString()), e.getMessage());
            assertTrue(e.getMessage().contains("route.bits"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
    }

    private String readFile(String sub) {
        try {
            return Files.readString(dir.resolve(sub).resolve(TmRegistration.FILE));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
