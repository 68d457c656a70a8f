package org.tmsh.shell;

import java.util.Collection;
import java.util.Locale;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The one known name a mistyped command, sub-command or option most likely meant ("serch" for
 * {@code search}, "--tn" for {@code --tm}): the closest by edit distance, if it is close enough
 * (one edit for a name of up to four letters, two for longer ones) and no other name is as close;
 * a name that the typed word begins ("--glos" for {@code --glossary}) counts as close. Nothing
 * when no name or several fit, so a hint never guesses between two.
 */
final class DidYouMean {

    private DidYouMean() {
    }

    /** The known name {@code typed} most likely meant, or {@code null}. */
    static String closest(String typed, Collection<String> known) {
        String t = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String k : known) {
            String name = k.toLowerCase(Locale.ROOT);
            int limit = Math.max(t.length(), name.length()) <= 4 ? 1 : 2;
            int d = t.length() >= 3 && name.startsWith(t) ? 1 : new LevenshteinDistance(limit).apply(t, name);
            if (d < 0 || d > limit) {
                continue;
            }
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance && !k.equals(best)) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * {@code "did you mean X? "}, X the closest name as {@code show} writes it, to open the parenthesis
     * of an error line; an empty string when no name is close.
     */
    static String hint(String typed, Collection<String> known, java.util.function.UnaryOperator<String> show) {
        String c = closest(typed, known);
        return c == null ? "" : "did you mean " + show.apply(c) + "? ";
    }
}
