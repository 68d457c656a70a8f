package org.tmsh.shell;

import java.util.List;

import org.springframework.shell.core.InputReader;

/**
 * A command that asks the translator questions (a confirmation, a review's answers): it runs with the
 * shell's input reader, or with none (one-shot without a terminal, where it reads standard input or
 * refuses as it says), through the one {@link #run(Invocation, Output, InputReader)} it implements.
 */
abstract class AskingCommand extends TmshCommand {

    protected AskingCommand(String name, String description, String group, String usage, String example,
                            List<OptionSpec> specs) {
        super(name, description, group, usage, example, specs);
    }

    @Override
    protected final void run(Invocation inv, Output out) {
        run(inv, out, null);
    }

    @Override
    protected abstract void run(Invocation inv, Output out, InputReader in);
}
