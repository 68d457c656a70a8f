package org.tmsh.shell;

import java.util.List;

import org.tmsh.TmshApplication;

/** {@code version} (also {@code tmsh --version}): tmsh's version, as the build recorded it. */
public class VersionCommand extends TmshCommand {

    public VersionCommand() {
        super("version", "Show tmsh's version", "Built-In Commands", "version", "tmsh --version", List.of());
    }

    @Override
    protected void run(Invocation inv, Output out) {
        out.line("tmsh " + TmshApplication.VERSION);
    }
}
