package org.tmsh.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.common.TmshException;

/**
 * Which units a command looks at ({@code --filter}, repeatable): conditions on a unit's
 * {@link UnitMeta}, all of which must hold. One condition is {@code FIELD OP VALUE}:
 * <ul>
 * <li>text fields {@code client}, {@code project}, {@code domain}, {@code origin}, {@code creator}
 * (creationid), {@code changer} (changeid), {@code document} with {@code =} or {@code !=}, compared
 * ignoring case; a unit without the field is {@code !=} every value and {@code =} none;</li>
 * <li>date fields {@code created} (creationdate) and {@code changed} (changedate, else creationdate)
 * with {@code = != < <= > >=} and a date {@code 2026-01-31}, an ISO instant or a TMX date; a unit
 * without a date holds no date condition.</li>
 * <li>a field of the unit's own, by its name ({@link NamedField}): another tool's field that tmsh has no
 * field for, such as Trados's typed fields ({@code Att::Review status}, {@code Txt::Job}, Studio's
 * {@code x-Review status:SinglePicklist}) or a memoQ custom field, written {@code field:Review status=done}
 * or with the type the file gives it ({@code Att::Review status=done}, {@code x-Review status=done});
 * {@code =} or {@code !=}, as a text field.</li>
 * </ul>
 * Each backend turns the conditions into its own filter query ({@link #conditions()}), so that a
 * look-up only ever sees units that pass; {@link #matches} is the same test on one unit.
 */
public final class UnitFilter {

    /** The filter that keeps every unit. */
    public static final UnitFilter ALL = new UnitFilter(List.of());

    /** The text fields, each with how to read it from a unit. */
    public enum TextField {
        CLIENT("client", UnitMeta::client),
        PROJECT("project", UnitMeta::project),
        DOMAIN("domain", UnitMeta::domain),
        ORIGIN("origin", UnitMeta::origin),
        CREATOR("creator", UnitMeta::creationId),
        CHANGER("changer", UnitMeta::changeId),
        DOCUMENT("document", UnitMeta::document);

        public final String key;
        private final Function<UnitMeta, String> read;

        TextField(String key, Function<UnitMeta, String> read) {
            this.key = key;
            this.read = read;
        }

        /** The unit's value, as indexed and compared: trimmed, lower case; null if it has none. */
        public String value(UnitMeta m) {
            String v = read.apply(m);
            return v == null || v.isBlank() ? null : norm(v);
        }
    }

    /** The date fields. */
    public enum DateField {
        CREATED("created", UnitMeta::created),
        CHANGED("changed", UnitMeta::changed);

        public final String key;
        private final Function<UnitMeta, Instant> read;

        DateField(String key, Function<UnitMeta, Instant> read) {
            this.key = key;
            this.read = read;
        }

        public Instant value(UnitMeta m) {
            return read.apply(m);
        }
    }

    /** A comparison. */
    public enum Op {
        EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        public final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }
    }

    /** One condition, as written ({@link #text}) and parsed. */
    public sealed interface Condition permits TextCondition, DateCondition, FieldCondition {
        String text();

        boolean matches(UnitMeta m);
    }

    /** {@code field = value} or {@code field != value}; {@code value} lower case. */
    public record TextCondition(String text, TextField field, Op op, String value) implements Condition {
        @Override
        public boolean matches(UnitMeta m) {
            String v = field.value(m);
            boolean equal = value.equals(v);
            return op == Op.EQ ? equal : !equal;
        }
    }

    /**
     * {@code name = value} or {@code name != value} on a field of the unit's own ({@link NamedField});
     * {@code name} and {@code value} as indexed (lower case). A unit without the field is {@code !=} every value.
     */
    public record FieldCondition(String text, String name, Op op, String value) implements Condition {
        @Override
        public boolean matches(UnitMeta m) {
            boolean equal = value.equals(NamedField.value(m, name));
            return op == Op.EQ ? equal : !equal;
        }
    }

    /**
     * A date comparison, as a range of instants: {@code start} is the value's first instant and {@code end}
     * the first after it (a day, {@code 2026-01-31}, is the whole day; an instant, its second), so that
     * {@code changed=2026-01-31} is that day and {@code changed<=2026-01-31} includes it.
     */
    public record DateCondition(String text, DateField field, Op op, Instant start, Instant end) implements Condition {

        /** The lowest instant that passes (inclusive), or null for no lower bound. */
        public Instant from() {
            return switch (op) {
                case EQ, GE -> start;
                case GT -> end;
                default -> null;
            };
        }

        /** The first instant that no longer passes (exclusive), or null for no upper bound. */
        public Instant until() {
            return switch (op) {
                case EQ -> end;
                case LT -> start;
                case LE -> end;
                default -> null;
            };
        }

        /** True for {@code !=}: the units outside {@code [start, end)} pass. */
        public boolean negated() {
            return op == Op.NE;
        }

        @Override
        public boolean matches(UnitMeta m) {
            Instant v = field.value(m);
            if (v == null) {
                return false;
            }
            if (negated()) {
                return v.isBefore(start) || !v.isBefore(end);
            }
            Instant f = from();
            Instant u = until();
            return (f == null || !v.isBefore(f)) && (u == null || v.isBefore(u));
        }
    }

    private static final Pattern EXPRESSION = Pattern.compile("\\s*([^=!<>]+?)\\s*(!=|<=|>=|=|<|>)\\s*(.*?)\\s*");

    private final List<Condition> conditions;

    private UnitFilter(List<Condition> conditions) {
        this.conditions = List.copyOf(conditions);
    }

    /** The filter of the given expressions (none: {@link #ALL}); a bad one is refused with one line. */
    public static UnitFilter parse(Collection<String> expressions) {
        if (expressions == null || expressions.isEmpty()) {
            return ALL;
        }
        List<Condition> out = new ArrayList<>();
        for (String e : expressions) {
            out.add(condition(e));
        }
        return new UnitFilter(out);
    }

    /** The filter of one or more expressions. */
    public static UnitFilter parse(String... expressions) {
        return parse(List.of(expressions));
    }

    /** One condition, {@code FIELD OP VALUE}; a bad field, operator or value is refused with one line. */
    public static Condition condition(String expression) {
        Matcher m = EXPRESSION.matcher(expression == null ? "" : expression);
        if (!m.matches()) {
            throw new TmshException("--filter '" + expression + "': expected FIELD=VALUE, FIELD!=VALUE or a date"
                    + " comparison such as changed>=2026-01-01 (fields: " + fields() + ")");
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        Op op = op(m.group(2));
        String value = m.group(3);
        String text = name + op.symbol + value;
        for (TextField f : TextField.values()) {
            if (f.key.equals(name)) {
                if (op != Op.EQ && op != Op.NE) {
                    throw new TmshException("--filter '" + expression + "': " + name + " takes = or != (a text, not a date)");
                }
                if (value.isEmpty()) {
                    throw new TmshException("--filter '" + expression + "': no value after " + name + op.symbol);
                }
                return new TextCondition(text, f, op, norm(value));
            }
        }
        for (DateField f : DateField.values()) {
            if (f.key.equals(name)) {
                Instant start = date(expression, value);
                Instant end = start.plus(value.strip().length() == 10 ? java.time.Duration.ofDays(1) : java.time.Duration.ofSeconds(1));
                return new DateCondition(text, f, op, start, end);
            }
        }
        String named = NamedField.asked(m.group(1));
        if (named != null) {
            if (op != Op.EQ && op != Op.NE) {
                throw new TmshException("--filter '" + expression + "': a field of the unit's own takes = or != (its value as text)");
            }
            if (value.isEmpty()) {
                throw new TmshException("--filter '" + expression + "': no value after " + m.group(1) + op.symbol);
            }
            return new FieldCondition(NamedField.PREFIX + named + op.symbol + value, named, op, norm(value));
        }
        throw new TmshException("--filter '" + expression + "': unknown field '" + m.group(1) + "' (fields: " + fields()
                + "; another tool's field by its name: field:NAME, e.g. 'field:Review status=done')");
    }

    /** A date value of a filter or penalty: YYYY-MM-DD, an ISO instant or a TMX date; refused with one line otherwise. */
    static Instant date(String expression, String value) {
        Instant d = UnitMeta.date(value);
        if (d == null) {
            throw new TmshException("'" + expression + "': '" + value + "' is not a date (expected YYYY-MM-DD, e.g. 2026-01-31)");
        }
        return d;
    }

    private static Op op(String symbol) {
        for (Op o : Op.values()) {
            if (o.symbol.equals(symbol)) {
                return o;
            }
        }
        throw new IllegalArgumentException(symbol);
    }

    /** The names of the fields a filter knows, for messages and help. */
    public static String fields() {
        List<String> names = new ArrayList<>();
        for (TextField f : TextField.values()) {
            names.add(f.key);
        }
        for (DateField f : DateField.values()) {
            names.add(f.key);
        }
        return String.join(", ", names);
    }

    /** A value as indexed and compared: trimmed, white space collapsed, lower case. */
    public static String norm(String value) {
        return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The conditions, all of which must hold. */
    public List<Condition> conditions() {
        return conditions;
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    /** True if the unit passes every condition. */
    public boolean matches(UnitMeta m) {
        for (Condition c : conditions) {
            if (!c.matches(m)) {
                return false;
            }
        }
        return true;
    }

    /** This filter and {@code other}'s conditions together. */
    public UnitFilter and(UnitFilter other) {
        if (other == null || other.isEmpty()) {
            return this;
        }
        List<Condition> all = new ArrayList<>(conditions);
        all.addAll(other.conditions);
        return new UnitFilter(all);
    }

    /** The expressions, as written back ({@code client=acme}). */
    public List<String> expressions() {
        return conditions.stream().map(Condition::text).toList();
    }

    @Override
    public String toString() {
        return String.join(" AND ", expressions());
    }
}
