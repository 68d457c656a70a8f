package org.tmsh.formats;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line into its cells (RFC 4180 quoting: {@code "a, b"}, {@code ""} for a quote). */
public final class Csv {

    private Csv() {
    }

    /**
     * The cells of {@code line}. NOTE: a line break inside a quoted cell is not supported (the callers
     * read line by line and name the line of an error).
     */
    public static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
