package org.tmsh.common;

import java.util.regex.Pattern;

/**
 * The one rule for the names of what tmsh keeps under {@code $TMSH_HOME} (TMs, glossaries): 1 to 64
 * characters, ASCII letters and digits, '.', '_' and '-', beginning with a letter or a digit.
 *
 * <p>NOTE: ASCII only, on purpose. A name becomes a file or folder name: letters beyond ASCII have
 * two spellings in Unicode (composed "ü" and "u" with a combining mark), which some file systems
 * convert (macOS) and others keep apart (Linux), so a name typed on one would not find its store on
 * the other; and shells, scripts and Solr collection names handle ASCII alike everywhere.
 */
public final class StoreNames {

    /** The longest name, in characters. */
    public static final int MAX = 64;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX - 1) + "}");

    private StoreNames() {
    }

    /** True when {@code name} keeps the rule. */
    public static boolean valid(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** {@code name} if it keeps the rule; else one line saying what {@code kind} ("glossary") names allow. */
    public static String check(String name, String kind) {
        if (!valid(name)) {
            String why = name == null || name.isEmpty() ? "it is empty"
                    : name.length() > MAX ? "it has " + name.length() + " characters" : offending(name);
            throw new TmshException("'" + name + "' is not a " + kind + " name (" + why + "): use 1 to " + MAX
                    + " characters, ASCII letters A-Z a-z, digits 0-9, '.', '_' and '-', beginning with a letter or digit");
        }
        return name;
    }

    /** What breaks the rule in a name of allowed length: the first character not allowed, or a wrong first one. */
    private static String offending(String name) {
        int first = name.codePointAt(0);
        if (first == '.' || first == '_' || first == '-') {
            return "it begins with '" + Character.toString(first) + "'";
        }
        int i = 0;
        while (i < name.length()) {
            int c = name.codePointAt(i);
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-');
            if (!ok) {
                return "'" + Character.toString(c) + "' (U+" + String.format("%04X", c) + ") is not allowed";
            }
            i += Character.charCount(c);
        }
        return "not allowed";
    }
}
