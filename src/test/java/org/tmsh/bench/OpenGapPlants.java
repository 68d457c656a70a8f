package org.tmsh.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The seventh part of the planted-error corpus: the gaps the sixth left open, drawn at random from a grammar of each
 * form rather than from chosen sentences. A ruler's or a pope's number of one letter on one side or both ("Louis V" /
 * "Ludwig X.", "Queen Elizabeth I" / "Königin Elisabeth II."); a season changed ("in the spring of 2026", "this
 * autumn", "in the fall", "late summer" / "im Herbst 2026", "Spätsommer", "Frühjahr"); a number the source spells out
 * written in the target as another number in digits ("two per cent" / "3 Prozent", "five ministers" / "6 Minister");
 * one target given to two sources (a real pair, and a second segment whose source has two neighbouring words swapped
 * but the same target: the translator pasted the first translation). Written on its own like {@link FormPlants}: its
 * own names, numerals, seasons and number words, no call into tmsh. As many untouched pairs again, two in three with
 * one of these clauses written right in one of the forms German writes.
 */
final class OpenGapPlants {

    /** Kind of error to the class of tmsh's checks it belongs to. */
    static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("roman-single-letter", "numbers");
        KINDS.put("season-changed", "dates");
        KINDS.put("spelled-to-digits", "numbers");
        KINDS.put("target-for-two-sources", "consistency");
    }

    private static final String[][] RULERS = {{"Louis", "Ludwig"}, {"Henry", "Heinrich"}, {"Charles", "Karl"}, {"George", "Georg"},
        {"Pope Pius", "Papst Pius"}, {"Pope Leo", "Papst Leo"}, {"Queen Elizabeth", "Königin Elisabeth"}, {"Tsar Nicholas", "Zar Nikolaus"},
        {"King Frederick", "König Friedrich"}, {"Emperor Wilhelm", "Kaiser Wilhelm"}};
    private static final String[] ROMAN = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
        "XV", "XVI"};
    /** Seasons: English forms ({} the year), German forms. */
    private static final String[][][] SEASONS = {
        {{"in the spring of {}", "in spring {}", "in early spring {}"}, {"im Frühjahr {}", "im Frühling {}", "im Vorfrühling {}"}},
        {{"in the summer of {}", "in late summer {}", "during the summer recess of {}"}, {"im Sommer {}", "im Spätsommer {}",
            "in der Sommerpause {}"}},
        {{"in the autumn of {}", "in the fall of {}", "in autumn {}"}, {"im Herbst {}", "im Spätherbst {}"}},
        {{"in the winter of {}", "in winter {}", "over the winter of {}"}, {"im Winter {}", "in den Wintermonaten {}"}},
    };
    private static final String[] EN_NUMBERS = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve"};
    private static final String[] DE_NUMBERS = {"", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
        "elf", "zwölf"};
    /** What is counted: English, German; {} the number. */
    private static final String[][] COUNTED = {{"turnout rose by {} per cent", "die Wahlbeteiligung stieg um {} Prozent"},
        {"{} ministers resigned", "{} Minister traten zurück"}, {"talks lasted {} hours", "die Gespräche dauerten {} Stunden"},
        {"{} parties signed", "{} Parteien unterzeichneten"}, {"the vote was delayed by {} weeks", "die Abstimmung wurde um {} Wochen verschoben"}};

    private OpenGapPlants() {
    }

    static List<PlantedCorpus.Segment> build(List<TmData.Pair> pairs, Set<String> used, int perKind, long seed) {
        List<PlantedCorpus.Segment> made = PlantedCorpus.part(pairs, used, perKind, new Random(seed), KINDS, OpenGapPlants::plant,
                (i, en, de, rnd) -> {
                    if (i % 3 == 2) {
                        return new String[] {en, de};
                    }
                    String[] right = clause(List.of("roman-single-letter", "season-changed", "spelled-to-digits").get(rnd.nextInt(3)), rnd,
                            false);
                    return new String[] {en + " (" + right[0] + ")", de + " (" + right[1] + ")"};
                }, "o", "l"); // not GapPlants' g and h: one id a segment
        // one target for two sources: the planted segment (its id ends in "b", as the first part's second segments do)
        // and the real pair it copies the target from
        List<PlantedCorpus.Segment> out = new ArrayList<>(made.size() + perKind);
        for (PlantedCorpus.Segment sg : made) {
            if ("target-for-two-sources".equals(sg.kind())) {
                out.add(new PlantedCorpus.Segment(sg.id() + "a", sg.extra(), sg.target(), sg.planted(), sg.kind()));
                out.add(new PlantedCorpus.Segment(sg.id() + "b", sg.source(), sg.target(), sg.planted(), sg.kind()));
            } else {
                out.add(sg);
            }
        }
        return out;
    }

    private static String[] plant(String kind, String s, String t, Random rnd) {
        if (kind.equals("target-for-two-sources")) {
            String[] w = s.split(" ");
            if (w.length < 4) {
                return null;
            }
            int k = 1 + rnd.nextInt(w.length - 2);
            if (w[k].equalsIgnoreCase(w[k - 1])) {
                return null;
            }
            String x = w[k];
            w[k] = w[k - 1];
            w[k - 1] = x;
            // the third element carries the real source, for the companion segment (see build)
            return new String[] {String.join(" ", w), t, s};
        }
        String[] wrong = clause(kind, rnd, true);
        return new String[] {s + " (" + wrong[0] + ")", t + " (" + wrong[1] + ")"};
    }

    private static int other(int n, int lo, int hi, Random rnd) {
        int m;
        do {
            m = lo + rnd.nextInt(hi - lo + 1);
        } while (m == n);
        return m;
    }

    /** A clause of a kind, English and German, right or with one error. */
    static String[] clause(String kind, Random rnd, boolean wrong) {
        switch (kind) {
            case "roman-single-letter" -> {
                String[] r = RULERS[rnd.nextInt(RULERS.length)];
                // one side or both a single letter (I, V, X)
                int[] singles = {1, 5, 10};
                int n;
                int nn;
                if (rnd.nextBoolean()) { // a letter on both sides: "Louis V" / "Ludwig X."
                    n = singles[rnd.nextInt(3)];
                    nn = n;
                    while (wrong && nn == n) {
                        nn = singles[rnd.nextInt(3)];
                    }
                } else if (rnd.nextBoolean()) {
                    n = singles[rnd.nextInt(3)];
                    nn = wrong ? other(n, 1, 16, rnd) : n;
                } else {
                    nn = singles[rnd.nextInt(3)];
                    n = wrong ? other(nn, 1, 16, rnd) : nn;
                }
                String en = switch (rnd.nextInt(3)) {
                    case 0 -> "under " + r[0] + " " + ROMAN[n];
                    case 1 -> "a portrait of " + r[0] + " " + ROMAN[n];
                    default -> r[0] + " " + ROMAN[n] + " is remembered";
                };
                String de = switch (rnd.nextInt(3)) {
                    case 0 -> "unter " + r[1] + " " + ROMAN[nn] + ".";
                    case 1 -> "ein Porträt von " + r[1] + " " + ROMAN[nn] + ".";
                    default -> "an " + r[1] + " " + ROMAN[nn] + ". wird erinnert";
                };
                return new String[] {en, de};
            }
            case "season-changed" -> {
                int season = rnd.nextInt(4);
                int ss = wrong ? other(season, 0, 3, rnd) : season;
                String year = String.valueOf(2000 + rnd.nextInt(30));
                String[] en = SEASONS[season][0];
                String[] de = SEASONS[ss][1];
                String e = en[rnd.nextInt(en.length)].replace("{}", year);
                String d = de[rnd.nextInt(de.length)].replace("{}", year);
                return new String[] {"talks resume " + e, "Gespräche wieder " + d};
            }
            case "spelled-to-digits" -> {
                String[] c = COUNTED[rnd.nextInt(COUNTED.length)];
                int n = 2 + rnd.nextInt(11);
                int nn = wrong ? other(n, 2, 12, rnd) : n;
                String en = c[0].replace("{}", EN_NUMBERS[n]);
                String de = c[1].replace("{}", rnd.nextInt(3) == 0 && !wrong ? DE_NUMBERS[nn] : String.valueOf(nn));
                return new String[] {en, de};
            }
            default -> throw new IllegalArgumentException(kind);
        }
    }
}
