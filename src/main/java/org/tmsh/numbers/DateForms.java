package org.tmsh.numbers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.ULocale;

import org.tmsh.common.RuleFiles;
import org.tmsh.common.TmshException;

/**
 * Finds the dates of one language in a text: the forms of {@code date-forms.txt} for the language,
 * and its numeric short form as ICU's locale data writes it ("dd.MM.yy" in German, "M/d/yy" in
 * English, "dd/MM/y" in British English), with the month names of {@link MonthNames}.
 *
 * <p>Every match is checked as a date (day 1 to the month's length; two-digit years are read as
 * 1950-2049); where matches overlap, the longest wins. Immutable and thread-safe.
 *
 * <p>NOTE: a bare month name is a date of its month only ("im November" = {@code --11}); so a
 * first name "August" counts as a month, on both sides of a translation alike.
 */
final class DateForms {

    private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    private static final String SPACE = "[ \\u00A0\\u202F]+";

    private final List<Pattern> forms = new ArrayList<>();
    private final List<Boolean> needsDigit = new ArrayList<>();
    private final List<Boolean> needsMonth = new ArrayList<>();
    private final MonthNames months;

    DateForms(String tag) {
        months = new MonthNames(tag);
        for (RuleFiles.Row r : DataFiles.rows(DataFiles.DATE_FORMS, 2, tag)) {
            try {
                add(r.get(1));
            } catch (IllegalArgumentException e) {
                throw new TmshException(DataFiles.DATE_FORMS + ": line " + r.line() + ": bad form '" + r.get(1) + "': "
                        + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        add(shortForm(tag));
        String yearless = yearless(shortForm(tag));
        if (yearless != null) {
            add(yearless);
        }
    }

    /**
     * The short form without its year where the language separates day and month by a slash ("{m}/{d}"
     * of English "M/d/yy": "10/3" is 3 October in American English, 10 March in British): the way
     * such a language writes a date in the current year. Null for other short forms: a German "3.10"
     * without its closing dot is no date ({@code date-forms.txt} lists "3.10." itself).
     */
    static String yearless(String shortForm) {
        String s = shortForm.replaceFirst("^\\{yy\\}\\\\Q/\\\\E", "").replaceFirst("\\\\Q/\\\\E\\{yy\\}$", "");
        return s.equals(shortForm) || !s.matches("\\{[dm]\\}\\\\Q/\\\\E\\{[dm]\\}") ? null : s;
    }

    private void add(String form) {
        forms.add(compile(form));
        needsDigit.add(form.contains("{d}") || form.contains("{m}") || form.contains("{y"));
        needsMonth.add(form.contains("{M"));
    }

    /** The numeric short date form of ICU's locale data, as a form with placeholders. */
    static String shortForm(String tag) {
        String pattern = ((SimpleDateFormat) DateFormat.getDateInstance(DateFormat.SHORT, ULocale.forLanguageTag(tag)))
                .toPattern().replace("'", "");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pattern.length();) {
            char c = pattern.charAt(i);
            int j = i;
            while (j < pattern.length() && pattern.charAt(j) == c) {
                j++;
            }
            switch (c) {
                case 'd' -> sb.append("{d}");
                case 'M', 'L' -> sb.append("{m}");
                case 'y', 'u' -> sb.append("{yy}");
                default -> sb.append(pattern.substring(i, j).isBlank() ? " " : Pattern.quote(pattern.substring(i, j)));
            }
            i = j;
        }
        return sb.toString();
    }

    private Pattern compile(String form) {
        String re = form.replace(" ", SPACE)
                .replace("{d}", "(?<d>0?[1-9]|[12]\\d|3[01])")
                .replace("{m}", "(?<m>0?[1-9]|1[0-2])")
                .replace("{yy}", "(?<y>\\d{4}|\\d{2})")
                .replace("{y}", "(?<y>\\d{4})")
                .replace("{MW}", "(?<M>" + months.wideName() + ")")
                .replace("{M}", "(?<M>" + months.anyName() + ")");
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + re + ")(?![\\p{L}\\p{N}])");
    }

    /** The dates in {@code text}, in order, not overlapping. */
    List<Quantity> find(String text) {
        List<Quantity> found = new ArrayList<>();
        boolean digits = text.chars().anyMatch(c -> c >= '0' && c <= '9');
        boolean names = months.anyIn(text);
        for (int f = 0; f < forms.size(); f++) {
            if (needsDigit.get(f) && !digits || needsMonth.get(f) && !names) {
                continue;
            }
            Matcher m = forms.get(f).matcher(text);
            while (m.find()) {
                String value = value(m);
                if (value != null) {
                    found.add(new Quantity(Quantity.Kind.DATE, value, m.group(), m.start(), m.end()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Quantity::start).thenComparing(q -> -(q.end() - q.start())));
        List<Quantity> out = new ArrayList<>();
        for (Quantity q : found) {
            if (out.stream().noneMatch(o -> q.start() < o.end() && o.start() < q.end())) {
                out.add(q);
            }
        }
        out.sort(Comparator.comparingInt(Quantity::start));
        return out;
    }

    /** The value of one match, or null when it is not a date. */
    private String value(Matcher m) {
        String d = group(m, "d");
        String mm = group(m, "m");
        String mn = group(m, "M");
        String y = group(m, "y");
        int month = mm != null ? Integer.parseInt(mm) : mn != null ? months.month(mn) : 0;
        if (month == 0) {
            return null;
        }
        int day = d == null ? 0 : Integer.parseInt(d);
        if (day > DAYS[month - 1]) {
            return null;
        }
        String year = "--";
        if (y != null) {
            int yv = Integer.parseInt(y);
            year = String.valueOf(y.length() == 2 ? (yv < 50 ? 2000 + yv : 1900 + yv) : yv);
        }
        String md = String.format("%02d", month) + (day == 0 ? "" : String.format("-%02d", day));
        return year.equals("--") ? "--" + md : year + "-" + md;
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
