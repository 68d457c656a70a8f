package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A home where history cannot be kept: one line once, never a stack trace, and tmsh goes on. */
class TmshHistoryTest {

    @TempDir
    Path dir;

    @Test
    void anUnwritableHistoryFileGivesOneLineOnceAndNoTrace() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("home"), "a file where the home folder should be");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        TmshHistory h = new TmshHistory(new PrintStream(err, true, StandardCharsets.UTF_8));
        // a dumb terminal made directly: TerminalBuilder with streams made a pty terminal even with dumb(true),
        // and its output pump thread printed a trace when the pty closed, into whatever standard error a
        // later test had captured (the next test here got 6 lines for 1)
        try (var terminal = new DumbTerminal(new java.io.ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream())) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
            reader.setVariable(LineReader.HISTORY_FILE, notAFolder.resolve("history"));
            h.attach(reader);
            h.save();
            assertEquals("", err.toString(StandardCharsets.UTF_8), "nothing to save: nothing said");
            h.add("tm list");
            h.add("tm stats");
            h.save();
        }
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().contains("pump thread")),
                "no terminal thread outlives the test");
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, said.lines().count(), said);
        assertTrue(said.startsWith("tmsh: shell history not saved: "), said);
    }

    @Test
    void aLinkWhereTheHistoryFileBelongsIsNeitherReadNorWrittenThrough() throws Exception {
        Path home = Files.createDirectory(dir.resolve("home"));
        Path victim = Files.writeString(dir.resolve("victim"), "precious\n");
        Path history = Files.createSymbolicLink(home.resolve("history"), victim);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        TmshHistory h = new TmshHistory(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setProperty("tmsh.home", home.toString());
        try (var terminal = new DumbTerminal(new java.io.ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream())) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
            reader.setVariable(LineReader.HISTORY_FILE, history);
            h.attach(reader);
            h.add("tm list");
            h.save();
        } finally {
            System.clearProperty("tmsh.home");
        }
        assertEquals("precious\n", Files.readString(victim));
        assertTrue(Files.isSymbolicLink(history));
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, said.lines().count(), said);
        assertTrue(said.startsWith("tmsh: shell history not read: ") && said.contains("is a symbolic link where tmsh keeps its own file"),
                said);
    }

    @Test
    void aOneShotCommandRunsWhenTheHomeCannotBeCreated() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("home"), "x");
        System.setProperty("tmsh.home", notAFolder.resolve("sub").toString());
        try {
            CliTest.Run r = CliTest.run("term", "match", "Lawrow", "Lavrov", "--json");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().isBlank(), r.err());
            CliTest.Run add = CliTest.run("term", "add", "Lawrow", "--lang", "de");
            LoseNothingCliTest.assertRefused(add, "sub");
        } finally {
            System.clearProperty("tmsh.home");
        }
    }

    @Test
    void aTrimmedHistoryIsWrittenAsTmshWritesItsOwnFilesAndWhatADeadShellLeftIsSwept() throws Exception {
        Path home = Files.createDirectory(dir.resolve("home"));
        Path history = home.resolve("history");
        // what a shell killed while trimming left: tmsh's pattern (a dead process id), swept by the next trim
        Path dead = Files.writeString(home.resolve(".history.999999999-1a2b.part"), "1:half\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        TmshHistory h = new TmshHistory(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setProperty("tmsh.home", home.toString());
        try (var terminal = new DumbTerminal(new java.io.ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream())) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
            reader.setVariable(LineReader.HISTORY_FILE, history);
            reader.setVariable(LineReader.HISTORY_FILE_SIZE, 4);
            h.attach(reader);
            for (String c : new String[] {"tm list", "tm stats", "qa a.xlf", "tm list", "term list", "tm search Wahl", "analyze x"}) {
                h.add(c);
            }
            h.save();
        } finally {
            System.clearProperty("tmsh.home");
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        java.util.List<String> commands = Files.readAllLines(history).stream().map(l -> l.replaceFirst("^\\d+:", "")).toList();
        assertEquals(java.util.List.of("qa a.xlf", "tm list", "term list", "tm search Wahl", "analyze x"), commands,
                "trimmed to 4 at the sixth command (each command once, at its last use), then one more");
        try (var files = Files.list(home)) {
            assertEquals(java.util.List.of(history), files.toList(), "no history*.tmp, and the dead shell's file swept");
        }
        assertTrue(Files.notExists(dead));
    }
}
