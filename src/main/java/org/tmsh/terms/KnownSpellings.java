package org.tmsh.terms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.tmsh.names.Romanizer;

/**
 * All spellings tmsh knows for a name: the name itself, every term of the glossary concepts that
 * have it as a term or as a word of a term (in any of the translator's glossaries), and for a name in another script or a known
 * exonym, its romanizations. Used to make searches variant-aware ("Lavrov" also finds "Lawrow"); an
 * inflected name ("Lawrows", "Lavrov's") gives the spellings of the name without its ending; the
 * family names of the spellings are spellings too ("Lavrov" of "Sergey Lavrov") unless another concept
 * shares them ("Kim").
 */
public final class KnownSpellings {

    private KnownSpellings() {
    }

    public static List<String> of(String name, GlossaryStore store) {
        Set<String> out = new LinkedHashSet<>();
        out.add(name.strip());
        List<Glossary> glossaries = store.list().stream().map(store::load).toList();
        addConcepts(name.strip(), glossaries, out);
        if (out.size() == 1) {
            // an inflected query ("Lawrows", "Lavrov's"): the glossary knows the name without its ending
            for (String base : Inflections.standard().bases(name.strip())) {
                addConcepts(base, glossaries, out);
            }
        }
        Romanizer r = Romanizer.standard();
        for (String n : new ArrayList<>(out)) {
            r.variants(n).forEach(v -> out.add(v.form()));
            for (String original : r.originalsOf(n)) {
                out.add(original);
                r.variants(original).forEach(v -> out.add(v.form()));
            }
        }
        return new ArrayList<>(out);
    }

    /** Every term of the concepts that have {@code name} as a term or as a word of a term. */
    private static void addConcepts(String name, List<Glossary> glossaries, Set<String> out) {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?i)(?<![\\p{L}\\p{N}])"
                + java.util.regex.Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
        for (Glossary g : glossaries) {
            for (Concept c : g.concepts()) {
                if (c.terms().stream().anyMatch(t -> word.matcher(t.form()).find())) {
                    c.terms().forEach(t -> out.add(t.form()));
                    // the family name alone ("Lavrov" of "Sergey Lavrov"), when no other concept has it
                    for (Term t : c.terms()) {
                        String family = TermLookup.familyName(c, t.form());
                        if (!family.equals(t.form()) && family.length() >= 3 && !family.endsWith(".")
                                && g.concepts().stream().noneMatch(o -> o != c && o.terms().stream()
                                .anyMatch(x -> List.of(x.form().split("\\s+")).contains(family)))) {
                            out.add(family);
                        }
                    }
                }
            }
        }
    }
}
