package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Help reads like a man page at any width: whole words, a clean synopsis, an example. */
class HelpTest {

    private final TmshCommand align = new AlignCommand(null, null);

    private static Set<String> words(String text) {
        return new HashSet<>(Arrays.asList(text.split("\\s+")));
    }

    @Test
    void helpAlignWrapsAtWordBoundariesWithACleanSynopsisAndAnExample() {
        Set<String> known = new HashSet<>(words(align.getDescription() + " " + align.getName()));
        known.addAll(words("align --source FILE|DIR --target FILE|DIR [--source-lang de] [--target-lang en] [--out FILE.tmx]"
                + " [--links FILE|DIR] [--tm NAME] [--tm-vocabulary learn|none] [--glossary NAME] [--dictionary FILE|none] [--learn] [--compounds]"
                + " [--report FILE.html] [--segmented] [--encoding CHARSET] [--min-confidence 0.8] [--strict] [--force] [--show-links]"
                + " [--quiet] [--client C] [--project P] [--domain D] [--json]"
                + " align --source seeds/000_585da5ce89297943.txt --target seeds/004_676457e338a7e9c4.txt --out /tmp/seeds.tmx"
                + " usage: options: example: (required) (default de) (default en) (default UTF-8) (default learn) (default 0.8) align:"));
        for (OptionSpec s : align.specs()) {
            known.add("--" + s.name());
            known.addAll(words(s.description()));
        }
        for (int width : List.of(50, 80, 120)) {
            String help = align.help(width);
            for (String line : help.lines().toList()) {
                assertTrue(line.length() <= width, width + ": " + line);
            }
            for (String w : words(help)) {
                assertTrue(w.isEmpty() || known.contains(w), "'" + w + "' is a whole word of the help at width " + width
                        + ":\n" + help);
            }
            assertFalse(help.contains("String"), help);
            assertTrue(help.contains("example: align --source"), help);
            assertTrue(help.lines().anyMatch(l -> l.contains("[--source-lang de]")), "an option and its value stay together");
        }
    }

    @Test
    void everyOptionShowsItsDefaultOnceAndReadably() {
        org.springframework.shell.core.command.CommandRegistry registry = new org.springframework.shell.core.command.CommandRegistry();
        for (org.springframework.shell.core.command.Command c : Commands.all(null, () -> registry)) {
            TmshCommand t = (TmshCommand) c;
            for (String line : t.help(400).lines().filter(l -> l.startsWith("  --")).toList()) {
                assertTrue(line.indexOf("(default") == line.lastIndexOf("(default"), t.getName() + ": " + line);
                assertFalse(line.contains("(default default)"), t.getName() + ": " + line);
            }
        }
        String search = CliTest.run("help", "tm", "search").out();
        assertTrue(search.contains("(default: 'default', the TM that tm import makes when given no --tm)"), search);
        assertFalse(search.contains("--tm default"), "the example uses the TM the welcome makes, not 'default':\n" + search);
        String export = CliTest.run("help", "tm", "export").out();
        assertTrue(export.contains("TMX 1.4") && export.contains("XLIFF 1.2") && export.contains("TSV or CSV"),
                "every format it writes:\n" + export);
    }

    @Test
    void helpCommandListsAndExplains() {
        CliTest.Run list = CliTest.run("help");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("tm search") && list.out().contains("Translation memory"), list.out());
        CliTest.Run one = CliTest.run("help", "tm", "search");
        assertEquals(0, one.code(), one.err());
        assertTrue(one.out().contains("usage: tm search TEXT") && one.out().contains("example:"), one.out());
        assertEquals(TmshCommand.USER_ERROR, CliTest.run("help", "nosuch").code());
    }
}
