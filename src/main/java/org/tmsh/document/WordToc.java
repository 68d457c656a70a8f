package org.tmsh.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Word table of contents gets the translated headings. Its entries are the cached result of a {@code TOC}
 * field, which Okapi's Word filter does not extract (Word computes it again on "Update field"), so a merged
 * document kept them in the source language beside translated headings: a client opening it, and a PDF that
 * LibreOffice makes (it does not update fields on conversion), showed contents that matched nothing.
 *
 * <p>After the writer, each entry of a {@code TOC} field's result is paired with its heading as Word pairs
 * them: by the bookmark its hyperlink points at ({@code w:hyperlink w:anchor="_Toc..."}, LibreOffice's
 * {@code __RefHeading___Toc...}) or, without a hyperlink, the bookmark of its {@code PAGEREF} field. The
 * entry's text is split at its tabs (a number, the title, the page); the piece that reads as the original
 * heading (white space collapsed) gets the merged heading's text, in the entry's first text of that piece
 * (its run's formatting kept), the rest of the piece's texts emptied. Page numbers, tabs, the field codes
 * and every other run stay as they were.
 *
 * <p>An entry whose heading was translated but whose text cannot be matched to it (edited by hand, or a
 * heading with a tab) makes the field dirty ({@code w:dirty="true"} on its begin), so that Word computes it
 * again; an entry whose heading is unchanged, or whose bookmark the part lacks, is left as it is, and a
 * document merged untouched is the original.
 *
 * <p>Edited as text with the prefix the part declares for WordprocessingML; written by hand: Okapi has no
 * option for it.
 */
final class WordToc {

    private WordToc() {
    }

    /** {@code now} (a part as Okapi wrote it) with its table of contents' entries read from its headings; {@code was} is the original's part. */
    static String entries(String was, String now, String w) {
        if (!now.contains("TOC") || !now.contains(w + ":fldChar")) {
            return now;
        }
        List<Entry> entries = tocEntries(now, w);
        if (entries.isEmpty()) {
            return now;
        }
        Map<String, String> before = headings(was, w);
        Map<String, String> after = headings(now, w);
        List<int[]> edits = new ArrayList<>(); // {start, end, index into texts}
        List<String> texts = new ArrayList<>();
        java.util.Set<Integer> dirty = new java.util.TreeSet<>();
        for (Entry e : entries) {
            String old = before.get(e.anchor);
            String cur = after.get(e.anchor);
            if (old == null || cur == null || collapse(old).equals(collapse(cur))) {
                continue; // no heading to read, or not translated: the entry is right as it is
            }
            int piece = e.piece(collapse(old));
            if (piece < 0) {
                dirty.add(e.fieldBegin);
                continue;
            }
            boolean first = true;
            for (int[] t : e.pieces.get(piece)) {
                edits.add(new int[] {t[0], t[1], texts.size()});
                texts.add(first ? escape(collapse(cur)) : "");
                first = false;
            }
        }
        if (edits.isEmpty() && dirty.isEmpty()) {
            return now;
        }
        dirty.remove(-1); // already dirty
        for (int at : dirty) {
            edits.add(new int[] {at, at, texts.size()});
            texts.add(" " + w + ":dirty=\"true\"");
        }
        edits.sort((a, b) -> Integer.compare(a[0], b[0]));
        StringBuilder out = new StringBuilder(now.length() + 64);
        int at = 0;
        for (int[] e : edits) {
            out.append(now, at, e[0]).append(texts.get(e[2]));
            at = e[1];
        }
        return out.append(now, at, now.length()).toString();
    }

    /**
     * One entry of a table of contents (a paragraph of a {@code TOC} field's result): the bookmark it points
     * at, the place in the part where its field's begin tag can take an attribute, and its texts ({@code w:t}
     * contents, start and end in the part) in pieces between its tabs.
     */
    private static final class Entry {
        String anchor;
        final int fieldBegin;
        final List<List<int[]>> pieces = new ArrayList<>(List.of(new ArrayList<>()));
        final List<StringBuilder> words = new ArrayList<>(List.of(new StringBuilder()));

        Entry(int fieldBegin) {
            this.fieldBegin = fieldBegin;
        }

        void text(int start, int end, String s) {
            pieces.get(pieces.size() - 1).add(new int[] {start, end});
            words.get(words.size() - 1).append(s);
        }

        void tab() {
            pieces.add(new ArrayList<>());
            words.add(new StringBuilder());
        }

        /** The piece whose text is {@code heading} (collapsed), -1 if none (or none with a text to replace). */
        int piece(String heading) {
            for (int i = 0; i < words.size(); i++) {
                if (!pieces.get(i).isEmpty() && collapse(unescape(words.get(i).toString())).equals(heading)) {
                    return i;
                }
            }
            return -1;
        }
    }

    private static Pattern tags(String w) {
        return Pattern.compile("<(/?)" + Pattern.quote(w) + ":(\\w+)((?:\\s[^>]*?)?)(/?)>");
    }

    /** A complex field being read: its instruction, whether its result has begun, and where its begin tag ends. */
    private static final class Field {
        final StringBuilder instruction = new StringBuilder();
        boolean result;
        final int beginAttr;

        Field(int beginAttr) {
            this.beginAttr = beginAttr;
        }

        String name() {
            String s = instruction.toString().strip();
            int sp = s.indexOf(' ');
            return (sp < 0 ? s : s.substring(0, sp)).toUpperCase(java.util.Locale.ROOT);
        }

        /** The bookmark a {@code PAGEREF} or a {@code HYPERLINK \\l} field points at; null for another field or none yet. */
        String anchor() {
            Matcher a = switch (name()) {
                case "PAGEREF" -> Pattern.compile("(?i)^\\s*PAGEREF\\s+\"?([^\"\\s]+)").matcher(instruction);
                case "HYPERLINK" -> Pattern.compile("\\\\l\\s+\"?([^\"\\s]+)").matcher(instruction);
                default -> null;
            };
            return a != null && a.find() ? a.group(1) : null;
        }
    }

    /** The entries of every {@code TOC} field's result in a part, with an anchor each. */
    private static List<Entry> tocEntries(String xml, String w) {
        List<Entry> out = new ArrayList<>();
        Deque<Field> fields = new ArrayDeque<>();
        Deque<String> links = new ArrayDeque<>();
        Entry entry = null;
        int pPr = 0;
        boolean inInstr = false;
        Matcher m = tags(w).matcher(xml);
        int textStart = -1;
        while (m.find()) {
            boolean close = !m.group(1).isEmpty();
            boolean empty = !m.group(4).isEmpty();
            String name = m.group(2);
            String attrs = m.group(3);
            switch (name) {
                case "p" -> {
                    if (close) {
                        if (entry != null && entry.anchor != null) {
                            out.add(entry);
                        }
                        entry = null;
                    } else if (!empty) {
                        Field toc = toc(fields);
                        entry = toc == null ? null : new Entry(toc.beginAttr);
                    }
                }
                case "pPr", "rPr" -> {
                    if (!empty) {
                        pPr += close ? -1 : 1;
                    }
                }
                case "hyperlink" -> {
                    if (close) {
                        links.poll();
                    } else if (!empty) {
                        String anchor = attribute(attrs, w + ":anchor");
                        links.push(anchor == null ? "" : anchor);
                    }
                }
                case "fldChar" -> {
                    String type = attribute(attrs, w + ":fldCharType");
                    if ("begin".equals(type)) {
                        // where an attribute can be added: before the tag's "/>" or ">"
                        fields.push(new Field(attribute(attrs, w + ":dirty") != null ? -1 : m.end() - (empty ? 2 : 1)));
                    } else if ("separate".equals(type) && !fields.isEmpty()) {
                        fields.peek().result = true;
                        Field f = fields.peek();
                        if (f.name().equals("TOC") && entry == null) {
                            entry = new Entry(f.beginAttr); // the first entry shares the paragraph of the field's begin
                        }
                    } else if ("end".equals(type) && !fields.isEmpty()) {
                        Field f = fields.pop();
                        if (f.name().equals("TOC")) {
                            if (entry != null && entry.anchor != null) {
                                out.add(entry);
                            }
                            entry = null;
                        }
                    }
                }
                case "instrText" -> {
                    if (close) {
                        if (inInstr && !fields.isEmpty()) {
                            fields.peek().instruction.append(unescape(xml.substring(textStart, m.start())));
                        }
                        inInstr = false;
                    } else if (!empty) {
                        inInstr = true;
                        textStart = m.end();
                    }
                }
                case "t" -> {
                    if (close) {
                        if (textStart >= 0 && entry != null && innermostIsToc(fields)) {
                            entry.text(textStart, m.start(), xml.substring(textStart, m.start()));
                        }
                        textStart = -1;
                    } else if (!empty) {
                        textStart = m.end();
                    }
                }
                case "tab", "ptab" -> {
                    if (pPr == 0 && entry != null && innermostIsToc(fields)) {
                        entry.tab();
                    }
                }
                default -> { }
            }
            if (name.equals("fldChar") && entry != null && entry.anchor == null && !fields.isEmpty() && fields.peek().result
                    && "separate".equals(attribute(attrs, w + ":fldCharType"))) {
                // without a w:hyperlink: Word's older HYPERLINK \l field around the title, or the page's PAGEREF field
                entry.anchor = fields.peek().anchor();
            }
            if (name.equals("hyperlink") && !close && !empty && entry != null && entry.anchor == null && !links.peek().isEmpty()) {
                entry.anchor = links.peek();
            }
        }
        return out;
    }

    /** The innermost {@code TOC} field of those open whose result has begun, null if none. */
    private static Field toc(Deque<Field> fields) {
        return toc(fields.iterator());
    }

    private static Field toc(java.util.Iterator<Field> fields) {
        while (fields.hasNext()) {
            Field f = fields.next();
            if (f.result && f.name().equals("TOC")) {
                return f;
            }
        }
        return null;
    }

    /** Whether a text here is the result of a {@code TOC} field itself, not of a field inside it (a page number) or an instruction. */
    private static boolean innermostIsToc(Deque<Field> fields) {
        for (Field f : fields) {
            if (!f.result) {
                return false;
            }
            if (f.name().equals("TOC")) {
                return true;
            }
            if (!f.name().equals("HYPERLINK")) {
                return false; // a page number's PAGEREF, or another field's result
            }
        }
        return false;
    }

    /** Each bookmark's name and the text of the paragraph it starts in (or, between paragraphs, the next one). */
    static Map<String, String> headings(String xml, String w) {
        Map<String, String> out = new HashMap<>();
        Deque<StringBuilder> paragraphs = new ArrayDeque<>();
        Deque<List<String>> named = new ArrayDeque<>();
        List<String> waiting = new ArrayList<>();
        Deque<Field> fields = new ArrayDeque<>();
        int pPr = 0;
        int textStart = -1;
        Matcher m = tags(w).matcher(xml);
        while (m.find()) {
            boolean close = !m.group(1).isEmpty();
            boolean empty = !m.group(4).isEmpty();
            switch (m.group(2)) {
                case "p" -> {
                    if (close && !paragraphs.isEmpty()) {
                        String text = paragraphs.pop().toString();
                        for (String n : named.pop()) {
                            out.putIfAbsent(n, text);
                        }
                    } else if (!close && !empty) {
                        paragraphs.push(new StringBuilder());
                        named.push(new ArrayList<>(waiting));
                        waiting.clear();
                    }
                }
                case "pPr", "rPr" -> {
                    if (!empty) {
                        pPr += close ? -1 : 1;
                    }
                }
                case "bookmarkStart" -> {
                    String n = attribute(m.group(3), w + ":name");
                    if (n != null) {
                        (named.isEmpty() ? waiting : named.peek()).add(n);
                    }
                }
                case "fldChar" -> {
                    String type = attribute(m.group(3), w + ":fldCharType");
                    if ("begin".equals(type)) {
                        fields.push(new Field(0));
                    } else if ("separate".equals(type) && !fields.isEmpty()) {
                        fields.peek().result = true;
                    } else if ("end".equals(type)) {
                        fields.poll();
                    }
                }
                case "t" -> {
                    if (close) {
                        if (textStart >= 0 && !paragraphs.isEmpty()) {
                            paragraphs.peek().append(unescape(xml.substring(textStart, m.start())));
                        }
                        textStart = -1;
                    } else if (!empty) {
                        textStart = m.end();
                    }
                }
                case "tab", "br", "cr" -> {
                    if (pPr == 0 && !paragraphs.isEmpty()) {
                        paragraphs.peek().append(m.group(2).equals("tab") ? '\t' : ' ');
                    }
                }
                default -> { }
            }
        }
        return out;
    }

    private static String attribute(String attrs, String name) {
        Matcher a = Pattern.compile("\\s" + Pattern.quote(name) + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')").matcher(attrs);
        return a.find() ? unescape(a.group(1) != null ? a.group(1) : a.group(2)) : null;
    }

    /** White space (a no-break space too) as one space, none at the ends: how Word's entry reads a heading. */
    static String collapse(String s) {
        return s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        Matcher m = Pattern.compile("&(#x[0-9A-Fa-f]+|#[0-9]+|amp|lt|gt|quot|apos);").matcher(s);
        int at = 0;
        while (m.find()) {
            out.append(s, at, m.start());
            String e = m.group(1);
            switch (e) {
                case "amp" -> out.append('&');
                case "lt" -> out.append('<');
                case "gt" -> out.append('>');
                case "quot" -> out.append('"');
                case "apos" -> out.append('\'');
                default -> out.appendCodePoint(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1)));
            }
            at = m.end();
        }
        return out.append(s, at, s.length()).toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
