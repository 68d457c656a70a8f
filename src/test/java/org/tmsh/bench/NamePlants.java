package org.tmsh.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.tmsh.terms.Concept;
import org.tmsh.terms.Glossary;
import org.tmsh.terms.Term;

/**
 * The ninth part of the planted-error corpus: glossary names in inflected forms, both directions. From a glossary (the
 * project's own, glossaries/seeds.tbx) and real pairs of tm-data: a pair gets a clause naming a concept of the glossary
 * on both sides, each side in its language's form and inflection (German genitive -s, nothing after s, x, z, ß; English
 * 's), or a prepositional phrase with the bare form. Half of the segments are right (no terminology finding may be
 * made), half carry one planted error in the target: the source language's spelling left ("Lawrow's visit"), a misspelt
 * form (a letter swapped, doubled or dropped, or the two languages' spellings mixed: "Lawrov's"), the name dropped, a
 * deprecated spelling of the concept. Ids n (English to German) and rn (German to English). No call into tmsh's checks.
 */
final class NamePlants {

    static final List<String> KINDS = List.of("other-language-spelling", "misspelt", "dropped", "deprecated");

    /** English genitive clause, German genitive clause, English bare, German bare ({} the name; the noun without it). */
    private static final String[][] CLAUSES = {
        {"{}'s visit", "{} Besuch", "the visit"},
        {"{}'s statement", "{} Erklärung", "the statement"},
        {"{}'s proposal", "{} Vorschlag", "the proposal"},
        {"{}'s office", "{} Büro", "the office"},
        {"{}'s speech", "{} Rede", "the speech"},
    };
    private static final String[][] BARE = {
        {"talks with {}", "Gespräche mit {}", "talks"},
        {"a meeting in {}", "ein Treffen in {}", "a meeting"},
        {"a letter to {}", "ein Brief an {}", "a letter"},
    };
    private static final String[] DE_DROPPED = {"der Besuch", "die Erklärung", "der Vorschlag", "das Büro", "die Rede"};
    private static final String[] DE_DROPPED_BARE = {"Gespräche", "ein Treffen", "ein Brief"};

    /** A segment: id, source, target, the planted kind (null when right), the concept's id. */
    record Segment(String id, String source, String target, String planted, String concept) {
    }

    private NamePlants() {
    }

    /** The form inflected: genitive in German (-s, nothing after s x z ß) or English ('s), else bare. */
    static String inflect(String form, String lang, boolean genitive) {
        if (!genitive) {
            return form;
        }
        if (lang.equals("en")) {
            return form + "'s";
        }
        char last = Character.toLowerCase(form.charAt(form.length() - 1));
        return "sxzß".indexOf(last) >= 0 ? form : form + "s";
    }

    static List<Segment> build(Glossary g, List<TmData.Pair> pairs, int perDirection, long seed) {
        List<Concept> usable = g.concepts().stream().filter(c -> !forms(c, "en").isEmpty() && !forms(c, "de").isEmpty()).toList();
        List<Segment> out = new ArrayList<>();
        for (boolean reversed : new boolean[] {false, true}) {
            Random rnd = new Random(seed + (reversed ? 1 : 0));
            String src = reversed ? "de" : "en";
            String tgt = reversed ? "en" : "de";
            int made = 0;
            int tries = 0;
            int kindAt = 0; // the next kind to plant: a kind the glossary cannot give in this direction is passed over
            while (made < perDirection && tries++ < perDirection * 50) {
                TmData.Pair p = pairs.get(rnd.nextInt(pairs.size()));
                if (p.en().length() > 200 || p.en().contains("(") || p.de().contains("(")) {
                    continue;
                }
                Concept c = usable.get(rnd.nextInt(usable.size()));
                String planted = made % 2 == 0 ? null : KINDS.get(kindAt++ % KINDS.size());
                String srcForm = pick(forms(c, src), rnd);
                String tgtForm = pick(forms(c, tgt), rnd);
                boolean genitive = rnd.nextBoolean();
                int t = rnd.nextInt(genitive ? CLAUSES.length : BARE.length);
                String[] clause = genitive ? CLAUSES[t] : BARE[t];
                String wrong = tgtForm;
                if ("other-language-spelling".equals(planted)) {
                    wrong = srcForm;
                    if (forms(c, tgt).contains(srcForm)) {
                        continue; // written alike in both languages: no wrong spelling to leave
                    }
                } else if ("misspelt".equals(planted)) {
                    wrong = misspell(tgtForm, srcForm, rnd);
                    if (wrong == null || forms(c, tgt).contains(wrong) || forms(c, src).contains(wrong)) {
                        continue;
                    }
                } else if ("deprecated".equals(planted)) {
                    List<String> dep = c.terms().stream().filter(x -> x.lang().equals(tgt) && x.status() == Term.Status.DEPRECATED)
                            .map(Term::form).toList();
                    if (dep.isEmpty()) {
                        continue;
                    }
                    wrong = pick(dep, rnd);
                }
                String srcClause = phrase(clause, src, srcForm, genitive);
                String tgtClause = "dropped".equals(planted)
                        ? (tgt.equals("en") ? clause[2] : (genitive ? DE_DROPPED : DE_DROPPED_BARE)[t])
                        : phrase(clause, tgt, wrong, genitive);
                String srcText = (reversed ? p.de() : p.en()) + " (" + srcClause + ")";
                String tgtText = (reversed ? p.en() : p.de()) + " (" + tgtClause + ")";
                out.add(new Segment((reversed ? "rn" : "n") + made, srcText, tgtText, planted, c.id()));
                made++;
            }
        }
        return out;
    }

    private static String phrase(String[] clause, String lang, String form, boolean genitive) {
        String pattern = lang.equals("en") ? clause[0] : clause[1];
        return pattern.replace(lang.equals("en") && genitive ? "{}'s" : "{}", inflect(form, lang, genitive));
    }

    /** Non-deprecated forms of a concept in a language. */
    static List<String> forms(Concept c, String lang) {
        return c.terms().stream().filter(t -> t.lang().equals(lang) && t.status() != Term.Status.DEPRECATED).map(Term::form).toList();
    }

    private static String pick(List<String> l, Random rnd) {
        return l.get(rnd.nextInt(l.size()));
    }

    /** One letter of the last word swapped with the next, doubled or dropped; or the other language's ending put on. */
    static String misspell(String form, String other, Random rnd) {
        int lastStart = form.lastIndexOf(' ') + 1;
        String last = form.substring(lastStart);
        String otherLast = other.substring(other.lastIndexOf(' ') + 1);
        if (last.length() < 4) {
            return null;
        }
        int way = rnd.nextInt(4);
        String bad;
        if (way == 3 && !otherLast.equals(last) && otherLast.length() >= 4) { // the two spellings mixed: first half of one, rest of the other
            int cut = Math.min(last.length(), otherLast.length()) / 2;
            bad = last.substring(0, cut) + otherLast.substring(cut);
            if (bad.equals(last) || bad.equals(otherLast)) {
                bad = otherLast.substring(0, cut) + last.substring(cut);
            }
        } else {
            int i = 1 + rnd.nextInt(last.length() - 2); // never the first letter
            if (way == 0 && Character.isLetter(last.charAt(i)) && Character.isLetter(last.charAt(i + 1)) && last.charAt(i) != last.charAt(i + 1)) {
                bad = last.substring(0, i) + last.charAt(i + 1) + last.charAt(i) + last.substring(i + 2);
            } else if (way == 1 && Character.isLetter(last.charAt(i))) {
                bad = last.substring(0, i + 1) + last.substring(i);
            } else if (Character.isLetter(last.charAt(i))) {
                bad = last.substring(0, i) + last.substring(i + 1);
            } else {
                return null;
            }
        }
        return bad.equals(last) ? null : form.substring(0, lastStart) + bad;
    }
}
