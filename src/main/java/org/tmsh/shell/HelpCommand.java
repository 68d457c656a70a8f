package org.tmsh.shell;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;

import org.tmsh.common.TmshException;

/**
 * {@code help}: the commands by group, or ({@code help align}) one command's synopsis, options and
 * example, wrapped at word boundaries to the terminal's width. Replaces Spring Shell's help, which
 * runs the options of a synopsis together and wraps in mid-word.
 */
public class HelpCommand extends TmshCommand {

    private final java.util.function.Supplier<CommandRegistry> registry;

    public HelpCommand(java.util.function.Supplier<CommandRegistry> registry) {
        super("help", "List the commands, or explain one: help align", "Built-In Commands", "help [COMMAND]", "help tm search",
                List.of());
        this.registry = registry;
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        // a command name of one or more words, or nothing
    }

    @Override
    protected void run(Invocation inv, Output out) {
        int width = Terminals.width();
        if (!inv.arguments().isEmpty()) {
            String name = String.join(" ", inv.arguments());
            Command c = registry.get().getCommandByName(name);
            if (c == null) {
                throw new TmshException("help: no command '" + name + "' (type 'help' for the list)");
            }
            out.line(c instanceof TmshCommand t ? t.help(width) : c.getHelp());
            return;
        }
        Map<String, Map<String, String>> groups = new TreeMap<>();
        for (Command c : registry.get().getCommands()) {
            groups.computeIfAbsent(c.getGroup() == null || c.getGroup().isBlank() ? "Other" : c.getGroup(), g -> new TreeMap<>())
                    .put(c.getName(), c.getDescription());
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Map<String, String>> g : groups.entrySet()) {
            sb.append(g.getKey()).append('\n');
            for (Map.Entry<String, String> c : g.getValue().entrySet()) {
                hanging(sb, String.format("  %-16s ", c.getKey()), c.getValue() == null ? "" : c.getValue(), width, 19);
            }
        }
        hanging(sb, "", "'help COMMAND' or 'COMMAND --help' explains one; Tab completes; Ctrl-C cancels; 'exit' leaves.",
                width, 0);
        out.line(sb.toString());
    }
}
