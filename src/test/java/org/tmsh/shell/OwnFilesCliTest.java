package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.tmsh.TestFiles;
import org.tmsh.align.DictionaryCache;

/**
 * Issue 20, item 1: the files tmsh rewrites for itself under {@code $TMSH_HOME} (the dictionary cache,
 * the stored glossaries, a TM's folder and registration) are replaced, never followed: a symbolic link
 * planted where tmsh expects its own file is refused with one line and exit 2, and the file it points to
 * is left as it was.
 */
class OwnFilesCliTest extends WithTempHome {

    private static final String PRECIOUS = "root:x:0:0:root:/root:/bin/bash\n";

    /** A small hunalign dictionary of the seed pair's words: align parses it and caches it under the home. */
    private Path dictionary() throws Exception {
        return Files.writeString(dir.resolve("words.txt"), "minister @ Minister\nforeign @ Aussenminister\n"
                + "talks @ Gespräche\nvisit @ Besuch\n");
    }

    private CliTest.Run align(Path dict) {
        return CliTest.run("align", "--source", TestFiles.SEED_DE.toString(), "--target", TestFiles.SEED_EN.toString(),
                "--dictionary", dict.toString(), "--json");
    }

    /** Runs {@code body} with the dictionary cache where an installed tmsh keeps it: under the home. */
    private static void withCacheUnderHome(ThrowingRunnable body) throws Exception {
        String shared = System.getProperty(DictionaryCache.FOLDER_PROPERTY);
        System.clearProperty(DictionaryCache.FOLDER_PROPERTY);
        try {
            body.run();
        } finally {
            if (shared != null) {
                System.setProperty(DictionaryCache.FOLDER_PROPERTY, shared);
            }
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void aLinkPlantedInTheDictionaryCacheIsRefusedAndItsTargetKept() throws Exception {
        withCacheUnderHome(() -> {
            Path dict = dictionary();
            CliTest.Run first = align(dict);
            assertEquals(0, first.code(), first.err());
            Path cache = home.path().resolve("cache/dictionaries");
            List<Path> files;
            try (Stream<Path> s = Files.list(cache)) {
                files = s.filter(p -> p.toString().endsWith(".lex")).toList();
            }
            assertEquals(1, files.size(), files.toString());
            Path victim = Files.writeString(dir.resolve("passwd"), PRECIOUS);
            Files.delete(files.get(0));
            Files.createSymbolicLink(files.get(0), victim);

            CliTest.Run r = align(dict);
            LoseNothingCliTest.assertRefused(r, "is a symbolic link where tmsh keeps its own file");
            assertTrue(r.err().contains(files.get(0).getFileName().toString()), r.err());
            assertEquals(PRECIOUS, Files.readString(victim));
            assertTrue(Files.isSymbolicLink(files.get(0)));
        });
    }

    @Test
    void aLinkedCacheFolderIsRefusedAndNothingIsWrittenWhereItPoints() throws Exception {
        withCacheUnderHome(() -> {
            Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
            Files.createDirectories(home.path().resolve("cache"));
            Files.createSymbolicLink(home.path().resolve("cache/dictionaries"), elsewhere);
            LoseNothingCliTest.assertRefused(align(dictionary()), "is a symbolic link where tmsh keeps its own folder");
            try (Stream<Path> s = Files.list(elsewhere)) {
                assertEquals(List.of(), s.toList());
            }
        });
    }

    @Test
    void aLinkedStoredGlossaryIsRefusedAndItsTargetKept() throws Exception {
        Path victim = Files.writeString(dir.resolve("passwd"), PRECIOUS);
        Path glossaries = Files.createDirectories(home.path().resolve("glossaries"));
        Files.createSymbolicLink(glossaries.resolve("g.tbx"), victim);
        LoseNothingCliTest.assertRefused(CliTest.run("term", "add", "Lawrow", "--lang", "de", "--glossary", "g"),
                "is a symbolic link where tmsh keeps its own file");
        assertEquals(PRECIOUS, Files.readString(victim));
    }

    @Test
    void aLinkedTmFolderIsRefusedAndNothingIsWrittenWhereItPoints() throws Exception {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Files.createDirectories(home.path().resolve("tm"));
        Files.createSymbolicLink(home.path().resolve("tm/news"), elsewhere);
        LoseNothingCliTest.assertRefused(CliTest.run("tm", "import", "tmx/seeds-000-004.de-en.tmx", "--tm", "news"),
                "is a symbolic link where tmsh keeps its own folder");
        try (Stream<Path> s = Files.list(elsewhere)) {
            assertEquals(List.of(), s.toList());
        }
    }

    /**
     * The glossaries' folder a link to a folder elsewhere: every command that changes a glossary takes its
     * lock first, and the lock file is tmsh's own too. Before, the lock file was made in the linked folder
     * (outside the home) before the glossary's own file was refused.
     */
    @Test
    void aLinkedGlossariesFolderIsRefusedAndNoLockFileIsMadeWhereItPoints() throws Exception {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Files.createSymbolicLink(home.path().resolve("glossaries"), elsewhere);
        Path tbx = Files.copy(Path.of("glossaries/seeds.tbx"), dir.resolve("seeds.tbx"));
        LoseNothingCliTest.assertRefused(CliTest.run("term", "add", "Lawrow", "--lang", "de", "--glossary", "g"),
                "is a symbolic link where tmsh keeps its own folder");
        LoseNothingCliTest.assertRefused(CliTest.run("term", "import", tbx.toString(), "--glossary", "g"),
                "is a symbolic link where tmsh keeps its own folder");
        LoseNothingCliTest.assertRefused(CliTest.run("glossary", "rename", "g", "h"), "glossary");
        try (Stream<Path> s = Files.list(elsewhere)) {
            assertEquals(List.of(), s.toList());
        }
    }
}
