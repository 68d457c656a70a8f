package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.shell.core.command.CommandRegistry;

/**
 * {@code docs/commands.md}, the manual a translator reads command by command, against the commands tmsh has: a
 * section for every command and no other, every option of the command named in its section and no option it does
 * not have, its synopsis as {@code help} shows it, a line saying what it writes, and an example that runs
 * ({@code DocsExamplesTest} runs the {@code tmsh> } lines) or, for a command a test cannot run, one written out.
 */
class CommandsPageTest {

    private static final Path PAGE = Path.of("docs/commands.md");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--([a-z][a-z0-9-]*)");

    /** The page's sections: a {@code ### NAME} heading and the text up to the next heading. */
    private static Map<String, String> sections() throws IOException {
        Map<String, String> sections = new LinkedHashMap<>();
        String name = null;
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(PAGE, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                if (name != null) {
                    sections.put(name, text.toString());
                }
                name = line.startsWith("### ") ? line.substring(4).strip() : null;
                text.setLength(0);
            } else if (name != null) {
                text.append(line).append('\n');
            }
        }
        if (name != null) {
            sections.put(name, text.toString());
        }
        return sections;
    }

    /** The section's first fenced block, its lines joined by single spaces (a long synopsis is wrapped there). */
    private static String synopsis(String section) {
        int open = section.indexOf("```\n");
        int close = open < 0 ? -1 : section.indexOf("\n```", open + 4);
        return close < 0 ? "" : section.substring(open + 4, close).replaceAll("\\s+", " ").strip();
    }

    private static Map<String, TmshCommand> commands() {
        CommandRegistry registry = new CommandRegistry();
        Map<String, TmshCommand> all = new LinkedHashMap<>();
        for (var c : Commands.all(null, () -> registry)) {
            all.put(c.getName(), (TmshCommand) c);
        }
        return all;
    }

    @Test
    void everyCommandHasASectionAndEverySectionACommand() throws IOException {
        Set<String> documented = new TreeSet<>(sections().keySet());
        Set<String> commands = new TreeSet<>(commands().keySet());
        Set<String> missing = new TreeSet<>(commands);
        missing.removeAll(documented);
        Set<String> gone = new TreeSet<>(documented);
        gone.removeAll(commands);
        assertTrue(missing.isEmpty(), PAGE + " has no section (### NAME) for: " + missing);
        assertTrue(gone.isEmpty(), PAGE + " has sections for commands tmsh does not have: " + gone);
    }

    @Test
    void everyOptionIsInItsCommandsSectionAndNoOtherIs() throws IOException {
        Map<String, String> sections = sections();
        List<String> wrong = new ArrayList<>();
        commands().forEach((name, command) -> {
            String text = sections.get(name);
            if (text == null) {
                return;
            }
            Set<String> options = new TreeSet<>();
            command.specs().forEach(s -> options.add(s.name()));
            for (String o : options) {
                if (!o.equals("quiet") && !text.contains("`--" + o + "`")) {
                    wrong.add(name + ": --" + o + " is not in its table of options");
                }
            }
            // the section's text names only options the command has (another command's line may name its own)
            for (String line : text.split("\n")) {
                if (line.startsWith("tmsh> ") && !line.startsWith("tmsh> " + name + " ")) {
                    continue;
                }
                Matcher m = OPTION.matcher(line);
                while (m.find()) {
                    if (!options.contains(m.group(1))) {
                        wrong.add(name + ": names --" + m.group(1) + ", which it does not have: " + line.strip());
                    }
                }
            }
        });
        assertTrue(wrong.isEmpty(), PAGE + " is out of date:\n" + String.join("\n", wrong));
    }

    @Test
    void everySectionHasItsSynopsisWhatItWritesAndAnExample() throws IOException {
        Map<String, String> sections = sections();
        List<String> wrong = new ArrayList<>();
        commands().forEach((name, command) -> {
            String text = sections.get(name);
            if (text == null) {
                return;
            }
            if (!synopsis(text).equals(command.usage().replaceAll("\\s+", " ").strip())) {
                wrong.add(name + ": its synopsis is not help's: " + command.usage());
            }
            if (!text.contains("\nWrites: ")) {
                wrong.add(name + ": no 'Writes:' line");
            }
            boolean runs = text.lines().anyMatch(l -> l.startsWith("tmsh> " + name + " ") || l.equals("tmsh> " + name));
            boolean shown = text.contains("`./tmsh " + name + " ") || text.contains("`" + name + "`");
            if (!runs && !shown) {
                wrong.add(name + ": no example");
            }
        });
        assertTrue(wrong.isEmpty(), PAGE + " is out of date:\n" + String.join("\n", wrong));
    }

    @Test
    void theManualsIndexListsThePage() throws IOException {
        String index = Files.readString(Path.of("docs/README.md"), StandardCharsets.UTF_8);
        assertTrue(index.contains("(commands.md)"), "docs/README.md lists commands.md");
        assertEquals(commands().size(), sections().size(), "one section a command");
    }
}
