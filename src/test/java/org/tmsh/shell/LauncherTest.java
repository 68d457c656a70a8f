package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.shell.core.command.CommandRegistry;

/**
 * The launcher ({@code tmsh}) gives a short one-shot run the client compiler only, and keeps the optimising
 * one for the shell, scripts, big inputs and the commands that go over a whole TM: its one list of those
 * commands names exactly the commands that declare it ({@link TmshCommand#overWholeMemory}).
 */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("tmsh");
    private static final String CLIENT_ONLY = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path dir;

    private static Set<String> launcherList() throws IOException {
        Matcher m = Pattern.compile("(?m)^whole_tm=\"([^\"]*)\"$").matcher(Files.readString(LAUNCHER, StandardCharsets.UTF_8));
        assertTrue(m.find(), "the launcher keeps its list in one line whole_tm=\"...\"");
        Set<String> names = new TreeSet<>(List.of(m.group(1).split("\\|")));
        assertFalse(m.find(), "one list, in one place");
        return names;
    }

    @Test
    void theLaunchersListNamesExactlyTheCommandsThatGoOverAWholeTm() throws IOException {
        CommandRegistry registry = new CommandRegistry();
        Set<String> declared = new TreeSet<>();
        Set<String> all = new TreeSet<>();
        for (var c : Commands.all(null, () -> registry)) {
            all.add(c.getName());
            if (((TmshCommand) c).overWholeMemory()) {
                declared.add(c.getName());
            }
        }
        Set<String> listed = launcherList();
        assertTrue(all.containsAll(listed), "every name the launcher lists is a command: " + listed);
        assertEquals(declared, listed, "a command that goes over a whole TM declares it, and the launcher lists it");
        assertTrue(declared.contains("tm export") && declared.contains("tm optimize"), declared.toString());
    }

    /** The java command line the launcher builds for these arguments (a stand-in java prints it). */
    private String javaLine(String... args) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
        java.toFile().setExecutable(true);
        List<String> cmd = new ArrayList<>(List.of("sh", LAUNCHER.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().remove("TMSH_JAVA_OPTS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    @Test
    void aShortOneShotRunGetsTheClientCompilerOnly() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(LAUNCHER));
        Path small = Files.writeString(dir.resolve("small.tmx"), "<tmx/>");
        assertTrue(javaLine("qa", small.toString(), "--glossary", "seeds").contains(CLIENT_ONLY));
        assertTrue(javaLine("tm", "search", "Lawrow", "--tm", "news").contains(CLIENT_ONLY));
        assertTrue(javaLine("term", "lookup", "Lawrows Gespräch").contains(CLIENT_ONLY));
    }

    @Test
    void theShellScriptsTmWideCommandsAndBigInputsKeepTheOptimisingCompiler() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(LAUNCHER));
        assertFalse(javaLine().contains(CLIENT_ONLY), "the interactive shell");
        Path script = Files.writeString(dir.resolve("daily.tmsh"), "tm list\n");
        assertFalse(javaLine("@" + script).contains(CLIENT_ONLY), "a script");
        assertFalse(javaLine("script", script.toString()).contains(CLIENT_ONLY), "a script");
        for (String name : launcherList()) {
            List<String> args = new ArrayList<>(List.of(name.split(" ")));
            args.add("news");
            assertFalse(javaLine(args.toArray(String[]::new)).contains(CLIENT_ONLY), name);
        }
        Path folder = Files.createDirectories(dir.resolve("articles"));
        byte[] mb = new byte[1 << 20];
        java.util.Arrays.fill(mb, (byte) 'a');
        for (int i = 0; i < 3; i++) {
            Files.write(folder.resolve("a" + i + ".txt"), mb);
        }
        assertFalse(javaLine("analyze", folder.toString(), "--tm", "news").contains(CLIENT_ONLY), "a folder of 3 MB");
        assertFalse(javaLine("qa", folder.resolve("a0.txt").toString(), folder.resolve("a1.txt").toString(),
                folder.resolve("a2.txt").toString()).contains(CLIENT_ONLY), "three files of 1 MB");
        assertTrue(javaLine("qa", folder.resolve("a0.txt").toString()).contains(CLIENT_ONLY), "one file of 1 MB");
    }

    @Test
    void theShellAndTheLookUpBenchmarkRunWithTheSameHeapSettings() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(LAUNCHER));
        Path file = LAUNCHER.toAbsolutePath().resolveSibling("tmsh-shell.jvm");
        assertTrue(Files.isRegularFile(file), "the shell's settings are a java argument file beside the launcher");
        String shell = javaLine();
        assertTrue(shell.contains("@" + file), shell);
        assertFalse(shell.contains("-Xmx"), "the heap comes from the file only: " + shell);
        assertTrue(javaLine("tm", "search", "Lawrow", "--tm", "news").contains("-Xmx1g"), "a one-shot run keeps its own cap");
        // the look-up benchmark's profile passes the same file and no heap or collector setting of its own
        String pom = Files.readString(LAUNCHER.toAbsolutePath().resolveSibling("pom.xml"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?s)<id>bench-tm-lookup</id>.*?</profile>").matcher(pom);
        assertTrue(m.find(), "the pom has the look-up benchmark's profile");
        String profile = m.group();
        assertTrue(profile.contains("<argument>@${project.basedir}/tmsh-shell.jvm</argument>"), profile);
        assertFalse(profile.contains("-Xm") || profile.contains("GC"), "no heap or collector setting beside the file");
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            assertTrue(line.isBlank() || line.startsWith("-X"), "a JVM option a line: " + line);
        }
    }
}
