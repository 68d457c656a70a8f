package org.tmsh.align;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One link of an alignment: source segment ids and target segment ids (0-based), either side
 * possibly empty, with the cost the aligner paid for it and a confidence between 0 and 1.
 */
public record Link(int[] source, int[] target, double cost, double confidence) {

    /**
     * Below this confidence a link is weak: the align summary counts it, the HTML report colours it
     * and {@code review} offers it by default. The one definition of "weak".
     */
    public static final double WEAK_BELOW = 0.8;

    /** A link between segments of both sides whose confidence is below {@link #WEAK_BELOW}. */
    public boolean isWeak() {
        return !isNull() && confidence < WEAK_BELOW;
    }

    /** "1-1", "2-1", "1-0" ... */
    public String type() {
        return source.length + "-" + target.length;
    }

    public boolean isNull() {
        return source.length == 0 || target.length == 0;
    }

    /** The link in the gold format: {@code [0, 1]:[2]}. */
    public String format() {
        return ids(source) + ":" + ids(target);
    }

    static String ids(int[] ids) {
        return Arrays.stream(ids).mapToObj(Integer::toString).collect(Collectors.joining(", ", "[", "]"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Link l && Arrays.equals(source, l.source) && Arrays.equals(target, l.target);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(source) + Arrays.hashCode(target);
    }

    @Override
    public String toString() {
        return format();
    }
}
