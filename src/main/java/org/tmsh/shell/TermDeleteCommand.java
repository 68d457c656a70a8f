package org.tmsh.shell;

import java.util.List;

import org.springframework.shell.core.InputReader;

import org.tmsh.common.TmshException;
import org.tmsh.jobs.ConceptRefs;
import org.tmsh.jobs.Glossaries;
import org.tmsh.jobs.TermEditJob;
import org.tmsh.terms.GlossaryEdits;

/**
 * {@code term delete SPELLING | --concept ID}: deletes one spelling (from the one concept that has it,
 * or from {@code --concept}), or a whole concept (asks first; {@code --yes} for scripts).
 */
public class TermDeleteCommand extends AskingCommand {

    public TermDeleteCommand() {
        super("term delete", "Delete a spelling from its concept, or (with --concept alone) a whole concept",
                "Terminology", "term delete SPELLING [--lang L] [--concept ID] | term delete --concept ID [--yes]"
                        + " [--glossary NAME] [--json]",
                "term delete \"Sergei Lawrow\" --lang de --glossary seeds",
                List.of(OptionSpec.optional("concept", OptionSpec.Kind.TEXT, null,
                                "the concept (id, glossary:id or a spelling of it); alone: delete the whole concept"),
                        OptionSpec.optional("lang", OptionSpec.Kind.LANGUAGE, null,
                                "language of the spelling, where the concept has it in several"),
                        OptionSpec.optional("glossary", OptionSpec.Kind.GLOSSARY, null, "glossary name (default: every glossary)"),
                        OptionSpec.flag("yes", "delete a whole concept without asking"),
                        OptionSpec.flag("json", "print what was done as JSON")));
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        // a spelling, or none with --concept
    }

    @Override
    protected void run(Invocation inv, Output out, InputReader in) {
        TermEditJob job = new TermEditJob(Glossaries.underHome(), getName());
        TermEditJob.Done done;
        if (inv.arguments().isEmpty()) {
            if (inv.get("concept") == null) {
                throw new TmshException(getName() + ": give the spelling to delete, or --concept ID to delete a whole concept");
            }
            ConceptRefs.Found c = job.concept(inv.get("concept"), inv.get("glossary"));
            AskFirst.confirm(this, inv, in, "delete concept " + c.qualified() + " " + GlossaryEdits.label(c.concept())
                    + " with " + Output.count(c.concept().terms().size(), "spelling") + "?");
            done = job.deleteConcept(c);
        } else {
            requireText(inv.arguments(), "the spelling to delete");
            String form = inv.text();
            done = job.deleteSpelling(job.holding(form, inv.get("lang"), inv.get("concept"), inv.get("glossary")),
                    form, inv.get("lang"));
        }
        TermEditCommand.print(out, done);
    }
}
