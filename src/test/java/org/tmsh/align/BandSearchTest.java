package org.tmsh.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tmsh.align.AlignerTest.assertCovers;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import org.tmsh.names.SpellingKey;

/**
 * {@link BandSearch}: the search from both ends (two threads) finds a path as cheap as the search
 * from the top alone, and the same links, over bands of every kind and problems of every size.
 */
class BandSearchTest {

    private static final AlignerSettings SETTINGS = AlignerSettings.defaults();
    @Test
    void bothEndsFindTheCheapestPathOfALongPairWithMergesAndGaps() {
        Random r = new Random(3);
        List<String> s = sentences(r, 1_500);
        List<String> t = edited(r, s);
        Problem p = problem(s, t);
        Band diagonal = new Band(p.n, p.m, 60);
        List<Link> one = BandSearch.oneWay(p, costs(p), diagonal, null);
        List<Link> two = BandSearch.twoWays(p, costs(p), costs(p), diagonal, null);
        assertSame(one, two, p);
        // around an earlier path, narrower, as the second searches are
        Band around = Band.around(p.n, p.m, 10, one);
        assertSame(BandSearch.oneWay(p, costs(p), around, null), BandSearch.twoWays(p, costs(p), costs(p), around, null), p);
    }

    @Test
    void bothEndsAgreeWithOneOnSmallAndEmptyProblems() {
        Random r = new Random(5);
        for (int round = 0; round < 60; round++) {
            List<String> s = sentences(r, r.nextInt(12));
            List<String> t = r.nextBoolean() ? edited(r, s) : sentences(r, r.nextInt(12));
            Problem p = problem(s, t);
            Band full = new Band(p.n, p.m, Math.max(p.n, p.m) + 1);
            assertSame(BandSearch.oneWay(p, costs(p), full, null), BandSearch.twoWays(p, costs(p), costs(p), full, null), p);
        }
    }

    private static void assertSame(List<Link> one, List<Link> two, Problem p) {
        assertCovers(one, p.n, p.m);
        assertCovers(two, p.n, p.m);
        assertEquals(total(one), total(two), 1e-3 * Math.max(1, Math.abs(total(one))), "path cost");
        // a 1-0 and a 0-1 link cost the same in either order: compare the links that pair segments
        assertEquals(pairing(one), pairing(two));
    }

    private static double total(List<Link> links) {
        return links.stream().mapToDouble(Link::cost).sum();
    }

    private static List<Link> pairing(List<Link> links) {
        return links.stream().filter(l -> !l.isNull()).toList();
    }

    private static List<BeadCost> costs(Problem p) {
        List<BeadCost> out = new ArrayList<>();
        for (Function<AlignerSettings, BeadCost> f : Aligner.standardCosts()) {
            BeadCost c = f.apply(SETTINGS);
            c.prepare(p);
            out.add(c);
        }
        return out;
    }

    private static Problem problem(List<String> s, List<String> t) {
        Anchors anchors = new Anchors(SpellingKey.standard());
        int[][] sa = s.stream().map(x -> anchors.extract(x, "de")).toArray(int[][]::new);
        int[][] ta = t.stream().map(x -> anchors.extract(x, "de")).toArray(int[][]::new);
        anchors.computeWeights(sa, ta, SETTINGS.numberWeight(), SETTINGS.wordWeight(), SETTINGS.cognateWeight());
        Problem p = new Problem(s.stream().mapToInt(String::length).toArray(), t.stream().mapToInt(String::length).toArray(),
                sa, ta, new boolean[s.size()], new boolean[t.size()], new int[s.size()], new int[t.size()], anchors);
        p.ratio = 1.0;
        return p;
    }

    /** {@code s} with sentences left out, added and merged. */
    private static List<String> edited(Random r, List<String> s) {
        List<String> t = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            int k = r.nextInt(40);
            if (k == 0) {
                continue;
            }
            if (k == 1) {
                t.add(sentences(r, 1).get(0));
            }
            if (k == 2 && i + 1 < s.size()) {
                t.add(s.get(i) + " " + s.get(++i));
                continue;
            }
            t.add(s.get(i));
        }
        return t;
    }

    private static List<String> sentences(Random r, int n) {
        return AlignerTest.randomSentences(r, n);
    }
}
