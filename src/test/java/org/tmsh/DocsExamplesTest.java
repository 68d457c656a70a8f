package org.tmsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.shell.core.command.CommandRegistry;

import org.tmsh.memory.TmLibrary;
import org.tmsh.shell.Commands;
import org.tmsh.shell.TmshCommandParser;
import org.tmsh.shell.TmshRunner;

/**
 * Every command line of the manual runs as written: each {@code tmsh> } line of {@code README.md} and of
 * every {@code docs/*.md} page, in order, one fresh session per page (its own {@code $TMSH_HOME} and
 * scratch folder), from the project root, as a newcomer would type them. The convention, stated for
 * writers in {@code docs/README.md}:
 * <ul>
 * <li>a line that starts with {@code tmsh> } is a command; {@code /tmp/} in it stands for the page's scratch
 * folder; it may use what earlier lines of the same page made;</li>
 * <li>it must exit 0; a {@code qa} line may also exit 1 (findings); a line whose comment ends in
 * {@code (exit N)} must exit N (an example of a refusal);</li>
 * <li>questions a command asks get no answers (standard input is empty).</li>
 * </ul>
 * A failing line is reported with its page, line number, exit status and what it printed. The pages also
 * name no issue numbers, their relative links lead to files that exist, and the README stays under 300 lines.
 */
class DocsExamplesTest {

    private static final String PROMPT = "tmsh> ";
    private static final Pattern EXPECTED_EXIT = Pattern.compile("#.*\\(exit (\\d)\\)\\s*$");
    private static final Pattern ISSUE_NUMBER = Pattern.compile("(?i)\\bissues? #?\\d+|\\(items? \\d+");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    /** README.md first, then the docs pages by name. */
    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(Path.of("README.md"));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** One command line of a page. */
    record Example(Path page, int line, String command, int expectedExit) {
        boolean accepts(int code) {
            return code == expectedExit || (expectedExit == 0 && code == 1 && command.startsWith("qa "));
        }

        @Override
        public String toString() {
            return page + ":" + line + ": " + command;
        }
    }

    /** The {@code tmsh> } lines of a page, with their line numbers and expected exit status. */
    static List<Example> examples(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith(PROMPT) && !l.substring(PROMPT.length()).isBlank()) {
                String command = l.substring(PROMPT.length()).strip();
                Matcher m = EXPECTED_EXIT.matcher(command);
                examples.add(new Example(page, i + 1, command, m.find() ? Integer.parseInt(m.group(1)) : 0));
            }
        }
        return examples;
    }

    @TestFactory
    Stream<DynamicTest> everyCommandLineOfEveryPageRuns() throws IOException {
        return pages().stream().map(page -> DynamicTest.dynamicTest(page.toString(), () -> runPage(page)));
    }

    /** Runs a page's lines in one session; fails naming every line that did not run as written. */
    private static void runPage(Path page) throws IOException {
        List<Example> examples = examples(page);
        if (examples.isEmpty()) {
            return;
        }
        Path scratch = Files.createTempDirectory("tmsh-docs-");
        Path home = Files.createTempDirectory("tmsh-docs-home-");
        String oldHome = System.getProperty("tmsh.home");
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        List<String> failures = new ArrayList<>();
        StringBuilder transcript = new StringBuilder();
        System.setProperty("tmsh.home", home.toString());
        try (TmLibrary library = TmLibrary.underHome()) {
            CommandRegistry registry = new CommandRegistry();
            Commands.all(library, () -> registry).forEach(registry::registerCommand);
            TmshRunner session = new TmshRunner(registry, new TmshCommandParser(registry), null, null);
            for (Example e : examples) {
                String command = e.command().replace("/tmp/", scratch + "/");
                Path script = Files.writeString(scratch.resolve(".line-" + e.line() + ".tmsh"), command + "\n");
                ByteArrayOutputStream captured = new ByteArrayOutputStream();
                int code;
                try {
                    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
                    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
                    System.setIn(new ByteArrayInputStream(new byte[0]));
                    code = session.runArgs(new String[] {"@" + script});
                } finally {
                    System.setOut(out);
                    System.setErr(err);
                    System.setIn(in);
                }
                String printed = captured.toString(StandardCharsets.UTF_8);
                transcript.append("tmsh> ").append(e.command()).append('\n').append(printed);
                if (!e.accepts(code)) {
                    failures.add(e + "\n    exit " + code + " (expected " + e.expectedExit() + ")\n    "
                            + printed.strip().replace("\n", "\n    "));
                }
            }
        } finally {
            if (oldHome == null) {
                System.clearProperty("tmsh.home");
            } else {
                System.setProperty("tmsh.home", oldHome);
            }
            delete(scratch);
            delete(home);
        }
        out.println(page + ": " + examples.size() + " command lines run, " + failures.size() + " failed");
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + examples.size() + " command lines of " + page + " did not run as written:\n"
                    + String.join("\n", failures) + "\n--- the page's session (its last 6,000 characters):\n"
                    + transcript.substring(Math.max(0, transcript.length() - 6000)));
        }
    }

    @Test
    void theReadmeShowsTheDailyWorkInUnder300Lines() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.size() < 300, "README.md has " + readme.size() + " lines");
        int from = readme.indexOf("## Set up");
        assertTrue(from >= 0, "the README has a set-up section");
        List<String> setUp = readme.subList(from + 1, readme.size()).stream().takeWhile(l -> !l.startsWith("## "))
                .filter(l -> l.startsWith("$ ")).toList();
        assertEquals(2, setUp.size(), "the README's set-up is two commands: " + setUp);
        assertTrue(setUp.get(0).startsWith("$ mvn ") && setUp.get(0).contains(" package") && setUp.get(0).contains("./tmsh"),
                "the first builds and starts the shell: " + setUp.get(0));
        assertTrue(setUp.get(1).startsWith("$ bash .ci/run"), "the second is what CI runs: " + setUp.get(1));
        assertTrue(Files.readString(Path.of(".ci/run")).contains("mvn -B verify"), ".ci/run runs the tests");
        List<String> commands = examples(Path.of("README.md")).stream().map(Example::command).toList();
        for (String step : List.of("align ", "tm import ", "tm search ", "term import ", "qa ", "analyze ",
                "pretranslate ", "merge ", "term export ")) {
            assertTrue(commands.stream().anyMatch(c -> c.startsWith(step)), "the README's walk shows " + step + ": " + commands);
        }
    }

    @Test
    void pagesNameNoIssueNumbersAndTheirLinksLeadSomewhere() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path page : pages()) {
            List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher issue = ISSUE_NUMBER.matcher(lines.get(i));
                if (issue.find()) {
                    problems.add(page + ":" + (i + 1) + ": names an issue number: '" + issue.group() + "'");
                }
                Matcher link = LINK.matcher(lines.get(i));
                while (link.find()) {
                    String target = link.group(1).replaceFirst("#.*$", "");
                    if (target.isEmpty() || target.matches("^[a-z]+:.*")) {
                        continue;
                    }
                    if (!Files.exists(page.getParent() == null ? Path.of(target) : page.getParent().resolve(target))) {
                        problems.add(page + ":" + (i + 1) + ": link to a missing file: " + link.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theConventionReadsAPagesLinesAndTheirExpectedExit() throws IOException {
        Path page = Files.createTempFile("page", ".md");
        try {
            Files.writeString(page, String.join("\n", "# A page", "", "tmsh> tm list", "tmsh>  ", "    tmsh> indented: no",
                    "tmsh> qa --tm x   # findings", "tmsh> merge x.xlf --out y.txt   # refused (exit 2)", "$ ./tmsh tm list"));
            List<Example> found = examples(page);
            assertEquals(List.of(3, 6, 7), found.stream().map(Example::line).toList());
            assertEquals(List.of(0, 0, 2), found.stream().map(Example::expectedExit).toList());
            assertTrue(found.get(1).accepts(1), "qa's findings are exit 1");
            assertTrue(!found.get(0).accepts(1) && !found.get(2).accepts(0) && found.get(2).accepts(2));
        } finally {
            Files.delete(page);
        }
    }

    @Test
    void aLineThatDoesNotRunIsNamedWithItsPageLineAndExitStatus() throws IOException {
        Path page = Files.createTempFile("page", ".md");
        try {
            Files.writeString(page, String.join("\n", "# A page", "", "tmsh> term match Lawrow Lavrov",
                    "tmsh> tm stats --tm nosuchtm", "tmsh> tm import /tmp/missing.tmx --tm x   # refused (exit 2)"));
            AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> runPage(page));
            assertTrue(e.getMessage().startsWith("1 of 3 command lines of " + page), e.getMessage());
            assertTrue(e.getMessage().contains(page + ":4: tm stats --tm nosuchtm\n    exit 2 (expected 0)"), e.getMessage());
            assertTrue(e.getMessage().contains("nosuchtm"), e.getMessage());
        } finally {
            Files.delete(page);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
