package org.tmsh.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.common.Languages;

/**
 * The numbers and dates of a segment in one language, by value ({@link Quantity}): where to start
 * reading this package.
 *
 * <p>Dates first ({@link DateForms}: "3. November 2024", "November 3", "3.11.", "11/3/2024" where the
 * language writes month first), then times ("14:30"), then numbers with what follows them: a
 * percentage ("50 %", "50 Prozent"), an ordinal ("3rd", German "3." before a word), or a plain
 * number read by the language's separators ({@link NumberConventions}). Digits inside a word
 * ("MH17", "A4") are no number. One instance a language, cached; thread-safe.
 *
 * <p>NOTE: spelled numbers ("drei", "three") are not read; a German ordinal "3." before a word
 * cannot be told from a number ending a sentence, and compares as equal to a number of the same
 * value ({@link ValueDiff}) so that either reading gives the same verdict.
 */
public final class Values {

    private static final Map<String, Values> CACHE = new ConcurrentHashMap<>();
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}_])(?:[-−](?=\\d))?\\d+(?:(?:[.,'’\\u00A0\\u202F]| (?=\\d{3}(?!\\d)))\\d+)*(?![\\p{N}])");
    private static final Pattern TIME = Pattern.compile("(?<![\\p{L}\\p{N}:.,])([01]?\\d|2[0-3]):([0-5]\\d)(?![\\p{N}:])");

    private final String tag;
    private final DateForms dates;
    private final NumberConventions numbers;

    private Values(String tag) {
        this.tag = tag;
        this.dates = new DateForms(tag);
        this.numbers = new NumberConventions(tag);
    }

    /** The reader of language {@code lang} (a BCP 47 tag; checked). */
    public static Values of(String lang) {
        String tag = Languages.check(lang);
        return CACHE.computeIfAbsent(tag, Values::new);
    }

    /** The language tag this reader reads. */
    public String language() {
        return tag;
    }

    /** The numbers, dates and times of {@code text}, in order, not overlapping. */
    public List<Quantity> read(String text) {
        List<Quantity> out = new ArrayList<>(dates.find(text));
        Matcher t = TIME.matcher(text);
        while (t.find()) {
            if (free(out, t.start(), t.end())) {
                out.add(new Quantity(Quantity.Kind.TIME, String.format("%02d:%s", Integer.parseInt(t.group(1)), t.group(2)),
                        t.group(), t.start(), t.end()));
            }
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (!free(out, m.start(), m.end())) {
                continue;
            }
            if (m.group().indexOf(' ') < 0 || numbers.parse(m.group()) != null) {
                out.add(number(text, m.group(), m.start(), m.end()));
                continue;
            }
            int at = m.start();
            for (String part : m.group().split(" ")) {
                out.add(number(text, part, at, at + part.length()));
                at += part.length() + 1;
            }
        }
        out.sort(Comparator.comparingInt(Quantity::start));
        return out;
    }

    private Quantity number(String text, String digits, int start, int end) {
        BigDecimal v = numbers.parse(digits);
        String value = v == null ? digits : v.stripTrailingZeros().toPlainString();
        int pct = numbers.percentAt(text, end);
        if (pct > 0) {
            return new Quantity(Quantity.Kind.PERCENT, value, text.substring(start, end + pct), start, end + pct);
        }
        int ord = v == null || digits.contains(".") || digits.contains(",") ? -1 : numbers.ordinalAt(text, end);
        if (ord > 0) {
            return new Quantity(Quantity.Kind.ORDINAL, value, text.substring(start, end + ord), start, end + ord);
        }
        return new Quantity(Quantity.Kind.NUMBER, value, digits, start, end);
    }

    private static boolean free(List<Quantity> taken, int start, int end) {
        for (Quantity q : taken) {
            if (start < q.end() && q.start() < end) {
                return false;
            }
        }
        return true;
    }

    /** The value of a number's digits as this language reads them ("1.500" in German: "1500"), or the digits. */
    public String valueOf(String digits) {
        BigDecimal v = numbers.parse(digits);
        return v == null ? digits : v.stripTrailingZeros().toPlainString();
    }

    /**
     * Whether {@code digits} are written the way this language writes numbers: its own decimal and
     * grouping separators read them, or they have none ("1,234.5" and "1234" in English). False for a
     * number that only the other common convention reads ("1.234,5" or "3,5" in an English text),
     * and for digits that no convention reads (a version "7.4.2").
     */
    public boolean writtenNatively(String digits) {
        return numbers.readsNatively(digits.replace('−', '-'));
    }

    /**
     * {@code digits} that only the other common convention reads, written the way this language writes
     * numbers, with their decimals and grouped when they were ("1,234.00" in a German text: "1.234,00").
     */
    public String inOwnFormat(String digits) {
        BigDecimal v = numbers.parse(digits.replace('−', '-'));
        boolean grouped = digits.matches(".*\\d[.,'’\\u00A0\\u202F]\\d{3}(?:[.,'’\\u00A0\\u202F]\\d{3})*[.,]\\d+.*");
        return v == null ? digits : numbers.format(v, grouped);
    }

    /** Whether {@code digits} are a number at all, by this language's separators or the other common convention. */
    public boolean reads(String digits) {
        return numbers.parse(digits.replace('−', '-')) != null;
    }

    /**
     * {@code value} (a number's value) written as this language writes numbers, grouped when
     * {@code like} (the digits it replaces) is grouped: what a repaired target says.
     */
    public String format(String value, String like) {
        return numbers.format(new BigDecimal(value), numbers.grouped(like));
    }
}
