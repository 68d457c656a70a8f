package org.tmsh.terms;

import java.util.ArrayList;
import java.util.List;

/** A named person or place with all its spellings. */
public record Concept(String id, String note, List<Term> terms) {

    public Concept {
        note = note == null ? "" : note.strip();
        terms = List.copyOf(terms);
    }

    /** The preferred term in a language (primary subtag), else the first admitted one, else null. */
    public Term preferred(String lang) {
        Term admitted = null;
        for (Term t : terms) {
            if (t.lang().equalsIgnoreCase(lang)) {
                if (t.status() == Term.Status.PREFERRED) {
                    return t;
                }
                if (admitted == null && t.status() == Term.Status.ADMITTED) {
                    admitted = t;
                }
            }
        }
        return admitted;
    }

    public Concept with(Term t) {
        List<Term> all = new ArrayList<>(terms);
        all.add(t);
        return new Concept(id, note, all);
    }
}
