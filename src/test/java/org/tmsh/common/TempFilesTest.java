package org.tmsh.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary files left by a killed tmsh are removed by the next; a living one's are kept. */
class TempFilesTest {

    @TempDir
    Path dir;

    @Test
    void filesOfEndedProcessesAreSweptOthersKept() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long dead = p.pid();
        long me = ProcessHandle.current().pid();
        Path left = Files.writeString(dir.resolve("tmsh-qa-" + dead + "-1f.tmx"), "x");
        Path leftPart = Files.writeString(dir.resolve(".tmsh-qa-" + dead + "-1f.tmx.77.part"), "x");
        Path mine = Files.writeString(dir.resolve("tmsh-qa-" + me + "-2e.tmx"), "x");
        Path other = Files.writeString(dir.resolve("tmsh-notes.txt"), "x");
        TempFiles.sweep(dir);
        assertTrue(!Files.exists(left) && !Files.exists(leftPart));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(mine, other).stream().sorted().toList(), s.sorted().toList());
        }
        Path made = TempFiles.create("qa", ".tmx");
        assertTrue(made.getFileName().toString().startsWith("tmsh-qa-" + me + "-"), made.toString());
        assertTrue(!Files.exists(made));
    }
}
