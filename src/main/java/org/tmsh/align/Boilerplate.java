package org.tmsh.align;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Flags the segments of a document that are page furniture rather than article text.
 *
 * <p>A segment is boilerplate when it matches a pattern of {@code tmsh/aligning/boilerplate.txt}
 * for its language or for every language, or when the same text occurs twice or more in the
 * document within a few lines without ending like a sentence (teaser lists of news sites).
 * Two more signs need more than one line: a short line in the documents of a whole folder
 * ({@link #siteLines}: the site's menus and footers), and a short line at the edge of the page
 * ({@link #edges}: a menu of one or two lines above the article or below it).
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
        return !s.isEmpty() && words(s) <= MENU_WORDS && !ENDS_OPEN_OR_CLOSED.matcher(s).find();
    }

    /**
     * A line in at least this many documents of one side of a folder, and in at least a {@link
     * #SITE_SHARE} of them, is the site's own furniture.
     */
    static final int SITE_DOCUMENTS = 2;
    /** The share of a folder's documents a site line is in (a menu is on every page; an author's byline on few). */
    static final double SITE_SHARE = 0.25;

    /**
     * The lines that recur in {@value #SITE_DOCUMENTS} or more documents of one side of a folder, and
     * in a quarter of them at least, without ending like a sentence: menus, share rows, footers and credits that a site puts on every
     * page. Normalised as {@link #flags} compares lines; look a segment up with {@link #isSiteLine}.
     *
     * <p>NOTE: a sentence that ends like one is never taken, however often it recurs (a standard
     * closing sentence of every press release is text, and a translation of it is welcome in a TM).
     */
    public static Set<String> siteLines(List<List<String>> documents) {
        Map<String, Integer> count = new HashMap<>();
        for (List<String> doc : documents) {
            Set<String> seen = new HashSet<>();
            for (String s : doc) {
                if (!s.isBlank() && !SENTENCE_END.matcher(s).find() && seen.add(normalise(s))) {
                    count.merge(normalise(s), 1, Integer::sum);
                }
            }
        }
        Set<String> out = new HashSet<>();
        double least = Math.max(SITE_DOCUMENTS, SITE_SHARE * documents.size());
        count.forEach((line, n) -> {
            if (n >= least) {
                out.add(line);
            }
        });
        return out;
    }

    /** Is {@code segment} one of the {@link #siteLines}? */
    public static boolean isSiteLine(Set<String> siteLines, String segment) {
        return !siteLines.isEmpty() && siteLines.contains(normalise(segment));
    }

    /** A line of running text: ends like a sentence (or open, with a colon) and has this many words or more. */
    static final int RUNNING_WORDS = 6;

    /**
     * Flags the menu entries at the edges of a page (menu-like lines of at most {@value #EDGE_WORDS}
     * words): above its first line of running text, every such line but the {@link #headline}, and
     * below its last line of running text, every such line.
     * {@code furniture} marks the lines known as furniture by their words (patterns, cookie
     * sentences): they are neither running text nor the headline. A document without running text
     * gets no flag.
     *
     * <p>NOTE: a second short line above the article (a kicker above the headline) is taken for
     * furniture: it links only on evidence (a name, a number, a known word), as menus do.
     */
    public static boolean[] edges(List<String> segments, boolean[] furniture) {
        boolean[] flags = new boolean[segments.size()];
        int first = firstRunning(segments, furniture);
        if (first < 0) {
            return flags;
        }
        int last = first;
        for (int i = first; i < segments.size(); i++) {
            if (!furniture[i] && running(segments.get(i))) {
                last = i;
            }
        }
        int headline = headline(segments, furniture);
        for (int i = 0; i < first; i++) {
            flags[i] = i != headline && edgeLike(segments.get(i));
        }
        for (int i = last + 1; i < segments.size(); i++) {
            flags[i] = edgeLike(segments.get(i));
        }
        return flags;
    }

    /**
     * The page's headline: above its first line of running text, the longest line that is neither
     * {@code furniture} nor in a run of menu lines ({@link #menus}); -1 when there is none.
     *
     * <p>NOTE: a short headline inside a run of menu lines (navigation right above it, a byline of a
     * few words below it) cannot be told from the menu by its shape: it stays in the menu and links
     * only on evidence. Taking the line nearest the article instead took a share button for the
     * headline on the damaged news pairs.
     */
    public static int headline(List<String> segments, boolean[] furniture) {
        int first = firstRunning(segments, furniture);
        boolean[] menus = menus(segments);
        int headline = -1;
        for (int i = 0; i < first; i++) {
            if (!furniture[i] && !menus[i] && !segments.get(i).isBlank()
                    && (headline < 0 || segments.get(i).strip().length() > segments.get(headline).strip().length())) {
                headline = i;
            }
        }
        return headline;
    }

    private static int firstRunning(List<String> segments, boolean[] furniture) {
        for (int i = 0; i < segments.size(); i++) {
            if (!furniture[i] && running(segments.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** At most this many words make a line at the page's edge furniture (a title of three or four words is not). */
    static final int EDGE_WORDS = 2;

    /**
     * A menu entry at the page's edge: a menu-like line of at most {@value #EDGE_WORDS} words. Titles
     * of three or four words above a text ("ALMA nær mikilvægum áfanga", ParIce) are its headline, too
     * short to be told from a menu line otherwise: ParIce fell from 0.900 to 0.890 strict F1 with four.
     */
    private static boolean edgeLike(String segment) {
        return menuLike(segment) && words(segment.strip()) <= EDGE_WORDS;
    }

    /** Words of a line; a separator of a breadcrumb or a menu row ("›", "|", "/") is none. */
    private static int words(String s) {
        int n = 0;
        for (String w : s.split("\\s+")) {
            if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }

    private static boolean running(String segment) {
        String s = segment.strip();
        return s.split("\\s+").length >= RUNNING_WORDS && ENDS_OPEN_OR_CLOSED.matcher(s).find();
    }

    private static String normalise(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
