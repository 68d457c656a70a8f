package org.tmsh.formats.xliff;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.tmsh.common.AtomicFiles;
import org.tmsh.common.TmshException;
import org.tmsh.common.Xml;
import org.tmsh.formats.tmx.TmxReader;

/**
 * Writes notes into an XLIFF file, unit by unit, so that a CAT tool shows them beside the segment:
 * 1.2 {@code <note from="FROM" priority="1|2|3">} at the end of the {@code trans-unit}, 2.0
 * {@code <note category="FROM">} in the unit's {@code <notes>} (made when the unit has none).
 * Notes that an earlier call wrote with the same {@code from} are replaced; everything else in the
 * file stays byte for byte. The result is parsed before it replaces the file, atomically.
 *
 * <p>NOTE: works on the text, not on a re-serialised tree, which is what keeps the rest of the file
 * as it was. A 2.0 unit whose first child is {@code mda:metadata} gets its notes before it.
 */
public final class XliffNotes {

    /** One note: its text and priority (1 most important). */
    public record Note(String text, int priority) {
    }

    private static final Pattern UNIT = Pattern.compile("<(?:[\\w.-]+:)?(trans-unit|unit)(\\s[^>]*)?>");
    private static final Pattern ID = Pattern.compile("\\sid\\s*=\\s*([\"'])(.*?)\\1");
    private static final Pattern SKIPPED = Pattern.compile("<!--.*?-->|<!\\[CDATA\\[.*?]]>", Pattern.DOTALL);

    private XliffNotes() {
    }

    /** Writes {@code notes} (by unit id) into {@code file}, replacing earlier notes from {@code from}; returns the units annotated. */
    public static int annotate(Path file, String from, Map<String, List<Note>> notes) {
        String text = decode(file);
        StringBuilder fa = new StringBuilder();
        Xml.escape(fa, from, true);
        String fromAttr = fa.toString();
        text = Pattern.compile("\\r?\\n[ \\t]*<note (?:from|category)=\"" + Pattern.quote(fromAttr) + "\"[^>]*>[^<]*</note>")
                .matcher(text).replaceAll("");
        text = text.replaceAll("\\r?\\n[ \\t]*<notes>\\s*</notes>", "");
        String masked = mask(text);
        StringBuilder out = new StringBuilder(text.length() + notes.size() * 120);
        Matcher m = UNIT.matcher(masked);
        int at = 0;
        int done = 0;
        while (m.find()) {
            Matcher idm = ID.matcher(m.group());
            if (!idm.find()) {
                continue;
            }
            boolean v12 = m.group(1).equals("trans-unit");
            List<Note> ns = notesOf(notes, unescape(idm.group(2)), v12);
            if (ns.isEmpty()) {
                continue;
            }
            int insert;
            String indent;
            if (v12) {
                int end = masked.indexOf("trans-unit>", m.end());
                insert = end < 0 ? -1 : masked.lastIndexOf("</", end);
                while (insert > 0 && Character.isWhitespace(masked.charAt(insert - 1))) {
                    insert--; // after the unit's last child, so that each note is a line of its own
                }
                indent = indentBefore(masked, m.start()) + "  ";
            } else {
                int close = masked.indexOf("unit>", m.end());
                int notesTag = masked.indexOf("<notes>", m.end());
                insert = notesTag >= 0 && notesTag < close ? notesTag + "<notes>".length() : m.end();
                indent = indentBefore(masked, m.start()) + (notesTag >= 0 && notesTag < close ? "    " : "  ");
                if (!(notesTag >= 0 && notesTag < close)) {
                    StringBuilder wrapped = new StringBuilder("\n").append(indent).append("<notes>");
                    for (Note n : ns) {
                        wrapped.append("\n").append(indent).append("  ").append(note(false, fromAttr, n));
                    }
                    wrapped.append("\n").append(indent).append("</notes>");
                    out.append(text, at, insert).append(wrapped);
                    at = insert;
                    done++;
                    continue;
                }
            }
            if (insert < 0) {
                throw TmshException.inFile(file, 0, "unit '" + idm.group(2) + "' is not closed");
            }
            out.append(text, at, insert);
            for (Note n : ns) {
                out.append("\n").append(indent).append(note(v12, fromAttr, n));
            }
            at = insert;
            done++;
        }
        out.append(text, at, text.length());
        check(file, out.toString());
        AtomicFiles.writeString(file, out);
        return done;
    }

    private static String note(boolean v12, String fromAttr, Note n) {
        StringBuilder sb = new StringBuilder(v12 ? "<note from=\"" : "<note category=\"").append(fromAttr).append('"');
        sb.append(v12 ? " priority=\"" : " priority=\"").append(Math.max(1, Math.min(10, n.priority()))).append("\">");
        Xml.text(sb, n.text());
        return sb.append("</note>").toString();
    }

    /**
     * A unit's notes: by its id, and by the ids {@link XliffReader} gives its segments ({@code u1_1} for a
     * 2.0 unit's second segment, {@code 7_2} for the {@code mrk mid="2"} of a 1.2 {@code seg-source}).
     * A segment's note names its segment ("segment mid=2: ...", "segment 2: ..."): XLIFF 1.2 allows notes
     * in a {@code trans-unit} only (a {@code mrk} holds none) and 2.0 in a unit's {@code notes}; a note
     * inside the segment would change the target's content.
     */
    private static List<Note> notesOf(Map<String, List<Note>> notes, String id, boolean v12) {
        List<Note> out = new java.util.ArrayList<>(notes.getOrDefault(id, List.of()));
        String prefix = id + "_";
        for (Map.Entry<String, List<Note>> e : notes.entrySet()) {
            if (e.getKey().startsWith(prefix) && e.getKey().indexOf('_', prefix.length()) < 0) {
                String seg = e.getKey().substring(prefix.length());
                String label = v12 ? "segment mid=" + seg + ": " : "segment " + segmentNumber(seg) + ": ";
                e.getValue().forEach(n -> out.add(new Note(label + n.text(), n.priority())));
            }
        }
        return out;
    }

    /** The 1-based number of a 2.0 segment from the reader's 0-based index, or the suffix as it is. */
    private static String segmentNumber(String suffix) {
        try {
            return String.valueOf(Integer.parseInt(suffix) + 1);
        } catch (NumberFormatException e) {
            return suffix;
        }
    }

    private static String unescape(String s) {
        return s.indexOf('&') < 0 ? s : s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }

    /** The white space before the tag at {@code start} on its line. */
    private static String indentBefore(String text, int start) {
        int i = start;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        return text.substring(i, start);
    }

    /** The text with comments and CDATA sections blanked, so that no tag inside them is taken for one. */
    private static String mask(String text) {
        Matcher m = SKIPPED.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        } while (m.find());
        return sb.toString();
    }

    private static String decode(Path file) {
        if (Files.isSymbolicLink(file)) {
            throw TmshException.inFile(file, 0, "a symbolic link; tmsh annotates only a plain file");
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
            Matcher enc = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']+)").matcher(head);
            if (enc.find() && !enc.group(1).equalsIgnoreCase("UTF-8")) {
                throw TmshException.inFile(file, 1, "encoding " + enc.group(1) + ": tmsh annotates UTF-8 XLIFF only");
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw TmshException.inFile(file, 0, "not UTF-8");
        } catch (IOException e) {
            throw TmshException.inFile(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses the annotated text; a failure names the file and leaves it as it was. */
    private static void check(Path file, String text) {
        try {
            XMLStreamReader x = TmxReader.hardenedFactory().createXMLStreamReader(new StringReader(text));
            while (x.hasNext()) {
                x.next();
            }
            x.close();
        } catch (XMLStreamException e) {
            throw TmshException.inFile(file, 0, "annotating would break the XML (" + e.getMessage() + "); file left as it was");
        }
    }
}
