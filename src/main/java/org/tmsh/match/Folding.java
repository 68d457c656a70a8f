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
            String f;
            if (c < 0x80) {
                f = String.valueOf(Character.toLowerCase(c));
            } else if (c == 'ß' || c == 'ẞ') {
                f = "ss";
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                f = "";
            } else {
                f = CACHE[c];
                if (f == null) {
                    f = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                            .toLowerCase(Locale.ROOT);
                    CACHE[c] = f;
                }
            }
            for (int k = 0; k < f.length(); k++) {
                if (sb.length() >= origin.length - 1) {
                    origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                }
                origin[sb.length()] = i;
                sb.append(f.charAt(k));
            }
        }
        origin[sb.length()] = text.length();
        return new Folding(sb.toString(), origin);
    }

    public static String fold(String text) {
        return of(text).folded();
    }
}
