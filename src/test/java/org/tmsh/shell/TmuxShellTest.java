package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private void type(String text) throws Exception {
        tmux("send-keys", "-t", session, "-l", text);
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

    @Test
    void completionProgressAndReviewAsAPersonSeesThem() throws Exception {
        Assumptions.assumeTrue(TestFiles.onPath("tmux"), "tmux not installed (.ci/run installs it)");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "env TMSH_HOME=" + dir.resolve("home") + " " + java + " -cp " + System.getProperty("java.class.path")
                + " " + TmshApplication.class.getName();
        tmux("new-session", "-d", "-s", session, "-x", "160", "-y", "50", "-c", Path.of("").toAbsolutePath().toString(), command);
        waitFor(s -> s.contains("tmsh>"), 60, "the prompt");

        type("al");
        key("Tab");
        waitFor(s -> s.lines().anyMatch(l -> l.startsWith("tmsh> align")), 10, "Tab to complete 'al' to 'align'");
        key("C-u");

        type("tm import ../shared/tm-data/libreoffice-help.tsv.gz --tm help --source-lang en --target-lang de");
        key("Enter");
        waitFor(s -> s.contains("importing [#"), 60, "the progress bar of the import");
        waitFor(s -> s.contains("units read"), 300, "the end of the import");

        // without a dictionary, so that several links stay below 0.95 to review (a dictionary makes them surer)
        type("align --source " + TestFiles.SEED_DE + " --target " + TestFiles.SEED_EN + " --dictionary none");
        key("Enter");
        waitFor(s -> s.contains("weak links to review"), 60, "the alignment");
        type("review --below 0.95");
        key("Enter");
        waitFor(s -> s.contains("[1/") && s.contains("[a]ccept"), 30, "the first link to review");
        type("a");
        key("Enter");
        waitFor(s -> s.contains("[2/"), 30, "the second link to review");
        type("q");
        key("Enter");
        String end = waitFor(s -> s.contains("weak links reviewed"), 30, "the end of the review");
        assertTrue(end.contains("1 of "), end);

        type("term import glossaries/seeds.tbx");
        key("Enter");
        waitFor(s -> s.contains("now glossary 'seeds'"), 30, "the glossary import");
        type("term list --glossary se");
        key("Tab");
        waitFor(s -> s.contains("--glossary seeds"), 10, "Tab to complete a glossary name");
        key("C-u");
        type("exit");
        key("Enter");
        // the shell writes its history as it leaves: wait for it to end before the folder goes
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && tmux("has-session", "-t", session).isEmpty()) {
            Thread.sleep(100);
        }
    }
}
