package org.tmsh.align;

/**
 * Gale and Church's length cost: how improbable the character lengths of the two sides are,
 * given the expected ratio and a variance that grows with length.
 *
 * <p>delta = (lt - ls*c) / sqrt(mean * s2), cost = -log(2 * (1 - Phi(|delta|))). The tail is
 * computed in log space, so very unequal lengths get a large finite cost, never infinity.
 */
final class LengthCost implements BeadCost {

    private final double variance;

    LengthCost(double variance) {
        this.variance = variance;
    }

    @Override
    public double cost(Problem p, int i, int si, int j, int tj) {
        if (si == 0 || tj == 0) {
            return 0;
        }
        double ls = p.srcLength(i, si);
        double lt = p.tgtLength(j, tj);
        double mean = Math.max(1.0, (ls + lt / p.ratio) / 2.0);
        double delta = Math.abs(lt - ls * p.ratio) / Math.sqrt(mean * variance);
        return -logErfc(delta / Math.sqrt(2));
    }

    /** log(erfc(x)) for x >= 0, from the Numerical Recipes Chebyshev fit (relative error < 1.2e-7). */
    static double logErfc(double x) {
        double t = 1.0 / (1.0 + 0.5 * x);
        double poly = -x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277))))))));
        return Math.log(t) + poly;
    }
}
