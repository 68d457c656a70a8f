package org.tmsh.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a translator does to a weak link in review, as edits of the link list that keep every
 * segment covered once and in order: accept it, reject it (its segments become unaligned), merge it
 * with the next link, split it into one-to-one links, or move its last target segment to the next link.
 */
public final class LinkEdits {

    /** Confidence of a link a person has confirmed. */
    public static final double REVIEWED = 1.0;

    private LinkEdits() {
    }

    public static List<Link> accept(List<Link> links, int k) {
        List<Link> out = new ArrayList<>(links);
        Link l = links.get(k);
        out.set(k, new Link(l.source(), l.target(), l.cost(), REVIEWED));
        return out;
    }

    public static List<Link> reject(List<Link> links, int k) {
        List<Link> out = new ArrayList<>(links.subList(0, k));
        Link l = links.get(k);
        for (int s : l.source()) {
            out.add(new Link(new int[] {s}, new int[0], 0, REVIEWED));
        }
        for (int t : l.target()) {
            out.add(new Link(new int[0], new int[] {t}, 0, REVIEWED));
        }
        out.addAll(links.subList(k + 1, links.size()));
        return out;
    }

    public static List<Link> mergeWithNext(List<Link> links, int k) {
        if (k + 1 >= links.size()) {
            throw new IllegalArgumentException("the last link has no next link to merge with");
        }
        Link a = links.get(k);
        Link b = links.get(k + 1);
        List<Link> out = new ArrayList<>(links);
        out.set(k, new Link(concat(a.source(), b.source()), concat(a.target(), b.target()), a.cost() + b.cost(), REVIEWED));
        out.remove(k + 1);
        return out;
    }

    /**
     * Splits a link of several segments: into one-to-one links, the last one taking what is left
     * (a 3-2 link gives 1-1 and 2-1); a link with one segment on a side (2-1, 1-2) keeps its first
     * pair and leaves the other segments unaligned, for the translator to move or merge.
     */
    public static List<Link> split(List<Link> links, int k) {
        Link l = links.get(k);
        int n = Math.min(l.source().length, l.target().length);
        if (n < 1 || (l.source().length == 1 && l.target().length == 1)) {
            throw new IllegalArgumentException("only a link of several segments can be split (this one is " + l.type() + ")");
        }
        List<Link> out = new ArrayList<>(links.subList(0, k));
        if (n == 1) {
            out.add(new Link(new int[] {l.source()[0]}, new int[] {l.target()[0]}, 0, REVIEWED));
            for (int i = 1; i < l.source().length; i++) {
                out.add(new Link(new int[] {l.source()[i]}, new int[0], 0, REVIEWED));
            }
            for (int j = 1; j < l.target().length; j++) {
                out.add(new Link(new int[0], new int[] {l.target()[j]}, 0, REVIEWED));
            }
        } else {
            for (int i = 0; i < n; i++) {
                int[] s = i < n - 1 ? new int[] {l.source()[i]} : Arrays.copyOfRange(l.source(), i, l.source().length);
                int[] t = i < n - 1 ? new int[] {l.target()[i]} : Arrays.copyOfRange(l.target(), i, l.target().length);
                out.add(new Link(s, t, 0, REVIEWED));
            }
        }
        out.addAll(links.subList(k + 1, links.size()));
        return out;
    }

    public static List<Link> moveLastTargetToNext(List<Link> links, int k) {
        Link a = links.get(k);
        if (k + 1 >= links.size() || a.target().length == 0) {
            throw new IllegalArgumentException("nothing to move: no target segment or no next link");
        }
        Link b = links.get(k + 1);
        int last = a.target()[a.target().length - 1];
        List<Link> out = new ArrayList<>(links);
        out.set(k, new Link(a.source(), Arrays.copyOf(a.target(), a.target().length - 1), a.cost(), REVIEWED));
        out.set(k + 1, new Link(b.source(), concat(new int[] {last}, b.target()), b.cost(), REVIEWED));
        return out;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        Arrays.sort(c);
        return c;
    }
}
