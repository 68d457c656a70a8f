package org.tmsh.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The fifth part of the planted-error corpus: what the fourth left out. A number with a half changed ("two and a
 * half hours" / "dreieinhalb Stunden" or "3,5 Stunden"), a number led by an article changed ("a thousand copies" /
 * "zweitausend Exemplare", "a hundred and fifty" / "hundertsechzig" or "160"), and a fuzzy match returned unedited
 * (the unit's target is its {@code alt-trans} of 75-95% unchanged, as a CAT tool leaves a pre-translated segment
 * nobody touched). Written on its own like {@link ReviewPlants}: its own number words, no call into tmsh. As many
 * untouched pairs again: a third with a half or an article number written right in one of German's forms
 * ("zweieinhalb", "2,5", "anderthalb", "tausend", "1.000", "hundertfünfzig"), a third with a fuzzy {@code alt-trans}
 * that the translator edited (its target differs from the unit's) or a 100% one left as it is.
 */
final class GapPlants {

    /** Kind of error to the class of tmsh's checks it belongs to. */
    static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("half-changed", "numbers");
        KINDS.put("article-number-changed", "numbers");
        KINDS.put("fuzzy-unedited", "unedited-match");
    }

    private static final String[] EN = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    private static final String[] DE = {"null", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"};
    private static final String[] EN_TENS = {"", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    private static final String[] DE_TENS = {"", "zehn", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig",
        "neunzig"};

    private GapPlants() {
    }

    static List<PlantedCorpus.Segment> build(List<TmData.Pair> pairs, Set<String> used, int perKind, long seed) {
        return PlantedCorpus.part(pairs, used, perKind, new Random(seed), KINDS, GapPlants::plant,
                (i, en, de, rnd) -> switch (i % 6) {
                    case 0 -> half(en, de, rnd, false);
                    case 1 -> article(en, de, rnd, false);
                    case 2 -> altTrans(en, de, edited(de, rnd), 75 + rnd.nextInt(21));
                    case 3 -> altTrans(en, de, de, 100);
                    default -> new String[] {en, de};
                }, "g", "h");
    }

    private static String[] plant(String kind, String s, String t, Random rnd) {
        return switch (kind) {
            case "half-changed" -> half(s, t, rnd, true);
            case "article-number-changed" -> article(s, t, rnd, true);
            case "fuzzy-unedited" -> t.split(" ").length < 3 ? null : altTrans(s, t, t, 75 + rnd.nextInt(21));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** The pair with an alt-trans of {@code quality} whose target is {@code proposal} (its source a word shorter). */
    private static String[] altTrans(String s, String t, String proposal, int quality) {
        String source = s.contains(" ") ? s.substring(0, s.lastIndexOf(' ')) : s;
        return new String[] {s, t, "<alt-trans match-quality=\"" + quality + "\"><source>" + QaBenchmark.xml(source) + "</source><target>"
                + QaBenchmark.xml(proposal) + "</target></alt-trans>"};
    }

    /** A target edited from the proposal: one word of it dropped. */
    private static String edited(String t, Random rnd) {
        String[] w = t.split(" ");
        if (w.length < 3) {
            return t + " (alt)";
        }
        int drop = 1 + rnd.nextInt(w.length - 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            if (i != drop) {
                sb.append(sb.length() == 0 ? "" : " ").append(w[i]);
            }
        }
        return sb.toString();
    }

    /** A clause with a number and a half: right in one of German's forms, or another number. */
    private static String[] half(String s, String t, Random rnd, boolean wrong) {
        int n = 1 + rnd.nextInt(9);
        int nn = wrong ? 1 + (n - 1 + 1 + rnd.nextInt(8)) % 9 : n;
        String en = EN[n] + " and a half";
        String de = switch (rnd.nextInt(3)) {
            case 0 -> nn + ",5";
            case 1 -> nn == 1 && rnd.nextBoolean() ? "anderthalb" : DE[nn] + "einhalb";
            default -> DE[nn] + "einhalb";
        };
        return new String[] {s + " (" + en + " hours left)", t + " (" + de + " Stunden übrig)"};
    }

    /** A clause with "a thousand" or "a hundred and fifty": right in one of German's forms, or another number. */
    private static String[] article(String s, String t, Random rnd, boolean wrong) {
        if (rnd.nextBoolean()) {
            int k = wrong ? 2 + rnd.nextInt(8) : 1;
            String de = switch (rnd.nextInt(3)) {
                case 0 -> k == 1 ? "tausend" : DE[k] + "tausend";
                case 1 -> k + ".000";
                default -> k == 1 ? "eintausend" : DE[k] + "tausend";
            };
            return new String[] {s + " (a thousand copies printed)", t + " (" + de + " Exemplare gedruckt)"};
        }
        int tens = 1 + rnd.nextInt(9);
        int tt = wrong ? 1 + (tens - 1 + 1 + rnd.nextInt(8)) % 9 : tens;
        String en = "a hundred and " + EN_TENS[tens];
        String de = rnd.nextBoolean() ? String.valueOf(100 + 10 * tt) : (rnd.nextBoolean() ? "hundert" : "einhundert") + DE_TENS[tt];
        return new String[] {s + " (" + en + " copies printed)", t + " (" + de + " Exemplare gedruckt)"};
    }
}
