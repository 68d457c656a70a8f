package org.tmsh.align;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of aligning two segment lists: the links in document order, covering every segment
 * of both sides exactly once, which segments were taken for boilerplate, and the word pairs the
 * lexical cost had from each source.
 */
public record Alignment(List<String> source, List<String> target, List<Link> links,
                        boolean[] sourceBoilerplate, boolean[] targetBoilerplate, VocabularyUse vocabulary) {

    /** Without vocabulary. */
    public Alignment(List<String> source, List<String> target, List<Link> links,
                     boolean[] sourceBoilerplate, boolean[] targetBoilerplate) {
        this(source, target, links, sourceBoilerplate, targetBoilerplate, VocabularyUse.NONE);
    }

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
