package org.tmsh.shell;

import java.util.List;

import org.springframework.stereotype.Component;

import org.tmsh.common.TmshException;
import org.tmsh.terms.Concept;
import org.tmsh.terms.Glossary;
import org.tmsh.terms.GlossaryStore;
import org.tmsh.terms.Term;

/** {@code term add FORM --lang L}: adds a spelling to a concept (a new one unless --concept or --same-as). */
@Component
public class TermAddCommand extends TmshCommand {

    public TermAddCommand() {
        super("term add", "Add a spelling of a name to the glossary (to a new concept, or to --concept / --same-as)",
                "Terminology", "term add FORM --lang L [--concept ID | --same-as FORM] [--status preferred|admitted|deprecated]"
                        + " [--system S] [--note N] [--seen DOC#UNIT] [--glossary NAME] [--json]",
                "term add Lawrow --lang de --same-as Lavrov --system Duden",
                List.of(OptionSpec.required("lang", OptionSpec.Kind.LANGUAGE, "language of the spelling (de, en, ru, ko ...)"),
                        OptionSpec.optional("concept", OptionSpec.Kind.TEXT, null, "add to the concept with this id"),
                        OptionSpec.optional("same-as", OptionSpec.Kind.TERM, null, "add to the concept that has this spelling"),
                        OptionSpec.optional("status", OptionSpec.Kind.TEXT, "preferred", "preferred, admitted or deprecated"),
                        OptionSpec.optional("system", OptionSpec.Kind.TEXT, null, "romanization system (Duden, BGN/PCGN, KCNA ...)"),
                        OptionSpec.optional("note", OptionSpec.Kind.TEXT, null, "a note"),
                        OptionSpec.optional("seen", OptionSpec.Kind.TEXT, null, "where it was seen (document#unit)"),
                        OptionSpec.optional("glossary", OptionSpec.Kind.GLOSSARY, GlossaryStore.DEFAULT, "glossary name"),
                        OptionSpec.flag("json", "print the concept as JSON")));
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireText(arguments, "the spelling to add");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        GlossaryStore store = GlossaryStore.underHome();
        Glossary g = store.load(inv.get("glossary"));
        Term.Status status;
        try {
            status = Term.Status.fromTbx(inv.get("status"));
        } catch (IllegalArgumentException e) {
            throw new TmshException(getName() + ": " + e.getMessage());
        }
        Term term = new Term(inv.get("lang"), inv.text(), status, inv.get("system"), inv.get("note"),
                inv.get("seen") == null ? List.of() : List.of(inv.get("seen")));
        Concept concept;
        if (inv.get("concept") != null) {
            concept = g.concept(inv.get("concept")).orElseThrow(() -> new TmshException(getName() + ": no concept '"
                    + inv.get("concept") + "' in glossary '" + g.name() + "'"));
        } else if (inv.get("same-as") != null) {
            List<Concept> found = g.withForm(inv.get("same-as"));
            if (found.size() != 1) {
                throw new TmshException(getName() + ": '" + inv.get("same-as") + "' is in " + found.size()
                        + " concepts of glossary '" + g.name() + "'; give --concept ID");
            }
            concept = found.get(0);
        } else {
            concept = new Concept(g.nextId(), "", List.of());
        }
        Concept updated = concept.with(term);
        store.save(g.with(updated));
        if (out.json()) {
            out.json(new Added(g.name(), updated.id(), updated.terms().size()));
            return;
        }
        out.line("added '" + term.form() + "' (" + term.lang() + ", " + status.label() + ") to concept " + updated.id()
                + " of glossary '" + g.name() + "'");
    }

    /** Where the term went, as {@code --json} prints it. */
    record Added(String glossary, String concept, int terms) {
    }
}
