package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.TestFiles;
import org.tmsh.TmshApplication;

/**
 * The interactive shell driven as a person would, in tmux (installed by .ci/run): type, press Tab,
 * read the screen. "al" + Tab completes to "align"; importing the shared TM data shows a progress
 * bar; an alignment is reviewed link by link; a glossary name completes with Tab.
 */
class TmuxShellTest {

    /** Generous: a loaded 2-core machine may take seconds for what takes milliseconds alone. */
    private static final int SHORT = 30;
    /**
     * Waits that may include the first parse of the installed dictionaries (when no test before has
     * cached them: a fresh machine, or another test order) take minutes under load.
     */
    private static final int LONG = 600;

    @TempDir
    Path dir;

    /**
     * A tmux server of this test's own (its own socket, no ~/.tmux.conf): nothing of a person's tmux
     * server or settings, nor another test run's sessions, meets this one.
     */
    private final String socket = "tmsh-test-" + ProcessHandle.current().pid();
    private final String session = "tmsh";

    /** Runs tmux on this test's server in a UTF-8 locale (as a person's terminal is), its output as text. */
    private String tmux(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null", "-u"));
        cmd.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(cmd).redirectErrorStream(true);
        b.environment().put("LC_ALL", "C.UTF-8");
        b.environment().remove("TMUX");
        return TestFiles.run(b, SHORT).out();
    }

    private String screen() throws Exception {
        return tmux("capture-pane", "-p", "-t", session, "-S", "-60");
    }

    private String waitFor(Predicate<String> what, int seconds, String description) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String s = "";
        while (System.nanoTime() < deadline) {
            s = screen();
            if (what.test(s)) {
                return s;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited " + seconds + " s for " + description + "; the screen:\n" + s);
    }

    private static String lastLine(String screen) {
        List<String> lines = screen.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    /**
     * Types text: as its UTF-8 bytes in hex, so that Hangul reaches the pane whatever charset this JVM
     * passes program arguments in (Java 17 takes it from the locale; POSIX would make 최 a '?').
     */
    private void type(String text) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session, "-H"));
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            args.add(Integer.toHexString(b & 0xFF));
        }
        tmux(args.toArray(String[]::new));
    }

    /** Types a line and presses Enter. */
    private void enter(String line) throws Exception {
        type(line);
        key("Enter");
    }

    private void key(String key) throws Exception {
        tmux("send-keys", "-t", session, key);
    }

    /** True while the session (and so the shell in it) runs. */
    private boolean running() throws Exception {
        return tmux("has-session", "-t", session).isEmpty();
    }

    /** The shell's process (the pane's: the script execs java), if the session still runs. */
    private Optional<ProcessHandle> shell() throws Exception {
        String pid = running() ? tmux("display-message", "-p", "-t", session, "#{pane_pid}").strip() : "";
        return pid.matches("\\d+") ? ProcessHandle.of(Long.parseLong(pid)) : Optional.empty();
    }

    @AfterEach
    void kill() throws Exception {
        if (!TestFiles.onPath("tmux")) {
            return;
        }
        Optional<ProcessHandle> shell = shell();
        tmux("kill-server");
        // the killed shell's JVM must be gone before the temporary folder is removed: wait for it, not for a while
        if (shell.isPresent()) {
            ProcessHandle h = shell.get();
            try {
                h.onExit().get(SHORT, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                h.destroyForcibly();
                h.onExit().get(SHORT, TimeUnit.SECONDS);
            }
        }
    }

    private void start() throws Exception {
        Assumptions.assumeTrue(TestFiles.onPath("tmux"), "tmux not installed (.ci/run installs it)");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // a fresh home, but the parsed dictionaries of the other tests' runs (parsing them is minutes under load)
        String command = "env TMSH_HOME=" + dir.resolve("home") + " " + java + " -D"
                + org.tmsh.align.DictionaryCache.FOLDER_PROPERTY + "=" + org.tmsh.align.DictionaryCache.inHome().folder()
                + " -cp " + System.getProperty("java.class.path") + " " + TmshApplication.class.getName();
        // through a script: the test class path is longer than tmux takes on its command line
        Path script = dir.resolve("tmsh.sh");
        Files.writeString(script, "exec " + command + "\n");
        tmux("new-session", "-d", "-s", session, "-x", "160", "-y", "50", "-c", Path.of("").toAbsolutePath().toString(),
                "sh " + script);
        waitFor(s -> s.contains("tmsh>"), LONG, "the prompt");
        // keys typed while the line editor takes the terminal may be dropped: type until one shows
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LONG);
        for (String s = screen(); !s.contains("tmsh> #"); s = screen()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + LONG + " s for a typed key to show; the screen:\n" + s);
            }
            type("#");
            Thread.sleep(200);
        }
        key("C-u");
        waitFor(s -> !s.contains("tmsh> #"), SHORT, "a clean line");
    }

    private void leave() throws Exception {
        enter("exit");
        // the shell writes its history as it leaves: it must end of itself, before the folder goes
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LONG);
        while (running()) {
            assertTrue(System.nanoTime() < deadline, "the shell did not end after 'exit'; the screen:\n" + screen());
            Thread.sleep(100);
        }
    }

    /**
     * The shared help TSV four times over, each copy's units made distinct: an import long enough
     * (160,000 units) that its progress bar shows for seconds and Ctrl-C lands while it runs, even
     * on a fast machine with a fast importer.
     */
    private Path longImport() throws Exception {
        Path tsv = dir.resolve("help-x4.tsv");
        List<String> lines;
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(
                Files.newInputStream(Path.of("../shared/tm-data/libreoffice-help.tsv.gz")))) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        try (java.io.Writer w = Files.newBufferedWriter(tsv, StandardCharsets.UTF_8)) {
            for (int copy = 1; copy <= 4; copy++) {
                for (String l : lines) {
                    w.write(l.replaceFirst("\t", "-" + copy + "\t") + " (" + copy + ")\n");
                }
            }
        }
        return tsv;
    }

    @Test
    void ctrlCCancelsTheHalfTypedLineOrTheRunningImportNeverTheShell() throws Exception {
        start();
        type("tm list --js");
        waitFor(s -> s.contains("tmsh> tm list --js"), SHORT, "the half-typed line");
        key("C-c");
        waitFor(s -> lastLine(s).equals("tmsh>"), SHORT, "a fresh prompt after Ctrl-C on the line");
        enter("tm list");
        waitFor(s -> s.contains("no translation memories yet"), SHORT, "the shell to go on after Ctrl-C on a line");

        enter("tm import " + longImport() + " --tm help --source-lang en --target-lang de");
        waitFor(s -> s.contains("importing [#"), LONG, "the progress bar of the import");
        key("C-c");
        waitFor(s -> s.contains("importing cancelled (Ctrl-C)"), LONG, "the import to stop");
        enter("tm list --json");
        String after = waitFor(s -> s.lines().anyMatch(l -> l.strip().equals("[ ]") || l.strip().equals("[]")), SHORT,
                "an empty list of TMs: the cancelled import removed the TM it had created");
        assertTrue(!after.contains("\"help\""), after);
        leave();
    }

    @Test
    void hangulTableCompletionAfterAnArgumentAndReviewSplit() throws Exception {
        start();
        enter("term import glossaries/seeds.tbx");
        waitFor(s -> s.contains("now glossary 'seeds'"), SHORT, "the glossary import");

        type("term list 최선희 --glossary se");
        key("Tab");
        waitFor(s -> s.contains("term list 최선희 --glossary seeds"), SHORT, "Tab to complete a glossary name after an argument");
        key("Enter");
        String table = waitFor(s -> s.contains("└"), SHORT, "the table of the concept");
        List<String> rows = table.lines().dropWhile(l -> !l.startsWith("┌")).takeWhile(l -> l.startsWith("┌")
                || l.startsWith("│") || l.startsWith("├") || l.startsWith("└")).toList();
        assertTrue(rows.stream().anyMatch(l -> l.contains("최선희")), table);
        int width = TextTable.width(rows.get(0));
        for (String l : rows) {
            assertTrue(TextTable.width(l.stripTrailing()) == width, "Hangul keeps the columns in line:\n" + table);
        }

        enter("align --source " + TestFiles.SEED_DE + " --target " + TestFiles.SEED_EN);
        waitFor(s -> s.matches("(?s).*weak links? to review.*"), LONG, "the alignment");
        enter("review --below 1.01 --out " + dir.resolve("reviewed.tmx"));
        java.util.regex.Pattern offer = java.util.regex.Pattern.compile("\\[(\\d+)/(\\d+)\\] link (.*), (\\d+-\\d+), confidence");
        boolean split = false;
        for (int k = 1; !split; k++) {
            int n = k;
            String s = waitFor(x -> x.contains("[" + n + "/"), SHORT, "link " + n + " to review");
            java.util.regex.Matcher m = offer.matcher(s.substring(s.lastIndexOf("[" + n + "/")));
            assertTrue(m.find(), s);
            assertTrue(n <= Integer.parseInt(m.group(2)), "a link of several segments to split: " + s);
            if (m.group(4).equals("1-1")) {
                enter("a");
                continue;
            }
            enter("s");
            String after = waitFor(x -> x.contains("now: "), SHORT, "the split");
            String now = after.substring(after.lastIndexOf("now: "));
            assertTrue(now.split("\\]:\\[").length > 2, "the link became several: " + now);
            split = true;
        }
        enter("q");
        waitFor(s -> s.contains("weak links reviewed"), SHORT, "the end of the review");
        leave();
    }

    @Test
    void completionProgressAndReviewAsAPersonSeesThem() throws Exception {
        start();

        type("al");
        key("Tab");
        waitFor(s -> s.lines().anyMatch(l -> l.startsWith("tmsh> align")), SHORT, "Tab to complete 'al' to 'align'");
        key("C-u");

        enter("tm import " + longImport() + " --tm help --source-lang en --target-lang de");
        waitFor(s -> s.contains("importing [#"), LONG, "the progress bar of the import");
        waitFor(s -> s.contains("units read"), LONG, "the end of the import");

        // without a dictionary, so that several links stay below 0.95 to review (a dictionary makes them surer)
        enter("align --source " + TestFiles.SEED_DE + " --target " + TestFiles.SEED_EN + " --dictionary none");
        waitFor(s -> s.matches("(?s).*weak links? to review.*"), LONG, "the alignment");
        enter("review --below 0.95 --out " + dir.resolve("reviewed.tmx"));
        waitFor(s -> s.contains("[1/") && s.contains("answer (a m s v r q)?"), SHORT, "the first link to review");
        enter("a");
        waitFor(s -> s.contains("[2/"), SHORT, "the second link to review");
        enter("q");
        String end = waitFor(s -> s.contains("weak links reviewed"), SHORT, "the end of the review");
        assertTrue(end.contains("1 of "), end);

        enter("term import glossaries/seeds.tbx");
        waitFor(s -> s.contains("now glossary 'seeds'"), SHORT, "the glossary import");
        type("term list --glossary se");
        key("Tab");
        waitFor(s -> s.contains("--glossary seeds"), SHORT, "Tab to complete a glossary name");
        key("C-u");
        leave();
    }

    @Test
    void tabOffersOptionsAfterAnArgumentAndHelpOfTheBuiltInsShowsNoSpringInternals() throws Exception {
        start();
        enter("tm import tmx/seeds-000-004.de-en.tmx --tm news");
        waitFor(s -> s.contains("now has 11 units"), LONG, "the import");

        type("tm search Lawrow --");
        key("Tab");
        String offered = waitFor(s -> s.contains("--source-lang") && s.contains("--max"), SHORT,
                "Tab after an argument to offer the options of tm search");
        assertTrue(offered.contains("--target-lang") && offered.contains("--json"), offered);
        type("tm");
        key("Tab");
        type("n");
        key("Tab");
        waitFor(s -> s.contains("tm search Lawrow --tm news"), SHORT, "Tab to complete the TM's name");
        key("C-u");

        for (String topic : List.of("exit", "history", "script", "quit")) {
            enter("help " + topic);
            String help = waitFor(s -> s.contains("usage: " + (topic.equals("quit") ? "exit" : topic)), SHORT, "help " + topic);
            assertTrue(!help.contains("()") && !help.contains("no command"), help);
        }
        enter("help topic shell");
        waitFor(s -> s.contains("Built-in commands") && s.contains("----"), SHORT, "the shell page as text");
        leave();
    }
}
