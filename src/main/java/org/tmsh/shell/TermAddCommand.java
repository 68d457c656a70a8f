package org.tmsh.shell;

import java.util.List;


import org.tmsh.common.TmshException;
import org.tmsh.jobs.Glossaries;
import org.tmsh.jobs.TermAddJob;
import org.tmsh.terms.Term;

/** {@code term add FORM --lang L}: adds a spelling to a concept (a new one unless --concept or --same-as). */
public class TermAddCommand extends TmshCommand {

    public TermAddCommand() {
        super("term add", "Add a spelling of a name to the glossary (to a new concept, or to --concept / --same-as)",
                "Terminology", "term add FORM --lang L [--concept ID | --same-as FORM] [--status preferred|admitted|deprecated]"
                        + " [--system S] [--note N] [--seen DOC#UNIT] [--glossary NAME] [--json]",
                "term add Lawrow --lang de --same-as Lavrov --system Duden",
                List.of(OptionSpec.required("lang", OptionSpec.Kind.LANGUAGE, "language of the spelling (de, en, ru, ko ...)"),
                        OptionSpec.optional("concept", OptionSpec.Kind.TEXT, null, "add to the concept with this id"),
                        OptionSpec.optional("same-as", OptionSpec.Kind.TERM, null, "add to the concept that has this spelling (or this family name)"),
                        OptionSpec.optional("status", OptionSpec.Kind.TEXT, null,
                                "preferred, admitted or deprecated (default: preferred, or admitted if the language has a preferred one)"),
                        OptionSpec.optional("system", OptionSpec.Kind.TEXT, null, "romanization system (Duden, BGN/PCGN, KCNA ...)"),
                        OptionSpec.optional("note", OptionSpec.Kind.TEXT, null, "a note"),
                        OptionSpec.optional("seen", OptionSpec.Kind.TEXT, null, "where it was seen (document#unit)"),
                        OptionSpec.optional("glossary", OptionSpec.Kind.GLOSSARY, null, "glossary name (default: the only one, or the one with --same-as)"),
                        OptionSpec.flag("json", "print the concept as JSON")));
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireText(arguments, "the spelling to add");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        Term.Status status = null;
        if (inv.get("status") != null) {
            try {
                status = Term.Status.fromTbx(inv.get("status"));
            } catch (IllegalArgumentException e) {
                throw new TmshException(getName() + ": " + e.getMessage());
            }
        }
        TermAddJob.Outcome o = new TermAddJob(Glossaries.underHome()).run(new TermAddJob.Request(inv.get("glossary"),
                inv.text(), inv.get("lang"), status, inv.get("system"), inv.get("note"),
                inv.get("seen") == null ? List.of() : List.of(inv.get("seen")), inv.get("concept"), inv.get("same-as")));
        if (out.json()) {
            out.json(new Added(o.glossary(), o.concept().id(), o.concept().terms().size(), o.added() != null,
                    o.added() == null ? null : o.added().status().label(), o.remark()));
            return;
        }
        if (o.added() == null) {
            out.line(o.remark());
            return;
        }
        out.line("added '" + o.added().form() + "' (" + o.added().lang() + ", " + o.added().status().label() + ") to concept "
                + o.concept().id() + " of glossary '" + o.glossary() + "'" + (o.remark() == null ? "" : "; " + o.remark()));
    }

    /** Where the term went, as {@code --json} prints it. */
    record Added(String glossary, String concept, int terms, boolean added, String status, String remark) {
    }
}
