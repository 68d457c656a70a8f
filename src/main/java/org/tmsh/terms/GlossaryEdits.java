package org.tmsh.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.tmsh.common.TmshException;

/**
 * The changes a translator makes to a glossary by hand: delete a spelling or a concept, change a
 * spelling's status, language, system or note, change a concept's note, merge two concepts into one,
 * split spellings off into a new concept. Each takes the glossary as read and gives the glossary to
 * write with one line saying what was done; a change that cannot be made is a {@link TmshException}
 * and changes nothing. The caller runs them inside {@link GlossaryStore#update}, under the lock.
 *
 * <p>Every change keeps two rules of a concept: one preferred spelling per language at most (making
 * one preferred makes the former preferred one admitted; deleting the preferred one makes the first
 * admitted spelling of its language preferred), and no spelling twice (same language, same form
 * ignoring case: a merge keeps one and joins where each was seen).
 */
public final class GlossaryEdits {

    /** A changed glossary and what was done, in one line. */
    public record Change(Glossary glossary, String done) {
    }

    private GlossaryEdits() {
    }

    /** The glossary without concept {@code id}. */
    public static Change deleteConcept(Glossary g, String id) {
        Concept c = need(g, id);
        List<Concept> all = new ArrayList<>(g.concepts());
        all.remove(c);
        return new Change(new Glossary(g.name(), all), "deleted concept " + id + " " + label(c) + " ("
                + c.terms().size() + " spelling" + (c.terms().size() == 1 ? "" : "s") + ")");
    }

    /**
     * The glossary without the spelling {@code form} (in {@code lang}, or in whichever language the concept
     * has it when {@code lang} is null) of concept {@code id}; a concept left without spellings is deleted.
     */
    public static Change deleteSpelling(Glossary g, String id, String form, String lang) {
        Concept c = need(g, id);
        Term t = spelling(c, form, lang);
        List<Term> rest = new ArrayList<>(c.terms());
        rest.remove(t);
        String done = "deleted '" + t.form() + "' (" + t.lang() + ", " + t.status().label() + ") from concept " + id;
        if (rest.isEmpty()) {
            List<Concept> all = new ArrayList<>(g.concepts());
            all.remove(c);
            return new Change(new Glossary(g.name(), all), done + "; it had no other spelling, so the concept is deleted");
        }
        if (t.status() == Term.Status.PREFERRED) {
            for (int i = 0; i < rest.size(); i++) {
                Term r = rest.get(i);
                if (r.lang().equalsIgnoreCase(t.lang()) && r.status() == Term.Status.ADMITTED) {
                    rest.set(i, withStatus(r, Term.Status.PREFERRED));
                    done += "; '" + r.form() + "' is now the preferred " + t.lang() + " spelling";
                    break;
                }
            }
        }
        return new Change(g.with(new Concept(c.id(), c.note(), rest)), done);
    }

    /** What {@link #editSpelling} changes; a null field is left as it is. */
    public record SpellingEdit(Term.Status status, String lang, String system, String note) {
        boolean empty() {
            return status == null && lang == null && system == null && note == null;
        }
    }

    /**
     * Concept {@code id} with spelling {@code form} (in {@code lang}, or its only language) changed as
     * {@code edit} says. Made preferred, it takes the place of the former preferred spelling of its
     * language (which becomes admitted); moved to a language where the concept has the form already, it
     * is refused.
     */
    public static Change editSpelling(Glossary g, String id, String form, String lang, SpellingEdit edit) {
        if (edit.empty()) {
            throw new TmshException("nothing to change: give --status, --new-lang, --system or --note");
        }
        Concept c = need(g, id);
        Term t = spelling(c, form, lang);
        String newLang = edit.lang() == null ? t.lang() : edit.lang();
        if (!newLang.equalsIgnoreCase(t.lang()) && c.terms().stream().anyMatch(x -> x != t && same(x, newLang, t.form()))) {
            throw new TmshException("concept " + id + " has '" + t.form() + "' in " + newLang + " already; delete one of them"
                    + " instead");
        }
        Term.Status status = edit.status() == null ? t.status() : edit.status();
        Term changed = new Term(newLang, t.form(), status, edit.system() == null ? t.system() : edit.system(),
                edit.note() == null ? t.note() : edit.note(), t.seen());
        List<String> done = new ArrayList<>();
        List<Term> terms = new ArrayList<>(c.terms());
        terms.set(terms.indexOf(t), changed);
        if (status == Term.Status.PREFERRED) {
            for (int i = 0; i < terms.size(); i++) {
                Term x = terms.get(i);
                if (x != changed && x.status() == Term.Status.PREFERRED && x.lang().equalsIgnoreCase(newLang)) {
                    terms.set(i, withStatus(x, Term.Status.ADMITTED));
                    done.add("'" + x.form() + "' is now admitted");
                }
            }
        }
        done.add(0, "changed '" + t.form() + "' of concept " + id + ": " + describe(t, changed));
        return new Change(g.with(new Concept(c.id(), c.note(), terms)), String.join("; ", done));
    }

    /** Concept {@code id} with {@code note} as its note (empty: no note). */
    public static Change editNote(Glossary g, String id, String note) {
        Concept c = need(g, id);
        Concept changed = new Concept(c.id(), note, c.terms());
        return new Change(g.with(changed), "concept " + id + (changed.note().isEmpty() ? ": note removed"
                : ": note '" + changed.note() + "'"));
    }

    /**
     * Concept {@code from}'s spellings joined to concept {@code into}, and {@code from} deleted: a spelling
     * both have is kept once (where each was seen joined); a second preferred spelling of a language
     * becomes admitted; the notes are joined.
     */
    public static Change merge(Glossary g, String into, String from) {
        if (into.equals(from)) {
            throw new TmshException("cannot merge concept " + into + " with itself");
        }
        Concept a = need(g, into);
        Concept b = need(g, from);
        List<Term> terms = new ArrayList<>(a.terms());
        int moved = 0;
        for (Term t : b.terms()) {
            Term there = terms.stream().filter(x -> same(x, t.lang(), t.form())).findFirst().orElse(null);
            if (there != null) {
                List<String> seen = new ArrayList<>(there.seen());
                t.seen().stream().filter(s -> !seen.contains(s)).forEach(seen::add);
                terms.set(terms.indexOf(there), new Term(there.lang(), there.form(), there.status(), there.system(),
                        there.note(), seen));
                continue;
            }
            boolean hasPreferred = terms.stream().anyMatch(x -> x.lang().equalsIgnoreCase(t.lang())
                    && x.status() == Term.Status.PREFERRED);
            terms.add(t.status() == Term.Status.PREFERRED && hasPreferred ? withStatus(t, Term.Status.ADMITTED) : t);
            moved++;
        }
        String note = a.note().isEmpty() ? b.note() : b.note().isEmpty() || a.note().equals(b.note()) ? a.note()
                : a.note() + "; " + b.note();
        List<Concept> all = new ArrayList<>();
        for (Concept c : g.concepts()) {
            if (c == a) {
                all.add(new Concept(a.id(), note, terms));
            } else if (c != b) {
                all.add(c);
            }
        }
        return new Change(new Glossary(g.name(), all), "merged concept " + from + " " + label(b) + " into " + into + " "
                + label(a) + ": " + moved + " spelling" + (moved == 1 ? "" : "s") + " moved, "
                + (b.terms().size() - moved) + " it had already");
    }

    /**
     * The spellings {@code forms} (in {@code lang}, or in any language when null) of concept {@code id} moved
     * to a new concept; at least one spelling must stay. The new concept keeps no note.
     */
    public static Change split(Glossary g, String id, List<String> forms, String lang) {
        Concept c = need(g, id);
        List<Term> out = new ArrayList<>();
        for (String f : forms) {
            Predicate<Term> is = t -> t.form().equalsIgnoreCase(f.strip()) && (lang == null || t.lang().equalsIgnoreCase(lang));
            List<Term> found = c.terms().stream().filter(is).toList();
            if (found.isEmpty()) {
                throw new TmshException("concept " + id + " has no spelling '" + f + "'" + (lang == null ? "" : " in " + lang)
                        + " (it has: " + forms(c) + ")");
            }
            found.stream().filter(t -> !out.contains(t)).forEach(out::add);
        }
        List<Term> stay = new ArrayList<>(c.terms());
        stay.removeAll(out);
        if (stay.isEmpty()) {
            throw new TmshException("that would move every spelling of concept " + id + "; keep at least one");
        }
        String newId = g.nextId();
        Concept left = new Concept(c.id(), c.note(), preferredEach(stay));
        Concept split = new Concept(newId, "", preferredEach(out));
        List<Concept> all = new ArrayList<>();
        for (Concept x : g.concepts()) {
            all.add(x == c ? left : x);
            if (x == c) {
                all.add(split);
            }
        }
        return new Change(new Glossary(g.name(), all), "moved " + out.size() + " spelling" + (out.size() == 1 ? "" : "s")
                + " of concept " + id + " to the new concept " + newId + " " + label(split));
    }

    /** The terms with a preferred spelling in each language that has only admitted ones: the first of them. */
    private static List<Term> preferredEach(List<Term> terms) {
        List<Term> out = new ArrayList<>(terms);
        for (int i = 0; i < out.size(); i++) {
            Term t = out.get(i);
            if (t.status() == Term.Status.ADMITTED && out.stream().noneMatch(x -> x.lang().equalsIgnoreCase(t.lang())
                    && x.status() == Term.Status.PREFERRED)) {
                out.set(i, withStatus(t, Term.Status.PREFERRED));
            }
        }
        return out;
    }

    private static Concept need(Glossary g, String id) {
        return g.concept(id).orElseThrow(() -> new TmshException("no concept '" + id + "' in glossary '" + g.name() + "'"));
    }

    /** The spelling {@code form} of a concept, in {@code lang} or its only language; refused when not one. */
    static Term spelling(Concept c, String form, String lang) {
        List<Term> found = c.terms().stream().filter(t -> t.form().equalsIgnoreCase(form.strip())
                && (lang == null || t.lang().equalsIgnoreCase(lang))).toList();
        List<Term> exact = found.stream().filter(t -> t.form().equals(form.strip())).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            throw new TmshException("concept " + c.id() + " has no spelling '" + form.strip() + "'" + (lang == null ? ""
                    : " in " + lang) + " (it has: " + forms(c) + ")");
        }
        throw new TmshException("concept " + c.id() + " has '" + form.strip() + "' in " + found.size() + " languages ("
                + String.join(", ", found.stream().map(Term::lang).toList()) + "); say which with --lang");
    }

    private static boolean same(Term t, String lang, String form) {
        return t.lang().equalsIgnoreCase(lang) && t.form().equalsIgnoreCase(form);
    }

    private static Term withStatus(Term t, Term.Status s) {
        return new Term(t.lang(), t.form(), s, t.system(), t.note(), t.seen());
    }

    private static String describe(Term was, Term now) {
        List<String> out = new ArrayList<>();
        if (!was.lang().equals(now.lang())) {
            out.add("language " + was.lang() + " -> " + now.lang());
        }
        if (was.status() != now.status()) {
            out.add("status " + was.status().label() + " -> " + now.status().label());
        }
        if (!was.system().equals(now.system())) {
            out.add("system '" + was.system() + "' -> '" + now.system() + "'");
        }
        if (!was.note().equals(now.note())) {
            out.add("note '" + was.note() + "' -> '" + now.note() + "'");
        }
        return out.isEmpty() ? "nothing different" : String.join(", ", out);
    }

    private static String forms(Concept c) {
        return String.join(", ", c.terms().stream().map(t -> t.form() + " (" + t.lang() + ")").toList());
    }

    /** A concept as one short label: its first preferred spelling, else its first, in quotes with the language. */
    public static String label(Concept c) {
        Term t = c.terms().stream().filter(x -> x.status() == Term.Status.PREFERRED).findFirst()
                .orElse(c.terms().isEmpty() ? null : c.terms().get(0));
        return t == null ? "(empty)" : "'" + t.form() + "' (" + t.lang().toLowerCase(Locale.ROOT) + ")";
    }
}
