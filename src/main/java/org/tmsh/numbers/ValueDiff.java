package org.tmsh.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Compares the numbers and dates of a source and a target segment ({@link Values}): which of the
 * source's values the target lacks, which it adds, and which it changed.
 *
 * <p>Values are paired in three passes: the same kind and value; then numbers of the same value
 * whatever their kind (a German "3." read as an ordinal against an English "3"), and dates that
 * agree where both give a part (a date without its year against the same day with a year); what
 * is left is paired in order, a number with a number and a date with a date, as changed; the rest
 * is missing (in the source only) or extra (in the target only). Pairing is by value, so a
 * reordering of values is no difference.
 */
public final class ValueDiff {

    /** How a value differs. */
    public enum Type { MISSING, EXTRA, CHANGED }

    /** One difference: the source's value (null when extra) and the target's (null when missing). */
    public record Difference(Type type, Quantity source, Quantity target) {

        /** "changed 3. November (--11-03) -> November 1 (--11-01)", "missing 3,5 (3.5)", "extra 7 (7)". */
        @Override
        public String toString() {
            return switch (type) {
                case MISSING -> "missing " + show(source);
                case EXTRA -> "extra " + show(target);
                case CHANGED -> "changed " + show(source) + " -> " + show(target);
            };
        }

        /**
         * The difference in words, naming the two sides: with "the sentence" and "the match",
         * "the sentence has 3. November (--11-03), the match 1. November (--11-01)".
         */
        public String describe(String sourceSide, String targetSide) {
            return switch (type) {
                case MISSING -> sourceSide + " has " + show(source) + ", " + targetSide + " not";
                case EXTRA -> targetSide + " has " + show(target) + ", " + sourceSide + " not";
                case CHANGED -> sourceSide + " has " + show(source) + ", " + targetSide + " " + show(target);
            };
        }

        /** The same difference in the terse form of examples: {@code changed date:--11-03 -> date:--11-01}. */
        public String key() {
            return switch (type) {
                case MISSING -> "missing " + source.key();
                case EXTRA -> "extra " + target.key();
                case CHANGED -> "changed " + source.key() + " -> " + target.key();
            };
        }

        private static String show(Quantity q) {
            return q.text().equals(q.value()) ? q.text() : q.text() + " (" + q.value() + ")";
        }
    }

    private ValueDiff() {
    }

    /** The differences between the values of {@code source} in {@code srcLang} and {@code target} in {@code tgtLang}. */
    public static List<Difference> compare(String source, String srcLang, String target, String tgtLang) {
        return compare(Values.of(srcLang).read(source), Values.of(tgtLang).read(target));
    }

    /** The differences between two lists of values; empty when they hold the same values. */
    public static List<Difference> compare(List<Quantity> source, List<Quantity> target) {
        List<Quantity> s = new ArrayList<>(source);
        List<Quantity> t = new ArrayList<>(target);
        pair(s, t, (a, b) -> a.kind() == b.kind() && a.value().equals(b.value()), null);
        pair(s, t, ValueDiff::compatible, null);
        List<Difference> out = new ArrayList<>();
        pair(s, t, (a, b) -> a.kind().numeric() == b.kind().numeric() && (a.kind() == Quantity.Kind.DATE) == (b.kind()
                == Quantity.Kind.DATE), out);
        s.forEach(q -> out.add(new Difference(Type.MISSING, q, null)));
        t.forEach(q -> out.add(new Difference(Type.EXTRA, null, q)));
        return out;
    }

    /** Removes pairs that {@code same} accepts, in order; records them as changed when {@code changed} is given. */
    private static void pair(List<Quantity> s, List<Quantity> t, BiPredicate<Quantity, Quantity> same,
                             List<Difference> changed) {
        for (int i = 0; i < s.size(); i++) {
            for (int j = 0; j < t.size(); j++) {
                if (same.test(s.get(i), t.get(j))) {
                    if (changed != null) {
                        changed.add(new Difference(Type.CHANGED, s.get(i), t.get(j)));
                    }
                    s.remove(i--);
                    t.remove(j);
                    break;
                }
            }
        }
    }

    private static boolean compatible(Quantity a, Quantity b) {
        if (a.kind().numeric() && b.kind().numeric()) {
            return a.value().equals(b.value());
        }
        if (a.kind() == Quantity.Kind.DATE && b.kind() == Quantity.Kind.DATE) {
            boolean aYear = !a.value().startsWith("--");
            boolean bYear = !b.value().startsWith("--");
            return aYear != bYear && monthDay(a.value()).equals(monthDay(b.value()));
        }
        return false;
    }

    /** A date value without its year: "11-03" of "2024-11-03" and of "--11-03". */
    private static String monthDay(String date) {
        return date.startsWith("--") ? date.substring(2) : date.substring(Math.min(5, date.length()));
    }
}
