package org.tmsh.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The eighth part of the planted-error corpus: what the seventh left unread, in both directions. A relative date changed
 * ("the day before yesterday" / "gestern", "next week" / "letzte Woche", "im Vorjahr" / "next year"), a fraction changed
 * in words, a glyph or digits ("three quarters" / "die Hälfte", "zwei Drittel" / "a third", "a two-thirds majority" /
 * "eine Dreiviertelmehrheit", "¾" / "ein Viertel"), a year written in words on one side and as other digits on the
 * other ("in nineteen ninety-eight" / "1997", "zweitausendzwanzig" / "2021"). Half of the plants go English to German
 * (ids k, q), half German to English (ids rk, rq: the benchmark writes them into a second file, source German), so that
 * each check is judged with German conventions on either side. Written on its own like {@link FormPlants}: its own
 * relative words, fractions and number words, no call into tmsh. As many untouched pairs again, two in three with one of
 * these clauses written right.
 */
final class WordPlants {

    /** Kind of error to the class of tmsh's checks it belongs to. */
    static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("relative-date-changed", "dates");
        KINDS.put("fraction-changed", "numbers");
        KINDS.put("year-in-words-changed", "numbers");
    }

    /** Relative forms: unit, offset, English forms, German forms. */
    private static final Object[][] RELATIVE = {
        {"day", -2, new String[] {"the day before yesterday"}, new String[] {"vorgestern"}},
        {"day", -1, new String[] {"yesterday"}, new String[] {"gestern"}},
        {"day", 0, new String[] {"today"}, new String[] {"heute"}},
        {"day", 1, new String[] {"tomorrow"}, new String[] {"morgen"}},
        {"day", 2, new String[] {"the day after tomorrow"}, new String[] {"übermorgen"}},
        {"week", -2, new String[] {"the week before last"}, new String[] {"vorletzte Woche"}},
        {"week", -1, new String[] {"last week", "the past week"}, new String[] {"letzte Woche", "vergangene Woche", "in der vergangenen Woche"}},
        {"week", 0, new String[] {"this week"}, new String[] {"diese Woche", "in dieser Woche"}},
        {"week", 1, new String[] {"next week", "the coming week"}, new String[] {"nächste Woche", "kommende Woche", "in der kommenden Woche"}},
        {"week", 2, new String[] {"the week after next"}, new String[] {"übernächste Woche"}},
        {"month", -1, new String[] {"last month"}, new String[] {"letzten Monat", "im vergangenen Monat"}},
        {"month", 0, new String[] {"this month"}, new String[] {"diesen Monat", "in diesem Monat"}},
        {"month", 1, new String[] {"next month"}, new String[] {"nächsten Monat", "im kommenden Monat"}},
        {"year", -1, new String[] {"last year", "the previous year"}, new String[] {"letztes Jahr", "im vergangenen Jahr", "im Vorjahr"}},
        {"year", 0, new String[] {"this year"}, new String[] {"dieses Jahr", "in diesem Jahr"}},
        {"year", 1, new String[] {"next year", "the coming year"}, new String[] {"nächstes Jahr", "im kommenden Jahr"}},
    };
    /** Fractions: numerator, denominator, English forms, German forms ({} where a form stands). */
    private static final Object[][] FRACTIONS = {
        {1, 2, new String[] {"half", "one half", "½", "1/2"}, new String[] {"die Hälfte", "½", "1/2"}},
        {1, 3, new String[] {"a third", "one third", "1/3"}, new String[] {"ein Drittel", "1/3"}},
        {2, 3, new String[] {"two thirds", "two-thirds", "⅔"}, new String[] {"zwei Drittel", "⅔"}},
        {1, 4, new String[] {"a quarter", "one quarter", "¼"}, new String[] {"ein Viertel", "¼"}},
        {3, 4, new String[] {"three quarters", "three-quarters", "¾", "3/4"}, new String[] {"drei Viertel", "¾", "3/4"}},
        {1, 5, new String[] {"a fifth", "one fifth"}, new String[] {"ein Fünftel"}},
    };
    private static final String[][] RELATIVE_CLAUSES = {{"the committee meets {}", "der Ausschuss tagt {}"},
        {"talks ended {}", "die Gespräche endeten {}"}, {"the minister resigned {}", "die Ministerin trat {} zurück"}};
    private static final String[][] FRACTION_CLAUSES = {{"{} of the votes were counted", "{} der Stimmen wurden ausgezählt"},
        {"{} of the members left", "{} der Mitglieder ging"}};
    private static final String[][] YEAR_CLAUSES = {{"the party was founded in {}", "die Partei wurde {} gegründet"},
        {"the treaty dates from {}", "der Vertrag stammt aus dem Jahr {}"}};
    private static final String[] EN_ONES = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] EN_TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    private static final String[] DE_ONES = {"", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
        "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"};
    private static final String[] DE_TENS = {"", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"};

    private WordPlants() {
    }

    static List<PlantedCorpus.Segment> build(List<TmData.Pair> pairs, Set<String> used, int perKind, long seed) {
        List<PlantedCorpus.Segment> out = new ArrayList<>();
        for (boolean reversed : new boolean[] {false, true}) {
            int n = reversed ? perKind - perKind / 2 : perKind / 2;
            out.addAll(PlantedCorpus.part(pairs, used, n, new Random(seed + (reversed ? 1 : 0)), KINDS, (kind, en, de, rnd) -> {
                String[] wrong = clause(kind, rnd, true);
                return reversed ? new String[] {de + " (" + wrong[1] + ")", en + " (" + wrong[0] + ")"}
                        : new String[] {en + " (" + wrong[0] + ")", de + " (" + wrong[1] + ")"};
            }, (i, en, de, rnd) -> {
                String[] right = i % 3 == 2 ? new String[] {"", ""} : clause(List.copyOf(KINDS.keySet()).get(rnd.nextInt(KINDS.size())), rnd,
                        false);
                String e = right[0].isEmpty() ? en : en + " (" + right[0] + ")";
                String d = right[1].isEmpty() ? de : de + " (" + right[1] + ")";
                return reversed ? new String[] {d, e} : new String[] {e, d};
            }, reversed ? "rk" : "k", reversed ? "rq" : "q"));
        }
        return out;
    }

    private static String pick(String[] forms, Random rnd) {
        return forms[rnd.nextInt(forms.length)];
    }

    /** A clause of a kind, English and German, right or with one error. */
    static String[] clause(String kind, Random rnd, boolean wrong) {
        switch (kind) {
            case "relative-date-changed" -> {
                Object[] r = RELATIVE[rnd.nextInt(RELATIVE.length)];
                Object[] t = r;
                while (wrong && (t == r || !t[0].equals(r[0]))) {
                    t = RELATIVE[rnd.nextInt(RELATIVE.length)];
                }
                String[] c = RELATIVE_CLAUSES[rnd.nextInt(RELATIVE_CLAUSES.length)];
                return new String[] {c[0].replace("{}", pick((String[]) r[2], rnd)), c[1].replace("{}", pick((String[]) t[3], rnd))};
            }
            case "fraction-changed" -> {
                int a = rnd.nextInt(FRACTIONS.length);
                int b = a;
                while (wrong && b == a) {
                    b = rnd.nextInt(FRACTIONS.length);
                }
                if (rnd.nextInt(4) == 0 && ((int) FRACTIONS[a][0] > 1) && ((int) FRACTIONS[b][0] > 1 || wrong)) {
                    // a majority: "a two-thirds majority" / "eine Zweidrittelmehrheit"
                    String en = "a " + ((String[]) FRACTIONS[a][2])[1].replace(' ', '-') + " majority";
                    String num = ((String[]) FRACTIONS[b][3])[0];
                    String de = "eine " + Character.toUpperCase(num.charAt(0)) + num.substring(1).replace(" ", "").toLowerCase() + "mehrheit";
                    if (num.startsWith("die")) {
                        de = "eine absolute Mehrheit von mehr als der Hälfte";
                    }
                    return new String[] {"the motion needs " + en, "der Antrag braucht " + de};
                }
                String[] c = FRACTION_CLAUSES[rnd.nextInt(FRACTION_CLAUSES.length)];
                String en = pick((String[]) FRACTIONS[a][2], rnd);
                String de = pick((String[]) FRACTIONS[b][3], rnd);
                return new String[] {cap(c[0].replace("{}", en)), cap(c[1].replace("{}", de))};
            }
            case "year-in-words-changed" -> {
                int year = rnd.nextBoolean() ? 1950 + rnd.nextInt(50) : 2001 + rnd.nextInt(29);
                int other = year;
                while (wrong && other == year) {
                    other = year - 3 + rnd.nextInt(7);
                }
                String[] c = YEAR_CLAUSES[rnd.nextInt(YEAR_CLAUSES.length)];
                boolean wordsInEnglish = rnd.nextBoolean();
                String en = wordsInEnglish ? englishYear(year, rnd) : String.valueOf(year);
                String de = wordsInEnglish ? String.valueOf(other) : germanYear(other);
                if (!wordsInEnglish) { // the German side in words, the English in digits: the error on the digits' side
                    en = String.valueOf(other);
                    de = germanYear(year);
                }
                return new String[] {c[0].replace("{}", en), c[1].replace("{}", de)};
            }
            default -> throw new IllegalArgumentException(kind);
        }
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String englishBelow100(int n) {
        return n < 20 ? EN_ONES[n] : EN_TENS[n / 10] + (n % 10 == 0 ? "" : "-" + EN_ONES[n % 10]);
    }

    private static String germanBelow100(int n) {
        if (n < 20) {
            return n == 1 ? "eins" : DE_ONES[n];
        }
        return (n % 10 == 0 ? "" : (n % 10 == 1 ? "ein" : DE_ONES[n % 10]) + "und") + DE_TENS[n / 10];
    }

    /** "nineteen ninety-eight", "twenty twenty-one", "two thousand and five". */
    static String englishYear(int y, Random rnd) {
        int hi = y / 100;
        int lo = y % 100;
        if (y >= 2000 && (lo < 10 || rnd.nextBoolean())) {
            return "two thousand" + (lo == 0 ? "" : (rnd.nextBoolean() ? " and " : " ") + englishBelow100(lo));
        }
        return englishBelow100(hi) + " " + (lo == 0 ? "hundred" : lo < 10 ? "oh " + EN_ONES[lo] : englishBelow100(lo));
    }

    /** "neunzehnhundertachtundneunzig", "zweitausendeinundzwanzig". */
    static String germanYear(int y) {
        int lo = y % 100;
        String rest = lo == 0 ? "" : germanBelow100(lo);
        return y >= 2000 ? "zweitausend" + rest : germanBelow100(y / 100) + "hundert" + rest;
    }
}
