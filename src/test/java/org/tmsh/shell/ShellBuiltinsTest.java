package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;

import org.tmsh.TmshApplication;

/**
 * The shell's own commands as a new user tries them: {@code tmsh --help}, {@code tmsh --version}, help for
 * every built-in under one name ({@code exit}, also {@code quit}), {@code script FILE} accepting what
 * {@code @FILE} accepts, and the same commands in the interactive shell as in a one-shot run.
 */
class ShellBuiltinsTest extends WithTempHome {

    @Test
    void dashDashHelpListsTheCommandsAndDashDashVersionTellsTheBuildsVersion() throws Exception {
        for (String flag : List.of("--help", "-h")) {
            CliTest.Run r = CliTest.run(flag);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("Translation memory") && r.out().contains("tm search"), r.out());
        }
        CliTest.Run v = CliTest.run("--version");
        assertEquals(0, v.code(), v.err());
        Matcher pom = Pattern.compile("<artifactId>tmsh</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(pom.find(), "the pom names tmsh's version");
        assertEquals("tmsh " + pom.group(1), v.out().strip());
        assertEquals(v.out(), CliTest.run("version").out());
        assertEquals(TmshCommand.USER_ERROR, CliTest.run("--nosuch").code());
    }

    @Test
    void everyBuiltInHasHelpUnderTheNameTheShellUses() {
        CommandRegistry registry = new CommandRegistry();
        Commands.all(null, () -> registry).forEach(registry::registerCommand);
        for (String name : List.of("exit", "quit", "history", "script", "clear", "version", "help")) {
            CliTest.Run r = CliTest.run("help", name);
            assertEquals(0, r.code(), name + ": " + r.err());
            String expected = name.equals("quit") ? "exit" : name;
            assertTrue(r.out().startsWith(expected + ": ") && r.out().contains("usage: " + expected), r.out());
            assertFalse(r.out().contains("()"), "no Spring Shell help: " + r.out());
        }
        CliTest.Run list = CliTest.run("help");
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("  exit ")), list.out());
        assertFalse(list.out().lines().anyMatch(l -> l.startsWith("  quit ")), "one name, the welcome's: " + list.out());
        for (Command c : registry.getCommands()) {
            assertInstanceOf(TmshCommand.class, c, c.getName());
        }
    }

    @Test
    void scriptTakesTheFileAsAnArgumentWithCommentsAsAtFileDoes() throws Exception {
        Path script = dir.resolve("daily.tmsh");
        Files.writeString(script, "# the daily check\n\nversion   # the build\nhelp version\n");
        CliTest.Run at = CliTest.run("@" + script);
        assertEquals(0, at.code(), at.err());
        for (CliTest.Run r : List.of(CliTest.run("script", script.toString()),
                CliTest.run("script", "--file", script.toString()))) {
            assertEquals(0, r.code(), r.err());
            assertEquals(at.out(), r.out());
            assertTrue(r.out().startsWith("tmsh " + TmshApplication.VERSION + "\n"), r.out());
            assertFalse(r.out().contains("null"), r.out());
        }
        // a script inside a script: '@FILE' is a command line like any other
        Path outer = dir.resolve("outer.tmsh");
        Files.writeString(outer, "@" + script + "\n");
        assertEquals(at.out(), CliTest.run("script", outer.toString()).out());
    }

    @Test
    void aScriptStopsAtItsFirstFailingLineWithThatLinesStatus() throws Exception {
        Path script = dir.resolve("bad.tmsh");
        Files.writeString(script, "version\n# next fails\ntm nosuch\nversion\n");
        CliTest.Run r = CliTest.run("script", script.toString());
        assertEquals(TmshCommand.USER_ERROR, r.code());
        assertEquals("tmsh " + TmshApplication.VERSION + "\n", r.out(), "nothing after the failing line runs");
        assertTrue(r.err().contains("unknown sub-command 'nosuch'") && r.err().contains(script + ": stopped at line 3"),
                r.err());
        assertEquals(1, r.err().lines().filter(l -> l.contains("stopped")).count(), r.err());

        Path loop = dir.resolve("loop.tmsh");
        Files.writeString(loop, "script " + loop + "\n");
        CliTest.Run l = CliTest.run("@" + loop);
        assertEquals(TmshCommand.USER_ERROR, l.code());
        assertTrue(l.err().contains("more than " + ScriptCommand.MAX_DEPTH + " deep"), l.err());

        CliTest.Run missing = CliTest.run("script", dir.resolve("none.tmsh").toString());
        assertEquals(TmshCommand.USER_ERROR, missing.code());
        assertTrue(missing.err().contains("none.tmsh"), missing.err());
        assertEquals(TmshCommand.USER_ERROR, CliTest.run("script").code());
    }

    @Test
    void theImportSummaryCountsInTheRightNumber() throws Exception {
        Path tmx = dir.resolve("one.tmx");
        Files.writeString(tmx, """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t"
                 adminlang="en" srclang="de" datatype="plaintext"/><body>
                <tu><tuv xml:lang="de"><seg>Lawrow kam nach Berlin.</seg></tuv><tuv xml:lang="en"><seg>Lavrov came to Berlin.</seg></tuv></tu>
                </body></tmx>
                """);
        CliTest.Run r = CliTest.run("tm", "import", tmx.toString(), "--tm", "news");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(": 1 unit read: 1 added (") && r.out().contains("TM 'news' now has 1 unit."), r.out());
        CliTest.Run again = CliTest.run("tm", "import", tmx.toString(), "--tm", "news");
        assertTrue(again.out().contains(": 1 unit read: none added, 1 duplicate skipped (already in the TM or earlier in the file)"),
                again.out());
        Path mixed = dir.resolve("mixed.tmx");
        Files.writeString(mixed, Files.readString(tmx).replace("</body>", """
                <tu><tuv xml:lang="de"><seg>Lawrow kam nach Bonn.</seg></tuv><tuv xml:lang="en"><seg>Lavrov came to Bonn.</seg></tuv></tu>
                <tu><tuv xml:lang="de"><seg>Nur eine Sprache.</seg></tuv></tu>
                <tu><tuv xml:lang="de"><seg></seg></tuv><tuv xml:lang="en"><seg></seg></tuv></tu>
                </body>"""));
        CliTest.Run three = CliTest.run("tm", "import", mixed.toString(), "--tm", "news");
        assertTrue(three.out().contains(": 4 units read: 1 added, 1 duplicate skipped (already in the TM or earlier in the file),"
                + " 2 invalid units skipped ("), "the counts add up to the units read:\n" + three.out());
        assertEquals("2 units", Output.count(2, "unit"));
        assertEquals("20,061 units", Output.count(20_061, "unit"));
    }

    @Test
    void aMissingFileIsNamedInOneWordingByEveryCommand() {
        Path none = dir.resolve("none.tmx");
        Path txt = dir.resolve("none.txt");
        for (String[] args : List.of(new String[] {"tm", "import", none.toString(), "--tm", "news"},
                new String[] {"tm", "import", dir.resolve("none.tsv").toString(), "--tm", "news",
                        "--source-lang", "de", "--target-lang", "en"},
                new String[] {"term", "import", dir.resolve("none.tbx").toString()},
                new String[] {"align", "--source", txt.toString(), "--target", txt.toString()},
                new String[] {"script", txt.toString()},
                new String[] {"qa", dir.resolve("none.xlf").toString()},
                new String[] {"qa", "--tmx", none.toString()})) {
            CliTest.Run r = CliTest.run(args);
            assertEquals(TmshCommand.USER_ERROR, r.code(), String.join(" ", args));
            assertTrue(r.err().contains("none.") && r.err().contains("file not found"), String.join(" ", args) + ": " + r.err());
        }
    }

    @Test
    void historyShowsTheCommandsTypedOldestFirst() throws Exception {
        Files.createDirectories(home.path());
        Files.writeString(home.path().resolve("history"),
                "1765043000000:tm list\n1765043001000:term match Kiew Kyiv\n1765043002000:align --source a\\\\b.txt\n");
        CliTest.Run all = CliTest.run("history");
        assertEquals(0, all.code(), all.err());
        assertEquals(List.of("    1  tm list", "    2  term match Kiew Kyiv", "    3  align --source a\\b.txt"),
                all.out().lines().toList());
        assertEquals(List.of("    3  align --source a\\b.txt"), CliTest.run("history", "1").out().lines().toList());
        assertEquals(TmshCommand.USER_ERROR, CliTest.run("history", "x").code());
    }

    @Test
    void theInteractiveShellOffersTmshsBuiltInsAndReadsAtFile() {
        assertEquals("script", new TmshCommandParser(new CommandRegistry()).parse("@daily.tmsh").commandName());
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            SpringApplication app = new SpringApplication(TmshApplication.class);
            app.setDefaultProperties(Map.of("spring.shell.interactive.enabled", "false"));
            try (ConfigurableApplicationContext ctx = app.run("version")) {
                CommandRegistry registry = ctx.getBean(CommandRegistry.class);
                for (Command c : registry.getCommands()) {
                    assertInstanceOf(TmshCommand.class, c, "Spring Shell's own '" + c.getName() + "' is not offered");
                }
                assertInstanceOf(ExitCommand.class, registry.getCommandByName("quit"));
                assertInstanceOf(ScriptCommand.class, registry.getCommandByName("script"));
                assertInstanceOf(HistoryCommand.class, registry.getCommandByName("history"));
            }
        } finally {
            System.setOut(oldOut);
        }
    }
}
