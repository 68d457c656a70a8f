package org.tmsh.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * The third part of the planted-error corpus: the dates and times of news texts written in words, spelling
 * and the first letter's case. Written on its own like {@link ExtraPlants}: its own weekday and month names,
 * its own German forms of a range, an ordinal day, a time in words and a decade; no call into tmsh's checks,
 * {@code org.tmsh.numbers} or ICU, so that tmsh is not graded with its own readers.
 *
 * <p>A clause is added to a real pair on both sides ("(meeting on Tuesday)" / "(Sitzung am Dienstag)"); a
 * planted error gets a wrong value in it, an untouched pair the right one in one of the forms German writes
 * ("am Dienstagabend", "Anfang März", "seit den 90er-Jahren", "vom 3. bis zum 5. März", "am dritten März",
 * "um halb drei", "14 Uhr MEZ"). A misspelt word is two neighbouring letters of a long word of the real
 * target swapped; a first letter is lower-cased in the real target.
 */
final class NewsPlants {

    /** Kind of error to the class of tmsh's checks it belongs to. */
    static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("weekday-changed", "dates");
        KINDS.put("month-changed", "dates");
        KINDS.put("decade-changed", "dates");
        KINDS.put("zone-changed", "dates");
        KINDS.put("weekday-off-calendar", "dates");
        KINDS.put("month-part-changed", "dates");
        KINDS.put("range-end-changed", "numbers");
        KINDS.put("ordinal-day-wrong", "numbers");
        KINDS.put("clock-words-wrong", "numbers");
        KINDS.put("misspelt-word", "spelling");
        KINDS.put("first-letter-lowered", "initial-case");
    }

    private static final String[] EN_DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] DE_DAYS = {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"};
    private static final String[] EN_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String[] EN_SHORT = {"Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
        "Nov.", "Dec."};
    private static final String[] DE_MONTHS = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
        "September", "Oktober", "November", "Dezember"};
    private static final String[] EN_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth", "eleventh", "twelfth"};
    private static final String[] DE_ORDINALS = {"ersten", "zweiten", "dritten", "vierten", "fünften", "sechsten", "siebten",
        "achten", "neunten", "zehnten", "elften", "zwölften"};
    private static final String[] EN_HOURS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve"};
    private static final String[] DE_HOURS = {"eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
        "elf", "zwölf"};
    private static final String[] DE_DECADES = {"Zwanziger", "Dreißiger", "Vierziger", "Fünfziger", "Sechziger", "Siebziger",
        "Achtziger", "Neunziger"};
    private static final String[][] ZONES = {{"CET", "MEZ", "1"}, {"CEST", "MESZ", "2"}, {"GMT", "GMT", "0"}, {"EST", "EST", "-5"}};
    private static final Pattern LONG_WORD = Pattern.compile("(?<![\\p{L}\\p{N}_./-])\\p{Ll}{8,}(?![\\p{L}\\p{N}_./-])");
    private static final Pattern FIRST = Pattern.compile("^(\\p{Lu})(\\p{Ll}+)(?=[ ,])");

    private NewsPlants() {
    }

    static List<PlantedCorpus.Segment> build(List<TmData.Pair> pairs, Set<String> used, int perKind, long seed) {
        return PlantedCorpus.part(pairs, used, perKind, new Random(seed), KINDS, NewsPlants::plant,
                (i, en, de, rnd) -> i % 11 == 10 ? new String[] {en, de} : clause(i % 11, en, de, rnd, false), "n", "m");
    }

    private static String[] plant(String kind, String s, String t, Random rnd) {
        return switch (kind) {
            case "weekday-changed" -> clause(0, s, t, rnd, true);
            case "month-changed" -> clause(1, s, t, rnd, true);
            case "decade-changed" -> clause(2, s, t, rnd, true);
            case "zone-changed" -> clause(3, s, t, rnd, true);
            case "range-end-changed" -> clause(4, s, t, rnd, true);
            case "ordinal-day-wrong" -> clause(5, s, t, rnd, true);
            case "clock-words-wrong" -> clause(6, s, t, rnd, true);
            case "weekday-off-calendar" -> clause(7, s, t, rnd, true);
            case "month-part-changed" -> clause(8, s, t, rnd, true);
            case "misspelt-word" -> {
                Matcher m = LONG_WORD.matcher(t);
                while (m.find()) {
                    String w = m.group();
                    if (s.toLowerCase(Locale.ROOT).contains(w)) {
                        continue;
                    }
                    int at = 2 + rnd.nextInt(w.length() - 4);
                    if (w.charAt(at) == w.charAt(at + 1)) {
                        continue;
                    }
                    String bad = w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2);
                    yield new String[] {s, t.substring(0, m.start()) + bad + t.substring(m.end())};
                }
                yield null;
            }
            case "first-letter-lowered" -> {
                Matcher a = FIRST.matcher(s);
                Matcher b = FIRST.matcher(t);
                yield a.find() && b.find() ? new String[] {s, b.group(1).toLowerCase(Locale.ROOT) + t.substring(1)} : null;
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** The weekday of a date, 0 Monday ... 6 Sunday (Zeller's congruence, written out here so as not to ask java.time or ICU). */
    static int weekday(int y, int m, int d) {
        if (m < 3) {
            m += 12;
            y--;
        }
        int h = (d + 13 * (m + 1) / 5 + y % 100 + y % 100 / 4 + y / 100 / 4 + 5 * (y / 100)) % 7; // 0 Saturday
        return (h + 5) % 7;
    }

    /** A clause of type {@code type} on both sides: right in one of German's forms, or wrong. */
    private static String[] clause(int type, String s, String t, Random rnd, boolean wrong) {
        int form = rnd.nextInt(3);
        switch (type) {
            case 0 -> {
                int d = rnd.nextInt(7);
                int dd = wrong ? (d + 1 + rnd.nextInt(6)) % 7 : d;
                if (form == 2) { // a date with its weekday, as the calendar has it
                    int day = 1 + rnd.nextInt(28);
                    int mo = rnd.nextInt(12);
                    int wd = weekday(2026, mo + 1, day);
                    return new String[] {s + " (" + EN_DAYS[wd] + ", " + EN_MONTHS[mo] + " " + day + ", 2026)",
                        t + " (" + DE_DAYS[wrong ? (wd + 1 + rnd.nextInt(6)) % 7 : wd] + ", " + day + ". " + DE_MONTHS[mo] + " 2026)"};
                }
                return new String[] {s + " (meeting on " + EN_DAYS[d] + (form == 1 ? " evening)" : ")"),
                    t + " (Sitzung am " + DE_DAYS[dd] + (form == 1 ? "abend)" : ")")};
            }
            case 1 -> {
                int m = rnd.nextInt(12);
                int mm = wrong ? (m + 1 + rnd.nextInt(11)) % 12 : m;
                String[] when = {"in", "early", "mid-"};
                String[] wann = {"im", "Anfang", "Mitte"};
                String en = form == 2 ? EN_SHORT[m] : EN_MONTHS[m];
                return new String[] {s + " (vote " + when[form] + (form == 2 ? "" : " ") + en + ")",
                    t + " (Abstimmung " + wann[form] + " " + DE_MONTHS[mm] + ")"};
            }
            case 2 -> {
                int d = 2 + rnd.nextInt(8);
                int dd = wrong ? 2 + (d - 2 + 1 + rnd.nextInt(7)) % 8 : d;
                String en = form == 0 ? "the 19" + d + "0s" : form == 1 ? "the '" + d + "0s" : "the 19" + d + "0s";
                String de = switch (rnd.nextInt(3)) {
                    case 0 -> "den 19" + dd + "0er Jahren";
                    case 1 -> "den " + dd + "0er-Jahren";
                    default -> "den " + DE_DECADES[dd - 2] + "jahren";
                };
                return new String[] {s + " (growing since " + en + ")", t + " (Wachstum seit " + de + ")"};
            }
            case 3 -> {
                int z = rnd.nextInt(ZONES.length);
                int zz = wrong ? (z + 1 + rnd.nextInt(ZONES.length - 1)) % ZONES.length : z;
                int h = 1 + rnd.nextInt(11);
                return new String[] {s + " (live at " + h + " p.m. " + ZONES[z][0] + ")",
                    t + " (live um " + (h + 12) + " Uhr " + ZONES[zz][form == 0 ? 0 : 1] + ")"};
            }
            case 4 -> {
                int m = rnd.nextInt(12);
                int a = 1 + rnd.nextInt(20);
                int b = a + 1 + rnd.nextInt(5);
                int bb = wrong ? b + 1 + rnd.nextInt(2) : b;
                String de = switch (form) {
                    case 0 -> "vom " + a + ". bis " + bb + ". " + DE_MONTHS[m];
                    case 1 -> a + ".-" + bb + ". " + DE_MONTHS[m];
                    default -> "vom " + a + ". bis zum " + bb + ". " + DE_MONTHS[m];
                };
                return new String[] {s + " (talks " + EN_MONTHS[m] + " " + a + "-" + b + ")", t + " (Gespräche " + de + ")"};
            }
            case 5 -> {
                int m = rnd.nextInt(12);
                int d = rnd.nextInt(12);
                int dd = wrong ? (d + 1 + rnd.nextInt(3)) % 12 : d;
                String de = form == 0 ? "am " + DE_ORDINALS[dd] + " " + DE_MONTHS[m] : "am " + (dd + 1) + ". " + DE_MONTHS[m];
                return new String[] {s + " (signed on the " + EN_ORDINALS[d] + " of " + EN_MONTHS[m] + ")", t + " (unterzeichnet " + de + ")"};
            }
            case 7 -> { // a date with its weekday; wrong: the German date's day moved, its weekday kept
                int day = 1 + rnd.nextInt(25);
                int mo = rnd.nextInt(12);
                int wd = weekday(2027, mo + 1, day);
                int dday = wrong ? day + 1 + rnd.nextInt(3) : day;
                String de = form == 0 ? DE_DAYS[wd] + ", " + dday + ". " + DE_MONTHS[mo] + " 2027"
                        : form == 1 ? DE_DAYS[wd] + ", den " + dday + "." + (mo + 1) + ".2027" : DE_DAYS[wd] + ", " + dday + ". " + DE_MONTHS[mo] + " 2027";
                String en = form == 2 ? EN_DAYS[wd] + " " + day + " " + EN_MONTHS[mo] + " 2027" : EN_DAYS[wd] + ", " + EN_MONTHS[mo] + " " + day + ", 2027";
                return new String[] {s + " (hearing on " + en + ")", t + " (Anhörung am " + de + ")"};
            }
            case 8 -> { // early, mid-, late of a month or a year
                int p = rnd.nextInt(3);
                int pp = wrong ? (p + 1 + rnd.nextInt(2)) % 3 : p;
                String[][] en = {{"early", "the beginning of", "the start of"}, {"mid-", "the middle of", "mid-"}, {"late", "the end of", "late"}};
                String[] de = {"Anfang", "Mitte", "Ende"};
                int mo = rnd.nextInt(12);
                String what = rnd.nextBoolean() ? EN_MONTHS[mo] : "2027";
                String was = what.equals("2027") ? "2027" : DE_MONTHS[mo];
                String e = en[p][form];
                return new String[] {s + " (due " + (e.endsWith("-") ? "in " + e : e.startsWith("the") ? "by " + e + " " : "in " + e + " ") + what + ")",
                    t + " (fällig " + de[pp] + " " + was + ")"};
            }
            case 9 -> { // a day said from the day of writing on one side, by its name on the other
                int d = rnd.nextInt(7);
                String[] en = {"yesterday", "today", "the day before"};
                return new String[] {s + " (decided " + en[form] + ")", t + " (am " + DE_DAYS[d] + " beschlossen)"};
            }
            default -> {
                int h = 1 + rnd.nextInt(11); // English "half past h" is h:30, German "halb h+1"
                int q = rnd.nextInt(3); // half past, quarter past, quarter to
                String en = q == 0 ? "half past " + EN_HOURS[h - 1] : q == 1 ? "a quarter past " + EN_HOURS[h - 1]
                        : "a quarter to " + EN_HOURS[h];
                int shift = wrong ? 1 : 0;
                String de = switch (q) {
                    case 0 -> form == 0 ? "halb " + DE_HOURS[(h + shift) % 12] : String.format(Locale.ROOT, "%d:30 Uhr", h + 12 + shift);
                    case 1 -> form == 0 ? "Viertel nach " + DE_HOURS[h - 1 + shift] : String.format(Locale.ROOT, "%d:15 Uhr", h + 12 + shift);
                    default -> form == 0 ? "Viertel vor " + DE_HOURS[(h + shift) % 12] : String.format(Locale.ROOT, "%d:45 Uhr", h + 12 + shift);
                };
                return new String[] {s + " (news at " + en + ")", t + " (Nachrichten um " + de + ")"};
            }
        }
    }
}
