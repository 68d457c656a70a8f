package org.tmsh.shell;

import java.util.List;

import org.tmsh.common.TmshException;
import org.tmsh.jobs.Glossaries;
import org.tmsh.jobs.TermEditJob;

/** {@code term split CONCEPT SPELLING...}: moves spellings of a concept to a new concept (two names taken for one). */
public class TermSplitCommand extends TmshCommand {

    public TermSplitCommand() {
        super("term split", "Move spellings of a concept to a new concept (they name someone else)",
                "Terminology", "term split CONCEPT SPELLING... [--lang L] [--glossary NAME] [--json]   (quote spellings of several words)",
                "term split c16 \"Kim Yo Jong\" --glossary seeds",
                List.of(OptionSpec.optional("lang", OptionSpec.Kind.LANGUAGE, null,
                                "move only the spellings in this language"),
                        OptionSpec.optional("glossary", OptionSpec.Kind.GLOSSARY, null, "glossary name (default: every glossary)"),
                        OptionSpec.flag("json", "print what was done as JSON")));
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        if (arguments.size() < 2) {
            throw new TmshException(getName() + ": give the concept and the spellings to move (usage: term split CONCEPT"
                    + " SPELLING...)");
        }
    }

    @Override
    protected void run(Invocation inv, Output out) {
        List<String> args = inv.arguments();
        TermEditCommand.print(out, new TermEditJob(Glossaries.underHome(), getName()).split(args.get(0), args.subList(1, args.size()),
                inv.get("lang"), inv.get("glossary")));
    }
}
