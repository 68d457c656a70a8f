package org.tmsh.align;

import java.util.List;

/**
 * Flags lines of page furniture written as full sentences (cookie banners, newsletter boxes,
 * "read also" blocks, photo credits, copyright lines) by the phrases of
 * {@code tmsh/aligning/furniture.txt}: a phrase of the line's language, or of every language,
 * found anywhere in a line of at most {@value #MAX_WORDS} words.
 *
 * <p>The aligner takes such a line for boilerplate and, like a menu line, links it to the other
 * side's furniture only on evidence: two websites' cookie banners are in different words, and
 * standing side by side does not make them translations.
 *
 * <p>NOTE: a phrase is searched, not matched whole, so a longer article sentence that quotes one
 * ("the law on cookies") is flagged too; the word limit keeps long sentences out, and a flagged
 * sentence with a real translation still links on its words.
 */
final class FurnitureWords {

    static final String RULES = "/tmsh/aligning/furniture.txt";
    /** Lines of more words are article text whatever they mention. */
    static final int MAX_WORDS = 30;

    private static final FurnitureWords DEFAULT = new FurnitureWords(RULES);

    private final LanguagePatterns entries;

    FurnitureWords(String resource) {
        entries = new LanguagePatterns(resource);
    }

    static FurnitureWords standard() {
        return DEFAULT;
    }

    /** Whether one line, in language {@code lang}, is furniture by its words. */
    boolean matches(String line, String lang) {
        String s = line.strip();
        if (s.isEmpty() || s.split("\\s+").length > MAX_WORDS) {
            return false;
        }
        return entries.any(s, lang, false);
    }

    /** A flag for every line of a document. */
    boolean[] flags(List<String> lines, String lang) {
        boolean[] flags = new boolean[lines.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = matches(lines.get(i), lang);
        }
        return flags;
    }
}
