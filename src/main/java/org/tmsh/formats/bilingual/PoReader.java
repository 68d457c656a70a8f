package org.tmsh.formats.bilingual;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.common.TextFiles;
import org.tmsh.common.TmshException;
import org.tmsh.document.DocumentReader;
import org.tmsh.formats.xliff.XliffReader;

/**
 * Reads a gettext PO file into pairs: {@code msgid} as source, {@code msgstr} (or {@code msgstr[0]} of
 * a plural entry, with the singular {@code msgid}) as target, {@code msgctxt} as the entry's context;
 * an entry flagged {@code fuzzy} has the state {@code fuzzy}, a translated one {@code translated};
 * untranslated, obsolete ({@code #~}) and the header entry are left out. The target language is the
 * header's {@code Language:}; the source language its {@code X-Source-Language:} when present (gettext
 * has no standard field for it).
 *
 * <p>The file is decoded strictly in the charset its header declares ({@code Content-Type: ...;
 * charset=windows-1251}), as {@code msgfmt} does; the encoding the caller names ({@code --encoding})
 * for a file that declares none (or the template's {@code CHARSET}); else UTF-8. A keyword's string
 * may start on the next line ({@code msgstr[0]} then {@code "..."}), and entries need no blank line
 * between them. A msgid defined twice in one context is an error (msgfmt's rule). Escapes {@code \n \t \" \\} (and gettext's octal and hex escapes) are decoded; a line
 * that is neither a comment, a keyword nor a continued string is an error naming the line.
 */
public final class PoReader {

    private static final Pattern KEYWORD = Pattern.compile("^(msgctxt|msgid|msgid_plural|msgstr(?:\\[(\\d+)\\])?)(?:\\s+\"(.*)\")?\\s*$");
    private static final Pattern CONTINUED = Pattern.compile("^\"(.*)\"\\s*$");
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*([A-Za-z0-9._:()+-]+)", Pattern.CASE_INSENSITIVE);

    private PoReader() {
    }

    public static XliffReader.Content read(Path file) {
        return read(file, null);
    }

    /** Reads a PO file; {@code encoding} (may be null) is used when the file declares no charset. */
    public static XliffReader.Content read(Path file, String encoding) {
        byte[] bytes = DocumentReader.bytes(file);
        String declared = declaredCharset(bytes);
        String charset = declared != null ? declared : encoding;
        String text = TextFiles.decode(file, bytes, charset, declared != null
                ? "the header declares charset=" + declared + ", which these bytes are not"
                : "the file declares no charset: give its encoding with --encoding, for example --encoding windows-1251");
        List<String> lines = text.lines().toList();
        List<XliffReader.Entry> entries = new ArrayList<>();
        String[] langs = new String[2];
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        Entry e = new Entry();
        java.util.Map<String, String> headerMeta = new java.util.LinkedHashMap<>();
        String field = null;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i).strip() : "";
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            Matcher k = KEYWORD.matcher(line);
            boolean startsEntry = k.matches() && (k.group(1).equals("msgctxt") || k.group(1).equals("msgid"))
                    && e.msgstr != null;
            boolean commentAfter = line.startsWith("#") && e.msgstr != null;
            if (line.isEmpty() || startsEntry || commentAfter) {
                e.finish(file, entries, langs, seen, headerMeta);
                e = new Entry();
                field = null;
                if (line.isEmpty()) {
                    continue;
                }
            }
            if (line.startsWith("#~")) {
                field = null;
                continue;
            }
            if (line.startsWith("#")) {
                if (line.startsWith("#,") && line.contains("fuzzy")) {
                    e.fuzzy = true;
                } else if (line.equals("#") || line.startsWith("# ") || line.startsWith("#.")) {
                    // a translator's (# ) or an extracted (#.) comment: the entry's notes
                    String note = line.substring(line.startsWith("#.") ? 2 : 1).strip();
                    if (!note.isEmpty()) {
                        e.notes.add(note);
                    }
                }
                continue;
            }
            Matcher c = CONTINUED.matcher(line);
            if (k.matches()) {
                field = k.group(1);
                String s = k.group(3) == null ? "" : unescape(file, i + 1, k.group(3));
                if (field.equals("msgctxt")) {
                    e.msgctxt = new StringBuilder(s);
                    e.line = i + 1;
                } else if (field.equals("msgid")) {
                    e.msgid = new StringBuilder(s);
                    if (e.msgctxt == null) {
                        e.line = i + 1;
                    }
                } else if (field.equals("msgstr") || "0".equals(k.group(2))) {
                    e.msgstr = new StringBuilder(s);
                    field = "msgstr";
                } else if (field.startsWith("msgstr")) {
                    field = "msgstr[n]";
                    if (e.msgstr == null) {
                        e.msgstr = new StringBuilder();
                    }
                }
            } else if (c.matches() && field != null) {
                String s = unescape(file, i + 1, c.group(1));
                switch (field) {
                    case "msgid" -> e.msgid.append(s);
                    case "msgstr" -> e.msgstr.append(s);
                    case "msgctxt" -> e.msgctxt.append(s);
                    default -> {
                        // msgid_plural, msgstr[1..]: not kept
                    }
                }
            } else {
                throw TmshException.inFile(file, i + 1, "not a PO line: " + (line.length() > 60 ? line.substring(0, 60) + "..." : line));
            }
        }
        if (!headerMeta.isEmpty()) {
            List<XliffReader.Entry> withHeader = new ArrayList<>(entries.size());
            for (XliffReader.Entry x : entries) {
                withHeader.add(x.with(headerMeta, List.of()));
            }
            entries = withHeader;
        }
        return new XliffReader.Content(new XliffReader.Header(null, null, null, null, langs[0], langs[1]), entries);
    }

    /**
     * The charset the header entry declares, or null (none, or the template's {@code CHARSET}). The
     * header is read as ASCII, as gettext does: every charset a PO may use keeps ASCII as it is.
     */
    static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        int ct = head.toLowerCase(Locale.ROOT).indexOf("content-type:");
        if (ct < 0) {
            return null;
        }
        int end = head.indexOf("\\n", ct);
        Matcher m = CHARSET.matcher(end < 0 ? head.substring(ct) : head.substring(ct, end));
        if (!m.find() || m.group(1).equalsIgnoreCase("CHARSET")) {
            return null;
        }
        TextFiles.charset(m.group(1));
        return m.group(1);
    }

    /** The header fields every entry takes as its metadata (who translated the file last, and when), lower case. */
    private static final List<String> HEADER_META = List.of("Last-Translator", "PO-Revision-Date");

    private static final class Entry {
        List<String> notes = new ArrayList<>();
        StringBuilder msgctxt;
        StringBuilder msgid;
        StringBuilder msgstr;
        boolean fuzzy;
        int line;

        void finish(Path file, List<XliffReader.Entry> entries, String[] langs, java.util.Map<String, Integer> seen,
                    java.util.Map<String, String> header) {
            if (msgid != null && msgstr != null && !(msgid.length() == 0 && msgctxt == null)) {
                Integer first = seen.putIfAbsent((msgctxt == null ? "\u0004" : msgctxt + "\u0004") + msgid, line);
                if (first != null) {
                    throw TmshException.inFile(file, line, "the message of line " + first
                            + " again (msgfmt refuses a PO that defines a msgid twice in one context)");
                }
            }
            if (msgid != null && msgid.length() == 0 && msgctxt == null && msgstr != null) {
                langs[0] = header(msgstr.toString(), "X-Source-Language", langs[0]);
                langs[1] = header(msgstr.toString(), "Language", langs[1]);
                for (String name : HEADER_META) {
                    String v = field(msgstr.toString(), name);
                    if (v != null && !v.contains("FULL NAME") && !v.startsWith("YEAR-")) {
                        header.put("po:" + name.toLowerCase(Locale.ROOT), v);
                    }
                }
            } else if (msgid != null && msgstr != null && msgstr.length() > 0) {
                entries.add(new XliffReader.Entry(String.valueOf(line), msgid.toString(), msgstr.toString(),
                        fuzzy ? "fuzzy" : "translated", line, msgctxt == null ? null : msgctxt.toString(), false,
                        java.util.Map.of(), notes));
            }
        }
    }

    /** A header field's value as written, or null. */
    private static String field(String header, String name) {
        for (String h : header.split("\n")) {
            int colon = h.indexOf(':');
            if (colon > 0 && h.substring(0, colon).strip().equalsIgnoreCase(name)) {
                String v = h.substring(colon + 1).strip();
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    private static String header(String header, String name, String old) {
        for (String h : header.split("\n")) {
            int colon = h.indexOf(':');
            if (colon > 0 && h.substring(0, colon).strip().equalsIgnoreCase(name)) {
                String v = h.substring(colon + 1).strip().replace('_', '-');
                int at = v.indexOf('@'); // sr@latin: a modifier, not part of the tag
                if (at > 0) {
                    v = v.substring(0, at);
                }
                return v.isEmpty() ? old : v;
            }
        }
        return old;
    }

    private static String unescape(Path file, int line, String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch != '\\') {
                sb.append(ch);
                continue;
            }
            if (++i >= s.length()) {
                throw TmshException.inFile(file, line, "a backslash ends the string");
            }
            char esc = s.charAt(i);
            switch (esc) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'v' -> sb.append('\u000B');
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                case '?' -> sb.append('?');
                case '\'' -> sb.append('\'');
                case 'x' -> {
                    int j = i + 1;
                    while (j < s.length() && j < i + 3 && Character.digit(s.charAt(j), 16) >= 0) {
                        j++;
                    }
                    if (j == i + 1) {
                        throw TmshException.inFile(file, line, "\\x without hex digits");
                    }
                    sb.append((char) Integer.parseInt(s.substring(i + 1, j), 16));
                    i = j - 1;
                }
                default -> {
                    if (esc >= '0' && esc <= '7') {
                        int j = i;
                        while (j < s.length() && j < i + 3 && s.charAt(j) >= '0' && s.charAt(j) <= '7') {
                            j++;
                        }
                        sb.append((char) Integer.parseInt(s.substring(i, j), 8));
                        i = j - 1;
                    } else {
                        throw TmshException.inFile(file, line, "unknown escape \\" + esc);
                    }
                }
            }
        }
        return sb.toString();
    }
}
