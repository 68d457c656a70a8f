package org.tmsh.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives the text runs of a merged Word part back the direct properties Okapi's writer dropped. Okapi's
 * Word filter reads a run's properties as it thinks Word shows them and writes them so: it drops a
 * toggle property (bold, italic ...) that a character style marked {@code w:default} already gives (Word
 * and LibreOffice apply no character style to a run without {@code w:rStyle}: the run came back upright),
 * the complex-script properties ({@code w:bCs}, {@code w:iCs}, {@code w:szCs}) of a run of Latin text
 * (which Word uses when the run is {@code w:rtl} or {@code w:cs}), and properties of their default value
 * ({@code w:position w:val="0"}, {@code w:vertAlign w:val="baseline"}). It also joins runs whose
 * properties it reads as equal and splits runs, so a written run cannot be matched to an original run by
 * order.
 *
 * <p>It is matched by its properties instead: a written text run's properties (each child of its
 * {@code w:rPr}, {@code w:lang} aside, which the writer sets to the target's) must be a subset of the
 * properties of the original runs it came from. Among the text runs of the same paragraph (paragraphs
 * paired by order when the part has as many as the original; else among all the part's text runs, when
 * it has at most 2,000), the
 * original runs whose properties hold every property of the written run are its candidates; when every
 * candidate has the same properties beyond the written run's, those are put back (in the order Word's
 * schema gives them). When the candidates differ (runs of different properties that Okapi joined, or a
 * run whose properties are exactly an original's), the run is left as written: nothing is guessed. A
 * tracked formatting change ({@code w:rPrChange}, accepted on reading) is never put back.
 *
 * <p>Edited as text; the rest of each part is byte for byte what Okapi wrote. Written by hand: Okapi has
 * no option to keep a run's properties as they were.
 */
final class WordRunProperties {

    /** The children of {@code w:rPr} in the order of Word's schema ({@code CT_RPr}). */
    private static final List<String> ORDER = List.of("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike",
            "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
            "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em",
            "lang", "eastAsianLayout", "specVanish", "oMath");

    /** The most original runs a part whose paragraphs cannot be paired is searched through. */
    private static final int UNPAIRED_RUNS = 2_000;

    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*')");

    private WordRunProperties() {
    }

    /** {@code now} (a part Okapi wrote from {@code was}) with its text runs' dropped properties put back. */
    static String part(String was, String now) {
        String w = WordMarks.prefix(was);
        if (w == null || !w.equals(WordMarks.prefix(now))) {
            return now;
        }
        List<List<Run>> old = paragraphs(was, w);
        List<List<Run>> cur = paragraphs(now, w);
        List<Run> all = new ArrayList<>();
        old.forEach(all::addAll);
        boolean paired = old.size() == cur.size();
        if (!paired && all.size() > UNPAIRED_RUNS) {
            return now; // each written run against every run of a long part: left as written
        }
        TreeMap<Integer, int[]> edits = new TreeMap<>();
        Map<Integer, String> texts = new LinkedHashMap<>();
        for (int p = 0; p < cur.size(); p++) {
            List<Run> pool = paired ? old.get(p) : all;
            for (Run r : cur.get(p)) {
                String mended = mend(r, pool, w);
                if (mended != null) {
                    edits.put(r.start, new int[] {r.end});
                    texts.put(r.start, mended);
                }
            }
        }
        if (edits.isEmpty()) {
            return now;
        }
        StringBuilder out = new StringBuilder(now.length() + 64 * edits.size());
        int at = 0;
        for (Map.Entry<Integer, int[]> e : edits.entrySet()) {
            out.append(now, at, e.getKey()).append(texts.get(e.getKey()));
            at = e.getValue()[0];
        }
        return out.append(now, at, now.length()).toString();
    }

    /** The written run's new {@code w:rPr}, or null when it is kept as written. */
    private static String mend(Run written, List<Run> pool, String w) {
        Map<String, String> extra = null;
        Run model = null;
        for (Run o : pool) {
            if (!o.props.keySet().containsAll(written.props.keySet())) {
                continue;
            }
            Map<String, String> more = new LinkedHashMap<>(o.props);
            more.keySet().removeAll(written.props.keySet());
            if (extra == null) {
                extra = more;
                model = o;
            } else if (!extra.keySet().equals(more.keySet())) {
                return null;
            }
        }
        if (extra == null || extra.isEmpty()) {
            return null;
        }
        List<String[]> children = new ArrayList<>(written.children);
        for (Map.Entry<String, String> e : extra.entrySet()) {
            String name = model.names.get(e.getKey());
            int rank = rank(name, w);
            int i = 0;
            while (i < children.size() && rank(children.get(i)[0], w) <= rank) {
                i++;
            }
            children.add(i, new String[] {name, e.getValue()});
        }
        StringBuilder s = new StringBuilder(written.open);
        children.forEach(c -> s.append(c[1]));
        return s.append("</").append(w).append(":rPr>").toString();
    }

    private static int rank(String name, String w) {
        if (name.startsWith(w + ":")) {
            int i = ORDER.indexOf(name.substring(w.length() + 1));
            if (i >= 0) {
                return i;
            }
            if (name.equals(w + ":rPrChange")) {
                return ORDER.size() + 1;
            }
        }
        return ORDER.size();
    }

    /** A text run: where its {@code w:rPr} is (or would go), how it opens, and its children. */
    private static final class Run {
        int start;
        int end;
        String open;
        /** Each child's key (its name and sorted attributes) to its XML, {@code w:lang} and {@code w:rPrChange} aside. */
        final Map<String, String> props = new LinkedHashMap<>();
        /** Each key to the child's name. */
        final Map<String, String> names = new LinkedHashMap<>();
        /** Every child in order: name and XML. */
        final List<String[]> children = new ArrayList<>();
    }

    /** The text runs (holding a {@code w:t}) of each innermost paragraph, paragraphs in the order they open. */
    private static List<List<Run>> paragraphs(String xml, String w) {
        String p = Pattern.quote(w);
        Matcher tag = Pattern.compile("<(/?)" + p + ":(p|r)(?=[\\s/>])[^>]*>").matcher(xml);
        Pattern text = Pattern.compile("<" + p + ":t[\\s>]");
        List<List<Run>> out = new ArrayList<>();
        Deque<Integer> paras = new ArrayDeque<>();
        Deque<int[]> runs = new ArrayDeque<>();
        while (tag.find()) {
            boolean close = !tag.group(1).isEmpty();
            boolean empty = tag.group().endsWith("/>");
            if (tag.group(2).equals("p")) {
                if (close) {
                    paras.poll();
                } else if (!empty) {
                    paras.push(out.size());
                    out.add(new ArrayList<>());
                }
            } else if (close) {
                int[] r = runs.poll();
                // innermost runs only: a run holding another (a text box's) is no text run of its own
                if (r != null && r[1] == 0 && !paras.isEmpty()) {
                    int[] content = {r[0], tag.start()};
                    if (text.matcher(xml.substring(content[0], content[1])).find()) {
                        out.get(paras.peek()).add(run(xml, content, w));
                    }
                }
                if (!runs.isEmpty()) {
                    runs.peek()[1] = 1;
                }
            } else if (!empty) {
                runs.push(new int[] {tag.end(), 0});
            }
        }
        return out;
    }

    private static Run run(String xml, int[] content, String w) {
        int[] at = WordMarks.properties(xml, content, w);
        Run r = new Run();
        r.start = at[0];
        r.end = at[1];
        String rpr = xml.substring(at[0], at[1]);
        if (rpr.isEmpty() || rpr.endsWith("/>") && rpr.indexOf('>') == rpr.length() - 1) {
            r.open = "<" + w + ":rPr>";
            return r;
        }
        int gt = rpr.indexOf('>');
        r.open = rpr.substring(0, gt + 1);
        String body = rpr.substring(gt + 1, rpr.length() - ("</" + w + ":rPr>").length());
        int i = 0;
        while (i < body.length()) {
            int lt = body.indexOf('<', i);
            if (lt < 0) {
                break;
            }
            int end = elementEnd(body, lt);
            if (end < 0) {
                break;
            }
            String el = body.substring(lt, end);
            String name = el.substring(1).split("[\\s/>]", 2)[0];
            r.children.add(new String[] {name, el});
            if (!name.equals(w + ":lang") && !name.equals(w + ":rPrChange")) {
                String key = key(name, el);
                r.props.put(key, el);
                r.names.put(key, name);
            }
            i = end;
        }
        return r;
    }

    /** The end of the element starting at {@code lt} in {@code s} (its end tag included), or -1. */
    private static int elementEnd(String s, int lt) {
        int gt = s.indexOf('>', lt);
        if (gt < 0) {
            return -1;
        }
        if (s.charAt(gt - 1) == '/') {
            return gt + 1;
        }
        String name = s.substring(lt + 1).split("[\\s/>]", 2)[0];
        int depth = 1;
        int at = gt + 1;
        Matcher m = Pattern.compile("<(/?)" + Pattern.quote(name) + "(?=[\\s/>])[^>]*>").matcher(s);
        while (depth > 0 && m.find(at)) {
            if (!m.group(1).isEmpty()) {
                depth--;
            } else if (!m.group().endsWith("/>")) {
                depth++;
            }
            at = m.end();
        }
        return depth == 0 ? at : -1;
    }

    /** A child's name and its attributes sorted, so that their order and quotes do not count. */
    private static String key(String name, String el) {
        if (!el.endsWith("/>") || el.indexOf('>') != el.length() - 1) {
            return el.replaceAll("\\s+", " ");
        }
        TreeMap<String, String> attrs = new TreeMap<>();
        Matcher m = ATTRIBUTE.matcher(el);
        while (m.find()) {
            attrs.put(m.group(1), m.group(2).substring(1, m.group(2).length() - 1));
        }
        return name + attrs;
    }
}
