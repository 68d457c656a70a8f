package org.tmsh.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.tmsh.common.Languages;
import org.tmsh.names.SpellingKey;
import org.tmsh.numbers.Quantity;
import org.tmsh.numbers.Values;

/**
 * Links the words of a sentence to the words of its translation where the link is certain: the same
 * glossary concept ({@link MatchRepair.Names}), the same number or date by value ({@link Values}:
 * "2. November" and "November 2"), a pair of a bilingual dictionary or memory ({@link WordPairs}),
 * the same word in both texts (an acronym), and a name spelled by each language's conventions
 * ({@link SpellingKey}: "Lawrow" and "Lavrov"). A word links by a dictionary pair or as
 * itself only when it and its counterpart each occur once, so "in" of "in Moskau" does not link to
 * an "in" elsewhere. Thread-safe when its {@link MatchRepair.Names} and {@link WordPairs} are.
 */
public final class WordLinks {

    /** Word pairs known to translate each other, asked about two words as written (a dictionary folds them its own way). */
    public interface WordPairs {
        boolean translates(String source, String target);

        /** No pairs. */
        WordPairs NONE = (s, t) -> false;
    }

    /** The two texts' tokens and, for each source token, the target tokens it links to. */
    public record Links(List<Token> source, List<Token> target, Map<Integer, Set<Integer>> links) {

        /** The target tokens source token {@code i} links to (empty when none). */
        public Set<Integer> of(int i) {
            return links.getOrDefault(i, Set.of());
        }
    }

    private final Tokenizer tokenizer;
    private final MatchRepair.Names names;
    private final WordPairs pairs;

    public WordLinks(Tokenizer tokenizer, MatchRepair.Names names, WordPairs pairs) {
        this.tokenizer = tokenizer;
        this.names = names;
        this.pairs = pairs;
    }

    /** The links between {@code source} in {@code srcLang} and {@code target} in {@code tgtLang} (plain texts). */
    public Links link(String source, String srcLang, String target, String tgtLang) {
        List<Token> s = tokenizer.tokens(source);
        List<Token> t = tokenizer.tokens(target);
        Map<Integer, Set<Integer>> out = new HashMap<>();
        boolean[] sDone = new boolean[s.size()];
        boolean[] tDone = new boolean[t.size()];
        // glossary concepts: a name's words to the other name's words
        List<MatchRepair.Name> tn = new ArrayList<>(names.find(target, tgtLang));
        for (MatchRepair.Name a : names.find(source, srcLang)) {
            for (int k = 0; k < tn.size(); k++) {
                if (tn.get(k).concept().equals(a.concept())) {
                    block(s, a.start(), a.end(), t, tn.get(k).start(), tn.get(k).end(), out, sDone, tDone);
                    tn.remove(k);
                    break;
                }
            }
        }
        // numbers and dates by value
        List<Quantity> tq = new ArrayList<>(Values.of(tgtLang).read(target));
        for (Quantity a : Values.of(srcLang).read(source)) {
            for (int k = 0; k < tq.size(); k++) {
                if ((tq.get(k).kind() == a.kind() || tq.get(k).kind().numeric() && a.kind().numeric())
                        && tq.get(k).value().equals(a.value())) {
                    block(s, a.start(), a.end(), t, tq.get(k).start(), tq.get(k).end(), out, sDone, tDone);
                    tq.remove(k);
                    break;
                }
            }
        }
        // the same word, a name spelled by each language's conventions, or a dictionary pair, each once
        String[] sNames = nameKeys(s, srcLang);
        String[] tNames = nameKeys(t, tgtLang);
        for (int i = 0; i < s.size(); i++) {
            if (sDone[i] || !s.get(i).content() || count(s, s.get(i).key()) != 1) {
                continue;
            }
            int only = -1;
            for (int j = 0; j < t.size(); j++) {
                if (tDone[j] || !t.get(j).content()) {
                    continue;
                }
                boolean same = s.get(i).key().equals(t.get(j).key()) && s.get(i).text().length() > 1;
                if (same || sNames[i] != null && sNames[i].equals(tNames[j])
                        || pairs.translates(s.get(i).text(), t.get(j).text())) {
                    only = only == -1 ? j : -2;
                }
            }
            if (only >= 0 && count(t, t.get(only).key()) == 1) {
                out.computeIfAbsent(i, x -> new TreeSet<>()).add(only);
                tDone[only] = true;
            }
        }
        return new Links(s, t, out);
    }

    private static void block(List<Token> s, int sFrom, int sTo, List<Token> t, int tFrom, int tTo,
                              Map<Integer, Set<Integer>> out, boolean[] sDone, boolean[] tDone) {
        List<Integer> to = new ArrayList<>();
        for (int j = 0; j < t.size(); j++) {
            if (t.get(j).start() >= tFrom && t.get(j).end() <= tTo && t.get(j).content()) {
                to.add(j);
                tDone[j] = true;
            }
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).start() >= sFrom && s.get(i).end() <= sTo && s.get(i).content() && !to.isEmpty()) {
                out.computeIfAbsent(i, x -> new TreeSet<>()).addAll(to);
                sDone[i] = true;
            }
        }
    }

    /**
     * The spelling key ({@link SpellingKey}) of each capitalised word of three letters or more, null
     * for the others: two words with one key are one name spelled by each language ("Lawrow", "Lavrov").
     */
    private static String[] nameKeys(List<Token> tokens, String lang) {
        String primary = Languages.primary(lang);
        String[] keys = new String[tokens.size()];
        for (int i = 0; i < keys.length; i++) {
            String w = tokens.get(i).text();
            if (tokens.get(i).kind() == Token.Kind.WORD && w.length() >= 3 && Character.isUpperCase(w.codePointAt(0))) {
                String k = SpellingKey.standard().key(w, primary);
                keys[i] = k.length() >= 3 ? k : null;
            }
        }
        return keys;
    }

    private static int count(List<Token> tokens, String key) {
        int n = 0;
        for (Token x : tokens) {
            n += x.content() && x.key().equals(key) ? 1 : 0;
        }
        return n;
    }
}
