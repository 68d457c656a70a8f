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

    /** What {@link #merge} did: the merged glossary and how many concepts and spellings it gained. */
    public record Merge(Glossary glossary, int conceptsAdded, int conceptsMerged, int termsAdded) {
    }

    /**
     * This glossary with {@code other}'s concepts merged in: a concept of {@code other} that shares a
     * spelling (same language, same form ignoring case) with one of this glossary joins it, and only
     * its new spellings are added (a second "preferred" in a language becomes admitted; places seen
     * are added to a spelling both have); any other concept is added, under a new id if its id is taken.
     * Nothing of this glossary is removed or changed otherwise, and concepts of {@code other} are only
     * matched against this glossary's own, never against each other (homonyms there stay apart).
     *
     * <p>NOTE: a concept whose spellings are in two concepts here joins the first of them; the two are
     * not joined, since only the translator can tell whether they are one name.
     */
    public Merge merge(Glossary other) {
        // Linear in both glossaries: the concepts in one list changed in place, their ids in a set, and
        // this glossary's spellings in a map to the first concept that has them. (Searching the list and
        // copying it for each incoming concept made the merge quadratic: 60,000 concepts took minutes.)
        List<Concept> all = new ArrayList<>(concepts);
        java.util.Set<String> ids = new java.util.HashSet<>();
        java.util.Map<String, Integer> spellings = new java.util.HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            ids.add(all.get(i).id());
            for (Term t : all.get(i).terms()) {
                spellings.putIfAbsent(spellingKey(t), i);
            }
        }
        int mine = all.size();
        int next = mine + 1;
        int added = 0;
        int merged = 0;
        int terms = 0;
        for (Concept in : other.concepts()) {
            int at = Integer.MAX_VALUE;
            for (Term t : in.terms()) {
                at = Math.min(at, spellings.getOrDefault(spellingKey(t), Integer.MAX_VALUE));
            }
            if (at == Integer.MAX_VALUE) {
                String id = in.id();
                if (id.isEmpty() || ids.contains(id)) {
                    // as nextId(): the first free "cN" from the glossary's size + 1
                    for (next = Math.max(next, all.size() + 1); ids.contains("c" + next); next++) {
                        // taken
                    }
                    id = "c" + next;
                }
                ids.add(id);
                all.add(new Concept(id, in.note(), in.terms()));
                added++;
                terms += in.terms().size();
                continue;
            }
            Concept c = all.get(at);
            for (Term t : in.terms()) {
                Term same = c.terms().stream().filter(x -> sameSpelling(x, t)).findFirst().orElse(null);
                if (same == null) {
                    Term.Status st = t.status() == Term.Status.PREFERRED && c.preferred(t.lang()) != null
                            && c.preferred(t.lang()).status() == Term.Status.PREFERRED ? Term.Status.ADMITTED : t.status();
                    c = c.with(new Term(t.lang(), t.form(), st, t.system(), t.note(), t.seen()));
                    spellings.merge(spellingKey(t), at, Math::min);
                    terms++;
                } else if (!same.seen().containsAll(t.seen())) {
                    List<String> seen = new ArrayList<>(same.seen());
                    t.seen().stream().filter(p -> !seen.contains(p)).forEach(seen::add);
                    List<Term> ts = new ArrayList<>(c.terms());
                    ts.set(ts.indexOf(same), new Term(same.lang(), same.form(), same.status(), same.system(), same.note(), seen));
                    c = new Concept(c.id(), c.note(), ts);
                }
            }
            if (c.note().isEmpty() && !in.note().isEmpty()) {
                c = new Concept(c.id(), in.note(), c.terms());
            }
            all.set(at, c);
            merged++;
        }
        return new Merge(new Glossary(name, all), added, merged, terms);
    }

    /**
     * A key equal for two spellings exactly when {@link #sameSpelling} holds: language and form, each
     * character (code point) folded as {@link String#equalsIgnoreCase} compares it (upper case, then lower case).
     */
    private static String spellingKey(Term t) {
        StringBuilder sb = new StringBuilder(t.lang().length() + t.form().length() + 1);
        fold(t.lang(), sb);
        sb.append('\u0000');
        fold(t.form(), sb);
        return sb.toString();
    }

    private static void fold(String s, StringBuilder sb) {
        s.codePoints().forEach(c -> sb.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
    }

    private static boolean shares(Concept a, Concept b) {
        return a.terms().stream().anyMatch(x -> b.terms().stream().anyMatch(y -> sameSpelling(x, y)));
    }

    private static boolean sameSpelling(Term a, Term b) {
        return a.lang().equalsIgnoreCase(b.lang()) && a.form().equalsIgnoreCase(b.form());
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
