package org.tmsh.qa;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.common.RuleFiles;
import org.tmsh.numbers.Quantity;

/**
 * The words beside a number ({@code quantity-words.txt}): a scale word multiplies its value ("5 Mio." =
 * "5 million"; German "Milliarde" = English "billion"), a clock word turns it into a time of day
 * ("14 Uhr" = "2 pm" = {@code 14:00}), a unit or currency names what it counts ("12 Euro", "$12"). What
 * the numbers check adds to {@link org.tmsh.numbers.Values}, which reads digits only.
 *
 * <p>NOTE: words are looked for right after the number (one optional space), units and currencies also
 * right before it ("$12", "EUR 12"). A word that is also an ordinary word ("in") is not listed.
 */
public final class QuantityWords {

    /** A value as the words beside it make it, and the unit or currency it counts (null: none). */
    public record Read(Quantity quantity, String unit) {
    }

    /** One row of the file: its words (a regular expression) and its value. */
    private record Row(String words, String value) {
    }

    /**
     * One kind of row of a language (its own and the "*" rows) as one pattern of numbered groups, one group
     * a row, so that a number costs one match per kind, not one per row.
     */
    private record Combined(Pattern after, Pattern before, List<String> values) {

        /** The value of the row whose group matched, or null. */
        String value(Matcher m) {
            for (int g = 1; g <= values.size(); g++) {
                if (m.start(g) >= 0) {
                    return values.get(g - 1);
                }
            }
            return null;
        }
    }

    private static final String SPACE = "[ \\u00A0\\u202F]?";
    private static final Pattern HOUR_MINUTE = Pattern.compile("([01]?\\d|2[0-4])[.:]([0-5]\\d)");
    private static volatile QuantityWords standard;

    private final Map<String, List<Row>> scales = new HashMap<>();
    private final Map<String, List<Row>> moneyScales = new HashMap<>();
    /** A unit that is a currency: an ISO 4217 code. */
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private final Map<String, List<Row>> clocks = new HashMap<>();
    private final Map<String, List<Row>> units = new HashMap<>();
    private final Map<String, Combined[]> byLanguage = new java.util.concurrent.ConcurrentHashMap<>();

    private QuantityWords() {
        for (RuleFiles.Row r : RuleFiles.read("/tmsh/qa/quantity-words.txt", 4)) {
            Map<String, List<Row>> kind = switch (r.get(1)) {
                case "scale" -> scales;
                case "money-scale" -> moneyScales;
                case "clock" -> clocks;
                case "unit" -> units;
                default -> throw new IllegalStateException("quantity-words.txt line " + r.line() + ": unknown kind " + r.get(1));
            };
            Pattern.compile(r.get(2)); // a bad expression is named here, at its line
            kind.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(new Row(r.get(2), r.get(3)));
        }
    }

    /** Scales, clocks and units of a language, each as one pattern. */
    private Combined[] of(String lang) {
        return byLanguage.computeIfAbsent(lang, l -> new Combined[] {combine(rows(scales, l)), combine(rows(clocks, l)),
            combine(rows(units, l)), combine(rows(moneyScales, l))});
    }

    private static Combined combine(List<Row> rows) {
        StringBuilder alt = new StringBuilder();
        List<String> values = new ArrayList<>();
        for (Row r : rows) {
            alt.append(alt.length() == 0 ? "" : "|").append('(').append(r.words().replaceAll("\\((?!\\?)", "(?:")).append(')');
            values.add(r.value());
        }
        String words = "(?:" + alt + ")";
        return new Combined(Pattern.compile(SPACE + words + "(?![\\p{L}\\p{N}])"),
                Pattern.compile("(?<![\\p{L}\\p{N}])" + words + SPACE + "$"), values);
    }

    /** The data of tmsh's file, read once. */
    public static QuantityWords standard() {
        QuantityWords q = standard;
        if (q == null) {
            synchronized (QuantityWords.class) {
                if (standard == null) {
                    standard = new QuantityWords();
                }
                q = standard;
            }
        }
        return q;
    }

    /** The values of {@code text} in {@code lang} ({@code found} by {@link org.tmsh.numbers.Values}) with the words beside them applied. */
    public List<Read> apply(String text, String lang, List<Quantity> found) {
        String primary = QaSegment.primary(lang);
        List<Read> out = new ArrayList<>(found.size());
        for (Quantity q : found) {
            out.add(q.kind().numeric() || q.kind() == Quantity.Kind.TIME ? read(text, primary, q) : new Read(q, null));
        }
        return out;
    }

    private Read read(String text, String lang, Quantity q) {
        Combined[] c = of(lang);
        if (q.end() < text.length() && !c[1].values().isEmpty()) {
            Matcher m = c[1].after().matcher(text).region(q.end(), text.length());
            if (m.lookingAt()) {
                String time = time(q, c[1].value(m));
                if (time != null) {
                    return new Read(new Quantity(Quantity.Kind.TIME, time, text.substring(q.start(), m.end()), q.start(), m.end()), null);
                }
            }
        }
        if (q.kind() == Quantity.Kind.TIME) {
            return new Read(q, null);
        }
        Quantity v = q;
        if (q.end() < text.length() && !c[0].values().isEmpty()) {
            Matcher m = c[0].after().matcher(text).region(q.end(), text.length());
            if (m.lookingAt()) {
                try {
                    BigDecimal value = new BigDecimal(q.value()).multiply(new BigDecimal(c[0].value(m)));
                    v = new Quantity(q.kind(), value.stripTrailingZeros().toPlainString(), text.substring(q.start(), m.end()),
                            q.start(), m.end());
                } catch (NumberFormatException notANumber) {
                    // a value no convention read ("7.4.2"): no scale
                }
            }
        }
        if (v == q && q.start() > 0 && q.end() < text.length() && !c[3].values().isEmpty() && !c[2].values().isEmpty()) {
            Matcher before = c[2].before().matcher(text.substring(Math.max(0, q.start() - 24), q.start()));
            Matcher m = c[3].after().matcher(text).region(q.end(), text.length());
            if (before.find() && CURRENCY.matcher(c[2].value(before)).matches() && m.lookingAt()) {
                try { // "€2.5m": the amount's scale, not metres
                    BigDecimal value = new BigDecimal(q.value()).multiply(new BigDecimal(c[3].value(m)));
                    v = new Quantity(q.kind(), value.stripTrailingZeros().toPlainString(), text.substring(q.start(), m.end()), q.start(), m.end());
                } catch (NumberFormatException notANumber) {
                    // no scale
                }
            }
        }
        if (c[2].values().isEmpty()) {
            return new Read(v, null);
        }
        if (v.end() < text.length()) {
            Matcher m = c[2].after().matcher(text).region(v.end(), text.length());
            if (m.lookingAt()) {
                return new Read(v, c[2].value(m));
            }
        }
        if (q.start() > 0) {
            Matcher m = c[2].before().matcher(text.substring(Math.max(0, q.start() - 24), q.start()));
            if (m.find()) {
                return new Read(v, c[2].value(m));
            }
        }
        return new Read(v, null);
    }

    /** {@code HH:MM} of a number or time before a clock word, or null when it is no hour of the day. */
    private static String time(Quantity q, String kind) {
        int hour;
        int minute = 0;
        if (q.kind() == Quantity.Kind.TIME) {
            hour = Integer.parseInt(q.value().substring(0, 2));
            minute = Integer.parseInt(q.value().substring(3));
        } else {
            Matcher hm = HOUR_MINUTE.matcher(q.text());
            if (hm.matches()) {
                hour = Integer.parseInt(hm.group(1));
                minute = Integer.parseInt(hm.group(2));
            } else if (q.text().matches("\\d{1,2}")) {
                hour = Integer.parseInt(q.text());
            } else {
                return null;
            }
        }
        switch (kind) {
            case "am", "pm" -> {
                if (hour < 1 || hour > 12) {
                    return null;
                }
                hour = hour % 12 + (kind.equals("pm") ? 12 : 0);
            }
            default -> {
                if (hour > 24) {
                    return null;
                }
            }
        }
        return String.format("%02d:%02d", hour % 24, minute);
    }

    private static <T> List<T> rows(Map<String, List<T>> map, String lang) {
        List<T> own = map.getOrDefault(lang, List.of());
        List<T> all = map.getOrDefault("*", List.of());
        if (all.isEmpty()) {
            return own;
        }
        if (own.isEmpty()) {
            return all;
        }
        List<T> out = new ArrayList<>(own);
        out.addAll(all);
        return out;
    }
}
