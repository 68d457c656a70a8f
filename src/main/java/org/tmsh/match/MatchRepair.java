package org.tmsh.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.tmsh.numbers.ValueDiff;
import org.tmsh.numbers.Values;

/**
 * Repairs a fuzzy match whose source differs from the new segment only in numbers or in names:
 * each differing number or name is substituted in the match's target, so "Lawrow traf am 3. Mai ..."
 * against a unit "Putin traf am 1. Mai ..." / "Putin met ... on 1 May" gives "Lavrov met ... on 3 May".
 *
 * <p>Both sources are cut into items: names (spans a {@link Names} finds, one item a name, compared by
 * concept), numbers (compared by value as each language writes it, {@link Values}: a German "1.500"
 * is an English "1,500") and every other token (compared as the fuzzy match compares it). Inline
 * tags are no items: a sentence with bold on a name repairs from a unit without codes, and a
 * target's tags stay where they are. An edit script of the two item lists (longest common subsequence) must consist only of
 * one-for-one substitutions of a number by a number or a name by a name. For each, the replaced item
 * must occur once in the match's source, and its counterpart exactly once in the target (the same
 * number by value; a target-language spelling of the same concept), and the new name needs a
 * target-language spelling. A new number is written as the target language writes numbers, grouped
 * when the number it replaces was. Anything else (a word changed, added or dropped, a number twice, a
 * name without a translation) gives no repair, and so does a repaired target whose numbers and dates
 * are not the new sentence's by value ({@link ValueDiff}): it is done only when it is certain.
 *
 * <p>NOTE: dates whose month name differs are not repaired (the month is a word, not a number).
 */
public final class MatchRepair {

    /** Where names come from (a glossary): spans of names of one language, and preferred spellings. */
    public interface Names {

        /** Names of language {@code lang} found in {@code text}, in order, not overlapping. */
        List<Name> find(String text, String lang);

        /** The preferred spelling of {@code concept} in {@code lang}, or null. */
        String preferred(String concept, String lang);

        /** No names: only numbers are repaired. */
        Names NONE = new Names() {
            @Override
            public List<Name> find(String text, String lang) {
                return List.of();
            }

            @Override
            public String preferred(String concept, String lang) {
                return null;
            }
        };
    }

    /** A name in a text: its span and concept. */
    public record Name(int start, int end, String concept) {
    }

    /** One substitution made in the target: what was there and what replaced it. */
    public record Substitution(String from, String to) {
        @Override
        public String toString() {
            return from + " -> " + to;
        }
    }

    /** The repaired target and what was substituted. */
    public record Repaired(String target, List<Substitution> substitutions) {
    }

    private enum Kind { NAME, NUMBER, OTHER }

    private record Item(Kind kind, String key, String text, int start, int end) {
    }

    private record Edit(int start, int end, String with, Substitution what) {
    }

    private final Tokenizer tokenizer;
    private final Names names;

    public MatchRepair(Tokenizer tokenizer, Names names) {
        this.tokenizer = tokenizer;
        this.names = names;
    }

    /** The repaired target of a match, or empty when the match cannot be repaired with certainty. */
    public Optional<Repaired> repair(String query, String source, String target, String srcLang, String tgtLang) {
        List<Item> q = items(query, srcLang);
        List<Item> s = items(source, srcLang);
        List<Item> t = items(target, tgtLang);
        int[][] lcs = lcs(q, s);
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < q.size() || j < s.size()) {
            if (i < q.size() && j < s.size() && q.get(i).key().equals(s.get(j).key())) {
                i++;
                j++;
                continue;
            }
            // a one-for-one substitution is the only edit allowed
            boolean substitution = i < q.size() && j < s.size() && lcs[i + 1][j + 1] == lcs[i][j]
                    && q.get(i).kind() == s.get(j).kind() && q.get(i).kind() != Kind.OTHER;
            if (!substitution) {
                return Optional.empty();
            }
            Edit e = edit(q.get(i), s.get(j), s, t, tgtLang);
            if (e == null) {
                return Optional.empty();
            }
            edits.add(e);
            i++;
            j++;
        }
        if (edits.isEmpty()) {
            return Optional.empty();
        }
        edits.sort(Comparator.comparingInt(Edit::start));
        for (int k = 1; k < edits.size(); k++) {
            if (edits.get(k).start() < edits.get(k - 1).end()) {
                return Optional.empty();
            }
        }
        StringBuilder sb = new StringBuilder(target);
        for (int k = edits.size() - 1; k >= 0; k--) {
            Edit e = edits.get(k);
            sb.replace(e.start(), e.end(), e.with());
        }
        String repaired = sb.toString();
        if (!ValueDiff.compare(plain(query), srcLang, plain(repaired), tgtLang).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Repaired(repaired, edits.stream().map(Edit::what).toList()));
    }

    /** The change in the target for one substitution, or null when it is not certain. */
    private Edit edit(Item newer, Item older, List<Item> source, List<Item> target, String tgtLang) {
        if (source.stream().filter(x -> x.key().equals(older.key())).count() != 1) {
            return null;
        }
        List<Item> there = target.stream().filter(x -> x.key().equals(older.key())).toList();
        if (there.size() != 1) {
            return null;
        }
        Item at = there.get(0);
        String with = newer.kind() == Kind.NUMBER ? number(newer, at, tgtLang)
                : names.preferred(newer.key().substring("name:".length()), tgtLang);
        if (with == null) {
            return null;
        }
        return new Edit(at.start(), at.end(), with, new Substitution(at.text(), with));
    }

    /** The new number as the target writes numbers: its digits when plain, else formatted like the old one. */
    private static String number(Item newer, Item old, String tgtLang) {
        if (newer.text().chars().allMatch(Character::isDigit) || !old.key().startsWith("#num:")) {
            return newer.text();
        }
        String value = newer.key().substring("#num:".length());
        try {
            return Values.of(tgtLang).format(value, old.text());
        } catch (NumberFormatException e) {
            return newer.text();
        }
    }

    /** The text without inline-code markers (what the values are read from). */
    private static String plain(String text) {
        return org.tmsh.common.Markers.MARKER.matcher(text).replaceAll("");
    }

    private List<Item> items(String text, String lang) {
        List<Name> found = names.find(text, lang);
        Values values = Values.of(lang);
        List<Item> out = new ArrayList<>();
        int n = 0;
        for (Token tok : tokenizer.tokens(text)) {
            if (tok.kind() == Token.Kind.TAG) {
                continue;
            }
            while (n < found.size() && found.get(n).end() <= tok.start()) {
                n++;
            }
            if (n < found.size() && tok.start() >= found.get(n).start() && tok.end() <= found.get(n).end()) {
                Name name = found.get(n);
                if (out.isEmpty() || out.get(out.size() - 1).start() != name.start()) {
                    out.add(new Item(Kind.NAME, "name:" + name.concept(), text.substring(name.start(), name.end()),
                            name.start(), name.end()));
                }
                continue;
            }
            if (tok.kind() == Token.Kind.NUMBER) {
                out.add(new Item(Kind.NUMBER, "#num:" + values.valueOf(tok.text()), tok.text(), tok.start(), tok.end()));
            } else {
                out.add(new Item(Kind.OTHER, tok.key(), tok.text(), tok.start(), tok.end()));
            }
        }
        return out;
    }

    /** Suffix LCS lengths: {@code [i][j]} = LCS of {@code a[i..]} and {@code b[j..]}. */
    private static int[][] lcs(List<Item> a, List<Item> b) {
        int[][] m = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                m[i][j] = a.get(i).key().equals(b.get(j).key()) ? m[i + 1][j + 1] + 1 : Math.max(m[i + 1][j], m[i][j + 1]);
            }
        }
        return m;
    }
}
