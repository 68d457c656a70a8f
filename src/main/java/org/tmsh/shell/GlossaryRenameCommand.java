package org.tmsh.shell;

import java.util.List;

import org.tmsh.jobs.Glossaries;

/** {@code glossary rename OLD NEW}: gives a glossary another name. */
public class GlossaryRenameCommand extends TmshCommand {

    public GlossaryRenameCommand() {
        super("glossary rename", "Rename a glossary (refused if the new name is taken)", "Terminology",
                "glossary rename OLD NEW [--json]", "glossary rename names people",
                List.of(OptionSpec.flag("json", "print what was done as JSON")));
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireArguments(arguments, 2, "the glossary's name and its new name");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        Glossaries g = Glossaries.underHome();
        String from = g.existing(inv.arguments().get(0));
        String to = inv.arguments().get(1);
        g.store().file(to);
        int concepts = g.store().rename(from, to);
        if (out.json()) {
            out.json(new Renamed(from, to, concepts));
            return;
        }
        out.line("glossary '" + from + "' is now '" + to + "' (" + Output.count(concepts, "concept") + ")");
    }

    /** What was renamed, as {@code --json} prints it. */
    record Renamed(String from, String to, int concepts) {
    }
}
