package org.tmsh.qa.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.tmsh.numbers.Quantity;
import org.tmsh.numbers.Values;
import org.tmsh.qa.DateWords;
import org.tmsh.qa.Finding;
import org.tmsh.qa.QaSegment;
import org.tmsh.qa.QaText;
import org.tmsh.qa.TargetCheck;
import org.tmsh.qa.Tokens;

/**
 * The days, months, decades and time zones a text names in words ({@link DateWords}), source against
 * target: "am Dienstag" against "on Wednesday", "im März" against "in May", "die 1990er Jahre" against "the
 * 1980s", "MEZ" against "GMT". A month counts once whether written alone or inside a date the numbers
 * reader reads ("3.10.2025" has October), so a right conversion from digits to a name is none; a month
 * difference between two full dates is left to the numbers check, which reports the date. A decade without
 * its century ("80er", "'80s", "eighties") agrees with any century. "Ortszeit" / "local time" agrees with
 * any zone. Changed: error; only on one side: warning.
 */
public final class DatesCheck extends TargetCheck {

    public DatesCheck() {
        this(java.time.Year.now().getValue());
    }

    /** A check that takes {@code currentYear} for a file that names no year. */
    public DatesCheck(int currentYear) {
        super("dates", Finding.Severity.ERROR);
        this.currentYear = currentYear;
    }

    private final int currentYear;
    /** The years of the full dates each file's sources named so far. */
    private final java.util.Map<String, java.util.Set<Integer>> yearsOf = new java.util.HashMap<>();

    private void noteYears(QaSegment s, List<Quantity> srcDates) {
        for (Quantity q : srcDates) {
            if (q.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
                yearsOf.computeIfAbsent(s.file(), k -> new java.util.TreeSet<>()).add(Integer.parseInt(q.value().substring(0, 4)));
            }
        }
    }

    /** A segment whose weekday beside a date without its year waits for the end of the run: its file named no year before it. */
    private record Pending(QaSegment segment, String src, List<Quantity> srcDates, String tgt, List<Quantity> tgtDates) {
    }

    private final List<Pending> pending = new ArrayList<>();

    /**
     * A weekday beside a date without its year ("Dienstag, 4. März"), against the calendar of the file's year: the
     * one year of the full dates the file's sources named up to this segment; when they named none so far, the
     * segment waits for the end of the run and is judged in the one year the whole file names (a year named later,
     * "the hearing on Tuesday, March 3 ... the session of 2026"), or the current year when it names none; not judged
     * when the file names several. Judged only when every such weekday of the source falls on its date in that year
     * (the source fixes the year): a target weekday that does not is an error. Else null.
     */
    private String yearless(QaSegment s, String src, List<Quantity> srcDates, String tgt, List<Quantity> tgtDates) {
        java.util.Set<Integer> years = yearsOf.getOrDefault(s.file(), java.util.Set.of());
        if (years.size() > 1 || tgtDates.isEmpty() || srcDates.isEmpty()) {
            return null;
        }
        if (years.isEmpty()) {
            if (!DateWords.of(s.srcLang()).yearless(src, srcDates, 2000).isEmpty()) { // a leap year: every day and month is read
                pending.add(new Pending(s, src, srcDates, tgt, tgtDates));
            }
            return null;
        }
        return judge(s, src, srcDates, tgt, tgtDates, years.iterator().next(), false);
    }

    /** The why of a target weekday that does not fall on its date in {@code year} while the source's do, else null. */
    private static String judge(QaSegment s, String src, List<Quantity> srcDates, String tgt, List<Quantity> tgtDates, int year,
            boolean current) {
        List<String[]> a = DateWords.of(s.srcLang()).yearless(src, srcDates, year);
        if (a.isEmpty() || a.stream().anyMatch(o -> !o[2].equals(o[3]))) {
            return null;
        }
        for (String[] o : DateWords.of(s.tgtLang()).yearless(tgt, tgtDates, year)) {
            if (!o[2].equals(o[3])) {
                return "weekday '" + o[0] + "' of the target does not fall on " + o[1] + " in " + year + " (a "
                        + DateWords.of(s.tgtLang()).weekdayName(Integer.parseInt(o[2])) + "), the year in which the source's '"
                        + a.get(0)[0] + ", " + a.get(0)[1] + "' falls" + (current ? " (the current year: the file names none)" : "");
            }
        }
        return null;
    }

    @Override
    public void finish(Consumer<Finding> out) {
        for (Pending p : pending) {
            java.util.Set<Integer> years = yearsOf.getOrDefault(p.segment().file(), java.util.Set.of());
            if (years.size() > 1) {
                continue; // several years: which one the weekday meant is not known
            }
            String why = judge(p.segment(), p.src(), p.srcDates(), p.tgt(), p.tgtDates(),
                    years.isEmpty() ? currentYear : years.iterator().next(), years.isEmpty());
            if (why != null) {
                out.accept(Finding.of(id(), severity(), p.segment(), null, null, why, null));
            }
        }
        pending.clear();
    }

    @Override
    protected void checkTarget(QaSegment s, Consumer<Finding> out) {
        String src = Tokens.withoutFixed(QaText.plain(s.source()));
        String tgt = Tokens.withoutFixed(QaText.plain(s.target()));
        List<Quantity> srcDates = new ArrayList<>();
        List<Quantity> tgtDates = new ArrayList<>();
        List<Item> a = items(src, s.srcLang(), srcDates);
        List<Item> b = items(tgt, s.tgtLang(), tgtDates);
        noteYears(s, srcDates);
        String[] relative = relativeChanged(s, src, tgt);
        if (a.isEmpty() && b.isEmpty()) {
            if (relative != null) {
                out.accept(Finding.of(id(), severity(), s, relative[0], relative[1], relative[2], null));
            }
            return;
        }
        List<String> why = new ArrayList<>();
        boolean changed = false;
        if (relative != null) {
            changed = true;
            why.add(relative[2]);
        }
        // a weekday beside a full date, against the calendar: the source's own slip is said once (a warning: the
        // translator keeps what the client wrote), and then the weekdays are not compared; the target's is an error
        List<String[]> srcOff = DateWords.of(s.srcLang()).offCalendar(src, srcDates);
        List<String[]> tgtOff = DateWords.of(s.tgtLang()).offCalendar(tgt, tgtDates);
        if (!srcOff.isEmpty()) {
            String[] o = srcOff.get(0);
            why.add("the source itself is inconsistent: '" + o[0] + "' does not fall on " + o[1] + " (a "
                    + DateWords.of(s.srcLang()).weekdayName(Integer.parseInt(o[2])) + ")" + (tgtOff.isEmpty() ? "" : "; the target keeps it"));
            a.removeIf(i -> i.kind == DateWords.Kind.WEEKDAY);
            b.removeIf(i -> i.kind == DateWords.Kind.WEEKDAY);
        } else if (!tgtOff.isEmpty()) {
            String[] o = tgtOff.get(0);
            changed = true;
            why.add("weekday '" + o[0] + "' of the target does not fall on " + o[1] + " (a "
                    + DateWords.of(s.tgtLang()).weekdayName(Integer.parseInt(o[2])) + ")");
        } else {
            String yearless = yearless(s, src, srcDates, tgt, tgtDates);
            if (yearless != null) {
                changed = true;
                why.add(yearless);
            }
        }
        // the same value on both sides; then a decade without its century, and local time, against any
        pair(a, b, (x, y) -> x.kind == y.kind && x.value.equals(y.value));
        pair(a, b, (x, y) -> x.kind == y.kind && x.kind == DateWords.Kind.DECADE && sameDecade(x.value, y.value));
        pair(a, b, (x, y) -> x.kind == y.kind && x.kind == DateWords.Kind.ZONE && (x.value.equals("local") || y.value.equals("local")));
        // a month within the season the other side names ("im Frühjahr" / "in March"): more precise, not changed
        pair(a, b, (x, y) -> x.kind == DateWords.Kind.SEASON && y.kind == DateWords.Kind.MONTH && inSeason(y.value, x.value)
                || x.kind == DateWords.Kind.MONTH && y.kind == DateWords.Kind.SEASON && inSeason(x.value, y.value));
        if (converted(src, s.srcLang(), tgt, s.tgtLang())) { // "14 Uhr MEZ" as "8 a.m. EST": a right conversion
            pair(a, b, (x, y) -> x.kind == y.kind && x.kind == DateWords.Kind.ZONE);
        }
        List<String> inSource = new ArrayList<>();
        List<String> inTarget = new ArrayList<>();
        java.util.Set<String> srcRelative = DateWords.of(s.srcLang()).relativeUnits(src);
        java.util.Set<String> tgtRelative = DateWords.of(s.tgtLang()).relativeUnits(tgt);
        for (DateWords.Kind k : DateWords.Kind.values()) {
            List<Item> x = a.stream().filter(i -> i.kind == k).toList();
            List<Item> y = b.stream().filter(i -> i.kind == k).toList();
            if (k == DateWords.Kind.MONTH && x.stream().allMatch(i -> i.inDate) && y.stream().allMatch(i -> i.inDate)) {
                continue; // dates against dates: the numbers check reports them
            }
            String unit = k == DateWords.Kind.WEEKDAY ? "day" : k == DateWords.Kind.MONTH ? "month" : null;
            if (unit != null && (x.isEmpty() && srcRelative.contains(unit) || y.isEmpty() && tgtRelative.contains(unit))) {
                continue; // "gestern" / "on Tuesday", "last month" / "im Mai": said from another day of writing
            }
            if (k == DateWords.Kind.SEASON && (x.isEmpty() || y.isEmpty())) {
                continue; // a season on one side only: "im Frühjahr" / "in March", "Sommerpause" / "recess" are free translations
            }
            String name = k.name().toLowerCase(java.util.Locale.ROOT).replace("zone", "time zone").replace("part", "part of the period");
            if (!x.isEmpty() && !y.isEmpty()) {
                changed = true;
                why.add(name + " " + texts(x) + " of the source is " + texts(y) + " in the target");
            } else if (!x.isEmpty()) {
                why.add(name + " " + texts(x) + " of the source is in no form in the target");
            } else if (!y.isEmpty()) {
                why.add(name + " " + texts(y) + " is in the target but in no form in the source");
            }
            x.forEach(i -> inSource.add(i.text));
            y.forEach(i -> inTarget.add(i.text));
        }
        if (!why.isEmpty()) {
            out.accept(Finding.of(id(), changed ? severity() : Finding.Severity.WARNING, s,
                    inSource.isEmpty() ? null : String.join(", ", inSource), inTarget.isEmpty() ? null : String.join(", ", inTarget),
                    String.join("; ", why), null));
        }
    }

    /**
     * Relative days, weeks, months or years on both sides that do not agree by offset ("vorgestern" / "yesterday",
     * "next week" / "letzte Woche"): {source text, target text, why}, else null. A unit named on one side only is
     * left alone (a weekday or a date for "gestern" is a text published on another day).
     */
    private static String[] relativeChanged(QaSegment s, String src, String tgt) {
        List<String[]> x = new ArrayList<>(DateWords.of(s.srcLang()).relativeOffsets(src));
        if (x.isEmpty()) {
            return null;
        }
        List<String[]> y = new ArrayList<>(DateWords.of(s.tgtLang()).relativeOffsets(tgt));
        if (y.isEmpty()) {
            return null;
        }
        for (int i = 0; i < x.size(); i++) { // the same unit and offset on both sides
            for (int j = 0; j < y.size(); j++) {
                if (x.get(i)[0].equals(y.get(j)[0]) && x.get(i)[1].equals(y.get(j)[1])) {
                    x.remove(i--);
                    y.remove(j);
                    break;
                }
            }
        }
        for (String[] a : x) {
            for (String[] b : y) {
                if (a[0].equals(b[0])) {
                    return new String[] {a[2], b[2], "relative " + a[0] + " '" + a[2] + "' of the source (" + offset(a) + ") is '" + b[2]
                            + "' in the target (" + offset(b) + ")"};
                }
            }
        }
        return null;
    }

    private static String offset(String[] r) {
        int n = Integer.parseInt(r[1]);
        return n == 0 ? "this " + r[0] : Math.abs(n) + " " + r[0] + (Math.abs(n) == 1 ? "" : "s") + (n < 0 ? " before" : " after")
                + " the day of writing";
    }

    /** A named day, month, decade or zone; for a month, whether it is part of a date the numbers reader reads. */
    private record Item(DateWords.Kind kind, String value, String text, boolean inDate) {
    }

    /** The named days, months, decades, zones and parts of {@code text}; the dates the numbers reader reads go to {@code dates}. */
    private static List<Item> items(String text, String lang, List<Quantity> dates) {
        DateWords words = DateWords.of(lang);
        List<Item> out = new ArrayList<>();
        boolean digits = text.chars().anyMatch(Character::isDigit);
        if (digits) {
            for (Quantity q : DateWords.merge(Values.of(lang).read(words.withoutDecades(text)), words.values(text))) {
                if (q.kind() == Quantity.Kind.DATE) {
                    dates.add(q);
                    String month = month(q.value());
                    if (month != null) {
                        out.add(new Item(DateWords.Kind.MONTH, month, q.text(), true));
                    }
                }
            }
        }
        for (DateWords.Fact f : words.facts(text)) {
            if (f.kind() == DateWords.Kind.MONTH && dates.stream().anyMatch(q -> f.start() < q.end() && q.start() < f.end())) {
                continue; // counted with its date
            }
            out.add(new Item(f.kind(), f.value(), f.text(), false));
        }
        return out;
    }

    /**
     * The month of a date's value ("2025-03-10", "--03-10" without a year, "658-05-09" or "-44-03-15" with a year of
     * other than four digits, "2025-03"), without its leading zero; null when the value names none.
     */
    static String month(String value) {
        String v = value.startsWith("--") ? value.substring(2) : value.startsWith("-") ? value.substring(1) : value;
        String[] parts = v.split("-");
        String m = value.startsWith("--") ? parts[0] : parts.length >= 2 ? parts[1] : "";
        if (m.isEmpty() || m.length() > 2 || !m.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return String.valueOf(Integer.parseInt(m));
    }

    /**
     * Whether the target gives the source's times of day in another zone: each side names one zone, both have
     * times, and the target's, moved by the zones' difference, are the source's.
     */
    private static boolean converted(String src, String srcLang, String tgt, String tgtLang) {
        Integer from = DateWords.of(tgtLang).zoneOffset(tgt);
        Integer to = DateWords.of(srcLang).zoneOffset(src);
        if (from == null || to == null || from.equals(to)) {
            return false;
        }
        List<Quantity> tq = DateWords.inZone(timeValues(tgt, tgtLang), from, to);
        List<Quantity> sq = timeValues(src, srcLang);
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        sq.forEach(q -> a.add(DateWords.twelveHour(q, tq).value())); // "halb drei" is 2:30 or 14:30
        tq.forEach(q -> b.add(DateWords.twelveHour(q, sq).value()));
        java.util.Collections.sort(a);
        java.util.Collections.sort(b);
        return !a.isEmpty() && a.equals(b);
    }

    private static List<Quantity> timeValues(String text, String lang) {
        List<Quantity> out = new ArrayList<>();
        DateWords words = DateWords.of(lang);
        List<Quantity> read = DateWords.merge(Values.of(lang).read(words.withoutDecades(text)), words.values(text));
        for (org.tmsh.qa.QuantityWords.Read r : org.tmsh.qa.QuantityWords.standard().apply(text, lang, read)) {
            if (r.quantity().kind() == Quantity.Kind.TIME) {
                out.add(r.quantity());
            }
        }
        return out;
    }

    /** Whether month 1-12 falls in season 1-4 (spring, summer, autumn, winter) as the northern hemisphere counts them. */
    private static boolean inSeason(String month, String season) {
        int m = Integer.parseInt(month);
        return (m % 12) / 3 == Integer.parseInt(season) % 4; // December to February 0 (winter, 4), March to May 1 (spring) ...
    }

    private static boolean sameDecade(String x, String y) {
        String cx = x.substring(0, x.indexOf('|'));
        String cy = y.substring(0, y.indexOf('|'));
        return x.substring(x.indexOf('|')).equals(y.substring(y.indexOf('|'))) && (cx.isEmpty() || cy.isEmpty());
    }

    private static void pair(List<Item> a, List<Item> b, java.util.function.BiPredicate<Item, Item> same) {
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                if (same.test(a.get(i), b.get(j))) {
                    a.remove(i--);
                    b.remove(j);
                    break;
                }
            }
        }
    }

    private static String texts(List<Item> items) {
        return String.join(", ", items.stream().map(i -> "'" + i.text + "'").toList());
    }
}
