package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.tmsh.TestFiles;

/** Issue 9 as a user meets it: each bad case gives one line, exit 2, and changes nothing. */
class LoseNothingCliTest extends WithTempHome {

    static void assertRefused(CliTest.Run r, String says) {
        assertEquals(TmshCommand.USER_ERROR, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(says), r.err());
    }

    private Path copy(Path seed, String name) throws Exception {
        return Files.copy(seed, dir.resolve(name));
    }

    @Test
    void anOutputEqualToAnInputIsRefusedAndTheInputKept() throws Exception {
        Path de = copy(TestFiles.SEED_DE, "de.txt");
        Path en = copy(TestFiles.SEED_EN, "en.txt");
        byte[] before = Files.readAllBytes(de);
        assertRefused(CliTest.run("align", "--source", de.toString(), "--target", en.toString(), "--out", de.toString()),
                "also an input");
        assertRefused(CliTest.run("align", "--source", de.toString(), "--target", en.toString(),
                "--report", dir.resolve("./en.txt").toString()), "also an input");
        Path tmx = dir.resolve("pairs.tmx");
        assertRefused(CliTest.run("align", "--source", de.toString(), "--target", en.toString(), "--out", tmx.toString(),
                "--links", tmx.toString()), "two outputs");
        assertArrayEquals(before, Files.readAllBytes(de));
        assertTrue(!Files.exists(tmx));
        assertEquals(0, CliTest.run("align", "--source", de.toString(), "--target", en.toString(), "--out", tmx.toString()).code());
        byte[] tmxBefore = Files.readAllBytes(tmx);
        assertRefused(CliTest.run("qa", "--tmx", tmx.toString(), "--glossary", "glossaries/seeds.tbx", "--report", tmx.toString()),
                "also an input");
        assertArrayEquals(tmxBefore, Files.readAllBytes(tmx));
        Path glossary = Files.copy(Path.of("glossaries/seeds.tbx"), dir.resolve("g.tbx"));
        assertRefused(CliTest.run("qa", "--tmx", tmx.toString(), "--glossary", glossary.toString(), "--report",
                glossary.toString()), "also an input");
    }

    @Test
    void exportsRefuseFoldersFifosAndReadOnlyFiles() throws Exception {
        assertEquals(0, CliTest.run("term", "add", "Lawrow", "--lang", "de", "--glossary", "g").code());
        assertRefused(CliTest.run("term", "export", dir.toString(), "--glossary", "g"), "is a folder");
        Path fifo = dir.resolve("pipe.tmx");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        assertRefused(CliTest.run("tm", "export", fifo.toString()), "not a regular file");
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo));
        Path ro = dir.resolve("ro.tbx");
        Files.writeString(ro, "keep");
        ro.toFile().setWritable(false, false);
        assertRefused(CliTest.run("term", "export", ro.toString(), "--glossary", "g"), "read-only");
        assertEquals("keep", Files.readString(ro));
        Path stored = home.path().resolve("glossaries/g.tbx");
        byte[] g = Files.readAllBytes(stored);
        assertRefused(CliTest.run("term", "export", stored.toString(), "--glossary", "g", "--format", "csv"), "also an input");
        assertArrayEquals(g, Files.readAllBytes(stored));
        Path other = home.path().resolve("glossaries/other.tbx");
        assertRefused(CliTest.run("term", "export", other.toString(), "--glossary", "g"), "which tmsh keeps itself");
        assertTrue(!Files.exists(other));
    }

    @Test
    void termImportMergesIntoAnExistingGlossaryAndAnEmptyFileChangesNothing() throws Exception {
        assertEquals(0, CliTest.run("term", "add", "Lawrow", "--lang", "de", "--glossary", "seeds").code());
        assertEquals(0, CliTest.run("term", "add", "Lavrov", "--lang", "en", "--same-as", "Lawrow", "--glossary", "seeds").code());
        Path stored = home.path().resolve("glossaries/seeds.tbx");
        byte[] before = Files.readAllBytes(stored);
        Path headerOnly = Files.writeString(dir.resolve("seeds.csv"), "id,de,en,note\n");
        assertRefused(CliTest.run("term", "import", headerOnly.toString()), "no concepts in the file");
        assertArrayEquals(before, Files.readAllBytes(stored));
        Path more = Files.writeString(dir.resolve("more.csv"), "id,de,en,note\nx1,Lawrow | Lawrov (admitted),Lavrov,\n"
                + "x2,Moskau,Moscow,\n");
        CliTest.Run merged = CliTest.run("term", "import", more.toString(), "--glossary", "seeds");
        assertEquals(0, merged.code(), merged.err());
        assertTrue(merged.out().contains("1 concept added, 1 merged into concepts that share a spelling, 3 spellings added;"
                + " now glossary 'seeds' (merged into): 2 concepts, 5 spellings"), merged.out());
        com.fasterxml.jackson.databind.JsonNode list = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(CliTest.run("term", "list", "--glossary", "seeds", "--json").out());
        assertEquals(2, list.size());
        assertEquals(3, list.get(0).get("terms").size());
        CliTest.Run replaced = CliTest.run("term", "import", more.toString(), "--glossary", "seeds", "--replace", "--json");
        assertEquals(0, replaced.code(), replaced.err());
        assertTrue(replaced.out().contains("\"replaced\""), replaced.out());
        assertTrue(Files.readString(stored).contains("x1"));
    }

    @Test
    void alignWithAnUnknownGlossaryIsAnError() throws Exception {
        Path tmx = dir.resolve("out.tmx");
        assertRefused(CliTest.run("align", "--source", TestFiles.SEED_DE.toString(), "--target", TestFiles.SEED_EN.toString(),
                "--glossary", "nosuch", "--out", tmx.toString()), "no glossary named 'nosuch'");
        assertTrue(!Files.exists(tmx));
    }

    @Test
    void qaOfATmLeavesNoTemporaryFileWhetherItWorksOrFails() throws Exception {
        assertEquals(0, CliTest.run("tm", "import", "tmx/seeds-000-004.de-en.tmx", "--tm", "news").code());
        // in a JVM of its own: the JDK reads java.io.tmpdir once, at its first temporary file, so setting it in
        // this JVM (which has made temporary folders before) would move nothing, and the check could not fail
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        TestFiles.Ran ok = tmsh(tmp, "qa", "--tm", "news", "--glossary", "glossaries/seeds.tbx", "--json");
        assertEquals(0, ok.code(), ok.out()); // it worked: 0, the seeds' deprecated spellings are in the source (info), not 2
        TestFiles.Ran bad = tmsh(tmp, "qa", "--tm", "nosuch", "--glossary", "glossaries/seeds.tbx");
        assertEquals(TmshCommand.USER_ERROR, bad.code(), bad.out());
        assertTrue(bad.out().contains("nosuch"), bad.out());
        try (java.util.stream.Stream<Path> s = Files.list(tmp)) {
            assertEquals(java.util.List.of(), s.toList(), "the temporary folder is left as it was");
        }
    }

    /** tmsh in a child JVM with its temporary folder in {@code tmp} and this test's home: exit code, stdout and stderr. */
    private TestFiles.Ran tmsh(Path tmp, String... args) throws Exception {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.io.tmpdir=" + tmp,
                "-Dtmsh.home=" + home.path(), "-cp", System.getProperty("java.class.path"),
                org.tmsh.TmshApplication.class.getName()));
        cmd.addAll(java.util.List.of(args));
        return TestFiles.run(new ProcessBuilder(cmd).redirectErrorStream(true), 300);
    }

    @Test
    void reviewRefusesToWriteOverTheDocumentsOfTheAlignment() throws Exception {
        Path de = copy(TestFiles.SEED_DE, "de.txt");
        byte[] before = Files.readAllBytes(de);
        Path script = Files.writeString(dir.resolve("review.txt"), "align --source " + de + " --target " + TestFiles.SEED_EN
                + " --json\nreview --below 1.01 --out " + de + "\n");
        java.io.InputStream stdin = System.in;
        CliTest.Run r;
        try {
            System.setIn(new java.io.ByteArrayInputStream("q\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            r = CliTest.run("@" + script);
        } finally {
            System.setIn(stdin);
        }
        assertEquals(TmshCommand.USER_ERROR, r.code(), r.err());
        assertTrue(r.err().contains(de + ": is also an input of this command"), r.err());
        assertArrayEquals(before, Files.readAllBytes(de));
    }
}
