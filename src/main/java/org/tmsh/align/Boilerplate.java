package org.tmsh.align;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Flags the segments of a document that are page furniture rather than article text.
 *
 * <p>A segment is boilerplate when it matches a pattern of {@code tmsh/aligning/boilerplate.txt}
 * for its language or for every language, or when the same text occurs twice or more in the
 * document within a few lines without ending like a sentence (teaser lists of news sites).
 */
public final class Boilerplate {

    public static final String PATTERNS = "/tmsh/aligning/boilerplate.txt";

    /** How a real sentence ends: a repeated line that ends so is kept as text (quotes, refrains). */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'“”»)]*\\s*$");

    private static final Boilerplate DEFAULT = new Boilerplate(PATTERNS);

    private final LanguagePatterns entries;

    Boilerplate(String resource) {
        entries = new LanguagePatterns(resource);
    }

    public static Boilerplate standard() {
        return DEFAULT;
    }

    /** Does this one segment, in language {@code lang}, match a boilerplate pattern? */
    public boolean matches(String segment, String lang) {
        String s = segment.strip();
        return entries.any(s, lang, true);
    }

    /** How near two copies of a line must be for the line to count as repeated furniture. */
    static final int REPEAT_WINDOW = 20;

    /** Flags for every segment of one document: patterns plus lines repeated nearby. */
    public boolean[] flags(List<String> segments, String lang) {
        Map<String, Integer> lastSeen = new HashMap<>();
        boolean[] flags = new boolean[segments.size()];
        for (int i = 0; i < flags.length; i++) {
            String s = segments.get(i);
            String key = normalise(s);
            Integer before = lastSeen.put(key, i);
            if (before != null && i - before <= REPEAT_WINDOW && !SENTENCE_END.matcher(s).find()) {
                flags[i] = true;
                flags[before] = true;
            }
            flags[i] |= matches(s, lang);
        }
        boolean[] menus = menus(segments);
        for (int i = 0; i < flags.length; i++) {
            flags[i] |= menus[i];
        }
        lists(segments, flags);
        return flags;
    }

    /** At most this many words make a menu entry. */
    static final int MENU_WORDS = 4;
    /** At least this many menu-like lines in a row make a menu. */
    static final int MENU_RUN = 3;

    /** A line that can be a menu entry: a few words, not ending like a sentence, a colon or a comma. */
    private static final Pattern ENDS_OPEN_OR_CLOSED = Pattern.compile("[.!?…:;,][\"'“”»)]*\\s*$");

    /**
     * Flags runs of {@value #MENU_RUN} or more short lines that end neither like a sentence nor open
     * (navigation, share rows, footers): each on its own would be a headline, but headlines come
     * alone. A run right after a line ending in a colon is a list, not a menu.
     */
    public static boolean[] menus(List<String> segments) {
        boolean[] flags = new boolean[segments.size()];
        int start = -1;
        for (int i = 0; i <= segments.size(); i++) {
            boolean menuLike = i < segments.size() && menuLike(segments.get(i));
            if (menuLike && start < 0) {
                start = i;
            }
            if (!menuLike && start >= 0) {
                boolean list = start > 0 && segments.get(start - 1).strip().endsWith(":");
                if (i - start >= MENU_RUN && !list) {
                    for (int k = start; k < i; k++) {
                        flags[k] = true;
                    }
                }
                start = -1;
            }
        }
        return flags;
    }

    private static final Pattern BULLET = Pattern.compile("[-–•*·]\\s+\\S.*");

    /**
     * Unflags the items of a list: the bulleted or menu-like lines right after a text line that
     * ends in a colon ("Die Partei fordert:", "- höhere Renten", "- mehr Lehrer") are text.
     */
    private static void lists(List<String> segments, boolean[] flags) {
        for (int i = 1; i < segments.size(); i++) {
            if (flags[i - 1] || !segments.get(i - 1).strip().endsWith(":")) {
                continue;
            }
            for (int k = i; k < segments.size(); k++) {
                String s = segments.get(k).strip();
                if (!BULLET.matcher(s).matches() && !menuLike(s)) {
                    break;
                }
                flags[k] = false;
            }
        }
    }

    private static boolean menuLike(String segment) {
        String s = segment.strip();
        return !s.isEmpty() && s.split("\\s+").length <= MENU_WORDS && !ENDS_OPEN_OR_CLOSED.matcher(s).find();
    }

    private static String normalise(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
