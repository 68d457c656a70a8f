package org.tmsh.align;

import java.nio.file.Path;
import java.util.Locale;

import org.tmsh.common.Languages;
import org.tmsh.common.TmshException;
import org.tmsh.segment.Segments;
import org.tmsh.terms.LanguageGuess;

/**
 * Checks, before aligning, that each document is in the language it is declared in: a source
 * given as the English page with {@code --source-lang de} (the languages swapped, or the wrong
 * file) is refused with one line naming the file and both languages, unless {@code --force}.
 *
 * <p>NOTE: only languages the guesser knows ({@link LanguageGuess}) are checked; a document in
 * another language, or too short to tell, passes.
 */
public final class LanguageCheck {

    private static final LanguageCheck STANDARD = new LanguageCheck(LanguageGuess.standard());

    private final LanguageGuess guess;

    LanguageCheck(LanguageGuess guess) {
        this.guess = guess;
    }

    public static LanguageCheck standard() {
        return STANDARD;
    }

    /** The language a document looks to be in when that is not {@code declared}, else null. */
    public String mismatch(Segments doc, String declared) {
        String lang = Languages.primary(declared);
        if (!guess.knows(lang)) {
            return null;
        }
        String g = guess.guess(String.join("\n", doc.texts()));
        return g == null || g.equals(lang) ? null : g;
    }

    /** Throws, naming the file, when either side looks to be in another language than declared. */
    public void check(Path source, Segments src, String sl, Path target, Segments tgt, String tl) {
        String s = mismatch(src, sl);
        String t = mismatch(tgt, tl);
        if (s == null && t == null) {
            return;
        }
        boolean swapped = s != null && t != null && s.equals(Languages.primary(tl)) && t.equals(Languages.primary(sl));
        Path file = s != null ? source : target;
        String looks = s != null ? s : t;
        String declared = s != null ? sl : tl;
        throw new TmshException(String.format(Locale.ROOT, "%s looks %s, not %s (--%s-lang %s)%s; give the right "
                        + "languages, or align anyway with --force", file, name(looks), name(declared),
                s != null ? "source" : "target", declared,
                swapped ? ", and " + target + " looks " + name(t) + ": source and target are swapped" : ""));
    }

    private static String name(String lang) {
        return Locale.forLanguageTag(lang).getDisplayLanguage(Locale.ENGLISH);
    }
}
