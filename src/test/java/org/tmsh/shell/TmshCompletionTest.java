package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionProposal;

/**
 * Tab completes from each command's own description: every option of every command, after positional
 * arguments too, and every option's values by its kind, with no code of its own; help shows the same options.
 */
class TmshCompletionTest extends WithTempHome {

    private final CommandRegistry registry = new CommandRegistry();
    private List<TmshCommand> commands;

    @BeforeEach
    void register() {
        List<Command> all = Commands.all(null, () -> registry);
        all.forEach(registry::registerCommand);
        commands = all.stream().map(c -> (TmshCommand) c).toList();
    }

    /** What Tab offers at the end of {@code line} (its last word, possibly empty, being completed). */
    private List<String> tab(String line) {
        List<String> words = new ArrayList<>(TmshCommandParser.tokenize(line));
        if (line.endsWith(" ")) {
            words.add("");
        }
        Command c = TmshCompleter.command(registry, words, words.size() - 1);
        assertTrue(c instanceof TmshCommand, "a command for: " + line);
        String last = words.get(words.size() - 1);
        return ((TmshCompletion) c.getCompletionProvider()).complete(words, words.size() - 1, last.length()).stream()
                .map(CompletionProposal::value).toList();
    }

    /** A sample value for an option of {@code kind} that the command's check accepts. */
    private static String sample(OptionSpec.Kind kind) {
        return switch (kind) {
            case LANGUAGE -> "de";
            case INTEGER -> "3";
            case NUMBER -> "0.5";
            default -> "x";
        };
    }

    @Test
    void everyOptionOfEveryCommandCompletesAfterAnArgumentAndIsInItsHelp() {
        int options = 0;
        for (TmshCommand c : commands) {
            List<String> offered = tab(c.getName() + " Lawrow --");
            String help = c.help(80);
            for (OptionSpec s : c.specs()) {
                assertTrue(offered.contains("--" + s.name()), c.getName() + " Lawrow --<Tab> offers --" + s.name()
                        + ": " + offered);
                assertTrue(help.contains("--" + s.name()), c.getName() + " help explains --" + s.name() + ":\n" + help);
                options++;
            }
            assertTrue(offered.stream().allMatch(o -> o.startsWith("--")), c.getName() + ": only options after '--': " + offered);
            if (!c.specs().isEmpty()) {
                OptionSpec first = c.specs().get(0);
                String given = "--" + first.name() + (first.kind() == OptionSpec.Kind.FLAG ? "" : " " + sample(first.kind()));
                List<String> again = tab(c.getName() + " " + given + " Lawrow --");
                assertFalse(again.contains("--" + first.name()), c.getName() + ": an option given is not offered again: " + again);
                assertEquals(c.specs().size() - 1, again.size(), c.getName() + ": the others are: " + again);
            }
        }
        assertTrue(options > 100, "every command walked: " + options + " options");
    }

    @Test
    void everyOptionValueCompletesByItsKind() throws Exception {
        assertEquals(0, CliTest.run("tm", "import", "tmx/seeds-000-004.de-en.tmx", "--tm", "news").code());
        assertEquals(0, CliTest.run("term", "import", "glossaries/seeds.tbx").code());
        Path file = Files.writeString(dir.resolve("statement.de.txt"), "Lawrow kam.\n");
        int checked = 0;
        for (TmshCommand c : commands) {
            for (OptionSpec s : c.specs()) {
                String line = c.getName() + " Lawrow --" + s.name() + " ";
                List<String> choices = TmshCompletion.choices(c.usage(), s.name());
                switch (s.kind()) {
                    case TM -> assertEquals(List.of("news"), tab(line + "n"), line);
                    case GLOSSARY -> assertEquals(List.of("seeds"), tab(line + "se"), line);
                    case LANGUAGE -> assertTrue(tab(line + "d").containsAll(List.of("de", "de-CH"))
                            && tab(line + "d").stream().allMatch(v -> v.startsWith("d")), line + tab(line + "d"));
                    case FILE, OUTPUT -> assertTrue(tab(line + dir + "/state").contains(file.toString()),
                            line + tab(line + dir + "/state"));
                    case TERM -> assertTrue(tab(line + "Law").contains("Lawrow"), line + tab(line + "Law"));
                    case FLAG -> assertTrue(!tab(line).contains("--" + s.name()) && c.specs().stream()
                            .filter(o -> o != s).allMatch(o -> tab(line).contains("--" + o.name())),
                            "a flag takes no value: the other options come next: " + line + tab(line));
                    default -> {
                        if (!choices.isEmpty()) {
                            assertEquals(choices, tab(line), line);
                        }
                    }
                }
                checked++;
            }
        }
        assertTrue(checked > 100, "" + checked);
        assertEquals(List.of("tmx", "xliff", "tsv", "csv"), tab("tm export /tmp/x.tmx --format "), "the choices the usage lists");
        assertEquals(List.of("--tm=news"), tab("tm search Lawrow --tm=n"), "--name=value completes too");
        assertEquals(List.of("news"), tab("tm delete n"), "an argument that is a TM");
        assertTrue(tab("tm import " + dir + "/st").contains(file.toString()), "an argument that is a file");
        assertTrue(tab("term show Law").contains("Lawrow"), "an argument that is a spelling");
    }

    @Test
    void helpCompletesCommandsAndTopics() {
        List<String> t = tab("help t");
        assertTrue(t.containsAll(List.of("tm", "term", "topics", "topic")), t.toString());
        assertTrue(tab("help tm s").containsAll(List.of("search", "stats")), tab("help tm s").toString());
        assertTrue(tab("help topic ").containsAll(HelpTopics.list()), tab("help topic ").toString());
        assertFalse(HelpTopics.list().isEmpty(), "the docs pages are on the class path");
    }
}
