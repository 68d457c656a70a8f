package org.tmsh.shell;

import java.util.List;

/**
 * {@code exit} (also {@code quit}, Ctrl-D): leaves the interactive shell. The shell's loop ends on the
 * word itself; this command is here so that {@code help} lists it, {@code help exit} and
 * {@code help quit} explain it, and Tab completes it. In a one-shot run or a script it does nothing.
 */
public class ExitCommand extends TmshCommand {

    public ExitCommand() {
        super("exit", "Leave the shell (also: quit, Ctrl-D)", "Built-In Commands", "exit", "exit", List.of());
        setAliases(List.of("quit"));
    }

    @Override
    protected void run(Invocation inv, Output out) {
        // the interactive loop stops before a line 'exit' or 'quit' gets here; elsewhere nothing to leave
    }
}
