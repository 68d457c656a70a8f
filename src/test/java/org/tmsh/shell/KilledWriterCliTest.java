package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.tmsh.TestFiles;
import org.tmsh.TmshApplication;
import org.tmsh.align.DictionaryCache;

/**
 * Issue 20, item 14 (the {@code .part} half) and the fault-injection tests extended to the dictionary
 * cache: a tmsh process killed with SIGKILL while it writes leaves its hidden {@code .part} file beside
 * the output and the output as it was; the next command writing that output removes it.
 */
class KilledWriterCliTest extends WithTempHome {

    private static List<Path> parts(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    private Process tmsh(Path log, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dtmsh.home=" + home.path(), "-cp", System.getProperty("java.class.path"), TmshApplication.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Kills {@code child} with SIGKILL as soon as a {@code .part} file shows in {@code folder}; that file. */
    private static Path killWhenWriting(Process child, Path folder, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        try {
            while (true) {
                List<Path> p = parts(folder);
                if (!p.isEmpty()) {
                    child.destroyForcibly(); // SIGKILL on Linux
                    assertTrue(child.waitFor(30, TimeUnit.SECONDS));
                    assertEquals(137, child.exitValue(), "killed by SIGKILL");
                    return p.get(0);
                }
                assertTrue(child.isAlive(), "the writer ended before it could be killed: " + Files.readString(log));
                assertTrue(System.nanoTime() < deadline, "the writer never started writing");
                Thread.sleep(2);
            }
        } finally {
            child.destroyForcibly();
        }
    }

    /** A long German text (6,000 sentences) pre-translated against the seed memory: {@code long.xlf}, whose merge takes a while. */
    private Path longXliff() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 6000; i++) {
            text.append("Der Minister traf am Montag in der Hauptstadt ein und sprach mit ").append(i)
                    .append(" Vertretern.").append(i % 4 == 3 ? "\n\n" : " ");
        }
        Path doc = Files.writeString(dir.resolve("long.de.txt"), text);
        assertEquals(0, CliTest.run("tm", "import", "tmx/seeds-000-004.de-en.tmx", "--tm", "news").code());
        Path xlf = dir.resolve("long.xlf");
        CliTest.Run p = CliTest.run("pretranslate", doc.toString(), "--tm", "news", "--out", xlf.toString());
        assertEquals(0, p.code(), p.err());
        return xlf;
    }

    @Test
    void aMergeKilledWhileWritingLeavesThePartFileTheNextMergeRemoves() throws Exception {
        Path xlf = longXliff();
        Path out = dir.resolve("long.en.txt");

        Path log = dir.resolve("merge.log");
        Path part = killWhenWriting(tmsh(log, "merge", xlf.toString(), "--out", out.toString()), dir, log);
        assertTrue(Files.exists(part), "the killed merge left " + part);
        assertTrue(part.getFileName().toString().startsWith(".long.en.txt."), part.toString());
        assertFalse(Files.exists(out), "no half-written output");

        CliTest.Run again = CliTest.run("merge", xlf.toString(), "--out", out.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(Files.readString(out).contains("Vertretern"));
        assertEquals(List.of(), parts(dir), "the next merge removed what the killed one left");
    }

    @Test
    void aMergeInterruptedWhileWritingRemovesItsPartFileOnItsWayOut() throws Exception {
        Path xlf = longXliff();
        Path out = dir.resolve("long.en.txt");
        Path log = dir.resolve("merge.log");
        Process child = tmsh(log, "merge", xlf.toString(), "--out", out.toString());
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (parts(dir).isEmpty()) {
                assertTrue(child.isAlive(), "the merge ended before it could be interrupted: " + Files.readString(log));
                assertTrue(System.nanoTime() < deadline, "the merge never started writing");
                Thread.sleep(2);
            }
            child.destroy(); // SIGTERM on Linux, as Ctrl-C's SIGINT: the JVM runs its shutdown hooks
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        if (child.exitValue() != 0) {
            assertEquals(143, child.exitValue(), "ended by SIGTERM: " + Files.readString(log));
            assertFalse(Files.exists(out), "no half-written output");
        }
        assertEquals(List.of(), parts(dir), "the interrupted merge removed its .part file");
    }

    /**
     * What a killed align leaves beside its outputs (a dead process's {@code .part} for each) is removed by
     * the next align writing them; a running writer's file, another file's, and a link named like one are
     * left (a link's target is never touched).
     */
    @Test
    void theNextAlignRemovesOnlyWhatKilledWritersOfItsOutputsLeft() throws Exception {
        long dead = Long.parseLong(Files.readAllLines(Path.of("/proc/sys/kernel/pid_max")).get(0).trim()) + 1;
        long alive = ProcessHandle.current().pid();
        Path out = dir.resolve("pairs.tmx");
        Path links = dir.resolve("pairs.links");
        Path report = dir.resolve("pairs.html");
        List<Path> leftovers = List.of(dir.resolve(".pairs.tmx." + dead + "-1.part"), dir.resolve(".pairs.links." + dead + "-2.part"),
                dir.resolve(".pairs.html." + dead + "-3.part"));
        for (Path p : leftovers) {
            Files.writeString(p, "half");
        }
        Path running = Files.writeString(dir.resolve(".pairs.tmx." + alive + "-4.part"), "busy");
        Path other = Files.writeString(dir.resolve(".other.tmx." + dead + "-5.part"), "not this output's");
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Path link = Files.createSymbolicLink(dir.resolve(".pairs.tmx." + dead + "-6.part"), victim);
        CliTest.Run r = CliTest.run("align", "--source", TestFiles.SEED_DE.toString(), "--target", TestFiles.SEED_EN.toString(),
                "--out", out.toString(), "--links", links.toString(), "--report", report.toString());
        assertEquals(0, r.code(), r.err());
        for (Path p : leftovers) {
            assertFalse(Files.exists(p), p + " stayed");
        }
        assertTrue(Files.exists(running) && Files.exists(other));
        assertFalse(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS), "the link named like a leftover is removed");
        assertEquals("precious", Files.readString(victim), "its target is not");
    }

    /**
     * The dictionary cache: an align killed while it writes the cache file leaves no cache file but its
     * {@code .part}; the next align removes that and writes the cache whole. The cache's bytes go out in
     * one write of a few milliseconds, so the kill (sent when the {@code .part} or the cache file shows)
     * may come just after the rename; the leftover a kill leaves is then put there as the kill would
     * have left it (a dead process's {@code .part}), and the rest of the test is the same.
     */
    @Test
    void theDictionaryCacheSurvivesAKillAndItsLeftoversAreRemoved() throws Exception {
        String shared = System.getProperty(DictionaryCache.FOLDER_PROPERTY);
        System.clearProperty(DictionaryCache.FOLDER_PROPERTY);
        try {
            StringBuilder words = new StringBuilder();
            for (int i = 0; i < 300_000; i++) {
                words.append("word").append(i).append(" @ Wort").append(i).append('\n');
            }
            words.append("minister @ Minister\n");
            Path dict = Files.writeString(dir.resolve("big.txt"), words);
            String[] align = {"align", "--source", TestFiles.SEED_DE.toString(), "--target", TestFiles.SEED_EN.toString(),
                "--dictionary", dict.toString(), "--json"};
            CliTest.Run first = CliTest.run(align);
            assertEquals(0, first.code(), first.err());
            Path cache = home.path().resolve("cache/dictionaries");
            Path lex;
            try (Stream<Path> s = Files.list(cache)) {
                lex = s.filter(f -> f.toString().endsWith(".lex")).findFirst().orElseThrow();
            }
            long size = Files.size(lex);
            Files.delete(lex);

            Path log = dir.resolve("align.log");
            Process child = tmsh(log, align);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            try {
                while (parts(cache).isEmpty() && !Files.exists(lex) && child.isAlive()) {
                    assertTrue(System.nanoTime() < deadline, "the align never wrote its cache");
                    Thread.sleep(1);
                }
                child.destroyForcibly(); // SIGKILL on Linux
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            } finally {
                child.destroyForcibly();
            }
            if (parts(cache).isEmpty()) {
                // the kill came after the rename: leave what a kill during the write leaves
                Files.deleteIfExists(lex);
                Files.writeString(cache.resolve("." + lex.getFileName() + "." + (Long.parseLong(
                        Files.readAllLines(Path.of("/proc/sys/kernel/pid_max")).get(0).trim()) + 1) + "-1.part"), "half");
            }
            assertFalse(Files.exists(lex), "no cache file from the killed align");
            assertEquals(1, parts(cache).size());

            CliTest.Run again = CliTest.run(align);
            assertEquals(0, again.code(), again.err());
            assertEquals(first.out(), again.out(), "the same alignment");
            assertEquals(List.of(), parts(cache), "the next align removed what the killed one left");
            assertEquals(size, Files.size(lex), "the cache was written whole");
        } finally {
            if (shared != null) {
                System.setProperty(DictionaryCache.FOLDER_PROPERTY, shared);
            }
        }
    }

    /**
     * An OmegaT project is built in a hidden folder beside its own and moved into place whole. A kill -9
     * during the build leaves that folder (with a copy of the client's document in it); the next build of
     * the same project folder removes it, and what dead writers of it left, but not a running writer's
     * folder, another project's, or what a link inside one points to. Before, the build folder had a name
     * of its own ({@code .kit.RANDOM}) that nothing ever swept.
     */
    @Test
    void aKilledOmegatProjectBuildLeavesAFolderThatTheNextBuildRemoves() throws Exception {
        assertEquals(0, CliTest.run("tm", "import", "tmx/seeds-000-004.de-en.tmx", "--tm", "seeds").code());
        Path doc = dir.resolve("long.de.txt");
        Files.writeString(doc, (Files.readString(TestFiles.SEED_DE) + "\n\n").repeat(150));
        Path kit = dir.resolve("kit");
        Process p = tmsh(dir.resolve("kill.log"), "pretranslate", doc.toString(), "--tm", "seeds", "--omegat", kit.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        try {
            while (p.isAlive() && builds(kit).isEmpty()) {
                assertTrue(System.nanoTime() < deadline, "the project build never started");
                Thread.sleep(20);
            }
        } finally {
            p.destroyForcibly().waitFor();
        }
        List<Path> killed = builds(kit);
        assertFalse(Files.exists(kit), "a killed build leaves no project folder");

        long dead = Long.parseLong(Files.readAllLines(Path.of("/proc/sys/kernel/pid_max")).get(0).trim()) + 1;
        Path planted = Files.createDirectories(dir.resolve(".kit." + dead + "-1.part/source"));
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Files.createSymbolicLink(planted.resolve("link.txt"), victim);
        Path running = Files.createDirectory(dir.resolve(".kit." + ProcessHandle.current().pid() + "-2.part"));
        Path other = Files.createDirectory(dir.resolve(".other." + dead + "-3.part"));

        CliTest.Run r = CliTest.run("pretranslate", TestFiles.SEED_DE.toString(), "--tm", "seeds", "--omegat", kit.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(kit.resolve("omegat.project")));
        for (Path k : killed) {
            assertFalse(Files.exists(k), k + ": the killed build's folder stayed");
        }
        assertFalse(Files.exists(planted.getParent()), "a dead writer's build folder stayed");
        assertEquals("precious", Files.readString(victim), "a link inside is removed, never followed");
        assertTrue(Files.isDirectory(running) && Files.isDirectory(other));
    }

    /** The hidden folders beside {@code project} whose names start as its build folders' do. */
    private static List<Path> builds(Path project) throws Exception {
        try (Stream<Path> s = Files.list(project.getParent())) {
            return s.filter(p -> p.getFileName().toString().startsWith("." + project.getFileName() + ".")
                    && Files.isDirectory(p)).toList();
        }
    }
}
