package org.tmsh.names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.tmsh.common.RuleFiles;
import org.tmsh.common.Words;

/**
 * Decides whether two spellings name the same person or place, for names in no glossary:
 * "Lawrow" / "Lavrov" (Duden and BGN/PCGN), "Dschibuti" / "Djibouti", "Choe Son Hui" / "Choe
 * Son-hui", "Ha Noi" / "Hanoi", "Abe Shinzo" / "Shinzo Abe", "Pjöngjang" / "Pyongyang" (exonyms),
 * "Лавров" / "Lavrov" (romanized) - but not "Kim Jong Un" / "Kim Jong Chol", "Peskow" / "Pestow" or
 * "Iwanow" / "Iwanowa".
 *
 * <p>Each side is expanded to its spellings (itself; its romanizations if it is not in Latin
 * script; through the exonym table, the other forms of the same original). Every pair of spellings
 * is compared word by word on {@link SpellingKey} keys (German, English and French readings), and
 * {@link KeyDifference} says how two keys of a word differ. A word pair is the same word when:
 * <ul>
 * <li>no consonant differs other than by a known alternation of {@code alternations.txt} (k / t in
 * Peskow / Pestow is not one; g / k in Gaddafi / Qaddafi is);</li>
 * <li>no ending is added (Iwanow / Iwanowa, Hama / Hamas, Niger / Nigeria);</li>
 * <li>the first letter is the same, or differs as vowel for vowel or a known alternation
 * (Isfahan / Esfahan, Daegu / Taegu);</li>
 * <li>in a name of several words, a short word (four letters of key or fewer, mostly given names:
 * Peng / Ping, Un / Il) has no vowel written differently either;</li>
 * <li>the vowels and weak letters that differ cost no more than a fifth of the word's length (vowel
 * 0.3, alternation or weak letter 0.4), at most 0.8, and at most 0.4 in a word of four letters.</li>
 * </ul>
 * Words are paired in order, or with a middle word (a patronymic) left out, or with the family name
 * moved from last to first (Abe Shinzo), or all run together (Ha Noi / Hanoi, Kim Jong-un).
 * Initials ("W. W. Putin") match the words they abbreviate. The best pair of spellings decides.
 */
public final class NameMatcher {

    /** The answer: same or not, a score from 0 to 1, and why. */
    public record Result(boolean same, double score, String reason) {
    }

    /** Key readings tried for every word. */
    private static final String[] READINGS = {"de", "en", "fr"};
    static final int SHORT = 4;
    static final double BUDGET = 0.2;
    static final double CAP = 0.8;
    /** Joins the words of a name run together ("Son·hui"): keyed part by part, shown as is. */
    static final String JOIN = "·";

    /** Prefixed articles that spellings keep or drop (al-Gaddafi / Gaddafi): from {@code particles.txt}. */
    private static final Pattern PARTICLE = particles();

    private static Pattern particles() {
        List<String> alts = new ArrayList<>();
        for (RuleFiles.Row row : RuleFiles.read("/tmsh/names/particles.txt", 1)) {
            alts.add(Pattern.quote(row.get(0).strip()));
        }
        return Pattern.compile("^(?i)(" + String.join("|", alts) + ")(?=\\p{L})");
    }

    /** Endings that make another word (Iwanow / Iwanowa): from {@code endings.txt}. */
    private static final java.util.Set<String> ENDINGS = endings();

    private static java.util.Set<String> endings() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (RuleFiles.Row row : RuleFiles.read("/tmsh/names/endings.txt", 1)) {
            out.add(row.get(0).strip());
        }
        return out;
    }

    /** One word pair's verdict. */
    record Word(boolean same, double cost, int length, String reason) {
    }

    /** One way of pairing two names' words. */
    private record Pairing(boolean same, double score, String reason) {
    }

    private final SpellingKey keys;
    private final Romanizer romanizer;
    private final Alternations alternations;
    /** Keys of words already seen: ICU's transliteration is the costly part of a comparison. */
    private final java.util.concurrent.ConcurrentHashMap<String, String> keyCache = new java.util.concurrent.ConcurrentHashMap<>();

    public NameMatcher(SpellingKey keys, Romanizer romanizer, Alternations alternations) {
        this.keys = keys;
        this.romanizer = romanizer;
        this.alternations = alternations;
    }

    public NameMatcher(SpellingKey keys, Romanizer romanizer) {
        this(keys, romanizer, Alternations.standard());
    }

    public static NameMatcher standard() {
        return new NameMatcher(SpellingKey.standard(), Romanizer.standard(), Alternations.standard());
    }

    public Result match(String a, String b) {
        Map<String, String> sa = spellings(a);
        Map<String, String> sb = spellings(b);
        Pairing best = null;
        String bestVia = "";
        for (Map.Entry<String, String> x : sa.entrySet()) {
            for (Map.Entry<String, String> y : sb.entrySet()) {
                boolean consonants = consonantsOnly(x.getValue()) || consonantsOnly(y.getValue());
                Pairing p = compare(x.getKey(), y.getKey(), consonants);
                if (best == null || better(p, best)) {
                    best = p;
                    bestVia = x.getValue().isEmpty() && y.getValue().isEmpty() ? "" : via(a.strip(), x, b.strip(), y);
                }
            }
        }
        if (best == null) {
            return new Result(false, 0, "no similar spelling");
        }
        if (!best.same && !sa.isEmpty() && !sb.isEmpty()) {
            // different: say why for the spellings as given, not for some romanization of them
            String x = sa.keySet().iterator().next();
            String y = sb.keySet().iterator().next();
            best = compare(x, y, consonantsOnly(sa.get(x)) || consonantsOnly(sb.get(y)));
            bestVia = "";
        }
        return new Result(best.same, Math.round(best.score * 1000) / 1000.0, best.reason + bestVia);
    }

    /** A spelling made by a romanization that writes no vowels (its description names the system first). */
    private boolean consonantsOnly(String how) {
        int of = how.indexOf(" of ");
        return of > 0 && romanizer.consonantsOnly(how.substring(0, of));
    }

    private static boolean better(Pairing p, Pairing than) {
        return p.same != than.same ? p.same : p.score > than.score;
    }

    /**
     * How the two names as given came to be compared as the spellings {@code x} and {@code y}: both names as
     * typed, then for each side that was read in another form, which ("Kiew ~ Kyiv: Kyiv names Київ,
     * written Kiew (exonym)"; "Лавров in BGN/PCGN is Lavrov"). Never one side twice.
     */
    private static String via(String a, Map.Entry<String, String> x, String b, Map.Entry<String, String> y) {
        List<String> how = new ArrayList<>();
        for (Object[] side : new Object[][] {{a, x}, {b, y}}) {
            String given = (String) side[0];
            @SuppressWarnings("unchecked")
            Map.Entry<String, String> e = (Map.Entry<String, String>) side[1];
            int of = e.getValue().lastIndexOf(" of ");
            if (of < 0) {
                continue;
            }
            String system = e.getValue().substring(0, of);
            String original = e.getValue().substring(of + 4);
            how.add(original.equals(given) ? given + " in " + system + " is " + e.getKey()
                    : given + " names " + original + ", written " + e.getKey() + " (" + system + ")");
        }
        return " (" + a + " ~ " + b + (how.isEmpty() ? "" : ": " + String.join("; ", how)) + ")";
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

    /** Compares two Latin-script spellings: words in order, the family name moved, or run together. */
    private Pairing compare(String a, String b, boolean consonants) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return new Pairing(false, 0, "no letters");
        }
        boolean several = wa.size() > 1 && wb.size() > 1;
        if (consonants) {
            return align(wa, wb, false, ", compared on consonants", true);
        }
        // the words in order decide, unless another way of pairing them finds the same name
        Pairing best = align(wa, wb, several, "", false);
        if (!best.same && several) {
            best = sameOr(best, align(joinTail(wa), joinTail(wb), true, ", the given names run together", false));
            best = sameOr(best, align(wa, lastFirst(wb), true, ", family name first in one of them", false));
            best = sameOr(best, align(lastFirst(wa), wb, true, ", family name first in one of them", false));
        }
        if (!best.same && wa.size() != wb.size()) {
            Word w = word(String.join(JOIN, wa), String.join(JOIN, wb), true, false);
            String shown = String.join(" ", wa) + " ~ " + String.join(" ", wb);
            Pairing joined = new Pairing(w.same, 1 - w.cost / w.length, "the same name written as one word and as"
                    + " several: " + shown + (w.reason.indexOf(':') >= 0 ? w.reason.substring(w.reason.indexOf(':'))
                    : ": " + w.reason));
            best = sameOr(best, joined);
        }
        return best;
    }

    private static Pairing sameOr(Pairing a, Pairing b) {
        return b.same && better(b, a) ? b : a;
    }

    private static List<String> lastFirst(List<String> w) {
        List<String> out = new ArrayList<>();
        out.add(w.get(w.size() - 1));
        out.addAll(w.subList(0, w.size() - 1));
        return out;
    }

    private static List<String> joinTail(List<String> w) {
        if (w.size() <= 2) {
            return w;
        }
        List<String> out = new ArrayList<>();
        out.add(w.get(0));
        out.add(String.join(JOIN, w.subList(1, w.size())));
        return out;
    }

    private Pairing align(List<String> wa, List<String> wb, boolean several, String how, boolean consonants) {
        List<String> longer = wa.size() >= wb.size() ? wa : wb;
        List<String> shorter = wa.size() >= wb.size() ? wb : wa;
        if (longer.size() - shorter.size() > 1) {
            return new Pairing(false, 0, "different numbers of words");
        }
        Pairing best = new Pairing(false, 0, "different numbers of words");
        // same number of words, or one extra word (a patronymic or middle name) left out somewhere
        boolean equal = longer.size() == shorter.size();
        for (int skip = equal ? -1 : 0; skip < (equal ? 0 : longer.size()); skip++) {
            List<String> l = new ArrayList<>(longer);
            if (skip >= 0) {
                // only a middle word that can be a patronymic or middle name: never the first or
                // the last, never a short one ("Kim Yo Jong" is not "Kim Jong Un") unless an initial
                String middle = longer.get(skip);
                if (skip == 0 || skip == longer.size() - 1 || middle.length() < 4 && !middle.endsWith(".")) {
                    continue;
                }
                l.remove(skip);
            }
            double cost = 0;
            int letters = 0;
            boolean same = true;
            List<String> why = new ArrayList<>();
            String firstWrong = null;
            for (int i = 0; i < l.size(); i++) {
                Word w = word(l.get(i), shorter.get(i), several, consonants);
                cost += w.cost;
                letters += w.length;
                if (!w.same && firstWrong == null) {
                    firstWrong = place(i, l.size()) + w.reason;
                }
                same &= w.same;
                if (w.cost > 0 || !l.get(i).equalsIgnoreCase(shorter.get(i))) {
                    why.add(w.reason);
                }
            }
            double score = Math.max(0, 1 - cost / Math.max(1, letters)) * (skip >= 0 ? 0.97 : 1);
            String reason = !same ? "different names: " + firstWrong
                    : "the same name" + how + (skip >= 0 ? ", the middle name '" + longer.get(skip) + "' left out" : "")
                    + (why.isEmpty() ? ": written alike" : ": " + String.join("; ", why));
            Pairing p = new Pairing(same, score, reason);
            if (better(p, best)) {
                best = p;
            }
        }
        return best;
    }

    private static String place(int i, int n) {
        return n == 1 ? "" : i == 0 ? "first word: " : i == n - 1 ? "last word: " : "middle word: ";
    }

    /**
     * Compares two words of a name; {@code several}: the name has several words (short words are
     * strict); {@code consonants}: one side is a romanization without vowels (Arabic, Hebrew script).
     */
    Word word(String x, String y, boolean several, boolean consonants) {
        boolean ix = x.endsWith(".") || x.length() == 1;
        boolean iy = y.endsWith(".") || y.length() == 1;
        if (ix || iy) {
            String kx = key(x, "de");
            String ky = key(y, "de");
            boolean same = !kx.isEmpty() && !ky.isEmpty() && kx.charAt(0) == ky.charAt(0);
            return new Word(same, same ? 0.05 : 1, 1, same ? "initial " + x + " for " + y
                    : "the initial " + (ix ? x : y) + " does not begin " + (ix ? y : x));
        }
        KeyDifference best = null;
        for (String la : READINGS) {
            for (String lb : READINGS) {
                String kx = consonants ? skeleton(key(x, la)) : key(x, la);
                String ky = consonants ? skeleton(key(y, lb)) : key(y, lb);
                KeyDifference d = KeyDifference.of(kx, ky, alternations);
                if (best == null || d.cost() < best.cost()) {
                    best = d;
                }
            }
        }
        return judge(x, y, best, several);
    }

    private Word judge(String x, String y, KeyDifference d, boolean several) {
        int len = Math.max(1, d.length());
        String pair = x + " ~ " + y;
        if (d.a().isEmpty() || d.b().isEmpty()) {
            return new Word(false, len, len, pair + ": no letters to compare");
        }
        if (d.steps().isEmpty()) {
            return new Word(true, 0, len, pair + ": same key '" + d.a() + "'");
        }
        List<KeyDifference.Step> other = d.of(KeyDifference.Kind.OTHER);
        if (!other.isEmpty()) {
            return new Word(false, d.cost(), len, pair + ": " + (other.size() == 1 ? "letter " : "letters ")
                    + String.join(", ", other.stream().map(KeyDifference.Step::toString).toList())
                    + " differ" + (other.size() == 1 ? "s" : "") + " (keys " + d.a() + " / " + d.b()
                    + "), no known transliteration alternation");
        }
        if (ENDINGS.contains(d.ending())) {
            return new Word(false, d.cost(), len, pair + ": the ending -" + d.ending() + " is added (keys " + d.a()
                    + " / " + d.b() + "): another form or another word");
        }
        KeyDifference.Step first = d.steps().get(0);
        if (first.at() == 0 && (first.from().isEmpty() || first.to().isEmpty()) && !"h".equals(first.from() + first.to())) {
            return new Word(false, d.cost(), len, pair + ": the first letter " + first + " differs (keys " + d.a()
                    + " / " + d.b() + ")");
        }
        List<KeyDifference.Step> vowels = new ArrayList<>(d.of(KeyDifference.Kind.VOWEL));
        vowels.addAll(d.of(KeyDifference.Kind.WEAK).stream().filter(s -> !"h".equals(s.from() + s.to())).toList());
        if (several && len <= SHORT && !vowels.isEmpty()) {
            return new Word(false, d.cost(), len, pair + ": in a short word of a name the vowel "
                    + vowels.get(0) + " tells two names apart (keys " + d.a() + " / " + d.b() + ")");
        }
        // a fifth per letter, at most two weak edits' worth, one in a short word
        double budget = len <= SHORT ? KeyDifference.WEAK : Math.max(KeyDifference.VOWEL, Math.min(BUDGET * len, CAP));
        String what = describe(d);
        if (d.cost() > budget + 1e-9) {
            return new Word(false, d.cost(), len, pair + ": too many letters differ for its length (" + what + ")");
        }
        return new Word(true, d.cost(), len, pair + ": " + what);
    }

    private static String describe(KeyDifference d) {
        List<String> parts = new ArrayList<>();
        List<KeyDifference.Step> alt = d.of(KeyDifference.Kind.ALTERNATION);
        for (KeyDifference.Step s : alt) {
            parts.add(s + " is a known alternation (" + s.why() + ")");
        }
        List<KeyDifference.Step> v = d.of(KeyDifference.Kind.VOWEL);
        if (!v.isEmpty()) {
            parts.add("vowel" + (v.size() > 1 ? "s " : " ") + String.join(", ", v.stream().map(KeyDifference.Step::toString).toList())
                    + (v.size() > 1 ? " differ" : " differs"));
        }
        List<KeyDifference.Step> w = d.of(KeyDifference.Kind.WEAK);
        if (!w.isEmpty()) {
            parts.add("weak letter" + (w.size() > 1 ? "s " : " ") + String.join(", ", w.stream().map(KeyDifference.Step::toString).toList())
                    + " written in one spelling only");
        }
        return String.join(", ", parts) + " (keys " + d.a() + " / " + d.b() + String.format(Locale.ROOT, ", cost %.1f)", d.cost());
    }

    /** The consonants of a key, without the letters that Arabic and Hebrew script also write as vowels (w, y). */
    private static String skeleton(String key) {
        return key.replaceAll("[aeiouywvh]", "");
    }

    private String key(String w, String lang) {
        if (keyCache.size() > 100_000) {
            keyCache.clear();
        }
        return keyCache.computeIfAbsent(lang + "\u0000" + w, k -> {
            // each part of words run together on its own, so that no rule spans two
            // parts ("bint·Salman" must not become "binsalman" through t + s)
            StringBuilder sb = new StringBuilder();
            for (String part : w.replace(".", "").split(JOIN)) {
                sb.append(keys.key(part, lang));
            }
            return sb.toString();
        });
    }

    /** The words of a name as {@link Words#withInitials} splits them, each without a leading particle ("al-"). */
    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (Words.Word word : Words.withInitials(name)) {
            String bare = PARTICLE.matcher(word.text()).replaceFirst("");
            if (!bare.isEmpty()) {
                out.add(bare);
            }
        }
        return out;
    }
}
