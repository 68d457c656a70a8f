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

    /** Called once for a problem, before any search over it. */
    default void prepare(Problem p) {
    }
}
