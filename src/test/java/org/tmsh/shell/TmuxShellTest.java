package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    @TempDir
    Path dir;

    private final String session = "tmsh-test-" + ProcessHandle.current().pid();

    private static String tmux(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
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

    private void type(String text) throws Exception {
        tmux("send-keys", "-t", session, "-l", text);
    }

    /** Types a line and presses Enter. */
    private void enter(String line) throws Exception {
        type(line);
        key("Enter");
    }

    private void key(String key) throws Exception {
        tmux("send-keys", "-t", session, key);
    }

    @AfterEach
    void kill() throws Exception {
        if (TestFiles.onPath("tmux") && tmux("has-session", "-t", session).isEmpty()) {
            tmux("kill-session", "-t", session);
            Thread.sleep(1000); // let the killed shell's JVM go before the temporary folder is removed
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
        waitFor(s -> s.contains("tmsh>"), 60, "the prompt");
        // keys typed while the line editor takes the terminal may be dropped: type until one shows
        for (int i = 0; i < 20 && !screen().contains("tmsh> #"); i++) {
            type("#");
            Thread.sleep(200);
        }
        key("C-u");
        waitFor(s -> !s.contains("tmsh> #"), 10, "a clean line");
    }

    private void leave() throws Exception {
        enter("exit");
        // the shell writes its history as it leaves: wait for it to end before the folder goes
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && tmux("has-session", "-t", session).isEmpty()) {
            Thread.sleep(100);
        }
    }

    @Test
    void ctrlCCancelsTheHalfTypedLineOrTheRunningImportNeverTheShell() throws Exception {
        start();
        type("tm list --js");
        waitFor(s -> s.contains("tmsh> tm list --js"), 10, "the half-typed line");
        key("C-c");
        waitFor(s -> lastLine(s).equals("tmsh>"), 30, "a fresh prompt after Ctrl-C on the line");
        enter("tm list");
        waitFor(s -> s.contains("no translation memories yet"), 30, "the shell to go on after Ctrl-C on a line");

        enter("tm import ../shared/tm-data/libreoffice-help.tsv.gz --tm help --source-lang en --target-lang de");
        waitFor(s -> s.contains("importing [#"), 60, "the progress bar of the import");
        key("C-c");
        waitFor(s -> s.contains("importing cancelled (Ctrl-C)"), 60, "the import to stop");
        enter("tm list --json");
        String after = waitFor(s -> s.lines().anyMatch(l -> l.strip().equals("[ ]") || l.strip().equals("[]")), 30,
                "an empty list of TMs: the cancelled import removed the TM it had created");
        assertTrue(!after.contains("\"help\""), after);
        leave();
    }

    @Test
    void hangulTableCompletionAfterAnArgumentAndReviewSplit() throws Exception {
        start();
        enter("term import glossaries/seeds.tbx");
        waitFor(s -> s.contains("now glossary 'seeds'"), 30, "the glossary import");

        type("term list 최선희 --glossary se");
        key("Tab");
        waitFor(s -> s.contains("term list 최선희 --glossary seeds"), 10, "Tab to complete a glossary name after an argument");
        key("Enter");
        String table = waitFor(s -> s.contains("└"), 30, "the table of the concept");
        List<String> rows = table.lines().dropWhile(l -> !l.startsWith("┌")).takeWhile(l -> l.startsWith("┌")
                || l.startsWith("│") || l.startsWith("├") || l.startsWith("└")).toList();
        assertTrue(rows.stream().anyMatch(l -> l.contains("최선희")), table);
        int width = TextTable.width(rows.get(0));
        for (String l : rows) {
            assertTrue(TextTable.width(l.stripTrailing()) == width, "Hangul keeps the columns in line:\n" + table);
        }

        enter("align --source " + TestFiles.SEED_DE + " --target " + TestFiles.SEED_EN);
        waitFor(s -> s.contains("weak links to review"), 60, "the alignment");
        enter("review --below 1.01");
        java.util.regex.Pattern offer = java.util.regex.Pattern.compile("\\[(\\d+)/(\\d+)\\] link (.*), (\\d+-\\d+), confidence");
        boolean split = false;
        for (int k = 1; !split; k++) {
            int n = k;
            String s = waitFor(x -> x.contains("[" + n + "/"), 30, "link " + n + " to review");
            java.util.regex.Matcher m = offer.matcher(s.substring(s.lastIndexOf("[" + n + "/")));
            assertTrue(m.find(), s);
            assertTrue(n <= Integer.parseInt(m.group(2)), "a link of several segments to split: " + s);
            if (m.group(4).equals("1-1")) {
                enter("a");
                continue;
            }
            enter("s");
            String after = waitFor(x -> x.contains("now: "), 30, "the split");
            String now = after.substring(after.lastIndexOf("now: "));
            assertTrue(now.split("\\]:\\[").length > 2, "the link became several: " + now);
            split = true;
        }
        enter("q");
        waitFor(s -> s.contains("weak links reviewed"), 30, "the end of the review");
        leave();
    }

    @Test
    void completionProgressAndReviewAsAPersonSeesThem() throws Exception {
        start();

        type("al");
        key("Tab");
        waitFor(s -> s.lines().anyMatch(l -> l.startsWith("tmsh> align")), 10, "Tab to complete 'al' to 'align'");
        key("C-u");

        enter("tm import ../shared/tm-data/libreoffice-help.tsv.gz --tm help --source-lang en --target-lang de");
        waitFor(s -> s.contains("importing [#"), 60, "the progress bar of the import");
        waitFor(s -> s.contains("units read"), 300, "the end of the import");

        // without a dictionary, so that several links stay below 0.95 to review (a dictionary makes them surer)
        enter("align --source " + TestFiles.SEED_DE + " --target " + TestFiles.SEED_EN + " --dictionary none");
        waitFor(s -> s.contains("weak links to review"), 60, "the alignment");
        enter("review --below 0.95");
        waitFor(s -> s.contains("[1/") && s.contains("[a]ccept"), 30, "the first link to review");
        enter("a");
        waitFor(s -> s.contains("[2/"), 30, "the second link to review");
        enter("q");
        String end = waitFor(s -> s.contains("weak links reviewed"), 30, "the end of the review");
        assertTrue(end.contains("1 of "), end);

        enter("term import glossaries/seeds.tbx");
        waitFor(s -> s.contains("now glossary 'seeds'"), 30, "the glossary import");
        type("term list --glossary se");
        key("Tab");
        waitFor(s -> s.contains("--glossary seeds"), 10, "Tab to complete a glossary name");
        key("C-u");
        leave();
    }
}
