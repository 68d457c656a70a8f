package org.tmsh.memory;

/**
 * A unit in which the searched words occur: the text they occur in, where ({@code start}, {@code end}
 * in that text), and the unit's text in the other language.
 */
public record ConcordanceHit(String lang, String text, int start, int end, String otherLang, String otherText,
                             String tuid) {
}
