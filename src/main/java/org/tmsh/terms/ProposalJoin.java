package org.tmsh.terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tmsh.names.NameMatcher;

/**
 * Puts the spellings of an accepted proposal into a glossary without making a second concept of a name
 * the glossary has, and without adding a spelling twice.
 *
 * <p>The concept they join ({@link #target}) is, in this order: the first concept that has one of the
 * spellings (same language, same form ignoring case); else the concept with a spelling that
 * {@link NameMatcher} finds the same name as one of them (Lavrov / Lawrow, Kyiv / Київ), or whose family
 * name is one of them where one side is a single word (Lawrow / Sergei Wiktorowitsch Lawrow) &mdash; the
 * best score wins; else a new concept. Each spelling is then added unless the glossary has it already,
 * in that concept or in another one (a name spelled alike in two concepts is for the translator to
 * merge, not for a review to duplicate).
 *
 * <p>NOTE: a single word matches a family name only when it is longer than {@link #SHORT_NAME} letters:
 * "Kim" or "Choe" alone name too many people to join anyone. The name search compares each spelling
 * with every spelling of the glossary, so it is linear in the glossary's size for each accepted
 * proposal; only a proposal that shares no spelling with the glossary is searched that way.
 */
public final class ProposalJoin {

    /** A single word this long or shorter is not matched against family names. */
    static final int SHORT_NAME = 4;

    /** One spelling to add: language, form and where it was seen. */
    public record Spelling(String lang, String form, List<String> seen) {
    }

    /** The concept spellings join and why ("'Sergei Lawrow' has the family name 'Lawrow'"); a null concept means a new one. */
    public record Target(Concept concept, String why) {
    }

    /** What {@link #join} did: the glossary, the concept's id, whether it is new, the spellings added and those not. */
    public record Joined(Glossary glossary, String conceptId, boolean created, List<String> added, List<String> kept) {
    }

    private final NameMatcher matcher;

    public ProposalJoin(NameMatcher matcher) {
        this.matcher = matcher;
    }

    /** The concept of {@code g} that {@code spellings} belong to, and why; a null concept when none. */
    public Target target(Glossary g, List<Spelling> spellings) {
        for (Concept c : g.concepts()) {
            for (Spelling s : spellings) {
                for (Term t : c.terms()) {
                    if (same(t, s)) {
                        return new Target(c, "it has '" + t.form() + "' already");
                    }
                }
            }
        }
        Concept best = null;
        double bestScore = 0;
        String why = null;
        Map<String, NameMatcher.Result> cache = new HashMap<>();
        for (Concept c : g.concepts()) {
            for (Term t : c.terms()) {
                for (Spelling s : spellings) {
                    double score = 0;
                    String how = null;
                    NameMatcher.Result r = cache.computeIfAbsent(s.form() + "\u0000" + t.form(), k -> matcher.match(s.form(), t.form()));
                    if (r.same()) {
                        score = r.score();
                        how = "'" + t.form() + "' is the same name as '" + s.form() + "'";
                    } else {
                        String family = familyMatch(s.form(), t.form());
                        if (family != null) {
                            score = 0.9 * matcher.match(family, lastWord(family.equals(s.form()) ? t.form() : s.form())).score();
                            how = "'" + t.form() + "' has the family name '" + family + "'";
                        }
                    }
                    if (how != null && score > bestScore) {
                        best = c;
                        bestScore = score;
                        why = how;
                    }
                }
            }
        }
        return new Target(best, why);
    }

    /**
     * Whether {@code g} has every one of {@code spellings} already, all in one concept: a proposal made of
     * them would add nothing, so discovery need not offer it. A spelling the glossary has in another concept
     * than the rest, or not at all, makes it new.
     */
    public boolean holds(Glossary g, List<Spelling> spellings) {
        if (spellings.isEmpty()) {
            return false;
        }
        for (Concept c : g.concepts()) {
            if (spellings.stream().allMatch(s -> c.terms().stream().anyMatch(t -> same(t, s)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The single word of {@code a} and {@code b} when one is a single word longer than {@link #SHORT_NAME}
     * letters that is the same name as the other's last word (its family name); null otherwise.
     */
    private String familyMatch(String a, String b) {
        String[] wa = a.strip().split("\\s+");
        String[] wb = b.strip().split("\\s+");
        if (wa.length == 1 && wb.length > 1 && a.strip().length() > SHORT_NAME && matcher.match(a, wb[wb.length - 1]).same()) {
            return a;
        }
        if (wb.length == 1 && wa.length > 1 && b.strip().length() > SHORT_NAME && matcher.match(b, wa[wa.length - 1]).same()) {
            return b;
        }
        return null;
    }

    private static String lastWord(String s) {
        String[] w = s.strip().split("\\s+");
        return w[w.length - 1];
    }

    /**
     * {@code g} with {@code spellings} added to the concept of {@link #target} (a new concept when none): each
     * one the glossary does not have anywhere yet, preferred where the concept has no preferred spelling in
     * its language, else admitted; a spelling it has already gains the places it was seen.
     */
    public Joined join(Glossary g, List<Spelling> spellings) {
        Target target = target(g, spellings);
        Concept c = target.concept() != null ? target.concept() : new Concept(g.nextId(), "", List.of());
        Glossary out = g;
        List<String> added = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (Spelling s : spellings) {
            Term mine = c.terms().stream().filter(t -> same(t, s)).findFirst().orElse(null);
            if (mine != null) {
                if (!mine.seen().containsAll(s.seen())) {
                    List<String> seen = new ArrayList<>(mine.seen());
                    s.seen().stream().filter(p -> !seen.contains(p)).forEach(seen::add);
                    List<Term> ts = new ArrayList<>(c.terms());
                    ts.set(ts.indexOf(mine), new Term(mine.lang(), mine.form(), mine.status(), mine.system(), mine.note(), seen));
                    c = new Concept(c.id(), c.note(), ts);
                }
                continue;
            }
            String cid = c.id();
            Concept elsewhere = out.concepts().stream().filter(x -> !x.id().equals(cid)
                    && x.terms().stream().anyMatch(t -> same(t, s))).findFirst().orElse(null);
            if (elsewhere != null) {
                kept.add("'" + s.form() + "' (" + s.lang() + ") is in concept " + elsewhere.id() + " already");
                continue;
            }
            boolean preferred = c.terms().stream().anyMatch(t -> t.lang().equalsIgnoreCase(s.lang())
                    && t.status() == Term.Status.PREFERRED);
            c = c.with(new Term(s.lang(), s.form(), preferred ? Term.Status.ADMITTED : Term.Status.PREFERRED, "", "", s.seen()));
            added.add("'" + s.form() + "' (" + s.lang() + ")");
        }
        if (c.terms().isEmpty()) {
            return new Joined(g, null, false, added, kept);
        }
        return new Joined(out.with(c), c.id(), target.concept() == null, added, kept);
    }

    private static boolean same(Term t, Spelling s) {
        return t.lang().equalsIgnoreCase(s.lang()) && t.form().toLowerCase(Locale.ROOT).equals(s.form().strip().toLowerCase(Locale.ROOT));
    }
}
