package org.tmsh.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;

import org.tmsh.common.TmshException;

/**
 * {@code help}: the commands by group; ({@code help align}) one command's synopsis, options and example;
 * ({@code help topics}, {@code help formats}) the reference pages of {@link HelpTopics} as text; all wrapped at
 * word boundaries to the terminal's width. Replaces Spring Shell's help, which runs the options of a synopsis
 * together and wraps in mid-word.
 */
public class HelpCommand extends TmshCommand {

    private final java.util.function.Supplier<CommandRegistry> registry;

    public HelpCommand(java.util.function.Supplier<CommandRegistry> registry) {
        super("help", "List the commands, explain one (help align), or show a reference page (help topics lists them)",
                "Built-In Commands", "help [COMMAND|topics|TOPIC|topic TOPIC]", "help tm search", List.of());
        this.registry = registry;
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        // a command name of one or more words, a topic, or nothing
    }

    @Override
    protected void run(Invocation inv, Output out) {
        int width = Terminals.width();
        List<String> args = inv.arguments();
        if (args.isEmpty()) {
            out.line(commands(width));
            return;
        }
        String name = String.join(" ", args);
        if (name.equals("topics")) {
            out.line(topics(width));
            return;
        }
        boolean topicOnly = args.size() == 2 && args.get(0).equals("topic");
        Command c = topicOnly ? null : registry.get().getCommandByName(name);
        if (c != null) {
            String help = c instanceof TmshCommand t ? t.help(width) : c.getHelp();
            out.line(HelpTopics.markdown(name).isPresent() ? help + "\nthe page on " + name + ": help topic " + name : help);
            return;
        }
        String topic = topicOnly ? args.get(1) : name;
        String page = HelpTopics.markdown(topic).orElseThrow(() -> new TmshException("help: no command or topic '" + topic
                + "' (topics: " + String.join(", ", HelpTopics.list()) + "; 'help' lists the commands)"));
        out.line(MarkdownText.render(page, width).stripTrailing());
    }

    /** The commands by group, and how to learn more. */
    private String commands(int width) {
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
        hanging(sb, "", "'help COMMAND' or 'COMMAND --help' explains one; 'help topics' lists the reference pages;"
                + " Tab completes; Ctrl-C cancels; 'exit' leaves.", width, 0);
        return sb.toString();
    }

    /** Each topic with its page's title (its first heading). */
    private static String topics(int width) {
        List<String> names = HelpTopics.list();
        if (names.isEmpty()) {
            return "no reference pages in this build of tmsh";
        }
        StringBuilder sb = new StringBuilder("Reference pages (help TOPIC shows one):\n");
        int column = names.stream().mapToInt(String::length).max().orElse(0); // every title starts in one column
        for (String t : names) {
            String title = HelpTopics.markdown(t).orElse("").lines().filter(l -> l.startsWith("#")).findFirst()
                    .orElse("").replaceFirst("^#+\\s*", "");
            hanging(sb, String.format("  %-" + column + "s ", t), title, width, column + 3);
        }
        return sb.toString();
    }

    /** Tab offers the commands' first words, "topics" and the topics. */
    @Override
    protected List<CompletionProposal> completeArgument(List<String> given, String prefix, CompletionContext ctx) {
        List<String> names = new ArrayList<>();
        if (given.isEmpty()) {
            registry.get().getCommands().stream().map(c -> c.getName().split(" ")[0]).distinct().forEach(names::add);
            names.add("topics");
            names.add("topic");
            names.addAll(HelpTopics.list());
        } else if (given.size() == 1 && given.get(0).equals("topic")) {
            names.addAll(HelpTopics.list());
        } else {
            String group = String.join(" ", given) + " ";
            registry.get().getCommands().stream().map(Command::getName).filter(n -> n.startsWith(group))
                    .map(n -> n.substring(group.length()).split(" ")[0]).forEach(names::add);
        }
        return names.stream().distinct().sorted().filter(n -> n.startsWith(prefix))
                .map(n -> new CompletionProposal(n).complete(true)).toList();
    }
}
