package org.tmsh.match;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Case and accent folding for concordance search, character by character so that every folded
 * character points back into the original text (for keyword-in-context display):
 * "Pjöngjang" folds to "pjongjang", "Straße" to "strasse".
 */
public record Folding(String folded, int[] origin) {

    /** Folded form of each UTF-16 unit, filled on first use (races only recompute the same value). */
    private static final String[] CACHE = new String[0x10000];

    public static Folding of(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int[] origin = new int[text.length() * 2 + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // ASCII folds to one character; above it, to a string of none or more
            String f = c < 0x80 ? null : folded(c);
            int length = f == null ? 1 : f.length();
            for (int k = 0; k < length; k++) {
                if (sb.length() >= origin.length - 1) {
                    origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                }
                origin[sb.length()] = i;
                sb.append(f == null ? lowerAscii(c) : f.charAt(k));
            }
        }
        origin[sb.length()] = text.length();
        return new Folding(sb.toString(), origin);
    }

    /**
     * The folded text alone, as {@link #of} folds it, without the origins: each key of a segment's
     * words is folded here (an import of a million units folds about 25 million words).
     */
    public static String fold(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
                break;
            }
            i++;
        }
        if (i == n) {
            return text; // already folded: lower-case ASCII
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                sb.append(lowerAscii(c));
            } else {
                sb.append(folded(c));
            }
        }
        return sb.toString();
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** The folding of one character above ASCII (several characters, or none, for some). */
    private static String folded(char c) {
        if (c == 'ß' || c == 'ẞ') {
            return "ss";
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return "";
        }
        String f = CACHE[c];
        if (f == null) {
            f = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT);
            CACHE[c] = f;
        }
        return f;
    }

}
