package org.tmsh.formats.bilingual;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.common.TmshException;
import org.tmsh.document.DocumentReader;
import org.tmsh.formats.xliff.XliffReader;

/**
 * Reads a gettext PO file into pairs: {@code msgid} as source, {@code msgstr} (or {@code msgstr[0]} of
 * a plural entry, with the singular {@code msgid}) as target; an entry flagged {@code fuzzy} has the
 * state {@code fuzzy}, a translated one {@code translated}; untranslated, obsolete ({@code #~}) and the
 * header entry are left out. The target language is the header's {@code Language:}; the source
 * language its {@code X-Source-Language:} when present (gettext has no standard field for it).
 *
 * <p>Escapes {@code \n \t \" \\} are decoded; a line that is neither a comment, a keyword nor a
 * continued string is an error naming the line.
 */
public final class PoReader {

    private static final Pattern KEYWORD = Pattern.compile("^(msgctxt|msgid|msgid_plural|msgstr(?:\\[(\\d+)\\])?)\\s+\"(.*)\"\\s*$");
    private static final Pattern CONTINUED = Pattern.compile("^\"(.*)\"\\s*$");

    private PoReader() {
    }

    public static XliffReader.Content read(Path file) {
        List<String> lines = DocumentReader.lines(file, null);
        List<XliffReader.Entry> entries = new ArrayList<>();
        String srcLang = null;
        String tgtLang = null;
        Entry e = new Entry();
        String field = null;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i).strip() : "";
            if (line.isEmpty()) {
                if (e.msgid != null && e.msgid.length() == 0 && e.msgstr != null) {
                    srcLang = header(e.msgstr.toString(), "X-Source-Language", srcLang);
                    tgtLang = header(e.msgstr.toString(), "Language", tgtLang);
                } else if (e.msgid != null && e.msgstr != null && e.msgstr.length() > 0) {
                    entries.add(new XliffReader.Entry(String.valueOf(e.line), e.msgid.toString(), e.msgstr.toString(),
                            e.fuzzy ? "fuzzy" : "translated", e.line));
                }
                e = new Entry();
                field = null;
                continue;
            }
            if (line.startsWith("#~")) {
                field = null;
                continue;
            }
            if (line.startsWith("#")) {
                if (line.startsWith("#,") && line.contains("fuzzy")) {
                    e.fuzzy = true;
                }
                continue;
            }
            Matcher k = KEYWORD.matcher(line);
            Matcher c = CONTINUED.matcher(line);
            if (k.matches()) {
                field = k.group(1);
                String text = unescape(file, i + 1, k.group(3));
                if (field.equals("msgid")) {
                    e.msgid = new StringBuilder(text);
                    e.line = i + 1;
                } else if (field.equals("msgstr") || "0".equals(k.group(2))) {
                    e.msgstr = new StringBuilder(text);
                    field = "msgstr";
                }
            } else if (c.matches() && field != null) {
                String text = unescape(file, i + 1, c.group(1));
                if (field.equals("msgid")) {
                    e.msgid.append(text);
                } else if (field.equals("msgstr")) {
                    e.msgstr.append(text);
                }
            } else {
                throw TmshException.inFile(file, i + 1, "not a PO line: " + (line.length() > 60 ? line.substring(0, 60) + "..." : line));
            }
        }
        return new XliffReader.Content(new XliffReader.Header(null, null, null, null, srcLang, tgtLang), entries);
    }

    private static final class Entry {
        StringBuilder msgid;
        StringBuilder msgstr;
        boolean fuzzy;
        int line;
    }

    private static String header(String header, String name, String old) {
        for (String h : header.split("\n")) {
            int colon = h.indexOf(':');
            if (colon > 0 && h.substring(0, colon).strip().equalsIgnoreCase(name)) {
                String v = h.substring(colon + 1).strip().replace('_', '-');
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
            switch (s.charAt(i)) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                default -> throw TmshException.inFile(file, line, "unknown escape \\" + s.charAt(i));
            }
        }
        return sb.toString();
    }
}
