package org.tmsh.numbers;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;

import org.tmsh.common.RuleFiles;
import org.tmsh.common.TmshException;

/**
 * How one language writes numbers: its decimal and grouping separators (ICU's locale data), what
 * marks an ordinal and which words say "per cent" ({@code conventions.txt}).
 *
 * <p>A number's digits are read by the language's separators first ("1.500" is 1500 in German,
 * 1.5 in English); groups must be of three digits. What the language's separators cannot read is
 * tried with the other common convention ("3.5" in a German text is 3.5, as technical texts write
 * it); what neither reads ("7.4.2") is no number and keeps its text. Spaces (ordinary,
 * non-breaking, narrow) group digits in every language, but only in groups of exactly three after
 * a first group of one to three ("12 000"); "2020 2024" stays two numbers.
 */
final class NumberConventions {

    private final ULocale locale;
    private final char decimal;
    private final String grouping;
    private final Pattern ordinal;
    private final Pattern percent;

    NumberConventions(String tag) {
        locale = ULocale.forLanguageTag(tag);
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        decimal = symbols.getDecimalSeparator();
        char g = symbols.getGroupingSeparator();
        grouping = g + " \u00A0\u202F" + (g == '’' ? "'" : "");
        String ord = null;
        String pct = "%";
        for (RuleFiles.Row r : DataFiles.rows(DataFiles.CONVENTIONS, 3, tag)) {
            check(r);
            switch (r.get(1)) {
                case "ordinal" -> ord = ord == null ? r.get(2) : ord + "|" + r.get(2);
                case "percent" -> pct = pct + "|" + r.get(2);
                default -> throw new TmshException(DataFiles.CONVENTIONS + ": line " + r.line()
                        + ": unknown key '" + r.get(1) + "' (expected ordinal or percent)");
            }
        }
        ordinal = ord == null ? null : Pattern.compile("(?:" + ord + ")");
        percent = Pattern.compile("[ \\u00A0\\u202F]?(?:" + pct + ")");
    }

    private static void check(RuleFiles.Row r) {
        try {
            Pattern.compile(r.get(2));
        } catch (PatternSyntaxException e) {
            throw new TmshException(DataFiles.CONVENTIONS + ": line " + r.line() + ": bad pattern: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** The value of written digits (sign included), or null when no convention reads them. */
    BigDecimal parse(String digits) {
        BigDecimal v = parse(digits, decimal, grouping);
        if (v == null) {
            v = decimal == '.' ? parse(digits, ',', ". \u00A0\u202F") : parse(digits, '.', ", \u00A0\u202F");
        }
        return v;
    }

    /**
     * Whether written digits are read by this language's own separators, or have none to read
     * ("1,500" and "1500" in English: yes; "1.234,5" and "3,5" in English: no, although {@link #parse}
     * reads them by the other convention).
     */
    boolean readsNatively(String digits) {
        return parse(digits, decimal, grouping) != null;
    }

    private static BigDecimal parse(String digits, char dec, String groups) {
        String s = digits.replace('−', '-');
        boolean negative = s.startsWith("-");
        s = negative ? s.substring(1) : s;
        int at = s.indexOf(dec);
        if (at >= 0 && s.indexOf(dec, at + 1) >= 0) {
            return null;
        }
        String whole = at < 0 ? s : s.substring(0, at);
        String fraction = at < 0 ? "" : s.substring(at + 1);
        if (!fraction.chars().allMatch(Character::isDigit)) {
            return null;
        }
        StringBuilder plain = new StringBuilder();
        int group = 0;
        boolean grouped = false;
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            if (Character.isDigit(c)) {
                plain.append(c);
                group++;
            } else if (groups.indexOf(c) >= 0 && (grouped ? group == 3 : group >= 1 && group <= 3)) {
                grouped = true;
                group = 0;
            } else {
                return null;
            }
        }
        if (grouped && group != 3 || plain.isEmpty()) {
            return null;
        }
        BigDecimal v = new BigDecimal(plain + (fraction.isEmpty() ? "" : "." + fraction));
        return negative ? v.negate() : v;
    }

    /** The length of an ordinal mark right at {@code from} in {@code text}, or -1. */
    int ordinalAt(String text, int from) {
        return lookingAt(ordinal, text, from);
    }

    /** The length of a per-cent sign or word right at {@code from} in {@code text}, or -1. */
    int percentAt(String text, int from) {
        int n = lookingAt(percent, text, from);
        return n >= 0 && from + n < text.length() && Character.isLetterOrDigit(text.charAt(from + n))
                && !text.substring(from, from + n).strip().equals("%") ? -1 : n;
    }

    private static int lookingAt(Pattern p, String text, int from) {
        if (p == null) {
            return -1;
        }
        var m = p.matcher(text).region(from, text.length());
        return m.lookingAt() ? m.end() - from : -1;
    }

    /** {@code value} written as the language writes numbers, with grouping when {@code grouped}. */
    String format(BigDecimal value, boolean grouped) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setGroupingUsed(grouped);
        int scale = Math.max(0, value.scale());
        f.setMinimumFractionDigits(scale);
        f.setMaximumFractionDigits(scale);
        return f.format(value);
    }

    /** Whether written digits use a grouping separator of this language. */
    boolean grouped(String digits) {
        int at = digits.indexOf(decimal);
        String whole = at < 0 ? digits : digits.substring(0, at);
        return whole.chars().anyMatch(c -> grouping.indexOf(c) >= 0);
    }
}
