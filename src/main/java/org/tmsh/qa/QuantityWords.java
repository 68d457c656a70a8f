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

    private record Scale(Pattern words, BigDecimal factor) {
    }

    private record Clock(Pattern words, String kind) {
    }

    private record Unit(Pattern after, Pattern before, String name) {
    }

    private static final String SPACE = "[ \\u00A0\\u202F]?";
    private static final Pattern HOUR_MINUTE = Pattern.compile("([01]?\\d|2[0-4])[.:]([0-5]\\d)");
    private static volatile QuantityWords standard;

    private final Map<String, List<Scale>> scales = new HashMap<>();
    private final Map<String, List<Clock>> clocks = new HashMap<>();
    private final Map<String, List<Unit>> units = new HashMap<>();

    private QuantityWords() {
        for (RuleFiles.Row r : RuleFiles.read("/tmsh/qa/quantity-words.txt", 4)) {
            String lang = r.get(0);
            String words = "(?:" + r.get(2) + ")";
            switch (r.get(1)) {
                case "scale" -> scales.computeIfAbsent(lang, k -> new ArrayList<>())
                        .add(new Scale(Pattern.compile(SPACE + words + "(?![\\p{L}\\p{N}])"), new BigDecimal(r.get(3))));
                case "clock" -> clocks.computeIfAbsent(lang, k -> new ArrayList<>())
                        .add(new Clock(Pattern.compile(SPACE + words + "(?![\\p{L}\\p{N}])"), r.get(3)));
                case "unit" -> units.computeIfAbsent(lang, k -> new ArrayList<>()).add(new Unit(
                        Pattern.compile(SPACE + words + "(?![\\p{L}\\p{N}])"),
                        Pattern.compile("(?<![\\p{L}\\p{N}])" + words + SPACE + "$"), r.get(3)));
                default -> throw new IllegalStateException("quantity-words.txt line " + r.line() + ": unknown kind " + r.get(1));
            }
        }
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
        for (Clock c : rows(clocks, lang)) {
            Matcher m = c.words().matcher(text).region(q.end(), text.length());
            if (m.lookingAt()) {
                String time = time(q, c.kind());
                if (time != null) {
                    return new Read(new Quantity(Quantity.Kind.TIME, time, text.substring(q.start(), m.end()), q.start(), m.end()), null);
                }
            }
        }
        if (q.kind() == Quantity.Kind.TIME) {
            return new Read(q, null);
        }
        Quantity v = q;
        for (Scale s : rows(scales, lang)) {
            Matcher m = s.words().matcher(text).region(q.end(), text.length());
            if (m.lookingAt()) {
                try {
                    BigDecimal value = new BigDecimal(q.value()).multiply(s.factor());
                    v = new Quantity(q.kind(), value.stripTrailingZeros().toPlainString(), text.substring(q.start(), m.end()),
                            q.start(), m.end());
                } catch (NumberFormatException notANumber) {
                    // a value no convention read ("7.4.2"): no scale
                }
                break;
            }
        }
        String before = text.substring(Math.max(0, q.start() - 24), q.start());
        for (Unit u : rows(units, lang)) {
            if (u.after().matcher(text).region(v.end(), text.length()).lookingAt() || u.before().matcher(before).find()) {
                return new Read(v, u.name());
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
