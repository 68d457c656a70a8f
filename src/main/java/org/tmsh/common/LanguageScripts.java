package org.tmsh.common;

import java.nio.file.Path;
import java.util.BitSet;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;

/**
 * Whether a decoded text is plausibly in its declared language: the check that refuses the mojibake of a
 * wrong {@code --encoding} (UTF-8 read as UTF-16 turns "Lawrow" into Han ideographs) before it is
 * aligned or translated as text.
 *
 * <p>The scripts of a language are ICU's ({@link UScript#getCode(ULocale)}: Latin for de, Cyrillic for
 * ru, Hangul and Han for ko, Han, Hiragana and Katakana for ja), or the script subtag of the tag
 * ({@code sr-Latn}). A text is refused when it has at least {@value #MIN_LETTERS} letters and fewer
 * than {@value #MIN_PERCENT}% of them are in those scripts; letters of no particular script (Common,
 * Inherited) are not counted.
 *
 * <p>NOTE: a bound, not a language identifier: a German text quoting Russian passes, a text of only
 * digits passes, and a short text (under {@value #MIN_LETTERS} letters) is never judged. A language ICU
 * knows no script for is not judged either.
 */
public final class LanguageScripts {

    static final int MIN_LETTERS = 20;
    static final int MIN_PERCENT = 10;

    private LanguageScripts() {
    }

    /** The scripts {@code languageTag} is written in; empty if ICU knows none. */
    static BitSet scripts(String languageTag) {
        BitSet s = new BitSet();
        ULocale loc = ULocale.forLanguageTag(languageTag);
        if (!loc.getScript().isEmpty()) {
            int[] named = UScript.getCode(loc.getScript());
            if (named != null) {
                for (int c : named) {
                    s.set(c);
                }
                return s;
            }
        }
        int[] codes = UScript.getCode(new ULocale(loc.getLanguage()));
        if (codes != null) {
            for (int c : codes) {
                s.set(c);
                if (c == UScript.JAPANESE) {
                    s.set(UScript.HAN);
                    s.set(UScript.HIRAGANA);
                    s.set(UScript.KATAKANA);
                } else if (c == UScript.KOREAN) {
                    s.set(UScript.HANGUL);
                    s.set(UScript.HAN);
                }
            }
        }
        return s;
    }

    /**
     * Refuses {@code text} (read from {@code file} as {@code encoding}) when it has no real share of
     * letters in the scripts of {@code languageTag}: one line naming the file, the language, the script
     * found instead, and the likely cause.
     */
    public static void check(Path file, String text, String languageTag, String encoding) {
        if (languageTag == null || languageTag.isBlank()) {
            return;
        }
        BitSet expected = scripts(languageTag);
        if (expected.isEmpty()) {
            return;
        }
        int letters = 0;
        int inScript = 0;
        int[] byScript = new int[UScript.CODE_LIMIT];
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!UCharacter.isLetter(c)) {
                continue;
            }
            int sc = UScript.getScript(c);
            if (sc == UScript.COMMON || sc == UScript.INHERITED || sc == UScript.UNKNOWN) {
                continue;
            }
            letters++;
            byScript[sc]++;
            if (expected.get(sc)) {
                inScript++;
            }
        }
        if (letters >= MIN_LETTERS && inScript * 100L < (long) letters * MIN_PERCENT) {
            int most = 0;
            for (int sc = 1; sc < byScript.length; sc++) {
                if (byScript[sc] > byScript[most]) {
                    most = sc;
                }
            }
            throw TmshException.inFile(file, 0, "read as " + (encoding == null ? "UTF-8" : encoding) + ", the text has "
                    + (inScript == 0 ? "no" : "almost no") + " letters of the " + languageTag + " script ("
                    + names(expected) + ") but " + byScript[most] + " of " + letters + " are " + UScript.getName(most)
                    + "; the file is not in that encoding (give the right --encoding) or not in " + languageTag);
        }
    }

    private static String names(BitSet scripts) {
        StringBuilder sb = new StringBuilder();
        for (int sc = scripts.nextSetBit(0); sc >= 0; sc = scripts.nextSetBit(sc + 1)) {
            if (sc == UScript.JAPANESE || sc == UScript.KOREAN) {
                continue;
            }
            sb.append(sb.isEmpty() ? "" : ", ").append(UScript.getName(sc));
        }
        return sb.isEmpty() ? "?" : sb.toString();
    }
}
