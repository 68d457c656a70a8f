package org.tmsh.jobs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.tmsh.common.TmshException;
import org.tmsh.terms.Concept;
import org.tmsh.terms.Glossary;
import org.tmsh.terms.GlossaryStore;
import org.tmsh.terms.Term;

/**
 * Adds a spelling to a glossary: to a new concept, to the concept with an id, or to the concept that
 * has another spelling of the name ({@code --same-as}), found by the whole spelling, else by a word
 * of a spelling (a family name alone) when that points at one concept only. A spelling the concept
 * has already is not added twice. Without a status, a spelling becomes preferred if its language has
 * no preferred one yet, else admitted; asking for preferred where one exists is refused.
 */
public final class TermAddJob {

    /** What to add, where; a null status means "preferred unless the language has one". */
    public record Request(String glossary, String form, String lang, Term.Status status, String system, String note,
                          List<String> seen, String conceptId, String sameAs) {
    }

    /** The glossary and concept the spelling went to, the term as added (null if it was there already), and why its status. */
    public record Outcome(String glossary, Concept concept, Term added, String remark) {
    }

    private final Glossaries glossaries;

    public TermAddJob(Glossaries glossaries) {
        this.glossaries = glossaries;
    }

    public Outcome run(Request req) {
        String name = req.glossary();
        if (name == null && req.sameAs() != null) {
            List<String> holding = new ArrayList<>();
            for (String g : glossaries.store().list()) {
                if (!conceptsWith(glossaries.store().load(g), req.sameAs()).isEmpty()) {
                    holding.add(g);
                }
            }
            name = holding.size() == 1 ? holding.get(0) : null;
        }
        name = glossaries.forWriting(name, "term add");
        // read, change and write under the glossary's lock: a concurrent writer's change is read, not lost
        return glossaries.store().update(name, g -> add(g, req));
    }

    /** The change itself, on the glossary as read under the lock. */
    private static GlossaryStore.Edited<Outcome> add(Glossary g, Request req) {
        Concept concept;
        if (req.conceptId() != null) {
            concept = g.concept(req.conceptId()).orElseThrow(() -> new TmshException("term add: no concept '"
                    + req.conceptId() + "' in glossary '" + g.name() + "'"));
        } else if (req.sameAs() != null) {
            List<Concept> found = conceptsWith(g, req.sameAs());
            if (found.isEmpty()) {
                throw new TmshException("term add: no concept of glossary '" + g.name() + "' has a spelling '"
                        + req.sameAs() + "' (see 'term list --glossary " + g.name() + "')");
            }
            if (found.size() > 1) {
                throw new TmshException("term add: '" + req.sameAs() + "' is in " + found.size() + " concepts of glossary '"
                        + g.name() + "' (" + found.stream().map(c -> c.id() + " " + label(c)).collect(Collectors.joining("; "))
                        + "); give --concept ID or a fuller spelling");
            }
            concept = found.get(0);
        } else {
            concept = new Concept(g.nextId(), "", List.of());
        }
        for (Term t : concept.terms()) {
            if (t.lang().equalsIgnoreCase(req.lang()) && t.form().equals(req.form().strip())) {
                return new GlossaryStore.Edited<>(null, new Outcome(g.name(), concept, null, "'" + t.form() + "' (" + t.lang()
                        + ", " + t.status().label() + ") is in concept " + concept.id() + " already; nothing added"));
            }
        }
        Term preferred = concept.terms().stream()
                .filter(t -> t.lang().equalsIgnoreCase(req.lang()) && t.status() == Term.Status.PREFERRED).findFirst().orElse(null);
        Term.Status status = req.status();
        String remark = null;
        if (status == null) {
            status = preferred == null ? Term.Status.PREFERRED : Term.Status.ADMITTED;
            if (preferred != null) {
                remark = "admitted, since '" + preferred.form() + "' is the preferred " + req.lang() + " spelling";
            }
        } else if (status == Term.Status.PREFERRED && preferred != null) {
            throw new TmshException("term add: concept " + concept.id() + " has a preferred " + req.lang() + " spelling, '"
                    + preferred.form() + "'; add '" + req.form().strip() + "' with --status admitted (or deprecated)");
        }
        Term term = new Term(req.lang(), req.form().strip(), status, req.system(), req.note(), req.seen());
        Concept updated = concept.with(term);
        return new GlossaryStore.Edited<>(g.with(updated), new Outcome(g.name(), updated, term, remark));
    }

    /** Concepts with this spelling: the whole spelling (any case), else a word of a spelling, else none. */
    static List<Concept> conceptsWith(Glossary g, String spelling) {
        List<Concept> whole = g.withForm(spelling);
        if (!whole.isEmpty()) {
            return whole;
        }
        Pattern word = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(spelling.strip()) + "(?![\\p{L}\\p{N}])");
        Set<Concept> byWord = new LinkedHashSet<>();
        for (Concept c : g.concepts()) {
            if (c.terms().stream().anyMatch(t -> word.matcher(t.form()).find())) {
                byWord.add(c);
            }
        }
        return new ArrayList<>(byWord);
    }

    private static String label(Concept c) {
        Term t = c.terms().stream().filter(x -> x.status() == Term.Status.PREFERRED).findFirst()
                .orElse(c.terms().isEmpty() ? null : c.terms().get(0));
        return t == null ? "(empty)" : "'" + t.form() + "' (" + t.lang().toLowerCase(Locale.ROOT) + ")";
    }
}
