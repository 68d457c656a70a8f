package org.tmsh.common;

import java.util.regex.Pattern;

/**
 * The one rule for the names of what tmsh keeps under {@code $TMSH_HOME} (TMs, glossaries): 1 to 64
 * characters, ASCII letters and digits, '.', '_' and '-', beginning with a letter or a digit, not
 * ending in '.', and not a name Windows keeps for a device ({@code CON}, {@code NUL}, {@code COM1},
 * {@code lpt1.txt}: any case, any extension).
 *
 * <p>NOTE: the last two because a name becomes a file or folder name and a home may be copied to, or
 * shared with, Windows: there {@code tm/NUL} is the null device (an import into it would vanish) and
 * {@code news.} is the folder {@code news}, another TM's.
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
    /** Windows' device names: the name, or its part before the first '.', is one of these in any case. */
    private static final Pattern DEVICE = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?");

    private StoreNames() {
    }

    /** True when {@code name} keeps the rule. */
    public static boolean valid(String name) {
        return name != null && NAME.matcher(name).matches() && !name.endsWith(".") && !DEVICE.matcher(name).matches();
    }

    /**
     * True when {@code name} breaks only the Windows part of the rule (a device name, a final '.'): a name
     * tmsh accepted before that part was added, so a store of that name may exist. Such a store stays
     * reachable ({@link #checkExisting}), to be exported, renamed or deleted; no new one is made.
     */
    public static boolean legacy(String name) {
        return name != null && NAME.matcher(name).matches() && !valid(name);
    }

    /**
     * {@code name} if it keeps the rule, or if it is a {@link #legacy} name whose store exists in
     * {@code folder} (an entry named NAME + {@code suffix}); else one line as {@link #check}.
     */
    public static String checkExisting(String name, String kind, java.nio.file.Path folder, String suffix) {
        if (legacy(name) && java.nio.file.Files.exists(folder.resolve(name + suffix), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return name;
        }
        return check(name, kind);
    }

    /**
     * Refuses a new store {@code name} when {@code folder} holds a store whose name differs from it only
     * in case ("News" beside "news"): on a file system that ignores case (macOS, Windows), and so in a
     * home copied there, the two are one file or folder, and writing one would write the other. Stores
     * are the entries of {@code folder} named NAME + {@code suffix} ("" for a TM's folder, ".tbx").
     */
    public static void checkNoCaseTwin(java.nio.file.Path folder, String name, String suffix, String kind) {
        if (!java.nio.file.Files.isDirectory(folder)) {
            return;
        }
        try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.list(folder)) {
            String twin = s.map(p -> p.getFileName().toString())
                    .filter(n -> n.length() == name.length() + suffix.length() && n.endsWith(suffix))
                    .map(n -> n.substring(0, name.length()))
                    .filter(n -> n.equalsIgnoreCase(name) && !n.equals(name)).findFirst().orElse(null);
            if (twin != null) {
                throw new TmshException("there is a " + kind + " named '" + twin + "' already, and '" + name + "' differs"
                        + " from it only in case (on macOS and Windows the two would be one file): use '" + twin
                        + "', or another name");
            }
        } catch (java.io.IOException e) {
            throw new TmshException(folder + ": cannot list: " + AtomicFiles.message(e), e);
        }
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
        if (DEVICE.matcher(name).matches()) {
            return "Windows keeps '" + name.split("\\.", 2)[0] + "' for a device";
        }
        if (NAME.matcher(name).matches() && name.endsWith(".")) {
            return "it ends in '.', which Windows drops";
        }
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
