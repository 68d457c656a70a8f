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

    /** An id not used yet: c1, c2 ... */
    public String nextId() {
        int n = concepts.size() + 1;
        while (concept("c" + n).isPresent()) {
            n++;
        }
        return "c" + n;
    }
}
