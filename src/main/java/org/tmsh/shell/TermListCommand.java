package org.tmsh.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.tmsh.terms.Concept;
import org.tmsh.terms.Glossary;
import org.tmsh.terms.GlossaryStore;
import org.tmsh.terms.Term;

/** {@code term list}: the concepts of a glossary, or with an id or a spelling, one concept in full. */
@Component
public class TermListCommand extends TmshCommand {

    public TermListCommand() {
        super("term list", "List the concepts of a glossary; with ID or a spelling, show one concept in full",
                "Terminology", "term list [ID|SPELLING] [--glossary NAME] [--json]", "term list Lawrow",
                List.of(OptionSpec.optional("glossary", OptionSpec.Kind.GLOSSARY, GlossaryStore.DEFAULT, "glossary name"),
                        OptionSpec.flag("json", "print the concepts as JSON")));
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        // optional: an id or a spelling
    }

    @Override
    public void run(Invocation inv, Output out) {
        Glossary g = GlossaryStore.underHome().load(inv.get("glossary"));
        List<Concept> concepts = g.concepts();
        if (!inv.arguments().isEmpty()) {
            String key = inv.text();
            concepts = g.concept(key).map(List::of).orElse(g.withForm(key));
        }
        if (out.json()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Concept c : concepts) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", c.id());
                m.put("note", c.note());
                List<Map<String, Object>> terms = new ArrayList<>();
                for (Term t : c.terms()) {
                    Map<String, Object> tm = new LinkedHashMap<>();
                    tm.put("lang", t.lang());
                    tm.put("form", t.form());
                    tm.put("script", org.tmsh.names.Romanizer.script(t.form()));
                    tm.put("status", t.status().label());
                    tm.put("system", t.system());
                    tm.put("note", t.note());
                    tm.put("seen", t.seen());
                    terms.add(tm);
                }
                m.put("terms", terms);
                list.add(m);
            }
            out.json(list);
            return;
        }
        if (concepts.isEmpty()) {
            out.line("nothing found in glossary '" + g.name() + "'");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"concept", "lang", "script", "spelling", "status", "system", "seen / note"});
        for (Concept c : concepts) {
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
}
