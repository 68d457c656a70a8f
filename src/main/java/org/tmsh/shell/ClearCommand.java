package org.tmsh.shell;

import java.util.List;

/** {@code clear}: clears the terminal screen (the ANSI sequence every terminal tmsh runs in understands). */
public class ClearCommand extends TmshCommand {

    public ClearCommand() {
        super("clear", "Clear the terminal screen", "Built-In Commands", "clear", "clear", List.of());
    }

    @Override
    protected void run(Invocation inv, Output out) {
        out.line("\033[H\033[2J");
    }
}
