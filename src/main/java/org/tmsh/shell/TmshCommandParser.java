package org.tmsh.shell;

import java.util.ArrayList;
import java.util.List;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;

import org.tmsh.common.TmshException;

/**
 * Parses a command line as a POSIX shell would split it: single and double quotes, backslash
 * escapes; then the longest known command name, then {@code --name value}, {@code --name=value},
 * flags, and positional arguments. The same parser serves the shell, scripts and program arguments.
 */
public final class TmshCommandParser implements CommandParser {

    private final CommandRegistry registry;

    public TmshCommandParser(CommandRegistry registry) {
        this.registry = registry;
    }

    @Override
    public ParsedInput parse(String input) {
        return parse(tokenize(input));
    }

    /** Parses words already split (program arguments). */
    public ParsedInput parse(List<String> given) {
        if (given.isEmpty()) {
            throw new TmshException("empty command");
        }
        List<String> words = shorthand(given);
        int nameWords = 1;
        for (int k = words.size(); k >= 1; k--) {
            if (registry.getCommandByName(String.join(" ", words.subList(0, k))) != null) {
                nameWords = k;
                break;
            }
        }
        unknownSubCommand(words, nameWords);
        ParsedInput.Builder b = ParsedInput.builder().commandName(words.get(0));
        for (int k = 1; k < nameWords; k++) {
            b.addSubCommand(words.get(k));
        }
        Command command = registry.getCommandByName(String.join(" ", words.subList(0, nameWords)));
        int argIndex = 0;
        boolean onlyArgs = false;
        for (int k = nameWords; k < words.size(); k++) {
            String w = words.get(k);
            if (!onlyArgs && w.equals("--")) {
                onlyArgs = true;
            } else if (!onlyArgs && w.startsWith("--") && w.length() > 2) {
                String name = w.substring(2);
                String value;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                } else if (isFlag(command, name) || name.equals("help")) {
                    value = "true";
                } else if (k + 1 < words.size() && !words.get(k + 1).startsWith("--")) {
                    value = words.get(++k);
                } else {
                    value = "";
                }
                b.addOption(CommandOption.with().longName(name).value(value).build());
            } else if (!onlyArgs && w.equals("-h")) {
                b.addOption(CommandOption.with().shortName('h').longName("help").value("true").build());
            } else {
                b.addArgument(new CommandArgument(argIndex++, w));
            }
        }
        return b.build();
    }

    /**
     * The spellings a shell user expects beside the command names: {@code @FILE} is {@code script FILE};
     * {@code --help} (or {@code -h}) alone is {@code help}, {@code --version} alone is {@code version}.
     */
    static List<String> shorthand(List<String> words) {
        String first = words.get(0);
        if (first.length() > 1 && first.startsWith("@")) {
            List<String> w = new ArrayList<>(List.of("script", first.substring(1)));
            w.addAll(words.subList(1, words.size()));
            return w;
        }
        if (words.size() == 1 && (first.equals("--help") || first.equals("-h"))) {
            return List.of("help");
        }
        if (words.size() == 1 && first.equals("--version")) {
            return List.of("version");
        }
        return words;
    }

    /**
     * Rejects {@code tm foo}: a group of commands ({@code tm}, {@code term}) followed by a word that
     * names none of its sub-commands, with the list of those that exist.
     */
    private void unknownSubCommand(List<String> words, int nameWords) {
        if (words.size() <= nameWords || words.get(nameWords).startsWith("-")) {
            return;
        }
        String group = String.join(" ", words.subList(0, nameWords));
        if (registry.getCommandByName(group) != null) {
            return;
        }
        List<String> subs = registry.getCommands().stream().map(Command::getName)
                .filter(n -> n.startsWith(group + " ")).map(n -> n.substring(group.length() + 1)).sorted().toList();
        if (!subs.isEmpty()) {
            String typed = words.get(nameWords);
            throw new TmshException(group + ": unknown sub-command '" + typed + "' ("
                    + DidYouMean.hint(typed, subs, c -> "'" + group + " " + c + "'")
                    + group + " sub-commands: " + String.join(", ", subs) + ")");
        }
    }

    private static boolean isFlag(Command command, String name) {
        return command != null && command.getOptions().stream()
                .anyMatch(o -> name.equals(o.longName()) && (o.type() == boolean.class || o.type() == Boolean.class));
    }

    /** Splits a line into words like a POSIX shell (quotes, backslashes, # comments; no expansion). */
    public static List<String> tokenize(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length()) {
                    cur.append(line.charAt(++i));
                } else {
                    cur.append(c);
                }
            } else if (c == '#' && !inWord) {
                break; // a word that begins with # starts a comment, as in a POSIX shell
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(cur.toString());
                    cur.setLength(0);
                    inWord = false;
                }
            } else {
                cur.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new TmshException("unclosed quote in: " + line);
        }
        if (inWord) {
            words.add(cur.toString());
        }
        return words;
    }
}
