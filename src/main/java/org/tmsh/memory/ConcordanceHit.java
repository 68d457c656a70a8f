package org.tmsh.memory;

/**
 * A unit in which the searched words occur: the text they occur in, where ({@code start}, {@code end}
 * in that text), and the unit's text in the other language.
 */
public record ConcordanceHit(String lang, String text, int start, int end, String otherLang, String otherText,
                             String tuid, String id) {

    /** A hit without the unit's id ({@link UnitRecord}). */
    public ConcordanceHit(String lang, String text, int start, int end, String otherLang, String otherText, String tuid) {
        this(lang, text, start, end, otherLang, otherText, tuid, null);
    }

    /** This hit in the unit of id {@code id}. */
    public ConcordanceHit withId(String id) {
        return new ConcordanceHit(lang, text, start, end, otherLang, otherText, tuid, id);
    }
}
