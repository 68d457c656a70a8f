package org.tmsh.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;

import org.tmsh.common.TmshException;

/**
 * {@code script FILE} (also {@code @FILE}, in the shell and as program arguments): runs the commands of a
 * file, one a line, {@code #} starting a comment, and stops at the first that fails, naming its line.
 * The lines run through {@link TmshRunner}, exactly as if typed.
 */
public class ScriptCommand extends TmshCommand {

    /** How deep scripts may call scripts: a script that runs itself stops with an error, not a stack overflow. */
    static final int MAX_DEPTH = 8;
    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

    private final Supplier<CommandRegistry> registry;

    public ScriptCommand(Supplier<CommandRegistry> registry) {
        super("script", "Run the commands of a file, one a line (# for comments); stops at the first failure."
                        + " @FILE is the same", "Built-In Commands", "script FILE", "script daily.tmsh",
                List.of(OptionSpec.optional("file", OptionSpec.Kind.FILE, null, "the script (instead of FILE)")));
        this.registry = registry;
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        if (arguments.size() > 1) {
            throw new TmshException("script: unexpected argument '" + arguments.get(1) + "' (usage: script FILE)");
        }
    }

    /** Runs the script itself so that the exit status of its failing line is the script's. */
    @Override
    public ExitStatus doExecute(CommandContext ctx) {
        Path file;
        try {
            Invocation inv = check(ctx.parsedInput().options(), ctx.parsedInput().arguments());
            if (inv.arguments().isEmpty() == (inv.get("file") == null)) {
                throw new TmshException("script: name one file: script FILE (or @FILE)");
            }
            file = inv.arguments().isEmpty() ? inv.path("file") : inv.argumentPath();
            if (DEPTH.get() >= MAX_DEPTH) {
                throw new TmshException(file + ": scripts call scripts more than " + MAX_DEPTH + " deep");
            }
        } catch (TmshException e) {
            return new ExitStatus(USER_ERROR, e.getMessage());
        }
        CommandRegistry r = registry.get();
        DEPTH.set(DEPTH.get() + 1);
        try {
            int code = new TmshRunner(r, new TmshCommandParser(r), null, null)
                    .script(file, ctx.outputWriter(), ctx.inputReader());
            return code == 0 ? ExitStatus.OK : new ExitStatus(code, ""); // the runner has told what failed
        } finally {
            DEPTH.set(DEPTH.get() - 1);
        }
    }

    @Override
    protected void run(Invocation inv, Output out) {
        throw new IllegalStateException("script runs in doExecute");
    }
}
