package org.tmsh.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * after the writer. The merged page's tags are paired with the original's (in order, by name and kind; a
 * {@code <meta>} the writer added or dropped is passed over; a page whose tags cannot be paired so, a
 * translation that moved tags, is left as written). Then:
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
        if (original.equals(written)) {
            return written;
        }
        Config.LoggerProvider = LoggerProvider.DISABLED;
        List<Tag> was = new Source(original).getAllTags();
        List<Tag> now = new Source(written).getAllTags();
        TreeMap<Integer, int[]> spans = new TreeMap<>();
        TreeMap<Integer, String> texts = new TreeMap<>();
        int i = 0;
        int j = 0;
        while (i < was.size() && j < now.size()) {
            Tag o = was.get(i);
            Tag n = now.get(j);
            if (!o.getName().equals(n.getName()) || o.getTagType() != n.getTagType()) {
                if (n.getName().equals("meta")) {
                    j++;
                    continue;
                }
                if (o.getName().equals("meta")) {
                    i++;
                    continue;
                }
                return written;
            }
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
