package org.tmsh.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.tmsh.common.TmshException;

/**
 * Points taken off a match's percentage when its unit is of some kind ({@code --penalty}, repeatable):
 * {@code CONDITION:POINTS}, where the condition is a {@link UnitFilter} condition
 * ({@code origin=aligned:5}, {@code client!=ACME:3}), {@code unconfirmed} (flagged for review, or an
 * XLIFF state short of translated/reviewed/final: {@link UnitMeta#unconfirmed}) or {@code older=DATE}
 * (last changed before that day). Every penalty whose condition holds counts; the shown percentage
 * is the fuzzy score less their sum, never below 0.
 *
 * @param text   the penalty as written back ({@code origin=aligned:5})
 * @param label  what a table shows beside the points ({@code aligned}, {@code unconfirmed}, {@code older than 2024-01-01})
 * @param points 1 to 100
 */
public record Penalty(String text, String label, int points, Predicate<UnitMeta> test) {

    /** A penalty that applied to a match: its points and label. */
    public record Applied(int points, String label) {
    }

    /** Parses one penalty; a bad one is refused with one line. */
    public static Penalty parse(String expression) {
        String e = expression == null ? "" : expression.strip();
        int colon = e.lastIndexOf(':');
        if (colon <= 0) {
            throw new TmshException("--penalty '" + expression + "': expected CONDITION:POINTS, e.g. origin=aligned:5,"
                    + " client!=ACME:3, unconfirmed:2 or older=2024-01-01:4");
        }
        String cond = e.substring(0, colon).strip();
        int points;
        try {
            points = Integer.parseInt(e.substring(colon + 1).strip());
        } catch (NumberFormatException x) {
            throw new TmshException("--penalty '" + expression + "': '" + e.substring(colon + 1) + "' is not a number of points (1-100)");
        }
        if (points < 1 || points > 100) {
            throw new TmshException("--penalty '" + expression + "': points must be 1 to 100, not " + points);
        }
        String lower = cond.toLowerCase(Locale.ROOT);
        if (lower.equals("unconfirmed")) {
            return new Penalty("unconfirmed:" + points, "unconfirmed", points, UnitMeta::unconfirmed);
        }
        if (lower.startsWith("older=") || lower.startsWith("older<")) {
            String value = cond.substring(6).strip();
            Instant date = UnitFilter.date("--penalty " + expression, value);
            return new Penalty("older=" + value + ":" + points, "older than " + value, points, m -> {
                Instant c = m.changed();
                return c != null && c.isBefore(date);
            });
        }
        UnitFilter.Condition c;
        try {
            c = UnitFilter.condition(cond);
        } catch (TmshException x) {
            throw new TmshException("--penalty '" + expression + "': " + x.getMessage().replaceFirst("^--filter '[^']*': ", "")
                    + "; or unconfirmed, older=DATE");
        }
        String label = c instanceof UnitFilter.TextCondition t && t.op() == UnitFilter.Op.EQ ? t.value()
                : c instanceof UnitFilter.FieldCondition f && f.op() == UnitFilter.Op.EQ ? f.name() + " " + f.value() : c.text();
        return new Penalty(c.text() + ":" + points, label, points, c::matches);
    }

    /** Parses several penalties (none: an empty list). */
    public static List<Penalty> parse(Collection<String> expressions) {
        List<Penalty> out = new ArrayList<>();
        if (expressions != null) {
            for (String e : expressions) {
                out.add(parse(e));
            }
        }
        return List.copyOf(out);
    }

    /** The penalties of {@code all} that apply to a unit, in their order. */
    public static List<Applied> apply(List<Penalty> all, UnitMeta meta) {
        if (all.isEmpty()) {
            return List.of();
        }
        List<Applied> out = new ArrayList<>();
        for (Penalty p : all) {
            if (p.test.test(meta)) {
                out.add(new Applied(p.points, p.label));
            }
        }
        return out;
    }

    /** The sum of the points. */
    public static int total(List<Applied> applied) {
        int t = 0;
        for (Applied a : applied) {
            t += a.points();
        }
        return t;
    }
}
