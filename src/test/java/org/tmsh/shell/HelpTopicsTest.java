package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code help TOPIC}: the pages of docs/ (bundled into the jar by the build) shown as text that fits the
 * terminal; {@code help topics} lists them; an unknown topic is one line naming the topics.
 */
class HelpTopicsTest {

    @AfterEach
    void resetWidth() {
        Terminals.widthFrom(() -> 0);
    }

    /** The pages in the project's docs folder, as topics: what the build bundles. */
    private static List<String> pagesInDocs() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("docs"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3).toLowerCase(Locale.ROOT))
                    .map(n -> n.equals("readme") ? HelpTopics.INDEX : n).sorted().toList();
        }
    }

    @Test
    void everyPageOfTheDocsFolderIsATopicAndHelpTopicsListsThem() throws Exception {
        List<String> pages = pagesInDocs();
        assertTrue(pages.contains("shell"), pages.toString());
        assertEquals(pages, HelpTopics.list(), "the bundled pages are the docs folder's, read at run time");
        CliTest.Run r = CliTest.run("help", "topics");
        assertEquals(0, r.code(), r.err());
        for (String p : pages) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  " + p + " ")), p + " listed:\n" + r.out());
        }
    }

    @Test
    void aPageIsShownAsTextThatFitsTheTerminal() throws Exception {
        for (int width : List.of(80, 120)) {
            Terminals.widthFrom(() -> width);
            for (String topic : HelpTopics.list()) {
                CliTest.Run r = CliTest.run("help", "topic", topic);
                assertEquals(0, r.code(), topic + ": " + r.err());
                String md = HelpTopics.markdown(topic).orElseThrow();
                String title = md.lines().filter(l -> l.startsWith("# ")).findFirst().orElse("# ").substring(2)
                        .replace("`", "");
                assertTrue(r.out().startsWith(title), topic + " begins with its title:\n" + r.out());
                for (String line : r.out().lines().toList()) {
                    boolean code = line.startsWith("    ");
                    assertTrue(code || TextTable.width(line) <= width, topic + " at " + width + ": " + line);
                    assertFalse(!code && (line.contains("```") || line.contains("|---") || line.contains("**")),
                            topic + ": markdown left in the text: " + line);
                }
            }
        }
        CliTest.Run page = CliTest.run("help", "topic", "shell");
        assertEquals(CliTest.run("help", "shell").out(), page.out(), "help topic NAME is help NAME for a page");
    }

    @Test
    void anUnknownTopicIsOneLineNamingTheTopics() {
        CliTest.Run r = CliTest.run("help", "nosuchpage");
        assertEquals(TmshCommand.USER_ERROR, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("'nosuchpage'") && HelpTopics.list().stream().allMatch(r.err()::contains), r.err());
    }

    @Test
    void markdownBecomesTextWithTablesListsCodeAndLinksToPages() {
        String md = """
                # Title of `the` page

                A paragraph with **bold**, `code` and a [link to formats](formats.md) and [the web](https://example.org),
                long enough to be wrapped at the width given to it by the terminal that shows it to a person.

                - an item that is long enough to wrap onto a second line when the width is small enough for it
                - a second item

                | command | what |
                |---|---|
                | `tm list` | lists the memories |

                    tmsh> tm list
                """;
        String text = MarkdownText.render(md, 40);
        List<String> lines = text.lines().toList();
        assertEquals("Title of the page", lines.get(0));
        assertEquals("=".repeat(17), lines.get(1));
        String joined = text.replace('\n', ' ');
        assertTrue(joined.contains("link to formats (help formats)"), "a link to a page is the command that shows it:\n" + text);
        assertTrue(joined.contains("the web (https://example.org)"), text);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("- an item")), text);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  ") && !l.startsWith("    ")), "an item's second line indented:\n" + text);
        assertTrue(text.contains("│ tm list │"), "a table drawn:\n" + text);
        assertTrue(text.contains("    tmsh> tm list"), "code kept as it is:\n" + text);
        for (String l : lines) {
            assertTrue(l.startsWith("    ") || TextTable.width(l) <= 40, l);
        }
    }

    @Test
    void helpOfACommandThatHasAPageSaysHowToOpenIt() {
        CliTest.Run r = CliTest.run("help", "qa");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("qa: "), r.out());
        if (HelpTopics.list().contains("qa")) {
            assertTrue(r.out().contains("help topic qa"), r.out());
        }
    }
}
