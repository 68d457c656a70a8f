package org.tmsh.bench;

import java.util.ArrayList;
import java.util.List;

import net.loomchild.maligna.coretypes.Alignment;
import net.loomchild.maligna.filter.macro.GaleAndChurchMacro;

/** mALIGNa's Gale and Church macro (normal length distribution, Viterbi, adaptive band). */
final class MalignaGaleChurch implements AlignBenchmark.Method {

    @Override
    public String name() {
        return "maligna-gale-church";
    }

    @Override
    public List<GoldLinks.L> align(AlignBenchmark.Doc d) {
        List<Alignment> in = List.of(new Alignment(d.src(), d.tgt()));
        List<Alignment> out = new GaleAndChurchMacro().apply(in);
        List<GoldLinks.L> links = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (Alignment a : out) {
            int si = a.getSourceSegmentList().size();
            int tj = a.getTargetSegmentList().size();
            links.add(new GoldLinks.L(range(i, si), range(j, tj)));
            i += si;
            j += tj;
        }
        return links;
    }

    static int[] range(int from, int count) {
        int[] r = new int[count];
        for (int k = 0; k < count; k++) {
            r[k] = from + k;
        }
        return r;
    }
}
