package org.tmsh.shell;

import java.util.List;

import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.jline.CommandCompleter;

/**
 * Tab completion that finds the command by the longest known name at the start of the line, as
 * {@link TmshCommandParser} does, so that an option's value completes after positional arguments
 * too ({@code term list 최선희 --glossary se<Tab>}); everything else is Spring Shell's.
 */
final class TmshCompleter extends CommandCompleter {

    private final CommandRegistry registry;

    TmshCompleter(CommandRegistry registry) {
        super(registry);
        this.registry = registry;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int at = line.wordIndex();
        Command command = null;
        for (int k = Math.min(at, words.size()); k >= 1 && command == null; k--) {
            command = registry.getCommandByName(String.join(" ", words.subList(0, k)));
        }
        if (command != null && at >= 1 && at - 1 < words.size() && words.get(at - 1).startsWith("--")) {
            String name = words.get(at - 1).substring(2);
            CommandOption option = command.getOptions().stream().filter(o -> name.equals(o.longName())).findFirst().orElse(null);
            if (option != null && command.getCompletionProvider() != null) {
                for (CompletionProposal p : command.getCompletionProvider().apply(
                        new CompletionContext(words, at, line.wordCursor(), command, option))) {
                    candidates.add(new Candidate(p.value(), p.displayText(), p.category(), p.description(), null, null,
                            p.complete(), 0));
                }
                return;
            }
        }
        super.complete(reader, line, candidates);
    }
}
