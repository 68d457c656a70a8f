package org.tmsh.tmx;

/** Escaping for XML written by hand (the raw {@code <tu>} of a unit): text and attribute values. */
final class Xml {

    private Xml() {
    }

    static void text(StringBuilder sb, String s) {
        escape(sb, TmxWriter.clean(s), false);
    }

    static void attribute(StringBuilder sb, String name, String value) {
        sb.append(' ').append(name).append("=\"");
        escape(sb, TmxWriter.clean(value), true);
        sb.append('"');
    }

    /** Escapes text already free of XML-illegal characters (as a parser delivers it). */
    static void escape(StringBuilder sb, String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\r' -> sb.append("&#13;");
                default -> sb.append(c);
            }
        }
    }
}
