package org.tmsh.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * The second part of the planted-error corpus: kinds of error a reviewer meets in news and manuals that the
 * first part ({@link PlantedCorpus}) lacks. Written on its own, with its own month names, units and number
 * formats, and no call into tmsh's checks or {@code org.tmsh.numbers}, so that the benchmark does not grade
 * tmsh with tmsh's own readers.
 *
 * <p>Dates, times and amounts are added to real pairs as a clause on both sides ("(as of October 3,
 * 2025)" / "(Stand: 3. Oktober 2025)"); a planted error gets a wrong value or a wrong conversion, an
 * untouched pair the right one in one of the forms German writes. The other kinds change the real
 * target: two digits swapped, a unit changed, English quotation marks in German, an end mark changed, a
 * space before a colon, a trailing space, an acronym dropped.
 */
final class ExtraPlants {

    /** Kind of error to the class of tmsh's checks it belongs to. */
    static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("date-wrong-day", "numbers");
        KINDS.put("date-day-month-swapped", "numbers");
        KINDS.put("time-not-converted", "numbers");
        KINDS.put("scale-wrong", "numbers");
        KINDS.put("currency-changed", "numbers");
        KINDS.put("digits-swapped", "numbers");
        KINDS.put("unit-changed", "numbers");
        KINDS.put("quotes-english-in-german", "punctuation");
        KINDS.put("end-mark-changed", "punctuation");
        KINDS.put("space-before-colon", "spacing");
        KINDS.put("trailing-space", "spacing");
        KINDS.put("acronym-dropped", "acronyms");
    }

    private static final String[] EN_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String[] DE_MONTHS = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
        "September", "Oktober", "November", "Dezember"};
    private static final Pattern MULTI_DIGIT = Pattern.compile("(?<![\\p{L}\\p{N}.,%$#{])\\d{2,4}(?![\\p{N}\\p{L}]|[.,]\\d)");
    private static final Pattern UNIT = Pattern.compile("(?<![\\p{L}\\p{N}.,])(\\d+) ?(cm|mm|pt|px|MB|KB|GB|Sekunden|Minuten)\\b");
    private static final Map<String, String> OTHER_UNIT = Map.of("cm", "mm", "mm", "cm", "pt", "px", "px", "pt", "MB", "GB",
            "KB", "MB", "GB", "MB", "Sekunden", "Minuten", "Minuten", "Sekunden");
    private static final Pattern CAPS = Pattern.compile("(?<![\\p{L}\\p{N}_])\\p{Lu}{2,5}(?![\\p{L}\\p{N}_])");
    private static final Pattern QUOTED = Pattern.compile("[\"„“]([^\"„“”]{1,40})[\"“”]");

    private ExtraPlants() {
    }

    static List<PlantedCorpus.Segment> build(List<TmData.Pair> pairs, Set<String> used, int perKind, long seed) {
        return PlantedCorpus.part(pairs, used, perKind, new Random(seed), KINDS, ExtraPlants::plant,
                (i, en, de, rnd) -> switch (i % 4) {
                    case 0 -> dateClause(en, de, rnd, false, false);
                    case 1 -> timeClause(en, de, rnd, false);
                    case 2 -> amountClause(en, de, rnd, null);
                    default -> new String[] {en, de};
                }, "x", "y");
    }

    /** {source, target} with an error of {@code kind}, or null when the pair does not lend itself to it. */
    private static String[] plant(String kind, String s, String t, Random rnd) {
        switch (kind) {
            case "date-wrong-day" -> {
                return dateClause(s, t, rnd, true, false);
            }
            case "date-day-month-swapped" -> {
                return dateClause(s, t, rnd, false, true);
            }
            case "time-not-converted" -> {
                return timeClause(s, t, rnd, true);
            }
            case "scale-wrong" -> {
                return amountClause(s, t, rnd, "scale");
            }
            case "currency-changed" -> {
                return amountClause(s, t, rnd, "currency");
            }
            case "digits-swapped" -> {
                Matcher m = MULTI_DIGIT.matcher(t);
                while (m.find()) {
                    String d = m.group();
                    if (!s.contains(d)) {
                        continue;
                    }
                    for (int i = 0; i + 1 < d.length(); i++) {
                        if (d.charAt(i) != d.charAt(i + 1) && !(i == 0 && d.charAt(1) == '0')) {
                            String swapped = d.substring(0, i) + d.charAt(i + 1) + d.charAt(i) + d.substring(i + 2);
                            return new String[] {s, t.substring(0, m.start()) + swapped + t.substring(m.end())};
                        }
                    }
                }
                return null;
            }
            case "unit-changed" -> {
                Matcher m = UNIT.matcher(t);
                if (m.find() && s.contains(m.group(1))) {
                    return new String[] {s, t.substring(0, m.start(2)) + OTHER_UNIT.get(m.group(2)) + t.substring(m.end(2))};
                }
                return null;
            }
            case "quotes-english-in-german" -> {
                Matcher m = QUOTED.matcher(t);
                if (m.find() && QUOTED.matcher(s).find()) {
                    return new String[] {s, t.substring(0, m.start()) + "“" + m.group(1) + "”" + t.substring(m.end())};
                }
                return null;
            }
            case "end-mark-changed" -> {
                if (s.endsWith(".") && t.endsWith(".") && !t.endsWith("..")) {
                    return new String[] {s, t.substring(0, t.length() - 1) + (rnd.nextBoolean() ? "?" : "!")};
                }
                return null;
            }
            case "space-before-colon" -> {
                int at = t.indexOf(':');
                if (at > 1 && Character.isLetter(t.charAt(at - 1)) && at + 1 < t.length() && t.charAt(at + 1) == ' ') {
                    return new String[] {s, t.substring(0, at) + " " + t.substring(at)};
                }
                return null;
            }
            case "trailing-space" -> {
                return s.endsWith(" ") ? null : new String[] {s, t + " "};
            }
            case "acronym-dropped" -> {
                Matcher m = CAPS.matcher(t);
                while (m.find()) {
                    String a = m.group();
                    if (m.start() > 0 && "%({$".indexOf(t.charAt(m.start() - 1)) >= 0) {
                        continue; // a placeholder's name: a code, not an acronym
                    }
                    Matcher inSource = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(a) + "(?![\\p{L}\\p{N}_])").matcher(s);
                    if (inSource.find() && t.indexOf(a, m.end()) < 0 && s.replaceAll("[^\\p{Lu}]", "").length() * 3 < s.length()) {
                        String cut = t.substring(0, m.start()) + t.substring(m.end());
                        return new String[] {s, cut.replace("  ", " ").replace(" .", ".").strip()};
                    }
                }
                return null;
            }
            default -> throw new IllegalArgumentException(kind);
        }
    }

    /** A date clause on both sides: right in one of German's forms, or with a wrong day, or with day and month swapped. */
    private static String[] dateClause(String s, String t, Random rnd, boolean wrongDay, boolean swapped) {
        int year = 2019 + rnd.nextInt(8);
        int month = 1 + rnd.nextInt(12);
        int day = 1 + rnd.nextInt(swapped ? 12 : 28);
        if (swapped && day == month) {
            day = day % 12 + 1;
        }
        String en = " (as of " + EN_MONTHS[month - 1] + " " + day + ", " + year + ")";
        int d = wrongDay ? day + 1 + rnd.nextInt(2) : day;
        String de;
        if (swapped) {
            de = " (Stand: " + month + "." + day + "." + year + ")";
        } else {
            de = switch (rnd.nextInt(3)) {
                case 0 -> " (Stand: " + d + ". " + DE_MONTHS[month - 1] + " " + year + ")";
                case 1 -> String.format(" (Stand: %02d.%02d.%d)", d, month, year);
                default -> " (Stand: " + d + "." + month + "." + year + ")";
            };
        }
        return new String[] {s + en, t + de};
    }

    /** A time clause: "2 pm" as "14 Uhr" (or "14:30 Uhr"), or left as "2 Uhr" (not converted). */
    private static String[] timeClause(String s, String t, Random rnd, boolean notConverted) {
        int hour = 1 + rnd.nextInt(11);
        boolean half = rnd.nextBoolean();
        String en = " (updated at " + hour + (half ? ":30" : "") + " p.m.)";
        int de = notConverted ? hour : hour + 12;
        return new String[] {s + en, t + " (aktualisiert um " + de + (half ? ":30" : "") + " Uhr)"};
    }

    /** An amount clause: "2.5 million euros" as "2,5 Millionen Euro" or "2,5 Mio. Euro"; wrong scale or currency when asked. */
    private static String[] amountClause(String s, String t, Random rnd, String error) {
        int whole = 1 + rnd.nextInt(99);
        int tenth = rnd.nextInt(10);
        boolean billion = rnd.nextBoolean();
        String en = " (budget: " + whole + (tenth > 0 ? "." + tenth : "") + " " + (billion ? "billion" : "million") + " euros)";
        boolean deBillion = "scale".equals(error) != billion;
        String scale = deBillion ? (rnd.nextBoolean() ? "Milliarden" : "Mrd.") : (rnd.nextBoolean() ? "Millionen" : "Mio.");
        String currency = "currency".equals(error) ? "Dollar" : "Euro";
        return new String[] {s + en, t + " (Budget: " + whole + (tenth > 0 ? "," + tenth : "") + " " + scale + " " + currency + ")"};
    }
}
