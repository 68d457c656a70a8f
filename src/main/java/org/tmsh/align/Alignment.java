package org.tmsh.align;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of aligning two segment lists: the links in document order, covering every segment
 * of both sides exactly once, and which segments were taken for boilerplate.
 */
public record Alignment(List<String> source, List<String> target, List<Link> links,
                        boolean[] sourceBoilerplate, boolean[] targetBoilerplate) {

    /** Links with segments on both sides: the translation units. */
    public List<Link> pairs() {
        return links.stream().filter(l -> !l.isNull()).toList();
    }

    /** The source text of a link: its segments joined with one space. */
    public String sourceText(Link link) {
        return join(source, link.source());
    }

    public String targetText(Link link) {
        return join(target, link.target());
    }

    private static String join(List<String> segs, int[] ids) {
        return Arrays.stream(ids).mapToObj(segs::get).collect(Collectors.joining(" "));
    }
}
