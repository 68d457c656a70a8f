package org.tmsh.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.tmsh.common.StoreNames;
import org.tmsh.common.TmshException;
import org.tmsh.terms.Concept;
import org.tmsh.terms.Glossary;
import org.tmsh.terms.GlossaryEdits;

/**
 * Which concept a translator means by what they typed: an id qualified by its glossary
 * ({@code seeds:c2}), a bare id ({@code c2}), or a spelling the concept has, looked for in the glossary
 * named with {@code --glossary}, else in every glossary. Ids are only unique within one glossary, so a
 * bare id or a spelling found in two places is never settled by picking one: the answer names each
 * place as {@code glossary:id}, for the translator to say which.
 */
public final class ConceptRefs {

    /** A concept and the glossary that holds it; {@link #qualified} is how it is shown. */
    public record Found(String glossary, Concept concept) {
        public String qualified() {
            return glossary + ":" + concept.id();
        }
    }

    private final Glossaries glossaries;

    public ConceptRefs(Glossaries glossaries) {
        this.glossaries = glossaries;
    }

    /** Every concept {@code ref} names (by id first; by spelling only if no id matches); empty if none. */
    public List<Found> all(String ref, String glossary) {
        String r = ref.strip();
        int colon = r.indexOf(':');
        if (colon > 0 && (glossary == null || glossary.equals(r.substring(0, colon))) && StoreNames.valid(r.substring(0, colon))
                && glossaries.store().exists(r.substring(0, colon))) {
            glossary = r.substring(0, colon);
            r = r.substring(colon + 1);
        }
        List<String> names = glossary != null ? List.of(glossaries.existing(glossary)) : glossaries.store().list();
        List<Found> byId = new ArrayList<>();
        List<Found> bySpelling = new ArrayList<>();
        for (String n : names) {
            Glossary g = glossaries.store().load(n);
            String id = r;
            g.concept(id).ifPresent(c -> byId.add(new Found(n, c)));
            for (Concept c : g.withForm(id)) {
                bySpelling.add(new Found(n, c));
            }
        }
        return byId.isEmpty() ? bySpelling : byId;
    }

    /** Every concept with the spelling {@code form} (in {@code lang} if not null), in {@code glossary} or every glossary. */
    public List<Found> withSpelling(String form, String lang, String glossary) {
        List<String> names = glossary != null ? List.of(glossaries.existing(glossary)) : glossaries.store().list();
        List<Found> out = new ArrayList<>();
        for (String n : names) {
            for (Concept c : glossaries.store().load(n).withForm(form)) {
                if (lang == null || c.terms().stream().anyMatch(t -> t.form().equalsIgnoreCase(form.strip())
                        && t.lang().equalsIgnoreCase(lang))) {
                    out.add(new Found(n, c));
                }
            }
        }
        return out;
    }

    /**
     * The one concept {@code ref} names; an error when none does, or when several do (each named as
     * {@code glossary:id} with its preferred spelling, and how to say which).
     */
    public Found one(String ref, String glossary, String command) {
        List<Found> found = all(ref, glossary);
        if (found.isEmpty()) {
            throw new TmshException(command + ": no concept '" + ref.strip() + "' (by id or spelling) in "
                    + (glossary == null ? "any glossary" : "glossary '" + glossary + "'"));
        }
        if (found.size() > 1) {
            throw ambiguous(ref, found, command);
        }
        return found.get(0);
    }

    /** The error for a reference that names several concepts: each as {@code glossary:id} and its label. */
    public static TmshException ambiguous(String ref, List<Found> found, String command) {
        return new TmshException(command + ": '" + ref.strip() + "' names " + found.size() + " concepts: "
                + found.stream().map(f -> f.qualified() + " " + GlossaryEdits.label(f.concept()))
                .collect(Collectors.joining("; ")) + "; say which, e.g. '" + found.get(0).qualified() + "'");
    }
}
