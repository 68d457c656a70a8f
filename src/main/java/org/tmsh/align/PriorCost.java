package org.tmsh.align;

/**
 * The prior cost of a bead's shape (1-1, 2-1, 1-0 ...), plus what boilerplate and paragraph
 * boundaries change: boilerplate is cheap to leave out and dear to align; a merge across a
 * paragraph boundary costs extra.
 */
final class PriorCost implements BeadCost {

    private final AlignerSettings s;

    PriorCost(AlignerSettings settings) {
        this.s = settings;
    }

    @Override
    public double cost(Problem p, int i, int si, int j, int tj) {
        if (si == 0) {
            return p.tgtBoiler[j] ? s.boilerplateSkip() : s.skip();
        }
        if (tj == 0) {
            return p.srcBoiler[i] ? s.boilerplateSkip() : s.skip();
        }
        double cost = shape(si, tj);
        boolean furnitureBoth = allBoiler(p.srcBoiler, i, si) && allBoiler(p.tgtBoiler, j, tj);
        if (furnitureBoth && (allMenu(p.srcMenu, i, si) || allMenu(p.tgtMenu, j, tj))) {
            cost += s.boilerplatePair();
        }
        for (int k = 0; k < si; k++) {
            if (p.srcBoiler[i + k] && !furnitureBoth) {
                cost += s.boilerplateAlign();
            }
            if (k > 0 && p.srcPara[i + k] != p.srcPara[i + k - 1]) {
                cost += s.paragraphCross();
            }
            if (k > 0 && p.srcOpen != null && p.srcOpen[i + k - 1]) {
                cost -= s.openJoin();
            }
        }
        for (int k = 0; k < tj; k++) {
            if (p.tgtBoiler[j + k] && !furnitureBoth) {
                cost += s.boilerplateAlign();
            }
            if (k > 0 && p.tgtPara[j + k] != p.tgtPara[j + k - 1]) {
                cost += s.paragraphCross();
            }
            if (k > 0 && p.tgtOpen != null && p.tgtOpen[j + k - 1]) {
                cost -= s.openJoin();
            }
        }
        return Math.max(0, cost);
    }

    private static boolean allMenu(boolean[] menu, int from, int count) {
        return menu != null && allBoiler(menu, from, count);
    }

    private static boolean allBoiler(boolean[] flags, int from, int count) {
        for (int k = 0; k < count; k++) {
            if (!flags[from + k]) {
                return false;
            }
        }
        return true;
    }

    private double shape(int si, int tj) {
        int big = Math.max(si, tj);
        int small = Math.min(si, tj);
        if (big == 1) {
            return 0;
        }
        if (big == 2) {
            return small == 1 ? s.merge2() : s.merge22();
        }
        if (big == 3 && small == 1) {
            return s.merge3();
        }
        return s.merge4();
    }
}
