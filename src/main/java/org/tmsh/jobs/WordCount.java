package org.tmsh.jobs;

import org.tmsh.match.Token;
import org.tmsh.match.Tokenizer;

/**
 * Counts the words of a segment as tmsh quotes them: the word and number tokens of the matching
 * tokenizer (a hyphenated or apostrophed word such as "koreanisch-russischen" is one word, "1.500"
 * and "3,5" one number each); punctuation, inline tags and placeholders are not words.
 */
public final class WordCount {

    private WordCount() {
    }

    /** The words of {@code plain} (text without inline-code markers). */
    public static int of(String plain) {
        int n = 0;
        for (Token t : Tokenizer.standard().tokens(plain)) {
            if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER) {
                n++;
            }
        }
        return n;
    }
}
