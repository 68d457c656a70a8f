package org.tmsh.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output files: refused when they would destroy something, written through links, modes kept, nothing left behind. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFolderIsRefused() {
        TmshException e = assertThrows(TmshException.class, () -> AtomicFiles.writeString(dir, "x"));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
    }

    @Test
    void aFifoIsRefusedAndStaysAFifo() throws Exception {
        Path fifo = dir.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        TmshException e = assertThrows(TmshException.class, () -> AtomicFiles.writeString(fifo, "x"));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo));
        assertEquals(List.of(fifo), listing());
    }

    @Test
    void aDeviceIsRefused() {
        TmshException e = assertThrows(TmshException.class, () -> AtomicFiles.checkOutput(Path.of("/dev/null")));
        assertTrue(e.getMessage().startsWith("/dev/null: is not a regular file"), e.getMessage());
    }

    @Test
    void aReadOnlyFileIsRefusedEvenForRootAndKeepsItsContent() throws Exception {
        Path f = dir.resolve("ro.tmx");
        Files.writeString(f, "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        TmshException e = assertThrows(TmshException.class, () -> AtomicFiles.writeString(f, "new"));
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        assertEquals("old", Files.readString(f));
    }

    @Test
    void aSymlinkIsWrittenThroughAndStaysALink() throws Exception {
        Path real = dir.resolve("real.tmx");
        Files.writeString(real, "old");
        Path link = dir.resolve("link.tmx");
        Files.createSymbolicLink(link, Path.of("real.tmx"));
        AtomicFiles.writeString(link, "new");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        Path dangling = dir.resolve("dangling.tmx");
        Files.createSymbolicLink(dangling, dir.resolve("made.tmx"));
        AtomicFiles.writeString(dangling, "made");
        assertTrue(Files.isSymbolicLink(dangling));
        assertEquals("made", Files.readString(dir.resolve("made.tmx")));
    }

    @Test
    void aReplacedFileKeepsItsModeAndANewFileFollowsTheUmask() throws Exception {
        Path f = dir.resolve("shared.tmx");
        Files.writeString(f, "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.writeString(f, "new");
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        Path reference = Files.createFile(dir.resolve("reference"));
        Path fresh = dir.resolve("fresh.tmx");
        AtomicFiles.writeString(fresh, "x");
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(fresh));
    }

    @Test
    void asRootAReplacedFileKeepsItsOwner() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "needs root to give a file away");
        Path f = dir.resolve("theirs.tmx");
        Files.writeString(f, "old");
        java.nio.file.attribute.UserPrincipal nobody = f.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        Files.setOwner(f, nobody);
        AtomicFiles.writeString(f, "new");
        assertEquals(nobody, Files.getOwner(f));
        assertEquals("new", Files.readString(f));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path f = dir.resolve("out.tmx");
        Files.writeString(f, "old");
        assertThrows(TmshException.class, () -> AtomicFiles.write(f, os -> {
            os.write("half".getBytes());
            throw new IOException("No space left on device");
        }));
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(f, os -> {
            throw new IllegalStateException("bug");
        }));
        assertEquals("old", Files.readString(f));
        assertEquals(List.of(f), listing());
    }

    @Test
    void aTemporaryFileAKilledWriterLeftIsRemovedByTheNextWrite() throws Exception {
        long dead = deadPid();
        Path f = dir.resolve("out.tmx");
        Path killed = Files.writeString(dir.resolve(".out.tmx." + dead + "-3a.part"), "half");
        Path living = Files.writeString(dir.resolve(".out.tmx." + ProcessHandle.current().pid() + "-3b.part"), "busy");
        Path otherFile = Files.writeString(dir.resolve(".other.tmx." + dead + "-3c.part"), "not ours to judge now");
        AtomicFiles.writeString(f, "new");
        assertEquals(List.of(otherFile, living, f), listing());
        assertTrue(!Files.exists(killed));
    }

    /**
     * A pid that no running process has: above the kernel's limit where it tells one (Linux), else
     * that of a process that has ended (which the system could, rarely, give to a new process).
     */
    private static long deadPid() throws Exception {
        Path max = Path.of("/proc/sys/kernel/pid_max");
        if (Files.isReadable(max)) {
            // readAllLines, not readString: /proc files tell size 0, and readString returned "3" of "32768"
            return Long.parseLong(Files.readAllLines(max).get(0).trim()) + 1;
        }
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void anOutputThatIsAnInputOrAnotherOutputIsRefused() throws Exception {
        Path in = dir.resolve("de.txt");
        Files.writeString(in, "Text");
        Path hard = dir.resolve("hard.txt");
        Files.createLink(hard, in);
        Path sub = Files.createDirectory(dir.resolve("sub"));
        for (Path alias : List.of(in, hard, sub.resolve("../de.txt"))) {
            TmshException e = assertThrows(TmshException.class, () -> AtomicFiles.checkOutputs(List.of(alias), List.of(in)));
            assertTrue(e.getMessage().contains("also an input"), e.getMessage());
        }
        Path out = dir.resolve("out.tmx");
        TmshException twice = assertThrows(TmshException.class,
                () -> AtomicFiles.checkOutputs(List.of(out, dir.resolve("./out.tmx")), List.of(in)));
        assertTrue(twice.getMessage().contains("two outputs"), twice.getMessage());
        AtomicFiles.checkOutputs(List.of(out, dir.resolve("out.links")), List.of(in, dir.resolve("missing.txt")));
    }

    @Test
    void aLegal250CharacterNameIsWrittenWithAShortenedTemporaryNameThatTheNextWriteSweeps() throws Exception {
        String name = "ü".repeat(100) + "x".repeat(46) + ".tmx"; // 250 characters, 250 + 100 bytes: too long
        Path f = dir.resolve("x".repeat(246) + ".tmx");
        String prefix = AtomicFiles.tempPrefix(f.getFileName().toString());
        assertTrue(prefix.startsWith(".xxx") && prefix.length() + 32 <= AtomicFiles.NAME_MAX, prefix);
        assertEquals(prefix, AtomicFiles.tempPrefix(f.getFileName().toString()), "the same name, the same prefix");
        Path killed = Files.writeString(dir.resolve(prefix + deadPid() + "-3a.part"), "half");
        AtomicFiles.writeString(f, "new");
        assertEquals("new", Files.readString(f));
        assertEquals(List.of(f), listing(), "the killed writer's file is swept, no temporary file is left");
        assertTrue(!Files.exists(killed));
        String multi = AtomicFiles.tempPrefix(name);
        assertTrue(multi.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 32 <= AtomicFiles.NAME_MAX, multi);
        assertTrue(multi.startsWith("." + "\u00fc".repeat(100)), "cut by characters, counted in bytes: " + multi);
        assertEquals(".short.tmx.", AtomicFiles.tempPrefix("short.tmx"), "a short name keeps its readable prefix");
        TmshException tooLong = assertThrows(TmshException.class, () -> AtomicFiles.writeString(dir.resolve("y".repeat(256)), "x"));
        assertTrue(tooLong.getMessage().contains("256 bytes long"), tooLong.getMessage());
    }

    @Test
    void aLinkWhereTmshKeepsItsOwnFileOrFolderIsRefusedAndItsTargetKept() throws Exception {
        Path home = Files.createDirectory(dir.resolve("home"));
        Path victim = Files.writeString(dir.resolve("victim"), "precious");
        Path cache = Files.createDirectories(home.resolve("cache/dictionaries"));
        Path own = cache.resolve("k.lex");
        Files.createSymbolicLink(own, victim);
        TmshException e = assertThrows(TmshException.class, () -> AtomicFiles.writeOwn(home, own, os -> os.write(1)));
        assertTrue(e.getMessage().startsWith(own + ": is a symbolic link where tmsh keeps its own file"), e.getMessage());
        assertEquals("precious", Files.readString(victim));
        Files.delete(own);
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Files.delete(cache);
        Files.createSymbolicLink(cache, elsewhere);
        TmshException folder = assertThrows(TmshException.class, () -> AtomicFiles.writeOwn(home, own, os -> os.write(1)));
        assertTrue(folder.getMessage().contains("its own folder"), folder.getMessage());
        assertEquals(List.of(), Files.list(elsewhere).toList());
        // the home itself may be a link the user made
        Path linkedHome = Files.createSymbolicLink(dir.resolve("linked-home"), home);
        Files.delete(cache);
        Files.createDirectory(cache);
        AtomicFiles.writeOwn(linkedHome, linkedHome.resolve("cache/dictionaries/k.lex"), os -> os.write(1));
        assertEquals(1, Files.size(own));
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    /**
     * A fixed-name folder in the system's temporary folder (the Solr import's bulk folder): a link there, a
     * file, or another user's folder is refused; one's own, or none yet, is taken. Before, the import wrote
     * its units through such a link and swept the entries of the folder it pointed to.
     */
    @Test
    void aSharedFolderThatIsALinkOrAnotherUsersIsRefused() throws Exception {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(dir.resolve("bulk-link"), elsewhere);
        assertTrue(assertThrows(TmshException.class, () -> AtomicFiles.checkSharedFolder(link)).getMessage()
                .contains("is a symbolic link"));
        Path file = Files.writeString(dir.resolve("bulk-file"), "x");
        assertTrue(assertThrows(TmshException.class, () -> AtomicFiles.checkSharedFolder(file)).getMessage()
                .contains("is not a folder"));
        AtomicFiles.checkSharedFolder(dir.resolve("bulk-none"));
        Path mine = Files.createDirectory(dir.resolve("bulk-mine"));
        AtomicFiles.checkSharedFolder(mine);
        Path theirs = Files.createDirectory(dir.resolve("bulk-theirs"));
        java.nio.file.attribute.UserPrincipal nobody;
        try {
            nobody = theirs.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(theirs, nobody);
        } catch (IOException e) {
            return; // not allowed to give a folder away (not root): the link and file cases stand
        }
        if (!nobody.getName().equals(System.getProperty("user.name"))) {
            assertTrue(assertThrows(TmshException.class, () -> AtomicFiles.checkSharedFolder(theirs)).getMessage()
                    .contains("belongs to nobody"));
        }
    }
}
