package org.tmsh.shell;

import org.springframework.shell.core.command.CommandRegistry;

import org.tmsh.memory.TmLibrary;

/**
 * A one-shot run ({@code tmsh term match A B}, {@code tmsh @script}) without Spring: the commands
 * wired by {@link Commands} in a plain registry, run by the same {@link TmshRunner} code as in the
 * shell. Starting no application context is what makes a one-shot answer in well under a second.
 */
public final class OneShot {

    private OneShot() {
    }

    /** Runs the command (or script) given as program arguments; returns its exit status. */
    public static int run(String[] argv) {
        try (TmLibrary library = TmLibrary.underHome()) {
            CommandRegistry registry = new CommandRegistry();
            Commands.all(library, () -> registry).forEach(registry::registerCommand);
            return new TmshRunner(registry, new TmshCommandParser(registry), null, null).runArgs(argv);
        }
    }
}
