package org.tmsh.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.tmsh.common.Words;
import org.tmsh.names.SpellingKey;

/**
 * Lexical anchors of segments: numbers, names and cognates, as integer ids shared by both sides.
 * The tokens are the {@link Words#parts} of the words: a compound's parts and a number's digit groups
 * anchor on their own ("Putin-Regierung" meets "Putin government", "1.500" meets "1,500").
 *
 * <p>Each segment yields a sorted multiset of ids. Three kinds of key:
 * <ul>
 * <li>number: a run of digits without leading zeros ("05" and "5" agree);</li>
 * <li>word: the {@link SpellingKey} of a word of 4 letters or more, or of a capitalised word of 2
 *     or more (Lawrow/Lavrov, Choe/Choe);</li>
 * <li>cognate: the first letter and the next three consonants of that key (strategischen and
 *     strategic share "strt", Föderation and Federation "fdrt").</li>
 * </ul>
 * With a glossary ({@link NameConcepts}), each concept whose name occurs is one more word anchor,
 * whatever the spelling on each side (Moskau / Moscow, Pjöngjang / Pyongyang).
 * Each id has a weight: its kind's base weight times an inverse document frequency, so a word in
 * every sentence ("DVRK") anchors little and a rare name a lot.
 */
public final class Anchors {

    static final int NUMBER = 0;
    static final int WORD = 1;
    static final int COGNATE = 2;
    private static final String NUMBER_KEY = "#";
    private static final String WORD_KEY = "w:";
    private static final String COGNATE_KEY = "c:";
    private static final String NAME_KEY = "n:";
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<Integer> kinds = new ArrayList<>();
    private final SpellingKey keys;
    private final Map<String, String> keyCache = new ConcurrentHashMap<>();
    private double[] weights = new double[0];
    private boolean[] numbers = new boolean[0];

    private final NameConcepts names;

    public Anchors(SpellingKey keys) {
        this(keys, NameConcepts.NONE);
    }

    /** Anchors that also count the glossary concepts found in a segment as words shared by both sides. */
    public Anchors(SpellingKey keys, NameConcepts names) {
        this.keys = keys;
        this.names = names;
    }

    /** The sorted anchor ids of one segment in language {@code lang}. */
    public int[] extract(String segment, String lang) {
        return ids(keys(segment, lang));
    }

    /**
     * The anchor keys of one segment in language {@code lang}, before they are given ids: this
     * part may run on several threads at once (the sides of a pair), {@link #ids} not.
     */
    List<String> keys(String segment, String lang) {
        List<String> out = new ArrayList<>();
        for (Words.Word part : Words.parts(segment)) {
            String tok = part.text();
            if (Character.isDigit(tok.codePointAt(0))) {
                out.add(NUMBER_KEY + LEADING_ZEROS.matcher(tok).replaceFirst(""));
                continue;
            }
            boolean capital = Character.isUpperCase(tok.codePointAt(0));
            int letters = tok.codePointCount(0, tok.length());
            if (letters < 4 && !(capital && letters >= 2)) {
                continue;
            }
            String key = keyCache.computeIfAbsent(lang + "\u0000" + tok, k -> keys.key(tok, lang));
            if (key.length() < 2) {
                continue;
            }
            out.add(WORD_KEY + key);
            if (key.length() >= 4) {
                out.add(COGNATE_KEY + skeleton(key));
            }
        }
        for (String concept : names.in(segment)) {
            out.add(NAME_KEY + concept);
        }
        return out;
    }

    /**
     * Languages that write every noun with a capital: a capital there does not mark a name, so
     * {@link #nameKeys} finds none in them.
     */
    private static final java.util.Set<String> NOUNS_CAPITALISED = java.util.Set.of("de", "lb");

    /**
     * The word keys (as {@link #keys} makes them) of the names of one segment: words of two letters or
     * more written with a capital inside a sentence (not its first word, not after a sentence's end);
     * none in a language that capitalises every noun, nor in a line written in title case (most words
     * capitalised: a headline). For the link feature "a name on one side only".
     *
     * <p>NOTE: a capital inside a sentence is a name in English, French, Spanish, Italian, Icelandic;
     * product and menu names ("Tools", "Options") count as names too, and a name translated by another
     * word (Council / Rat) is "on one side only"; the calibration weighs the feature on gold links.
     */
    List<String> nameKeys(String segment, String lang) {
        if (NOUNS_CAPITALISED.contains(lang)) {
            return List.of();
        }
        List<Words.Word> parts = Words.parts(segment);
        int capitals = 0;
        int words = 0;
        for (Words.Word w : parts) {
            if (w.kind() == Words.Kind.WORD && w.text().length() >= 4) {
                words++;
                capitals += Character.isUpperCase(w.text().codePointAt(0)) ? 1 : 0;
            }
        }
        if (words >= 2 && capitals * 2 > words) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int k = 1; k < parts.size(); k++) {
            Words.Word w = parts.get(k);
            String tok = w.text();
            if (w.kind() != Words.Kind.WORD || !Character.isUpperCase(tok.codePointAt(0))
                    || tok.codePointCount(0, tok.length()) < 2 || afterSentenceEnd(segment, w.start())) {
                continue;
            }
            String key = keyCache.computeIfAbsent(lang + "\u0000" + tok, x -> keys.key(tok, lang));
            if (key.length() >= 2) {
                out.add(WORD_KEY + key);
            }
        }
        return out;
    }

    /** Whether the text before {@code at}, past spaces, quotes and brackets, ends a sentence (or is empty). */
    private static boolean afterSentenceEnd(String s, int at) {
        int i = at - 1;
        while (i >= 0 && (Character.isWhitespace(s.charAt(i)) || "\"'„“”«»‚‘’([".indexOf(s.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?:;–-".indexOf(s.charAt(i)) >= 0;
    }

    /** The sorted ids of the {@link #keys} of a segment, new keys getting the next ids. */
    int[] ids(List<String> keys) {
        int[] a = new int[keys.size()];
        for (int k = 0; k < a.length; k++) {
            String key = keys.get(k);
            a[k] = id(key, key.startsWith(NUMBER_KEY) ? NUMBER : key.startsWith(COGNATE_KEY) ? COGNATE : WORD);
        }
        Arrays.sort(a);
        return a;
    }

    /** First letter, then the next three consonants: a cognate key robust to vowel changes. */
    static String skeleton(String key) {
        StringBuilder sb = new StringBuilder(4);
        sb.append(key.charAt(0));
        for (int i = 1; i < key.length() && sb.length() < 4; i++) {
            char c = key.charAt(i);
            if ("aeiouy".indexOf(c) < 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private int id(String key, int kind) {
        Integer id = ids.get(key);
        if (id == null) {
            id = ids.size();
            ids.put(key, id);
            kinds.add(kind);
        }
        return id;
    }

    /** Computes the weight of every id from document frequencies on both sides. */
    void computeWeights(int[][] src, int[][] tgt, double numberWeight, double wordWeight, double cognateWeight) {
        int n = ids.size();
        int[] dfS = new int[n];
        int[] dfT = new int[n];
        countDf(src, dfS);
        countDf(tgt, dfT);
        double docs = Math.max(1, (src.length + tgt.length) / 2.0);
        weights = new double[n];
        numbers = new boolean[n];
        for (int i = 0; i < n; i++) {
            numbers[i] = kinds.get(i) == NUMBER;
            double df = Math.max(1, (dfS[i] + dfT[i]) / 2.0);
            double idf = Math.log(1 + docs / df) / Math.log(1 + docs);
            double base = switch (kinds.get(i)) {
                case NUMBER -> numberWeight;
                case WORD -> wordWeight;
                default -> cognateWeight;
            };
            weights[i] = base * Math.max(0.05, idf);
        }
    }

    private static void countDf(int[][] segs, int[] df) {
        for (int[] a : segs) {
            for (int k = 0; k < a.length; k++) {
                if (k == 0 || a[k] != a[k - 1]) {
                    df[a[k]]++;
                }
            }
        }
    }

    double weight(int id) {
        return weights[id];
    }

    boolean isNumber(int id) {
        return numbers[id];
    }
}
