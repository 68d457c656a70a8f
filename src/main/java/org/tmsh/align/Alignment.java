package org.tmsh.align;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of aligning two segment lists: the links in document order, covering every segment
 * of both sides exactly once, which segments were taken for boilerplate, the word pairs the
 * lexical cost had from each source, and the probability that the two documents are translations
 * of each other at all ({@code translation}, calibrated like the links' confidences).
 */
public record Alignment(List<String> source, List<String> target, List<Link> links,
                        boolean[] sourceBoilerplate, boolean[] targetBoilerplate, VocabularyUse vocabulary,
                        double translation) {

    /**
     * Below this probability that they are translations of each other, two documents are said not
     * to be, and nothing of their alignment is added to a memory without {@code --force}.
     */
    public static final double TRANSLATION_BELOW = 0.5;

    /** Without vocabulary, taken for translations of each other. */
    public Alignment(List<String> source, List<String> target, List<Link> links,
                     boolean[] sourceBoilerplate, boolean[] targetBoilerplate) {
        this(source, target, links, sourceBoilerplate, targetBoilerplate, VocabularyUse.NONE, 1.0);
    }

    /** Whether the two documents look like translations of each other ({@link #TRANSLATION_BELOW}). */
    public boolean looksTranslated() {
        return translation >= TRANSLATION_BELOW;
    }

    /** The same alignment with other links (reviewed, edited). */
    public Alignment withLinks(List<Link> edited) {
        return new Alignment(source, target, edited, sourceBoilerplate, targetBoilerplate, vocabulary, translation);
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
