package org.tmsh.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tmsh.common.AtomicFiles;
import org.tmsh.common.TmshException;
import org.tmsh.common.TmshHome;

/**
 * {@code history}: the commands typed in the shell, oldest first, numbered, from {@code $TMSH_HOME/history}
 * (the file the shell appends each line to). {@code history 20} shows the last twenty.
 */
public class HistoryCommand extends TmshCommand {

    public HistoryCommand() {
        super("history", "Show the commands typed in the shell, oldest first: history [N] shows the last N",
                "Built-In Commands", "history [N]", "history 20", List.of());
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        if (arguments.size() > 1 || (arguments.size() == 1 && !arguments.get(0).matches("[0-9]{1,9}"))) {
            throw new TmshException("history: expected at most one number, the count of commands to show"
                    + " (usage: history [N])");
        }
    }

    @Override
    protected void run(Invocation inv, Output out) {
        Path file = TmshHome.path().resolve("history");
        List<String> commands = read(file);
        int from = inv.arguments().isEmpty() ? 0 : Math.max(0, commands.size() - Integer.parseInt(inv.arguments().get(0)));
        for (int i = from; i < commands.size(); i++) {
            out.line(String.format("%5d  %s", i + 1, commands.get(i)));
        }
    }

    /**
     * The commands of a history file as the line reader writes it: one a line, each after its time
     * ("1765043000000:tm list"), newlines and backslashes in a command escaped with a backslash.
     */
    static List<String> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TmshException(file + ": cannot read the history: " + AtomicFiles.message(e));
        }
        List<String> commands = new ArrayList<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            String command = colon > 0 && line.substring(0, colon).chars().allMatch(Character::isDigit)
                    ? line.substring(colon + 1) : line;
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < command.length(); i++) {
                char c = command.charAt(i);
                if (c == '\\' && i + 1 < command.length()) {
                    char n = command.charAt(++i);
                    sb.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
                } else {
                    sb.append(c);
                }
            }
            if (!sb.isEmpty()) {
                commands.add(sb.toString());
            }
        }
        return commands;
    }
}
