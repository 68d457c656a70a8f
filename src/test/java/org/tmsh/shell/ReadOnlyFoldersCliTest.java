package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.tmsh.TmshApplication;

/**
 * Folders tmsh may not write to: an output folder, a TM's folder, the glossaries folder. Each is one line naming the
 * folder that is not writable, exit 2, and nothing written. Permissions do not stop root, as these tests run: the
 * command then runs as root without the capabilities that let root past them ({@code setpriv --bounding-set
 * -dac_override,-dac_read_search}: root is then held to the owner's bits, as any user is); as another user, it runs
 * as it is. Skipped, saying why, where neither is possible.
 */
class ReadOnlyFoldersCliTest extends WithTempHome {

    private static final String OWNER_READS = "r-xr-xr-x";

    private List<String> asUser() throws Exception {
        Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "no POSIX permissions on this file system");
        boolean root = "0".equals(new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes(),
                StandardCharsets.US_ASCII).strip());
        if (!root) {
            return List.of();
        }
        boolean setpriv;
        try {
            setpriv = new ProcessBuilder("setpriv", "--bounding-set=-dac_override,-dac_read_search", "true").start()
                    .waitFor() == 0;
        } catch (java.io.IOException e) {
            setpriv = false;
        }
        Assumptions.assumeTrue(setpriv, "running as root, and setpriv cannot drop root's power over permissions here");
        return List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search");
    }

    private record Ran(int code, String err) {
    }

    private Ran tmsh(List<String> prefix, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-Dtmsh.home=" + home.path(), "-cp", System.getProperty("java.class.path"), TmshApplication.class.getName()));
        cmd.addAll(List.of(args));
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(240, TimeUnit.SECONDS), "tmsh did not end");
        return new Ran(p.exitValue(), Files.readString(err));
    }

    private static void assertOneLine(Ran r, String says) {
        assertEquals(TmshCommand.USER_ERROR, r.code(), r.err());
        List<String> lines = r.err().strip().lines().filter(l -> !l.startsWith("WARNING")).toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).contains(says), r.err());
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anOutputInAFolderThatCannotBeWrittenIsOneLineNamingTheFolder() throws Exception {
        List<String> user = asUser();
        assertEquals(0, CliTest.run("term", "add", "Lawrow", "--lang", "de", "--glossary", "g").code());
        Path ro = Files.createDirectory(dir.resolve("out"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString(OWNER_READS));
        try {
            assertOneLine(tmsh(user, "term", "export", ro.resolve("g.csv").toString(), "--glossary", "g"),
                    "permission denied: the folder " + ro + " is not writable for you");
            assertEquals(List.of(), names(ro));
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aTmOrGlossaryFolderThatCannotBeWrittenIsOneLineAndKeepsWhatItHolds() throws Exception {
        List<String> user = asUser();
        assertEquals(0, CliTest.run("term", "add", "Lawrow", "--lang", "de", "--glossary", "g").code());
        Path tsv = Files.writeString(dir.resolve("p.tsv"), "1\tDie Wahl\tThe election\n2\tDer Minister\tThe minister\n");
        assertEquals(0, CliTest.run("tm", "import", tsv.toString(), "--tm", "news", "--source-lang", "de",
                "--target-lang", "en").code());
        Path more = Files.writeString(dir.resolve("more.tsv"), "3\tDie Regierung\tThe government\n");
        Path tm = home.path().resolve("tm/news");
        Path glossaries = home.path().resolve("glossaries");
        List<String> tmFiles = names(tm);
        byte[] glossary = Files.readAllBytes(glossaries.resolve("g.tbx"));
        List<String> glossaryFiles = names(glossaries);
        Files.setPosixFilePermissions(tm, PosixFilePermissions.fromString(OWNER_READS));
        Files.setPosixFilePermissions(glossaries, PosixFilePermissions.fromString(OWNER_READS));
        try {
            assertOneLine(tmsh(user, "tm", "import", more.toString(), "--tm", "news", "--source-lang", "de", "--target-lang", "en"),
                    "TM 'news': write failed, nothing was changed: permission denied: the folder " + tm + " is not writable");
            assertOneLine(tmsh(user, "term", "add", "Putin", "--lang", "de", "--glossary", "g"),
                    "permission denied: the folder " + glossaries + " is not writable for you");
        } finally {
            Files.setPosixFilePermissions(tm, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(glossaries, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertEquals(tmFiles, names(tm));
        assertEquals(glossaryFiles, names(glossaries));
        assertArrayEquals(glossary, Files.readAllBytes(glossaries.resolve("g.tbx")));
        CliTest.Run check = CliTest.run("tm", "check", "news");
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("2 units"), check.out());
    }
}
