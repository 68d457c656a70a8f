package org.tmsh.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;


import org.tmsh.terms.Concept;
import org.tmsh.terms.Glossary;
import org.tmsh.jobs.Glossaries;
import org.tmsh.terms.Term;

/** {@code term list}: the concepts of a glossary, or with an id or a spelling, one concept in full. */
public class TermListCommand extends TmshCommand {

    public TermListCommand() {
        super("term list", "List the concepts of a glossary; with ID or a spelling, show one concept in full",
                "Terminology", "term list [ID|SPELLING] [--glossary NAME] [--json]", "term list Lawrow",
                List.of(OptionSpec.optional("glossary", OptionSpec.Kind.GLOSSARY, null, "glossary name (default: every glossary)"),
                        OptionSpec.flag("json", "print the concepts as JSON")));
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        // optional: an id or a spelling
    }

    @Override
    public void run(Invocation inv, Output out) {
        showReadable(inv, out, g -> show(inv, out, g));
    }

    /**
     * Shows what {@code show} makes of the glossaries {@code --glossary} names (default: every glossary, read
     * together), then names each damaged one that was left out: beside the healthy ones' results, not instead.
     */
    static void showReadable(Invocation inv, Output out, java.util.function.Consumer<Glossary> show) {
        Glossaries.Readable read = Glossaries.underHome().readReadable(inv.get("glossary"));
        try {
            show.accept(read.glossary());
        } finally {
            read.unreadable().forEach(out::notice);
        }
    }

    private void show(Invocation inv, Output out, Glossary g) {
        List<Concept> concepts = g.concepts();
        if (!inv.arguments().isEmpty()) {
            concepts = find(g, inv.text().strip(), getName());
            if (concepts.isEmpty()) {
                // not a spelling as written: the concepts whose names the text names (a family name alone, an inflected form)
                concepts = new org.tmsh.terms.TermLookup(g).find(inv.text().strip(), null).stream()
                        .map(h -> h.concept()).distinct().toList();
            }
        }
        if (out.json()) {
            out.json(concepts.stream().map(ConceptView::of).toList());
            return;
        }
        if (concepts.isEmpty()) {
            out.line("nothing found in glossary '" + g.name() + "'");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"concept", "lang", "script", "spelling", "status", "system", "seen / note"});
        for (Concept c : concepts) {
            if (!c.note().isEmpty()) {
                rows.add(new String[] {c.id(), "", "", "", "", "", "concept: " + c.note()});
            }
            for (Term t : c.terms()) {
                rows.add(new String[] {c.id(), t.lang(), org.tmsh.names.Romanizer.script(t.form()), t.form(),
                        t.status().label(), t.system(),
                        (String.join(", ", t.seen()) + (t.note().isEmpty() ? "" : " " + t.note())).strip()});
            }
        }
        out.table(rows);
        out.line(concepts.size() + " concept(s), " + concepts.stream().mapToInt(c -> c.terms().size()).sum()
                + " spellings; languages " + concepts.stream().flatMap(c -> c.terms().stream()).map(Term::lang)
                .distinct().collect(Collectors.joining(" ")));
    }

    /**
     * The concepts {@code key} names: the one with that id; where glossaries read together qualify their ids
     * ({@code seeds:c2}), the one whose bare id it is, and an error naming each when two glossaries have it
     * (never one picked silently); else those with that spelling.
     */
    static List<Concept> find(Glossary g, String key, String command) {
        java.util.Optional<Concept> byId = g.concept(key).or(() -> key.startsWith(g.name() + ":")
                ? g.concept(key.substring(g.name().length() + 1)) : java.util.Optional.empty());
        if (byId.isPresent()) {
            return List.of(byId.get());
        }
        if (key.indexOf(':') < 0) {
            List<Concept> bare = g.concepts().stream().filter(c -> c.id().endsWith(":" + key)).toList();
            if (bare.size() > 1) {
                throw new org.tmsh.common.TmshException(command + ": '" + key + "' is a concept id in " + bare.size() + " glossaries: "
                        + bare.stream().map(c -> c.id() + " " + org.tmsh.terms.GlossaryEdits.label(c))
                        .collect(Collectors.joining("; ")) + "; say which, e.g. '" + bare.get(0).id() + "'");
            }
            if (bare.size() == 1) {
                return bare;
            }
        }
        return g.withForm(key);
    }

    /** A concept as {@code --json} prints it. */
    record ConceptView(String id, String note, List<TermView> terms) {
        static ConceptView of(Concept c) {
            return new ConceptView(c.id(), c.note(), c.terms().stream().map(t -> new TermView(t.lang(), t.form(),
                    org.tmsh.names.Romanizer.script(t.form()), t.status().label(), t.system(), t.note(), t.seen())).toList());
        }
    }

    /** A term of a concept: language, spelling, its script, status, romanization system, note, where it was seen. */
    record TermView(String lang, String form, String script, String status, String system, String note, List<String> seen) {
    }

    /** Tab offers a spelling from the glossaries. */
    @Override
    protected OptionSpec.Kind argumentKind() {
        return OptionSpec.Kind.TERM;
    }
}
