package org.tmsh.shell;

import java.util.List;

import org.tmsh.common.TmshException;
import org.tmsh.jobs.Glossaries;
import org.tmsh.jobs.TermEditJob;
import org.tmsh.terms.GlossaryEdits;
import org.tmsh.terms.Term;

/**
 * {@code term edit SPELLING --status|--new-lang|--system|--note}: changes one spelling of a concept;
 * {@code term edit --concept ID --note N}: changes the concept's note.
 */
public class TermEditCommand extends TmshCommand {

    public TermEditCommand() {
        super("term edit", "Change a spelling's status, language, system or note; with --concept alone, the concept's note",
                "Terminology", "term edit SPELLING [--lang L] [--concept ID] [--status S] [--new-lang L] [--system S]"
                        + " [--note N] | term edit --concept ID --note N [--glossary NAME] [--json]",
                "term edit Lawrow --lang de --status deprecated --note \"use the full name\" --glossary seeds",
                List.of(OptionSpec.optional("concept", OptionSpec.Kind.TEXT, null,
                                "the concept (id, glossary:id or a spelling of it); alone with --note: its note"),
                        OptionSpec.optional("lang", OptionSpec.Kind.LANGUAGE, null,
                                "language of the spelling, where the concept has it in several"),
                        OptionSpec.optional("status", OptionSpec.Kind.TEXT, null,
                                "new status: preferred (the former preferred one becomes admitted), admitted or deprecated"),
                        OptionSpec.optional("new-lang", OptionSpec.Kind.LANGUAGE, null, "new language of the spelling"),
                        OptionSpec.optional("system", OptionSpec.Kind.TEXT, null, "new romanization system ('-' for none)"),
                        OptionSpec.optional("note", OptionSpec.Kind.TEXT, null, "new note ('-' for none)"),
                        OptionSpec.optional("glossary", OptionSpec.Kind.GLOSSARY, null, "glossary name (default: every glossary)"),
                        OptionSpec.flag("json", "print what was done as JSON")));
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        // a spelling, or none with --concept and --note
    }

    @Override
    protected void run(Invocation inv, Output out) {
        TermEditJob job = new TermEditJob(Glossaries.underHome(), getName());
        if (inv.arguments().isEmpty()) {
            if (inv.get("concept") == null || inv.get("note") == null || inv.get("status") != null
                    || inv.get("new-lang") != null || inv.get("system") != null) {
                throw new TmshException(getName() + ": give the spelling to change, or --concept ID with --note only"
                        + " (a concept has a note; status, language and system belong to its spellings)");
            }
            print(out, job.editNote(job.concept(inv.get("concept"), inv.get("glossary")), none(inv.get("note"))));
            return;
        }
        requireText(inv.arguments(), "the spelling to change");
        Term.Status status = null;
        if (inv.get("status") != null) {
            try {
                status = Term.Status.fromTbx(inv.get("status"));
            } catch (IllegalArgumentException e) {
                throw new TmshException(getName() + ": " + e.getMessage());
            }
        }
        String form = inv.text();
        GlossaryEdits.SpellingEdit edit = new GlossaryEdits.SpellingEdit(status, inv.get("new-lang"),
                none(inv.get("system")), none(inv.get("note")));
        print(out, job.editSpelling(job.holding(form, inv.get("lang"), inv.get("concept"), inv.get("glossary")),
                form, inv.get("lang"), edit));
    }

    /** "-" clears a value; null leaves it. */
    private static String none(String v) {
        return "-".equals(v) ? "" : v;
    }

    /** What a glossary edit did: one line, or {@code {"glossary":..., "done":...}} with --json. */
    static void print(Output out, TermEditJob.Done done) {
        if (out.json()) {
            out.json(done);
            return;
        }
        out.line(done.done() + " (glossary '" + done.glossary() + "')");
    }
}
