package org.tmsh.shell;

import java.util.List;

import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.jline.CommandCompleter;

/**
 * Tab completion that finds the command by the longest known name at the start of the line, as
 * {@link TmshCommandParser} does, and then asks the command's {@link TmshCompletion}, so that options and
 * their values complete after positional arguments too ({@code tm search Lawrow --<Tab>},
 * {@code term list 최선희 --glossary se<Tab>}). Command names themselves are Spring Shell's completion.
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
        Command command = command(registry, words, at);
        if (command instanceof TmshCommand t) {
            for (CompletionProposal p : ((TmshCompletion) t.getCompletionProvider()).complete(words, at, line.wordCursor())) {
                candidates.add(new Candidate(p.value(), p.displayText(), p.category(), p.description(), null, null,
                        p.complete(), 0));
            }
            return;
        }
        super.complete(reader, line, candidates);
    }

    /** The command named by the longest run of words before word {@code at}, or null. */
    static Command command(CommandRegistry registry, List<String> words, int at) {
        for (int k = Math.min(at, words.size()); k >= 1; k--) {
            Command c = registry.getCommandByName(String.join(" ", words.subList(0, k)));
            if (c != null) {
                return c;
            }
        }
        return null;
    }
}
