package org.tmsh.jobs;

import java.util.ArrayList;
import java.util.List;

import org.tmsh.common.Languages;
import org.tmsh.match.MatchRepair;
import org.tmsh.terms.Glossary;
import org.tmsh.terms.Term;
import org.tmsh.terms.TermLookup;

/** A glossary as the names {@link MatchRepair} substitutes: every spelling of a concept is that concept. */
final class GlossaryNames implements MatchRepair.Names {

    private final Glossary glossary;
    private final TermLookup lookup;

    GlossaryNames(Glossary glossary) {
        this.glossary = glossary;
        this.lookup = new TermLookup(glossary);
    }

    @Override
    public List<MatchRepair.Name> find(String text, String lang) {
        List<MatchRepair.Name> out = new ArrayList<>();
        for (TermLookup.Hit h : lookup.find(text, lang)) {
            if (Languages.primary(h.term().lang()).equals(Languages.primary(lang))) {
                out.add(new MatchRepair.Name(h.start(), h.end(), h.concept().id()));
            }
        }
        return out;
    }

    @Override
    public String preferred(String concept, String lang) {
        return glossary.concept(concept).map(c -> c.preferred(lang)).map(Term::form).orElse(null);
    }
}
