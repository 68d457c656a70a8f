package org.tmsh.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the glossary's spellings in a text: where, which concept, and the preferred form for another language. */
public final class TermLookup {

    /** One occurrence. */
    public record Hit(int start, int end, String text, Concept concept, Term term, Term preferredOther) {
    }

    private TermLookup() {
    }

    /**
     * Every spelling of every concept that occurs in {@code text} as whole words (case-sensitive:
     * "Kim jong-un" is found as the deprecated spelling it is), longest first where they overlap.
     */
    public static List<Hit> lookup(Glossary g, String text, String otherLang) {
        List<Hit> all = new ArrayList<>();
        for (Concept c : g.concepts()) {
            for (Term t : c.terms()) {
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(t.form()) + "(?![\\p{L}\\p{N}])").matcher(text);
                while (m.find()) {
                    all.add(new Hit(m.start(), m.end(), m.group(), c, t, c.preferred(otherLang)));
                }
            }
        }
        all.sort(Comparator.comparingInt(Hit::start).thenComparingInt(h -> -(h.end() - h.start())));
        List<Hit> out = new ArrayList<>();
        int covered = -1;
        for (Hit h : all) {
            if (h.start() >= covered) {
                out.add(h);
                covered = h.end();
            }
        }
        return out;
    }
}
