package org.tmsh.shell;

import java.util.List;

import org.tmsh.jobs.Glossaries;
import org.tmsh.jobs.TermEditJob;

/** {@code term merge INTO FROM}: joins concept FROM's spellings to concept INTO (one name, entered twice). */
public class TermMergeCommand extends TmshCommand {

    public TermMergeCommand() {
        super("term merge", "Merge the second concept into the first (both spellings of one name); the second is deleted",
                "Terminology", "term merge INTO FROM [--glossary NAME] [--json]   (ids, glossary:id, or spellings; quote spellings of several words)",
                "term merge c1 c16 --glossary seeds",
                List.of(OptionSpec.optional("glossary", OptionSpec.Kind.GLOSSARY, null, "glossary name (default: the one of INTO)"),
                        OptionSpec.flag("json", "print what was done as JSON")));
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireArguments(arguments, 2, "the two concepts");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        TermEditCommand.print(out, new TermEditJob(Glossaries.underHome(), getName()).merge(inv.arguments().get(0),
                inv.arguments().get(1), inv.get("glossary")));
    }
}
