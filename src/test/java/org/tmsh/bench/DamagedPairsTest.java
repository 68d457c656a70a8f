package org.tmsh.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.tmsh.align.Aligner;
import org.tmsh.align.Link;
import org.tmsh.segment.Segments;

/** The generated damaged news pairs: reproducible, gold links consistent, and the aligner's floor on them. */
class DamagedPairsTest {

    private static List<DamagedPairs.Pair> pairs(int perKind, long seed) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(Path.of("../shared/tm-data/libreoffice-help.tsv.gz")), "no tm-data");
        return DamagedPairs.generate(perKind, seed);
    }

    @Test
    void theSameSeedGivesTheSamePairsAndEveryGoldLinkCoversEachSentenceOnce() throws Exception {
        List<DamagedPairs.Pair> a = pairs(2, 7);
        List<DamagedPairs.Pair> b = pairs(2, 7);
        assertEquals(DamagedPairs.Kind.values().length * 2, a.size());
        for (int k = 0; k < a.size(); k++) {
            assertEquals(a.get(k).deLines(), b.get(k).deLines());
            assertEquals(a.get(k).enLines(), b.get(k).enLines());
            DamagedPairs.Pair p = a.get(k);
            assertCoveredOnce(p.gold().stream().map(GoldLinks.L::s).toList(), p.deSentences().size(), p.name());
            assertCoveredOnce(p.gold().stream().map(GoldLinks.L::t).toList(), p.enSentences().size(), p.name());
            // a text line is its sentences joined, in order
            assertEquals(String.join(" ", p.deLines()), String.join(" ", p.deSentences()), p.name());
        }
        assertTrue(!a.get(0).deLines().equals(pairs(2, 8).get(0).deLines()), "another seed, other pairs");
    }

    private static void assertCoveredOnce(List<int[]> sides, int n, String name) {
        int[] seen = new int[n];
        sides.forEach(ids -> {
            for (int id : ids) {
                seen[id]++;
            }
        });
        for (int i = 0; i < n; i++) {
            assertEquals(1, seen[i], name + ": sentence " + i + " in " + seen[i] + " gold links");
        }
    }

    /**
     * The aligner without a dictionary leaves page furniture in different words unlinked and links
     * list items one to one (before menus were found, furniture was linked to furniture: the
     * alignment table of docs/benchmarks.md).
     */
    @Test
    void furnitureAndListsAlignAsTheGoldSays() throws Exception {
        Map<DamagedPairs.Kind, List<DamagedPairs.Pair>> byKind = DamagedPairs.byKind(pairs(4, 20261207L));
        for (DamagedPairs.Kind kind : List.of(DamagedPairs.Kind.BOILERPLATE, DamagedPairs.Kind.LIST)) {
            GoldLinks.Counts c = new GoldLinks.Counts();
            for (DamagedPairs.Pair p : byKind.get(kind)) {
                List<Link> links = Aligner.standard().align(new Segments(p.deSentences(), p.deParagraphs(), "de"),
                        new Segments(p.enSentences(), p.enParagraphs(), "en")).links();
                List<GoldLinks.L> out = new ArrayList<>();
                links.forEach(l -> out.add(new GoldLinks.L(l.source(), l.target())));
                c.add(out, p.gold());
            }
            double f1 = c.strict()[2];
            System.out.printf("%s strict F1 %.3f%n", kind, f1);
            assertTrue(f1 >= 0.93, kind + " strict F1 " + f1);
        }
    }
}
