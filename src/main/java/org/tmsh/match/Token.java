package org.tmsh.match;

import java.util.Locale;

/**
 * One token of a segment. {@link #key()} is what the edit distance compares: words compare
 * without case and accents ({@link Folding}), numbers compare as "a number", placeholders exactly;
 * the surface {@link #text()} decides the small penalties on top. Tags and punctuation are not
 * compared by key but as sequences of their own ({@link FuzzyScorer}).
 */
public record Token(Kind kind, String text, String key, int start, int end) {

    /**
     * What a token is. Punctuation and inline tags do not count in the edit distance (a match sees
     * the words), only in a penalty.
     */
    public enum Kind { WORD, NUMBER, PLACEHOLDER, TAG, PUNCT }

    public static Token of(Kind kind, String text, int start, int end) {
        String key = switch (kind) {
            case WORD -> Folding.fold(text);
            case NUMBER -> "#num";
            case TAG -> "#tag";
            case PLACEHOLDER, PUNCT -> text;
        };
        return new Token(kind, text, key, start, end);
    }

    /** Whether the token counts in the edit distance (and in an index's keys): not punctuation, not tags. */
    public boolean content() {
        return kind != Kind.PUNCT && kind != Kind.TAG;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + text;
    }
}
