package org.tmsh.align;

/**
 * One component of the cost of a bead: source segments [i, i+si) linked to target segments
 * [j, j+tj). Costs are in nats; lower is better; components are summed.
 */
interface BeadCost {

    double cost(Problem p, int i, int si, int j, int tj);

    /** A value never above {@link #cost}, cheap to compute; by default the cost itself. */
    default double lowerBound(Problem p, int i, int si, int j, int tj) {
        return cost(p, i, si, j, tj);
    }

    /**
     * Whether {@link #lowerBound} is the cost itself (the search then does not compute it twice);
     * such a cost must never be negative, so that a partial sum of costs bounds the bead.
     */
    default boolean boundIsCost() {
        return true;
    }

    /** Called once for a problem, before any search over it. */
    default void prepare(Problem p) {
    }
}
