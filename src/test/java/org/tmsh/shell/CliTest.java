package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import org.tmsh.TestFiles;
import org.tmsh.TmshApplication;

/** tmsh as scripts use it: one-shot and @script runs, exit status, stdout holding only output. */
class CliTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = OneShot.run(args); // what main() runs for program arguments
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void alignWritesTmxAndLinksAndJsonOnlyOnStdout() throws Exception {
        Path tmx = dir.resolve("seeds.tmx");
        Path links = dir.resolve("seeds.links");
        Run r = run("align", "--source", TestFiles.SEED_DE.toString(), "--target", TestFiles.SEED_EN.toString(),
                "--out", tmx.toString(), "--links", links.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(11, json.get("units").asInt());
        assertTrue(Files.readString(tmx).contains("<tu "));
        assertTrue(Files.readAllLines(links).contains("[1]:[]"));
    }

    @Test
    void segmentedInputUsesLineNumbersAsIds() throws Exception {
        Path de = dir.resolve("de.txt");
        Path en = dir.resolve("en.txt");
        Files.writeString(de, "Lawrow kam am 3. Mai.\nEr traf Putin.\n");
        Files.writeString(en, "Lavrov arrived on 3 May.\nHe met Putin.\n");
        Path links = dir.resolve("l.txt");
        Run r = run("align", "--source", de.toString(), "--target", en.toString(), "--segmented",
                "--links", links.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(java.util.List.of("[0]:[0]", "[1]:[1]"), Files.readAllLines(links));
    }

    @Test
    void badInputGivesOneLineNonZeroExitAndNoOutputFile() {
        Path tmx = dir.resolve("never.tmx");
        Run r = run("align", "--source", dir.resolve("missing.txt").toString(), "--target",
                TestFiles.SEED_EN.toString(), "--out", tmx.toString());
        assertEquals(TmshCommand.USER_ERROR, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("missing.txt: file not found"), r.err());
        assertFalse(Files.exists(tmx));
    }

    @Test
    void unknownLanguageAndUnknownOptionAreRejected() {
        Run lang = run("align", "--source", TestFiles.SEED_DE.toString(), "--target", TestFiles.SEED_EN.toString(),
                "--target-lang", "klingon");
        assertEquals(TmshCommand.USER_ERROR, lang.code());
        assertTrue(lang.err().contains("unknown language code 'klingon'"), lang.err());
        Run opt = run("align", "--sauce", "x");
        assertEquals(TmshCommand.USER_ERROR, opt.code());
        assertTrue(opt.err().contains("unknown option --sauce"), opt.err());
    }

    @Test
    void scriptRunsCommandsAndStopsAtTheFirstFailure() throws Exception {
        Path script = dir.resolve("cmds.txt");
        Path tmx = dir.resolve("s.tmx");
        Files.writeString(script, "# align the seeds\nalign --source " + TestFiles.SEED_DE + " --target "
                + TestFiles.SEED_EN + " --out '" + tmx + "'\nalign --source nope.txt --target nope2.txt\n");
        Run r = run("@" + script);
        assertEquals(TmshCommand.USER_ERROR, r.code());
        assertTrue(Files.exists(tmx));
        assertTrue(r.err().contains("stopped at line 3"), r.err());
    }

    @Test
    void reviewInAScriptTakesItsAnswersFromStandardInput() throws Exception {
        Path script = dir.resolve("review.txt");
        Path tmx = dir.resolve("reviewed.tmx");
        Files.writeString(script, "align --source " + TestFiles.SEED_DE + " --target " + TestFiles.SEED_EN + " --json\n"
                + "review --below 1.01 --out '" + tmx + "'\n");
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("a\nr\nq\n".getBytes(StandardCharsets.UTF_8)));
            Run r = run("@" + script);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("2 of 11 weak links reviewed; 10 pairs now."), r.out());
        } finally {
            System.setIn(stdin);
        }
        assertEquals(10, Files.readString(tmx).split("<tu ").length - 1);
        Run none = run("review");
        assertEquals(TmshCommand.USER_ERROR, none.code());
        assertTrue(none.err().contains("no alignment in this session"), none.err());
        Path nowhereScript = Files.writeString(dir.resolve("nowhere.txt"), "align --source " + TestFiles.SEED_DE
                + " --target " + TestFiles.SEED_EN + "\nreview\n");
        Run nowhere = run("@" + nowhereScript);
        assertEquals(TmshCommand.USER_ERROR, nowhere.code());
        assertTrue(nowhere.err().contains("--out FILE.tmx and/or --tm NAME"), "a review that would write nothing: "
                + nowhere.err());
    }

    @Test
    void theSummaryTheReportAndReviewAgreeOnTheWeakLinks() throws Exception {
        Path script = dir.resolve("weak.txt");
        Path report = dir.resolve("r.html");
        // without a dictionary: with one, every seed link is surer than the weak threshold
        Files.writeString(script, "align --source " + TestFiles.SEED_DE + " --target " + TestFiles.SEED_EN
                + " --dictionary none --report '" + report + "'\nreview --out '" + dir.resolve("w.tmx") + "'\n");
        java.io.InputStream stdin = System.in;
        Run r;
        try {
            System.setIn(new java.io.ByteArrayInputStream("x\nq\n".getBytes(StandardCharsets.UTF_8)));
            r = run("@" + script);
        } finally {
            System.setIn(stdin);
        }
        assertEquals(0, r.code(), r.err());
        java.util.regex.Matcher summary = java.util.regex.Pattern.compile("(\\d+) weak links? to review").matcher(r.out());
        assertTrue(summary.find(), r.out());
        int weak = Integer.parseInt(summary.group(1));
        assertTrue(weak > 0, "the seeds have weak links: " + r.out());
        assertTrue(r.out().contains("[1/" + weak + "]"), "review offers the same links: " + r.out());
        assertTrue(Files.readString(report).contains(", " + weak + " weak;"), "the report counts the same");
        assertTrue(r.out().contains("'x' is not an answer"), "a mistyped answer asks again: " + r.out());
        assertTrue(r.out().contains("0 of " + weak + " weak links reviewed"), r.out());
    }

    /** The Spring context of the interactive shell registers the same commands, and its runner runs them. */
    @Test
    void theShellsApplicationContextRunsTheSameCommands() {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            SpringApplication app = new SpringApplication(TmshApplication.class);
            app.setDefaultProperties(Map.of("spring.shell.interactive.enabled", "false"));
            try (ConfigurableApplicationContext ctx = app.run("term", "match", "Lawrow", "Lavrov")) {
                assertEquals(0, ctx.getBean(TmshRunner.class).exitCode());
                org.springframework.shell.core.command.CommandRegistry registry =
                        ctx.getBean(org.springframework.shell.core.command.CommandRegistry.class);
                for (org.springframework.shell.core.command.Command c : Commands.all(null, () -> registry)) {
                    assertTrue(registry.getCommandByName(c.getName()) != null, c.getName());
                }
            }
        } finally {
            System.setOut(oldOut);
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("yes (score 1.00): the same name"),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void tokenizerHonoursQuotes() {
        assertEquals(java.util.List.of("align", "--source", "a b.txt", "it's"),
                TmshCommandParser.tokenize("align --source \"a b.txt\" 'it'\\''s'".replace("'it'\\''s'", "\"it's\"")));
    }

    @Test
    void aTmxReviewedOneShotWithoutOutputKeepsItsDecisionsAndSaysHowToWriteThem() throws Exception {
        Path tmx = dir.resolve("aligned.tmx");
        Run aligned = run("align", "--source", TestFiles.SEED_DE.toString(), "--target", TestFiles.SEED_EN.toString(),
                "--out", tmx.toString());
        assertEquals(0, aligned.code(), aligned.err());
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("a\nq\n".getBytes(StandardCharsets.UTF_8)));
            Run first = run("review", tmx.toString(), "--below", "1.01");
            assertEquals(0, first.code(), first.err());
            String said = first.out() + first.err();
            assertTrue(said.contains("1 of ") && said.contains("nothing written yet") && said.contains("--out FILE.tmx"), said);
            System.setIn(new java.io.ByteArrayInputStream("r\nA\n".getBytes(StandardCharsets.UTF_8)));
            Path out = dir.resolve("reviewed.tmx");
            Run second = run("review", tmx.toString(), "--below", "1.01", "--out", out.toString());
            assertEquals(0, second.code(), second.err());
            assertTrue(second.out().contains("going on with the review") && second.out().contains("1 of"), second.out());
            int units = Files.readString(tmx).split("<tu ").length - 1;
            assertEquals(units - 1, Files.readString(out).split("<tu ").length - 1, "one rejected in the second run");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void aLinksFileIsReviewedWithItsDocumentsAndTheReviewGoesOnWhereItStopped() throws Exception {
        Path links = dir.resolve("seeds.links");
        Run aligned = run("align", "--source", TestFiles.SEED_DE.toString(), "--target", TestFiles.SEED_EN.toString(),
                "--links", links.toString());
        assertEquals(0, aligned.code(), aligned.err());
        String[] docs = {"--source", TestFiles.SEED_DE.toString(), "--target", TestFiles.SEED_EN.toString()};
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("a\nq\n".getBytes(StandardCharsets.UTF_8)));
            Run first = run(concat(new String[] {"review", "--links", links.toString(), "--below", "1.01"}, docs));
            assertEquals(0, first.code(), first.err());
            assertTrue(first.out().contains("confidence") && first.out().contains("nothing written yet"), first.out());
            System.setIn(new java.io.ByteArrayInputStream("r\nq\n".getBytes(StandardCharsets.UTF_8)));
            Path out = dir.resolve("reviewed.tmx");
            Run second = run(concat(new String[] {"review", "--links", links.toString(), "--below", "1.01", "--out",
                    out.toString()}, docs));
            assertEquals(0, second.code(), second.err());
            assertTrue(second.out().contains("going on with the review") && second.out().contains("1 answer given before"),
                    second.out());
            assertTrue(second.out().contains("2 of "), "the answer of the first run and the one of the second: " + second.out());
            long pairs = java.util.Arrays.stream(Files.readString(links).split("\n")).filter(l -> !l.contains("[]")).count();
            assertEquals(pairs - 1, Files.readString(out).split("<tu ").length - 1, "one link rejected");
        } finally {
            System.setIn(stdin);
        }
        Path bad = Files.writeString(dir.resolve("bad.links"), "[0]:[0]\n[0]:[1]\n");
        Run refused = run(concat(new String[] {"review", "--links", bad.toString(), "--out", dir.resolve("b.tmx").toString()}, docs));
        assertEquals(TmshCommand.USER_ERROR, refused.code());
        assertTrue(refused.err().contains("bad.links") && refused.err().contains("2") && refused.err().contains("twice"),
                refused.err());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void aMissingInputIsNamedBeforeAnOutputWhoseFormatDependsOnIt() {
        Path xlf = dir.resolve("missing.xlf");
        Run r = run("merge", xlf.toString(), "--out", dir.resolve("a.en.docx").toString());
        assertEquals(TmshCommand.USER_ERROR, r.code());
        assertTrue(r.err().contains("missing.xlf: file not found"), r.err());
        assertFalse(Files.exists(dir.resolve("a.en.docx")));
    }
}
