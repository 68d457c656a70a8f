package org.tmsh.qa;

import org.tmsh.common.Markers;

/** Small text helpers the checks share: the text without inline-code markers, a normalised key. */
public final class QaText {

    private QaText() {
    }

    /** The text with inline-code markers removed ({@code ⟨1⟩bold⟨/1⟩} gives {@code bold}). */
    public static String plain(String text) {
        if (text == null) {
            return null;
        }
        return text.indexOf('⟨') < 0 ? text : Markers.MARKER.matcher(text).replaceAll("");
    }

    /** Lower case, codes removed, runs of spaces as one, trimmed: what "the same sentence" means to consistency. */
    public static String key(String text) {
        String t = plain(text);
        StringBuilder sb = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2009' || c == '\u202F') {
                space = !sb.isEmpty();
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** The text quoted for a message, shortened to 60 characters. */
    public static String quote(String text) {
        String t = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        return "'" + t + "'";
    }
}
