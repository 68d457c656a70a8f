package org.tmsh.common;

/** Escaping for XML written by hand (TMX units, TBX entries): text and attribute values. */
public final class Xml {

    private Xml() {
    }

    public static void text(StringBuilder sb, String s) {
        escape(sb, Xml.clean(s), false);
    }

    public static void attribute(StringBuilder sb, String name, String value) {
        sb.append(' ').append(name).append("=\"");
        escape(sb, Xml.clean(value), true);
        sb.append('"');
    }

    /**
     * Escapes text already free of XML-illegal characters (as a parser delivers it). The characters
     * between two that need escaping are appended as one run (a TM import rebuilds every unit's
     * {@code <tu>} through here: appending them one by one was 3.5% of its time).
     */
    public static void escape(StringBuilder sb, String s, boolean attribute) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String e = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> attribute ? "&quot;" : null;
                case '\t' -> attribute ? "&#9;" : null;
                case '\n' -> attribute ? "&#10;" : null;
                case '\r' -> "&#13;";
                default -> null;
            };
            if (e != null) {
                sb.append(s, run, i).append(e);
                run = i + 1;
            }
        }
        sb.append(s, run, s.length());
    }

    /** Removes characters XML 1.0 forbids (controls other than tab, LF, CR; lone surrogates; U+FFFE/F). */
    public static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (sb != null) {
                        sb.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!ok && sb == null) {
                sb = new StringBuilder(s.length());
                sb.append(s, 0, i);
            } else if (ok && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
