package org.tmsh.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.htmlparser.jericho.Attribute;
import net.htmlparser.jericho.Config;
import net.htmlparser.jericho.LoggerProvider;
import net.htmlparser.jericho.Source;
import net.htmlparser.jericho.StartTag;
import net.htmlparser.jericho.Tag;

/**
 * White space of an HTML page that Okapi's HTML filter and writer drop where a browser shows it, put back
 * after the writer. The merged page's tags are paired with the original's: in order, by name, kind and the
 * attributes that say which element a tag is ({@code href}, {@code src}, {@code id}, {@code name}); a
 * {@code <meta>} the writer added or dropped is passed over. Where a translation moved tags inside a
 * sentence, the stretch it reordered (the shortest one, at most {@link #WINDOW} tags, holding the same
 * tags on both sides and followed by tags that pair again) is paired tag by tag, each written tag with an
 * original one of its name and kind whose attributes agree with it. A page whose tags cannot be paired even
 * so is mended up to there, and the original's line there is reported (the merge names it in a caution).
 * Then, for each pair:
 *
 * <ul>
 *   <li>A translatable attribute ({@code title}, {@code alt}, a {@code <meta>} description ...): Okapi's
 *       filter collapses its white space when it reads it (two spaces one, a line break and indent one
 *       space, a trailing space gone), and its writer writes the collapsed text even untouched; a tooltip
 *       shows a {@code title}'s spaces and line breaks. An attribute whose value differs gets, untouched
 *       (its value is the original's with white space collapsed), the original's white space back space
 *       for space; translated, the translator's text with the white space at the original's edges, as a
 *       translated sentence keeps the white space around it. Only quoted values are edited.</li>
 *   <li>The white space beside the tags of an element tmsh leaves out as page furniture
 *       ({@code Datei: <button>Los</button> <input>}): Okapi's filter ends a text unit at such an element
 *       and trims the white space at the unit's edge, which beside an inline element is a gap a browser
 *       shows. Where the original has white space right before or after such a tag and the merged page
 *       none, the original's white space is put back.</li>
 * </ul>
 *
 * <p>Written by hand: Okapi's HTML filter has no option to keep either.
 */
final class HtmlWhiteSpace {

    /** HTML's white space: space, tab, line feed, form feed, carriage return. */
    private static final Pattern WHITE = Pattern.compile("[ \\t\\n\\f\\r]+");
    private static final Pattern EDGES = Pattern.compile("([ \\t\\n\\f\\r]*)(.*?)([ \\t\\n\\f\\r]*)", Pattern.DOTALL);

    private HtmlWhiteSpace() {
    }

    /**
     * {@code written} (the merged page of {@code original}) with the original's white space in its
     * attributes and beside the elements in {@code excluded} (lower-case names).
     */
    static String restore(String original, String written, Set<String> excluded) {
        return restore(original, written, excluded, line -> { });
    }

    /**
     * As {@link #restore(String, String, Set)}; where the tags cannot be paired even by {@link #WINDOW}
     * tags of look-ahead, {@code unpaired} is given the original's line there and the rest of the page is
     * left as written (what comes before is mended).
     */
    static String restore(String original, String written, Set<String> excluded, IntConsumer unpaired) {
        if (original.equals(written)) {
            return written;
        }
        Config.LoggerProvider = LoggerProvider.DISABLED;
        Source source = new Source(original);
        List<Tag> was = source.getAllTags();
        List<Tag> now = new Source(written).getAllTags();
        TreeMap<Integer, int[]> spans = new TreeMap<>();
        TreeMap<Integer, String> texts = new TreeMap<>();
        int i = 0;
        int j = 0;
        while (i < was.size() && j < now.size()) {
            Tag o = was.get(i);
            Tag n = now.get(j);
            if (!key(o).equals(key(n))) {
                if (n.getName().equals("meta")) {
                    j++;
                    continue;
                }
                if (o.getName().equals("meta")) {
                    i++;
                    continue;
                }
                // a translation moved tags inside a sentence: pair the tags of the stretch it reordered
                int k = reordered(was, i, now, j);
                if (k < 0) {
                    unpaired.accept(source.getRow(o.getBegin()));
                    break;
                }
                for (int[] pair : pairs(was.subList(i, i + k), now.subList(j, j + k))) {
                    mend(original, written, was.get(i + pair[0]), now.get(j + pair[1]), excluded, spans, texts);
                }
                i += k;
                j += k;
                continue;
            }
            mend(original, written, o, n, excluded, spans, texts);
            i++;
            j++;
        }
        if (spans.isEmpty()) {
            return written;
        }
        StringBuilder out = new StringBuilder(written.length() + 64);
        int at = 0;
        for (Map.Entry<Integer, int[]> e : spans.entrySet()) {
            if (e.getKey() < at) {
                continue;
            }
            out.append(written, at, e.getKey()).append(texts.get(e.getKey()));
            at = e.getValue()[0];
        }
        return out.append(written, at, written.length()).toString();
    }

    /** The most tags a stretch that a translation reordered may span. */
    static final int WINDOW = 64;

    /**
     * The length of the shortest stretch from {@code i} in {@code was} and {@code j} in {@code now} that
     * holds the same tags (name and kind) in another order and is followed by tags that pair again (or by
     * the end of both pages), or -1 when there is none within {@link #WINDOW} tags.
     */
    private static int reordered(List<Tag> was, int i, List<Tag> now, int j) {
        Map<String, Integer> balance = new java.util.HashMap<>();
        int open = 0;
        for (int k = 1; k <= WINDOW && i + k <= was.size() && j + k <= now.size(); k++) {
            open += count(balance, key(was.get(i + k - 1)), 1) + count(balance, key(now.get(j + k - 1)), -1);
            if (open != 0) {
                continue;
            }
            boolean endsBoth = i + k == was.size() && j + k == now.size();
            if (endsBoth || i + k < was.size() && j + k < now.size() && key(was.get(i + k)).equals(key(now.get(j + k)))) {
                return k;
            }
        }
        return -1;
    }

    /** Adds {@code d} to {@code key}'s balance; the change in the number of keys out of balance. */
    private static int count(Map<String, Integer> balance, String key, int d) {
        int before = balance.getOrDefault(key, 0);
        int after = before + d;
        if (after == 0) {
            balance.remove(key);
        } else {
            balance.put(key, after);
        }
        return (after == 0 ? 0 : 1) - (before == 0 ? 0 : 1);
    }

    /** What a tag is known by: its name and kind, and the attributes no translation changes ({@link #IDENTITY}). */
    private static String key(Tag t) {
        StringBuilder k = new StringBuilder(t.getName()).append('\u0000').append(t.getTagType());
        if (t instanceof StartTag st && st.getAttributes() != null) {
            for (String name : IDENTITY) {
                Attribute a = st.getAttributes().get(name);
                if (a != null) {
                    k.append('\u0000').append(name).append('=').append(a.getValue());
                }
            }
        }
        return k.toString();
    }

    /** Attributes that say which element a tag is, and that tmsh's codes carry unchanged: a link's, an image's, an id. */
    private static final List<String> IDENTITY = List.of("href", "src", "id", "name");

    /**
     * Pairs the tags of two stretches holding the same tags in another order: each written tag with an
     * original of its name and kind whose attributes agree with it (values compared with white space
     * collapsed, so a translated {@code title} only pairs when no better one does), else with the first
     * unpaired one of its name and kind. Returns {original index, written index} pairs.
     */
    private static List<int[]> pairs(List<Tag> was, List<Tag> now) {
        boolean[] taken = new boolean[was.size()];
        int[] to = new int[now.size()];
        java.util.Arrays.fill(to, -1);
        for (int pass = 0; pass < 2; pass++) {
            for (int b = 0; b < now.size(); b++) {
                if (to[b] >= 0) {
                    continue;
                }
                for (int a = 0; a < was.size(); a++) {
                    if (!taken[a] && key(was.get(a)).equals(key(now.get(b))) && (pass == 1 || sameAttributes(was.get(a), now.get(b)))) {
                        taken[a] = true;
                        to[b] = a;
                        break;
                    }
                }
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int b = 0; b < now.size(); b++) {
            out.add(new int[] {to[b], b});
        }
        return out;
    }

    private static boolean sameAttributes(Tag o, Tag n) {
        if (!(o instanceof StartTag os) || !(n instanceof StartTag ns)) {
            return true;
        }
        if (os.getAttributes() == null || ns.getAttributes() == null) {
            return os.getAttributes() == ns.getAttributes();
        }
        if (os.getAttributes().size() != ns.getAttributes().size()) {
            return false;
        }
        for (Attribute a : ns.getAttributes()) {
            Attribute b = os.getAttributes().get(a.getName());
            if (b == null || a.hasValue() != b.hasValue()
                    || a.hasValue() && !collapse(b.getValue()).trim().equals(collapse(a.getValue()).trim())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Records the edits that give the written tag {@code n} (paired with the original's {@code o}) the
     * original's white space: beside a left-out element's tag, and in its translatable attributes.
     */
    private static void mend(String original, String written, Tag o, Tag n, Set<String> excluded,
                             TreeMap<Integer, int[]> spans, TreeMap<Integer, String> texts) {
        if (excluded.contains(o.getName())) {
            // the white space on either side of the left-out element's tag, where the writer wrote none
            String before = white(original, o.getBegin(), -1);
            if (!before.isEmpty() && white(written, n.getBegin(), -1).isEmpty()) {
                spans.put(n.getBegin(), new int[] {n.getBegin()});
                texts.put(n.getBegin(), before);
            }
            String after = white(original, o.getEnd(), 1);
            if (!after.isEmpty() && white(written, n.getEnd(), 1).isEmpty()) {
                spans.put(n.getEnd(), new int[] {n.getEnd()});
                texts.put(n.getEnd(), after);
            }
        }
        if (o instanceof StartTag os && n instanceof StartTag ns && os.getAttributes() != null && ns.getAttributes() != null) {
            for (Attribute a : ns.getAttributes()) {
                Attribute b = os.getAttributes().get(a.getName());
                if (b == null || !a.hasValue() || !b.hasValue() || a.getQuoteChar() == ' ' || a.getValue().equals(b.getValue())) {
                    continue;
                }
                String mended = spaced(b.getValue(), a.getValue(), a.getValueSegment().toString());
                if (mended != null) {
                    spans.put(a.getValueSegment().getBegin(), new int[] {a.getValueSegment().getEnd()});
                    texts.put(a.getValueSegment().getBegin(), mended);
                }
            }
        }
    }

    /** The run of HTML white space that ends ({@code dir} -1) or starts ({@code dir} 1) at {@code at}. */
    private static String white(String s, int at, int dir) {
        int i = at;
        if (dir < 0) {
            while (i > 0 && " \t\n\f\r".indexOf(s.charAt(i - 1)) >= 0) {
                i--;
            }
            return s.substring(i, at);
        }
        while (i < s.length() && " \t\n\f\r".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return s.substring(at, i);
    }

    /**
     * The raw value {@code raw} (decoded: {@code value}) with the white space of {@code original}'s
     * decoded value, or null when there is nothing to put back.
     */
    static String spaced(String original, String value, String raw) {
        Matcher edges = EDGES.matcher(original);
        if (!edges.matches()) {
            return null;
        }
        String lead = edges.group(1);
        String inner = edges.group(2);
        String trail = edges.group(3);
        if (collapse(inner).equals(value)) {
            // untouched: each space of the written value stands for the original's white space there
            List<String> runs = new ArrayList<>();
            Matcher m = WHITE.matcher(inner);
            while (m.find()) {
                runs.add(m.group());
            }
            if (raw.chars().filter(c -> c == ' ').count() != runs.size()) {
                return null;
            }
            StringBuilder s = new StringBuilder(lead);
            int k = 0;
            for (char c : raw.toCharArray()) {
                s.append(c == ' ' ? runs.get(k++) : String.valueOf(c));
            }
            String out = s.append(trail).toString();
            return out.equals(raw) ? null : out;
        }
        Matcher v = EDGES.matcher(value);
        if (v.matches() && v.group(1).isEmpty() && v.group(3).isEmpty() && (!lead.isEmpty() || !trail.isEmpty())) {
            // translated: the translator's text, the original's white space at its edges
            return lead + raw + trail;
        }
        return null;
    }

    private static String collapse(String s) {
        return WHITE.matcher(s).replaceAll(" ");
    }
}
