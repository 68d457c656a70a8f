package org.tmsh.names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Decides whether two spellings name the same person or place, for names in no glossary:
 * "Lawrow" / "Lavrov" (Duden and BGN/PCGN), "Choe Son Hui" / "Choe Son-hui", "Pjöngjang" /
 * "Pyongyang" (exonyms), "Лавров" / "Lavrov" (romanized), and misspellings ("Wiktorowichi" /
 * "Viktorovich") - but not "Kim Jong Un" / "Kim Jong Il" or "Lawrow" / "Lavrentyev".
 *
 * <p>Each side is expanded to its spellings (itself; its romanizations if it is not in Latin
 * script; through the exonym table, the other forms of the same original). Every pair of spellings
 * is compared word by word on {@link SpellingKey} keys (German and English rules), with initials
 * ("W. W. Putin") matching the words they abbreviate and hyphenated given names ("Son-hui")
 * matching their parts. The best pair decides: same when every word pair is close (Jaro-Winkler on
 * keys at least {@value #WORD}) and the name as a whole at least {@value #NAME}.
 */
public final class NameMatcher {

    /** The answer: same or not, a score from 0 to 1, and why. */
    public record Result(boolean same, double score, String reason) {
    }

    static final double WORD = 0.84;
    static final double NAME = 0.93;
    static final double SKELETON = 0.95;

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    /** Prefixed articles that spellings keep or drop (al-Gaddafi / Gaddafi): from {@code particles.txt}. */
    private static final java.util.regex.Pattern PARTICLE = particles();

    private static java.util.regex.Pattern particles() {
        List<String> alts = new ArrayList<>();
        for (org.tmsh.common.RuleFiles.Row row : org.tmsh.common.RuleFiles.read("/tmsh/names/particles.txt", 1)) {
            alts.add(java.util.regex.Pattern.quote(row.get(0).strip()));
        }
        return java.util.regex.Pattern.compile("^(?i)(" + String.join("|", alts) + ")(?=\\p{L})");
    }

    private final SpellingKey keys;
    private final Romanizer romanizer;

    public NameMatcher(SpellingKey keys, Romanizer romanizer) {
        this.keys = keys;
        this.romanizer = romanizer;
    }

    public static NameMatcher standard() {
        return new NameMatcher(SpellingKey.standard(), Romanizer.standard());
    }

    public Result match(String a, String b) {
        Map<String, String> sa = spellings(a);
        Map<String, String> sb = spellings(b);
        Result best = new Result(false, 0, "no similar spelling");
        for (Map.Entry<String, String> x : sa.entrySet()) {
            for (Map.Entry<String, String> y : sb.entrySet()) {
                double[] s = compare(x.getKey(), y.getKey());
                if (s[1] > best.score() || (s[1] == best.score() && !best.same() && s[0] >= WORD && s[1] >= NAME)) {
                    boolean same = s[0] >= WORD && s[1] >= NAME;
                    String how = s[1] >= 0.9999 ? "same spelling key" : String.format(Locale.ROOT,
                            "similar spelling keys (Jaro-Winkler %.2f, weakest word %.2f)", s[1], s[0]);
                    String via = describe(x) + " ~ " + describe(y);
                    best = new Result(same, Math.round(s[1] * 1000) / 1000.0, how + ": " + via);
                }
            }
        }
        return best;
    }

    private static String describe(Map.Entry<String, String> spelling) {
        return spelling.getValue().isEmpty() ? spelling.getKey() : spelling.getKey() + " (" + spelling.getValue() + ")";
    }

    /** A name's spellings, each with how it was made ("" for the name as given). */
    Map<String, String> spellings(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        String n = name.strip();
        if (!Romanizer.script(n).equals("Latn")) {
            for (Romanizer.Variant v : romanizer.variants(n)) {
                out.putIfAbsent(v.form(), v.system() + " of " + n);
            }
            if (out.isEmpty()) {
                out.put(n, "");
            }
            return out;
        }
        out.put(n, "");
        for (String original : romanizer.originalsOf(n)) {
            for (Romanizer.Variant v : romanizer.variants(original)) {
                out.putIfAbsent(v.form(), v.system() + " of " + original);
            }
        }
        return out;
    }

    /** {weakest word similarity, whole-name similarity} of two Latin-script spellings. */
    double[] compare(String a, String b) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        double[] direct = align(wa, wb);
        // "Son-hui" / "Son Hui" / "Sonhui": also compare with the given names run together
        double[] joined = align(joinTail(wa), joinTail(wb));
        return joined[1] > direct[1] ? joined : direct;
    }

    private static List<String> joinTail(List<String> w) {
        if (w.size() <= 2) {
            return w;
        }
        List<String> out = new ArrayList<>();
        out.add(w.get(0));
        out.add(String.join("", w.subList(1, w.size())));
        return out;
    }

    private double[] align(List<String> wa, List<String> wb) {
        if (wa.isEmpty() || wb.isEmpty()) {
            return new double[] {0, 0};
        }
        List<String> longer = wa.size() >= wb.size() ? wa : wb;
        List<String> shorter = wa.size() >= wb.size() ? wb : wa;
        if (longer.size() - shorter.size() > 1) {
            return new double[] {0, 0};
        }
        double best0 = 0;
        double best1 = 0;
        // same number of words, or one extra word (a patronymic or middle name) left out somewhere
        for (int skip = longer.size() == shorter.size() ? -1 : 0; skip < longer.size(); skip++) {
            List<String> l = new ArrayList<>(longer);
            if (skip >= 0) {
                // only a middle word that can be a patronymic or middle name: never the first or
                // the last, never a short one ("Kim Yo Jong" is not "Kim Jong Un")
                if (skip == 0 || skip == longer.size() - 1 || longer.get(skip).replace(".", "").length() < 4) {
                    continue;
                }
                l.remove(skip);
            }
            double weakest = 1;
            double sum = 0;
            int letters = 0;
            for (int i = 0; i < l.size(); i++) {
                double s = word(l.get(i), shorter.get(i));
                weakest = Math.min(weakest, s);
                int len = Math.max(l.get(i).length(), shorter.get(i).length());
                sum += s * len;
                letters += len;
            }
            double whole = sum / letters * (skip >= 0 ? 0.97 : 1);
            if (whole > best1) {
                best1 = whole;
                best0 = weakest;
            }
        }
        return new double[] {best0, best1};
    }

    private double word(String x, String y) {
        boolean ix = x.endsWith(".") || x.length() == 1;
        boolean iy = y.endsWith(".") || y.length() == 1;
        String kx = key(x);
        String ky = key(y);
        if (kx.isEmpty() || ky.isEmpty()) {
            return 0;
        }
        if (ix || iy) {
            return kx.charAt(0) == ky.charAt(0) ? 0.95 : 0;
        }
        if (kx.equals(ky)) {
            return 1;
        }
        double best = 0;
        for (String a : new String[] {key(x, "de"), key(x, "en")}) {
            for (String b : new String[] {key(y, "de"), key(y, "en")}) {
                double s = a.equals(b) ? 1 : JW.apply(a, b);
                // vowels are what romanizations disagree on most (Muhammad / Mohammed): the same
                // consonants in the same order, and the same first letter, count as close
                if (s < SKELETON && a.charAt(0) == b.charAt(0) && a.length() > 3
                        && skeleton(a).equals(skeleton(b))) {
                    s = SKELETON;
                }
                best = Math.max(best, s);
            }
        }
        return best;
    }

    private String key(String w) {
        String de = key(w, "de");
        String en = key(w, "en");
        return de.equals(en) ? de : de.compareTo(en) < 0 ? de : en;
    }

    private String key(String w, String lang) {
        return keys.key(w.replace(".", ""), lang);
    }

    private static String skeleton(String key) {
        return key.replaceAll("[aeiouy]", "");
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.split("[\\s\\u00A0]+")) {
            String bare = PARTICLE.matcher(w).replaceFirst("");
            if (!bare.isEmpty()) {
                out.add(bare);
            }
        }
        return out;
    }
}
