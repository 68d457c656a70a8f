package org.tmsh.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

import org.tmsh.common.RuleFiles;
import org.tmsh.numbers.MonthNames;
import org.tmsh.numbers.Quantity;

/**
 * The words of a text that say which day, month, decade, time of day or time zone it means, where the
 * numbers reader ({@link org.tmsh.numbers.Values}) sees no digits or sees them wrongly: weekday names
 * ("am Dienstag", "on Wednesday", "Dienstagabend"), month names without a day ("im März", "early July"),
 * decades ("die 1990er Jahre", "80er", "Achtzigerjahre", "the 1980s", "'80s", "eighties"), time zones
 * ("MEZ", "CET", "Ortszeit"), and, as values for the numbers check, date ranges ("3. bis 5. März",
 * "March 3-5"), days written as ordinal words ("the third of March", "am dritten März") and clock times
 * in words ("halb drei", "Viertel nach drei", "half past two", "a quarter to three").
 *
 * <p>Month and weekday names, spelled ordinals and hours are ICU4J's for the language; what ICU does not
 * list (spelled decades, time zones, weekday abbreviations) is in {@code date-words.txt}. One instance a
 * language, cached; thread-safe.
 */
public final class DateWords {

    /** What a fact is about; PART is the part of a month, year or decade ("Anfang Juni", "the late 1990s"). */
    public enum Kind { WEEKDAY, MONTH, DECADE, ZONE, PART, SEASON }

    /**
     * One day, month, decade or zone named in a text.
     *
     * @param kind  what it names
     * @param value weekday 1-7 (Monday first), month 1-12, decade as "19|8" (century or "" when not said, then
     *              the tens), zone as its offset from UTC in hours or "local", part as early, mid or late
     * @param text  as written
     * @param start start offset
     * @param end   end offset
     */
    public record Fact(Kind kind, String value, String text, int start, int end) {
    }

    private static final String DATA = "/tmsh/qa/date-words.txt";
    private static final Map<String, DateWords> CACHE = new ConcurrentHashMap<>();
    private static final String NB = "(?<![\\p{L}\\p{N}])";
    private static final String NA = "(?![\\p{L}\\p{N}])";
    private static final Pattern DIGIT_AFTER = Pattern.compile("[\\s\\u00A0,]*\\d");
    private static final Pattern CLOCK_WORDS = Pattern.compile("(?:[Hh]alb|[Vv]iertel|[Dd]rei ?viertel|half|(?:a )?quarter)\\b");
    private static final List<String> CLOCK_HINTS = List.of("halb", "viertel", "half", "quarter");
    private static final String S = "[\\s\\u00A0\\u202F]*";

    private final String lang;
    private final MonthNames months;
    private final Pattern weekdays;
    private final List<Integer> weekdayValues = new ArrayList<>();
    private final Pattern bareMonth;
    private final Pattern decadeDigits;
    private final Pattern decadeWords;
    private final List<Integer> decadeValues = new ArrayList<>();
    private final Pattern zones;
    private final List<String> zoneValues = new ArrayList<>();
    private final Pattern parts;
    private final List<String> partValues = new ArrayList<>();
    private final Pattern relative;
    private final List<String> relativeValues = new ArrayList<>();
    private final Pattern seasons;
    private final List<String> seasonValues = new ArrayList<>();
    private final List<Pattern> ranges = new ArrayList<>();
    private final List<Pattern> ordinalDates = new ArrayList<>();
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final List<Pattern> clocks = new ArrayList<>();
    private final List<int[]> clockShift = new ArrayList<>();
    private final Map<String, Integer> hours = new HashMap<>();

    private DateWords(String lang) {
        this.lang = lang;
        this.months = new MonthNames(lang);
        boolean german = lang.equals("de");
        List<RuleFiles.Row> rows = RuleFiles.read(DATA, 4).stream()
                .filter(r -> r.get(1).equals("*") || r.get(1).equals(lang)).toList();
        // weekdays: ICU's wide names (Sunday is 1 there), German ones also as the first part of a compound
        // ("Dienstagabend") and written small as an adverb ("dienstags"); then the file's rows
        StringBuilder wd = new StringBuilder();
        String[] names = new DateFormatSymbols(ULocale.forLanguageTag(lang)).getWeekdays(DateFormatSymbols.FORMAT,
                DateFormatSymbols.WIDE);
        for (int i = 1; i < names.length; i++) {
            if (names[i] == null || names[i].isEmpty()) {
                continue;
            }
            String n = Pattern.quote(names[i]);
            String first = names[i].substring(0, 1);
            if (german) {
                n = "[" + first.toUpperCase(Locale.ROOT) + first.toLowerCase(Locale.ROOT) + "]" + Pattern.quote(names[i].substring(1));
            }
            wd.append(wd.length() == 0 ? "" : "|").append('(').append(n).append(german ? "\\p{Ll}*" : "(?:s|['’]s)?").append(')');
            weekdayValues.add(i == 1 ? 7 : i - 1);
        }
        for (RuleFiles.Row r : rows) {
            if (r.get(0).equals("weekday")) {
                wd.append('|').append('(').append(r.get(2).replaceAll("\\((?!\\?)", "(?:")).append(')');
                weekdayValues.add(Integer.parseInt(r.get(3)));
            }
        }
        weekdays = Pattern.compile(NB + "(?:" + wd + ")(?![\\p{L}\\p{N}])");
        // a month alone: a wide name, or an abbreviation with its period ("Sept.")
        bareMonth = Pattern.compile(NB + "(?:" + months.wideName() + "|" + months.anyName().replaceAll("\\\\\\.\\?$", "") + "\\.)" + NA);
        decadeDigits = german
                ? Pattern.compile(NB + "(?:(1[0-9]|20)?(\\d)0)er(?:n|s)?(?:-?[Jj]ahren?|" + S + "Jahren?)?" + NA)
                : Pattern.compile(NB + "(?:(1[0-9]|20)(\\d)0|['’](\\d)0|(\\d)0)['’]?s" + NA);
        StringBuilder dw = new StringBuilder();
        for (RuleFiles.Row r : rows) {
            if (r.get(0).equals("decade")) {
                dw.append(dw.length() == 0 ? "" : "|").append('(').append(r.get(2).replaceAll("\\((?!\\?)", "(?:")).append(')');
                decadeValues.add(Integer.parseInt(r.get(3)));
            }
        }
        decadeWords = dw.length() == 0 ? null : Pattern.compile(NB + "(?:" + dw + ")" + (german
                ? "(?:n|-?[Jj]ahren?|" + S + "[Jj]ahren?)?" : "") + NA);
        StringBuilder zw = new StringBuilder();
        for (RuleFiles.Row r : rows) {
            if (r.get(0).equals("zone")) {
                zw.append(zw.length() == 0 ? "" : "|").append('(').append(r.get(2).replaceAll("\\((?!\\?)", "(?:")).append(')');
                zoneValues.add(r.get(3));
            }
        }
        zones = zw.length() == 0 ? null : Pattern.compile(NB + "(?:" + zw + ")" + NA);
        // the seasons ("im Frühjahr", "Spätsommer", "in the autumn"): a row's words, compared only when both sides name one
        StringBuilder sw = new StringBuilder();
        for (RuleFiles.Row r : rows) {
            if (r.get(0).equals("season")) {
                sw.append(sw.length() == 0 ? "" : "|").append('(').append(r.get(2).replaceAll("\\((?!\\?)", "(?:")).append(')');
                seasonValues.add(r.get(3));
            }
        }
        seasons = sw.length() == 0 ? null : Pattern.compile(NB + "(?:" + sw + ")" + NA);
        // the part of a month, year or decade: a row's words, a connector ("of the", "der", or mid-'s hyphen), then
        // a month name, a year, or a decade
        StringBuilder pw = new StringBuilder();
        StringBuilder rw = new StringBuilder();
        for (RuleFiles.Row r : rows) {
            if (r.get(0).equals("part")) {
                pw.append(pw.length() == 0 ? "" : "|").append('(').append(r.get(2).replaceAll("\\((?!\\?)", "(?:")).append(')');
                partValues.add(r.get(3));
            } else if (r.get(0).equals("relative")) {
                rw.append(rw.length() == 0 ? "" : "|").append('(').append(r.get(2).replaceAll("\\((?!\\?)", "(?:")).append(')');
                relativeValues.add(r.get(3));
            }
        }
        String anchor = "(?:(?:1[0-9]|20)?\\d0(?:er|['’]?s)|['’]\\d0['’]?s|(?:" + months.anyName() + "|\\d{4})" + NA
                + (dw.length() == 0 ? "" : "|" + dw.toString().replaceAll("\\((?!\\?)", "(?:")) + ")";
        parts = pw.length() == 0 ? null : Pattern.compile(NB + "(?:" + pw + ")(?=(?:-|" + S + "(?:(?:of the|of|des Jahres|des|der|den)" + S + ")?)"
                + anchor + ")");
        relative = rw.length() == 0 ? null : Pattern.compile(NB + "(?:" + rw + ")" + NA);
        // spelled ordinals (1-31) and hours (1-12) from ICU's spell-out rules
        RuleBasedNumberFormat spell = new RuleBasedNumberFormat(ULocale.forLanguageTag(lang), RuleBasedNumberFormat.SPELLOUT);
        for (String set : spell.getRuleSetNames()) {
            if (set.startsWith("%spellout-ordinal")) {
                for (int d = 1; d <= 31; d++) {
                    addForms(ordinals, spell.format(d, set), d, german ? List.of("", "n", "r", "s", "m") : List.of(""));
                }
            }
            if (set.equals("%spellout-cardinal") || set.equals("%spellout-numbering") || set.startsWith("%spellout-cardinal-")) {
                for (int h = 1; h <= 12; h++) {
                    addForms(hours, spell.format(h, set), h, List.of(""));
                }
            }
        }
        String month = months.anyName();
        String year = "(?:,?" + S + "(\\d{4}))?";
        String ord = alternation(ordinals);
        String hour = "(\\d{1,2}|" + alternation(hours) + ")";
        if (german) {
            ranges.add(Pattern.compile("(?<![\\p{N}.])(\\d{1,2})\\.?" + S + "(?:bis(?:" + S + "zum)?|[-–]|und|/)" + S + "(\\d{1,2})\\."
                    + S + "(" + month + ")" + year + NA));
            ordinalDates.add(Pattern.compile(NB + "(" + ord + ")" + S + "(" + month + ")" + year + NA));
            clocks.add(Pattern.compile(NB + "halb" + S + hour + NA));
            clockShift.add(new int[] {-1, 30});
            clocks.add(Pattern.compile(NB + "[Vv]iertel" + S + "nach" + S + hour + NA));
            clockShift.add(new int[] {0, 15});
            clocks.add(Pattern.compile(NB + "(?:[Vv]iertel" + S + "vor|[Dd]rei" + S + "?viertel)" + S + hour + NA));
            clockShift.add(new int[] {-1, 45});
        } else {
            String th = "(?:st|nd|rd|th)?";
            ranges.add(Pattern.compile(NB + "(" + month + ")" + S + "(\\d{1,2})" + th + S + "(?:[-–]|to|through|and)" + S
                    + "(\\d{1,2})" + th + year + NA));
            ranges.add(Pattern.compile("(?<![\\p{N}.])(\\d{1,2})" + th + S + "(?:[-–]|to|and)" + S + "(\\d{1,2})" + th + S
                    + "(?:of" + S + ")?(" + month + ")" + year + NA));
            ordinalDates.add(Pattern.compile(NB + "(?:the" + S + ")?(" + ord + ")" + S + "of" + S + "(" + month + ")" + year + NA));
            ordinalDates.add(Pattern.compile(NB + "(" + month + ")" + S + "(?:the" + S + ")?(" + ord + ")" + year + NA));
            clocks.add(Pattern.compile(NB + "half" + S + "past" + S + hour + NA));
            clockShift.add(new int[] {0, 30});
            clocks.add(Pattern.compile(NB + "(?:a" + S + ")?quarter" + S + "past" + S + hour + NA));
            clockShift.add(new int[] {0, 15});
            clocks.add(Pattern.compile(NB + "(?:a" + S + ")?quarter" + S + "(?:to|of)" + S + hour + NA));
            clockShift.add(new int[] {-1, 45});
        }
    }

    private static void addForms(Map<String, Integer> into, String word, int value, List<String> endings) {
        if (word == null || word.isEmpty() || word.chars().anyMatch(Character::isDigit)) {
            return;
        }
        String base = word.replace('\u00AD', '-');
        for (String w : List.of(base, base.replace('-', ' '))) {
            String stem = w.endsWith("e") && endings.size() > 1 ? w : w;
            for (String e : endings) {
                into.putIfAbsent(stem + e, value);
                into.putIfAbsent(Character.toUpperCase(stem.charAt(0)) + stem.substring(1) + e, value);
            }
        }
    }

    private static String alternation(Map<String, Integer> words) {
        List<String> sorted = new ArrayList<>(words.keySet());
        sorted.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        StringBuilder sb = new StringBuilder("(?:");
        for (String w : sorted) {
            sb.append(sb.length() > 3 ? "|" : "").append(Pattern.quote(w));
        }
        return sb.append(')').toString();
    }

    /** The reader of a language (its primary subtag is what counts: de, en). */
    public static DateWords of(String lang) {
        return CACHE.computeIfAbsent(QaSegment.primary(lang), DateWords::new);
    }

    /** Weekday, bare month, decade and zone facts of {@code text}, in order of kind, then place. */
    public List<Fact> facts(String text) {
        List<Fact> out = new ArrayList<>();
        grouped(weekdays, text, Kind.WEEKDAY, i -> String.valueOf(weekdayValues.get(i)), out);
        Matcher m = bareMonth.matcher(text);
        while (months.anyIn(text) && m.find()) {
            int mo = months.month(m.group());
            if (mo > 0 && !(sentenceStart(text, m.start()) && !DIGIT_AFTER.matcher(text).region(m.end(), text.length()).lookingAt())) {
                out.add(new Fact(Kind.MONTH, String.valueOf(mo), m.group(), m.start(), m.end()));
            }
        }
        for (Fact f : decades(text)) {
            out.add(f);
        }
        if (zones != null) {
            grouped(zones, text, Kind.ZONE, zoneValues::get, out);
        }
        if (parts != null) {
            grouped(parts, text, Kind.PART, partValues::get, out);
        }
        if (seasons != null) {
            grouped(seasons, text, Kind.SEASON, seasonValues::get, out);
        }
        return out;
    }

    /**
     * The relative days, weeks, months and years a text names ("gestern", "am Vortag", "next week", "last
     * month"): the unit each names (day, week, month, year). A weekday or a month on one side against such a
     * word on the other is a right translation for another day of publication, not a changed date.
     */
    public java.util.Set<String> relativeUnits(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        relatives(text, (v, m) -> out.add(v.indexOf(':') < 0 ? v : v.substring(0, v.indexOf(':'))));
        return out;
    }

    /**
     * The relative days, weeks, months and years of a text whose words say how far from the day of writing they are
     * ("vorgestern", "the day before yesterday", "next week", "im Vorjahr"), in order of place: each as {unit, offset,
     * text} ("day", "-2", "vorgestern"). Words without an offset ("der Woche", "last night") are not listed.
     */
    public List<String[]> relativeOffsets(String text) {
        List<String[]> out = new ArrayList<>();
        relatives(text, (v, m) -> {
            int colon = v.indexOf(':');
            if (colon > 0) {
                out.add(new String[] {v.substring(0, colon), v.substring(colon + 1), m.group()});
            }
        });
        return out;
    }

    /** Each relative word of {@code text} in order of place: its data value ("day:-2" or "week") and its match. */
    private void relatives(String text, java.util.function.BiConsumer<String, Matcher> each) {
        if (relative == null) {
            return;
        }
        Matcher m = relative.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.start(g) >= 0) {
                    each.accept(relativeValues.get(g - 1), m);
                    break;
                }
            }
        }
    }

    /**
     * The weekdays of a text that stand beside a full date ("Dienstag, 3. März 2026", "Tuesday, March 3, 2026",
     * "am 3.3.2026, einem Dienstag") and do not fall on it: each as "WEEKDAY-TEXT DATE-TEXT ACTUAL" where ACTUAL is
     * the weekday of the date (1 Monday ... 7 Sunday). {@code dates} are the dates the numbers reader read.
     */
    public List<String[]> offCalendar(String text, List<Quantity> dates) {
        return calendar(text, dates, 0, false);
    }

    /**
     * The weekdays of {@code text} beside a date without its year ("Dienstag, 3. März", "Tuesday, March 3"), read in
     * {@code year}: each as {weekday's text, date's text, the weekday the date falls on (1 Monday ... 7 Sunday), the
     * weekday named}, whether it fits or not.
     */
    public List<String[]> yearless(String text, List<Quantity> dates, int year) {
        return calendar(text, dates, year, true);
    }

    private List<String[]> calendar(String text, List<Quantity> dates, int year, boolean yearless) {
        List<String[]> out = new ArrayList<>();
        if (dates.isEmpty()) {
            return out;
        }
        List<Fact> days = new ArrayList<>();
        grouped(weekdays, text, Kind.WEEKDAY, i -> String.valueOf(weekdayValues.get(i)), days);
        for (Fact f : days) {
            for (Quantity q : dates) {
                boolean after = q.start() >= f.end() && BESIDE_AFTER.matcher(text.substring(f.end(), q.start())).matches();
                boolean before = f.start() >= q.end() && BESIDE_BEFORE.matcher(text.substring(q.end(), f.start())).matches();
                if (!(after || before) || !q.value().matches(yearless ? "--\\d{2}-\\d{2}" : "\\d{4}-\\d{2}-\\d{2}")) {
                    continue;
                }
                int actual;
                try {
                    actual = java.time.LocalDate.parse(yearless ? String.format(java.util.Locale.ROOT, "%04d", year) + q.value().substring(1)
                            : q.value()).getDayOfWeek().getValue();
                } catch (java.time.format.DateTimeParseException notADay) {
                    continue; // "2026-02-30"
                }
                if (yearless) {
                    out.add(new String[] {f.text(), q.text(), String.valueOf(actual), f.value()});
                } else if (actual != Integer.parseInt(f.value())) {
                    out.add(new String[] {f.text(), q.text(), String.valueOf(actual)});
                }
                break;
            }
        }
        return out;
    }

    /** What may stand between a weekday and the date after it: a comma, "den", "dem", "the". */
    private static final Pattern BESIDE_AFTER = Pattern.compile("[\\s\\u00A0,]*(?:(?:den|dem|the)[\\s\\u00A0]+)?");
    /** What may stand between a date and the weekday after it: a comma and "ein(em)", "a". */
    private static final Pattern BESIDE_BEFORE = Pattern.compile("[\\s\\u00A0]*[,(][\\s\\u00A0]*(?:(?:einem|ein|a|an)[\\s\\u00A0]+)?");

    /** The name of weekday {@code n} (1 Monday ... 7 Sunday) in this language, from ICU. */
    public String weekdayName(int n) {
        String[] names = new DateFormatSymbols(ULocale.forLanguageTag(lang)).getWeekdays(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
        return names[n == 7 ? 1 : n + 1];
    }

    /**
     * Whether {@code at} opens a sentence: a month name there without a number after it is taken for a word
     * ("May I ask", "March on"), not a month; a month opening a sentence in news is followed by its day.
     */
    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && !Character.isLetterOrDigit(text.charAt(i)) && ".!?:".indexOf(text.charAt(i)) < 0) {
            i--;
        }
        return i < 0 || ".!?:".indexOf(text.charAt(i)) >= 0;
    }

    /** The offset from UTC in hours of the one time zone {@code text} names (several alike count once), or null. */
    public Integer zoneOffset(String text) {
        if (zones == null) {
            return null;
        }
        List<Fact> found = new ArrayList<>();
        grouped(zones, text, Kind.ZONE, zoneValues::get, found);
        java.util.Set<String> offsets = new java.util.HashSet<>();
        found.forEach(f -> offsets.add(f.value()));
        return offsets.size() == 1 && !offsets.contains("local") ? Integer.valueOf(offsets.iterator().next()) : null;
    }

    /**
     * {@code times} of a text in zone {@code from} as the clock reads them in zone {@code to} ("8:00" EST is
     * "14:00" CET); other values unchanged.
     */
    public static List<Quantity> inZone(List<Quantity> values, int from, int to) {
        List<Quantity> out = new ArrayList<>(values.size());
        for (Quantity q : values) {
            if (q.kind() == Quantity.Kind.TIME && q.value().length() == 5) {
                int h = Math.floorMod(Integer.parseInt(q.value().substring(0, 2)) + to - from, 24);
                out.add(new Quantity(q.kind(), String.format(Locale.ROOT, "%02d%s", h, q.value().substring(2)), q.text(), q.start(), q.end()));
            } else {
                out.add(q);
            }
        }
        return out;
    }

    /** The decades of a text ("1990er Jahre", "'80s", "Achtzigerjahre"). */
    public List<Fact> decades(String text) {
        List<Fact> out = new ArrayList<>();
        Matcher m = decadeDigits.matcher(text);
        boolean maybe = text.contains("0er") || text.contains("0s") || text.contains("0's") || text.contains("0’s");
        while (maybe && m.find()) {
            String century = m.group(1) == null ? "" : m.group(1);
            String tens = m.group(2) != null ? m.group(2) : m.groupCount() >= 3 && m.group(3) != null ? m.group(3)
                    : m.groupCount() >= 4 ? m.group(4) : null;
            if (tens != null) {
                out.add(new Fact(Kind.DECADE, century + "|" + tens, m.group(), m.start(), m.end()));
            }
        }
        if (decadeWords != null) {
            grouped(decadeWords, text, Kind.DECADE, i -> "|" + decadeValues.get(i), out);
        }
        return out;
    }

    private static void grouped(Pattern p, String text, Kind kind, java.util.function.IntFunction<String> value, List<Fact> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.start(g) >= 0) {
                    out.add(new Fact(kind, value.apply(g - 1), m.group(), m.start(), m.end()));
                    break;
                }
            }
        }
    }

    /** {@code text} with its decades blanked out, so that the numbers check does not read "1990er" as 1990. */
    public String withoutDecades(String text) {
        List<Fact> d = decades(text);
        if (d.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        for (Fact f : d) {
            for (int i = f.start(); i < f.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    /**
     * Dates and times the numbers reader cannot read, as values: both days of a range ("3. bis 5. März" is
     * 3 March and 5 March), a day as an ordinal word ("the third of March"), a time in words ("halb drei" is
     * 2:30, on a twelve-hour clock: see {@link #twelveHour}). Each with its place, so that what the numbers
     * reader found there gives way.
     */
    public List<Quantity> values(String text) {
        List<Quantity> out = new ArrayList<>();
        boolean month = months.anyIn(text); // the patterns below are long: only where they can match
        boolean digit = text.chars().anyMatch(Character::isDigit);
        for (Pattern p : month && digit ? ranges : List.<Pattern>of()) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                boolean monthFirst = months.month(m.group(1)) > 0;
                int mo = months.month(monthFirst ? m.group(1) : m.group(3));
                int d1 = Integer.parseInt(monthFirst ? m.group(2) : m.group(1));
                int d2 = Integer.parseInt(monthFirst ? m.group(3) : m.group(2));
                String y = m.group(4);
                if (mo == 0 || d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31 || !free(out, m.start(), m.end())) {
                    continue;
                }
                // two values over the range's halves, so that each gives way to nothing else
                int mid = m.start() + (m.end() - m.start()) / 2;
                out.add(new Quantity(Quantity.Kind.DATE, date(y, mo, d1), m.group(), m.start(), mid));
                out.add(new Quantity(Quantity.Kind.DATE, date(y, mo, d2), m.group(), mid, m.end()));
            }
        }
        for (Pattern p : month ? ordinalDates : List.<Pattern>of()) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                boolean monthFirst = months.month(m.group(1)) > 0;
                int mo = months.month(monthFirst ? m.group(1) : m.group(2));
                Integer d = ordinals.get(monthFirst ? m.group(2) : m.group(1));
                if (mo == 0 || d == null || !free(out, m.start(), m.end())) {
                    continue;
                }
                out.add(new Quantity(Quantity.Kind.DATE, date(m.group(3), mo, d), m.group(), m.start(), m.end()));
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (CLOCK_HINTS.stream().noneMatch(lower::contains)) {
            return out;
        }
        for (int i = 0; i < clocks.size(); i++) {
            Matcher m = clocks.get(i).matcher(text);
            while (m.find()) {
                String h = m.group(1);
                Integer hour = h.chars().allMatch(Character::isDigit) ? Integer.valueOf(h) : hours.get(h);
                if (hour == null || hour < 1 || hour > 12 || !free(out, m.start(), m.end())) {
                    continue;
                }
                int at = hour + clockShift.get(i)[0];
                at = at == 0 ? 12 : at;
                out.add(new Quantity(Quantity.Kind.TIME, String.format(Locale.ROOT, "%02d:%02d", at, clockShift.get(i)[1]),
                        m.group(), m.start(), m.end()));
            }
        }
        return out;
    }

    private static String date(String year, int month, int day) {
        return (year == null ? "-" : year) + String.format(Locale.ROOT, "-%02d-%02d", month, day);
    }

    private static boolean free(List<Quantity> taken, int start, int end) {
        for (Quantity q : taken) {
            if (start < q.end() && q.start() < end) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code found} (the numbers reader's values) with {@code words}' values in place of what they cover.
     */
    public static List<Quantity> merge(List<Quantity> found, List<Quantity> words) {
        if (words.isEmpty()) {
            return found;
        }
        List<Quantity> out = new ArrayList<>(words);
        for (Quantity q : found) {
            if (free(words, q.start(), q.end())) {
                out.add(q);
            }
        }
        out.sort(java.util.Comparator.comparingInt(Quantity::start));
        return out;
    }

    /**
     * A time said in words is on a twelve-hour clock: "halb drei" is 2:30 or 14:30. Returns {@code q}
     * with the other half of the day's value when {@code other} (the other side's values) has that time
     * and not this one; else {@code q}.
     */
    public static Quantity twelveHour(Quantity q, List<Quantity> other) {
        if (q.kind() != Quantity.Kind.TIME || !CLOCK_WORDS.matcher(q.text()).lookingAt()) {
            return q;
        }
        int h = Integer.parseInt(q.value().substring(0, 2));
        String pm = String.format(Locale.ROOT, "%02d%s", (h + 12) % 24, q.value().substring(2));
        boolean same = other.stream().anyMatch(o -> o.kind() == Quantity.Kind.TIME && o.value().equals(q.value()));
        boolean later = other.stream().anyMatch(o -> o.kind() == Quantity.Kind.TIME && o.value().equals(pm));
        return !same && later ? new Quantity(q.kind(), pm, q.text(), q.start(), q.end()) : q;
    }

    /** The language this reader reads. */
    public String language() {
        return lang;
    }
}
