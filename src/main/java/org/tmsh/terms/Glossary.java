package org.tmsh.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A glossary: concepts in order. */
public record Glossary(String name, List<Concept> concepts) {

    public Glossary {
        concepts = List.copyOf(concepts);
    }

    public Optional<Concept> concept(String id) {
        return concepts.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Concepts with a term of this form (case-insensitive). */
    public List<Concept> withForm(String form) {
        List<Concept> out = new ArrayList<>();
        for (Concept c : concepts) {
            if (c.terms().stream().anyMatch(t -> t.form().equalsIgnoreCase(form.strip()))) {
                out.add(c);
            }
        }
        return out;
    }

    /** A copy with {@code concept} replacing the one with its id, or added at the end. */
    public Glossary with(Concept concept) {
        List<Concept> all = new ArrayList<>(concepts);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(concept.id())) {
                all.set(i, concept);
                return new Glossary(name, all);
            }
        }
        all.add(concept);
        return new Glossary(name, all);
    }

    /**
     * Records that {@code a} (in {@code langA}) and {@code b} (in {@code langB}) name the same thing:
     * adds whichever is missing to the concept that has the other, or makes a new concept of both.
     * A spelling added to a language that has a preferred term already is admitted, else preferred.
     */
    public Glossary accept(String a, String langA, List<String> seenA, String b, String langB, List<String> seenB) {
        Concept c = null;
        for (Concept x : concepts) {
            boolean hasA = x.terms().stream().anyMatch(t -> t.form().equals(a) && t.lang().equals(langA));
            boolean hasB = x.terms().stream().anyMatch(t -> t.form().equals(b) && t.lang().equals(langB));
            if (hasA || hasB) {
                c = x;
                break;
            }
        }
        if (c == null) {
            c = new Concept(nextId(), "", List.of());
        }
        for (String[] s : List.of(new String[] {a, langA}, new String[] {b, langB})) {
            String form = s[0];
            String lang = s[1];
            if (c.terms().stream().noneMatch(t -> t.form().equals(form) && t.lang().equals(lang))) {
                Term.Status st = c.preferred(lang) != null && c.preferred(lang).status() == Term.Status.PREFERRED
                        ? Term.Status.ADMITTED : Term.Status.PREFERRED;
                c = c.with(new Term(lang, form, st, "", "", form.equals(a) && lang.equals(langA) ? seenA : seenB));
            }
        }
        return with(c);
    }

    /** An id not used yet: c1, c2 ... */
    public String nextId() {
        int n = concepts.size() + 1;
        while (concept("c" + n).isPresent()) {
            n++;
        }
        return "c" + n;
    }
}
