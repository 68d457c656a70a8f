package org.tmsh.shell;

import java.util.List;

import org.springframework.shell.core.InputReader;

import org.tmsh.common.TmshException;
import org.tmsh.jobs.Glossaries;

/** {@code glossary delete NAME}: deletes a glossary (asks first; {@code --yes} for scripts). */
public class GlossaryDeleteCommand extends AskingCommand {

    public GlossaryDeleteCommand() {
        super("glossary delete", "Delete a glossary (asks first; --yes for scripts)", "Terminology",
                "glossary delete NAME [--yes] [--json]", "glossary delete scratch --yes",
                List.of(AskFirst.YES,
                        OptionSpec.flag("json", "print what was done as JSON")));
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireArguments(arguments, 1, "the name of the glossary");
    }

    @Override
    protected void run(Invocation inv, Output out, InputReader in) {
        Glossaries g = Glossaries.underHome();
        String name = g.existing(inv.arguments().get(0));
        String what;
        try {
            var glossary = g.store().load(name);
            what = Output.count(glossary.concepts().size(), "concept") + ", "
                    + Output.count(glossary.concepts().stream().mapToInt(c -> c.terms().size()).sum(), "spelling");
        } catch (TmshException damaged) {
            // a damaged glossary is deleted like any other: that is what its error message offers
            what = "content that cannot be read (damaged)";
        }
        AskFirst.deleteWhole(this, inv, out, in, "delete glossary '" + name + "' with " + what + "?",
                "glossary '" + name + "'", name, () -> g.store().delete(name));
    }
}
