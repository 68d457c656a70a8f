package org.tmsh.terms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.tmsh.names.Romanizer;

/**
 * All spellings tmsh knows for a name: the name itself, every term of the glossary concepts that
 * have it as a term or as a word of a term (in any of the translator's glossaries), and for a name in another script or a known
 * exonym, its romanizations. Used to make searches variant-aware ("Lavrov" also finds "Lawrow").
 */
public final class KnownSpellings {

    private KnownSpellings() {
    }

    public static List<String> of(String name, GlossaryStore store) {
        Set<String> out = new LinkedHashSet<>();
        out.add(name.strip());
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?i)(?<![\\p{L}\\p{N}])"
                + java.util.regex.Pattern.quote(name.strip()) + "(?![\\p{L}\\p{N}])");
        for (String gname : store.list()) {
            for (Concept c : store.load(gname).concepts()) {
                if (c.terms().stream().anyMatch(t -> word.matcher(t.form()).find())) {
                    c.terms().forEach(t -> out.add(t.form()));
                }
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
}
