package org.tmsh.shell;

import java.util.List;

import org.springframework.stereotype.Component;

import org.tmsh.memory.TmLibrary;

/** {@code tm delete NAME}: removes a translation memory. */
@Component
public class TmDeleteCommand extends TmshCommand {

    private final TmLibrary library;

    public TmDeleteCommand(TmLibrary library) {
        super("tm delete", "Delete a translation memory (refused while another tmsh writes to it)",
                "Translation memory", "tm delete NAME [--json]", "tm delete scratch",
                List.of(OptionSpec.flag("json", "print the result as JSON")));
        this.library = library;
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireArguments(arguments, 1, "the name of the TM");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        String name = TmLibrary.checkName(inv.arguments().get(0));
        library.delete(name);
        if (out.json()) {
            out.json(new Deleted(name));
            return;
        }
        out.line("TM '" + name + "' deleted");
    }

    /** The TM deleted, as {@code --json} prints it. */
    record Deleted(String deleted) {
    }
}
