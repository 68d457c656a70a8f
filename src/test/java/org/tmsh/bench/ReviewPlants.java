package org.tmsh.bench;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fourth part of the planted-error corpus: what a reviewer's tool (Xbench, Verifika, the QA of Trados and
 * XTM) finds and the first three parts did not plant: characters damaged by a wrong encoding (the target's UTF-8
 * read as Windows-1252, "GrÃ¶ÃŸe", or its letters outside ASCII replaced by U+FFFD), a spelled-out number
 * changed ("three" / "vier", "two thousand" / "dreitausend", "twenty-five" / "sechsundzwanzig"), a sentence
 * inside the target glued to the one before ("Datei.Dann") or opening in lower case after a full stop, and a
 * doubled mark (".." at the end, ",," inside). Written on its own like {@link ExtraPlants}: its own number
 * words, no call into tmsh's checks or ICU. As many untouched pairs again, a quarter with a spelled number
 * written right in one of the forms German writes ("drei", "3", "zweitausend", "2.000", "2000").
 */
final class ReviewPlants {

    /** Kind of error to the class of tmsh's checks it belongs to. */
    static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("encoding-mojibake", "characters");
        KINDS.put("replacement-characters", "characters");
        KINDS.put("spelled-number-changed", "numbers");
        KINDS.put("sentence-glued", "spacing");
        KINDS.put("sentence-lowered", "initial-case");
        KINDS.put("mark-doubled", "punctuation");
    }

    private static final String[] EN = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve"};
    private static final String[] DE = {"null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
        "elf", "zwölf"};
    private static final String[] EN_TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    private static final String[] DE_TENS = {"", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig",
        "neunzig"};
    private static final Pattern NON_ASCII = Pattern.compile("[äöüÄÖÜß]");
    private static final Pattern INNER = Pattern.compile("(\\p{Ll}{3,})\\. (\\p{Lu})(\\p{Ll}+)");
    private static final Pattern COMMA = Pattern.compile("(\\p{Ll}{3,}), (\\p{L})");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private ReviewPlants() {
    }

    static List<PlantedCorpus.Segment> build(List<TmData.Pair> pairs, Set<String> used, int perKind, long seed) {
        return PlantedCorpus.part(pairs, used, perKind, new Random(seed), KINDS, ReviewPlants::plant,
                (i, en, de, rnd) -> i % 4 == 0 ? spelled(en, de, rnd, false) : new String[] {en, de}, "v", "w");
    }

    private static String[] plant(String kind, String s, String t, Random rnd) {
        return switch (kind) {
            case "encoding-mojibake" -> NON_ASCII.matcher(t).find()
                    ? new String[] {s, new String(t.getBytes(StandardCharsets.UTF_8), CP1252)} : null;
            case "replacement-characters" -> NON_ASCII.matcher(t).find()
                    ? new String[] {s, NON_ASCII.matcher(t).replaceAll("\uFFFD")} : null;
            case "spelled-number-changed" -> spelled(s, t, rnd, true);
            case "sentence-glued" -> {
                Matcher m = INNER.matcher(t);
                yield m.find() ? new String[] {s, t.substring(0, m.start()) + m.group(1) + "." + m.group(2) + m.group(3)
                        + t.substring(m.end())} : null;
            }
            case "sentence-lowered" -> {
                Matcher m = INNER.matcher(t);
                yield m.find() ? new String[] {s, t.substring(0, m.start()) + m.group(1) + ". " + m.group(2).toLowerCase(Locale.ROOT)
                        + m.group(3) + t.substring(m.end())} : null;
            }
            case "mark-doubled" -> {
                if (t.endsWith(".") && !t.endsWith("..")) {
                    yield new String[] {s, t + "."};
                }
                Matcher m = COMMA.matcher(t);
                yield m.find() ? new String[] {s, t.substring(0, m.start()) + m.group(1) + ",, " + m.group(2) + t.substring(m.end())} : null;
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** German for 21 to 99 ("fünfundzwanzig"). */
    private static String deTens(int n) {
        int unit = n % 10;
        return (unit == 0 ? "" : (unit == 1 ? "ein" : DE[unit]) + "und") + DE_TENS[n / 10];
    }

    /** A clause with a spelled number on both sides: right in one of German's forms, or another number. */
    private static String[] spelled(String s, String t, Random rnd, boolean wrong) {
        int type = rnd.nextInt(3);
        int form = rnd.nextInt(3);
        String en;
        String de;
        switch (type) {
            case 0 -> {
                int n = 2 + rnd.nextInt(11);
                int nn = wrong ? 2 + (n - 2 + 1 + rnd.nextInt(10)) % 11 : n;
                en = EN[n];
                de = form == 2 && !wrong ? String.valueOf(nn) : DE[nn];
            }
            case 1 -> {
                int k = 2 + rnd.nextInt(8);
                int kk = wrong ? 2 + (k - 2 + 1 + rnd.nextInt(7)) % 8 : k;
                en = EN[k] + " thousand";
                de = switch (form) {
                    case 0 -> DE[kk] + "tausend";
                    case 1 -> kk + ".000";
                    default -> kk + "000";
                };
            }
            default -> {
                int n = 21 + rnd.nextInt(78);
                if (n % 10 == 0) {
                    n++;
                }
                int nn = wrong ? n / 10 * 10 + (n % 10 % 9) + 1 : n;
                en = EN_TENS[n / 10] + "-" + EN[n % 10];
                de = form == 2 && !wrong ? String.valueOf(nn) : deTens(nn);
            }
        }
        return new String[] {s + " (" + en + " copies printed)", t + " (" + de + " Exemplare gedruckt)"};
    }
}
