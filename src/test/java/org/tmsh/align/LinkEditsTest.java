package org.tmsh.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Review edits keep every segment covered once and in order. */
class LinkEditsTest {

    private static Link l(int[] s, int[] t, double conf) {
        return new Link(s, t, 0, conf);
    }

    private final List<Link> links = List.of(l(new int[] {0}, new int[] {0}, 0.9), l(new int[] {1, 2}, new int[] {1}, 0.3),
            l(new int[] {3}, new int[] {2, 3}, 0.4), l(new int[] {4}, new int[] {4}, 0.95));

    @Test
    void everyEditKeepsCoverage() {
        for (List<Link> edited : List.of(LinkEdits.accept(links, 1), LinkEdits.reject(links, 1),
                LinkEdits.mergeWithNext(links, 1), LinkEdits.split(links, 2), LinkEdits.moveLastTargetToNext(links, 2))) {
            AlignerTest.assertCovers(edited, 5, 5);
        }
    }

    @Test
    void editsDoWhatTheySay() {
        assertEquals(LinkEdits.REVIEWED, LinkEdits.accept(links, 1).get(1).confidence());
        assertEquals(List.of("[1]:[]", "[2]:[]", "[]:[1]"),
                LinkEdits.reject(links, 1).subList(1, 4).stream().map(Link::format).toList());
        assertEquals("[1, 2, 3]:[1, 2, 3]", LinkEdits.mergeWithNext(links, 1).get(1).format());
        assertEquals(List.of("[1]:[1]", "[2]:[2]"), LinkEdits.split(List.of(l(new int[] {1, 2}, new int[] {1, 2}, 0.3)), 0)
                .stream().map(Link::format).toList());
        assertEquals(List.of("[3]:[2]", "[]:[3]"), LinkEdits.split(List.of(l(new int[] {3}, new int[] {2, 3}, 0.4)), 0)
                .stream().map(Link::format).toList(), "1-2: the first pair stays, the other target is unaligned");
        assertEquals(List.of("[1]:[1]", "[2]:[]"), LinkEdits.split(links, 1).subList(1, 3).stream().map(Link::format).toList(),
                "2-1: the first pair stays, the other source is unaligned");
        assertEquals(List.of("[0]:[0]", "[1, 2]:[1]"), LinkEdits.split(List.of(l(new int[] {0, 1, 2}, new int[] {0, 1}, 0.2)), 0)
                .stream().map(Link::format).toList());
        assertThrows(IllegalArgumentException.class, () -> LinkEdits.split(links, 0), "1-1 cannot be split");
        assertEquals("[3]:[2]", LinkEdits.moveLastTargetToNext(links, 2).get(2).format());
        assertEquals("[4]:[3, 4]", LinkEdits.moveLastTargetToNext(links, 2).get(3).format());
        assertThrows(IllegalArgumentException.class, () -> LinkEdits.mergeWithNext(links, 3));
        assertThrows(IllegalArgumentException.class, () -> LinkEdits.split(links, 0));
    }
}
