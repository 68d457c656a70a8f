package org.tmsh.formats.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TmxReader;

/**
 * Reads the segments of an XLIFF 1.2 or 2.0 file: id, source, target and the target's state, with
 * inline codes as tmsh's markers ({@code ⟨1⟩ ⟨/1⟩ ⟨2/⟩}: 1.2 {@code g}, {@code bx}/{@code ex},
 * {@code x}/{@code ph}; 2.0 {@code pc}, {@code sc}/{@code ec}, {@code ph}), and the first file's header
 * (original, skeleton and its checksum as {@link Xliff12Writer} and {@link Xliff20Writer} write them,
 * languages). A 2.0 segment's id is its unit's id, then {@code _1}, {@code _2} for further segments.
 *
 * <p>No DTD is read and no external entity fetched; malformed XML is an error naming the line.
 * {@code alt-trans} (1.2) and {@code mtc:matches} (2.0) are skipped: they are suggestions, not
 * the file's translation. 2.0 states ({@code initial translated reviewed final}) are returned as
 * written; 1.2 {@code state} likewise ({@code new}, {@code translated}, {@code final} ...).
 *
 * <p>NOTE: a 1.2 {@code seg-source} is ignored: the whole {@code source}/{@code target} of a unit
 * is one segment here.
 */
public final class XliffReader {

    /** The first file's facts; fields the file does not carry are null. */
    public record Header(String version, String original, String skeleton, String crc, String srcLang,
                         String tgtLang) {
    }

    /** One segment: id, marked source, marked target (null when absent or empty), state (null when none). */
    public record Entry(String id, String source, String target, String state, int line) {
    }

    /** A read file. */
    public record Content(Header header, List<Entry> entries) {
    }

    private XliffReader() {
    }

    /** Reads a whole XLIFF file. */
    public static Content read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw TmshException.inFile(file, 0, "file not found");
        }
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            org.tmsh.document.InputLimits.current().checkXmlDepth(file, null, in);
        } catch (IOException e) {
            throw TmshException.inFile(file, 0, "cannot read: " + e.getMessage(), e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader x = TmxReader.hardenedFactory().createXMLStreamReader(in);
            try {
                return parse(file, x);
            } finally {
                x.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw TmshException.inFile(file, line, "not well-formed XML: " + firstLine(e.getMessage()), e);
        } catch (IOException e) {
            throw TmshException.inFile(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private static Content parse(Path file, XMLStreamReader x) throws XMLStreamException {
        while (x.hasNext() && x.next() != XMLStreamConstants.START_ELEMENT) {
            // skip prolog
        }
        if (!x.isStartElement() || !x.getLocalName().equals("xliff")) {
            throw TmshException.inFile(file, x.getLocation().getLineNumber(), "not an XLIFF file (no <xliff> root element)");
        }
        String version = attr(x, "version");
        boolean v2 = version != null && version.startsWith("2");
        String original = null;
        String skeleton = null;
        String crc = null;
        String src = v2 ? attr(x, "srcLang") : null;
        String tgt = v2 ? attr(x, "trgLang") : null;
        boolean firstFile = true;
        List<Entry> entries = new ArrayList<>();
        String unitId = null;
        int segIndex = 0;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("file")) {
                firstFile = false;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (x.getLocalName()) {
                case "file" -> {
                    if (firstFile) {
                        original = attr(x, "original");
                        if (!v2) {
                            src = attr(x, "source-language");
                            tgt = attr(x, "target-language");
                        }
                    }
                }
                case "external-file", "skeleton" -> {
                    if (firstFile && skeleton == null) {
                        skeleton = attr(x, "href");
                        crc = attr(x, "crc");
                    }
                }
                case "meta" -> {
                    if (firstFile && crc == null && "sha256".equals(attr(x, "type"))) {
                        crc = x.getElementText().strip();
                    }
                }
                case "alt-trans", "matches", "glossary", "notes", "originalData" -> skip(x);
                case "trans-unit" -> entries.add(unit12(file, x));
                case "unit" -> {
                    unitId = attr(x, "id");
                    segIndex = 0;
                }
                case "segment" -> entries.add(segment20(file, x, unitId, segIndex++));
                default -> {
                    // other elements: nothing to keep
                }
            }
        }
        return new Content(new Header(version, original, skeleton, crc, src, tgt), entries);
    }

    private static Entry unit12(Path file, XMLStreamReader x) throws XMLStreamException {
        String id = attr(x, "id");
        int line = x.getLocation().getLineNumber();
        String source = null;
        String target = null;
        String state = null;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("trans-unit")) {
                break;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (x.getLocalName()) {
                case "source" -> source = inline(x);
                case "target" -> {
                    state = attr(x, "state");
                    target = inline(x);
                }
                default -> skip(x);
            }
        }
        return entry(file, id, source, target, state, line);
    }

    private static Entry segment20(Path file, XMLStreamReader x, String unitId, int index) throws XMLStreamException {
        String id = attr(x, "id");
        int line = x.getLocation().getLineNumber();
        String state = attr(x, "state");
        String source = null;
        String target = null;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("segment")) {
                break;
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (x.getLocalName().equals("source")) {
                    source = inline(x);
                } else if (x.getLocalName().equals("target")) {
                    target = inline(x);
                } else {
                    skip(x);
                }
            }
        }
        String key = unitId == null ? id : index == 0 ? unitId : unitId + "_" + index;
        return entry(file, key, source, target, state == null ? "initial" : state, line);
    }

    private static Entry entry(Path file, String id, String source, String target, String state, int line) {
        if (id == null) {
            throw TmshException.inFile(file, line, "segment without an id");
        }
        if (source == null) {
            throw TmshException.inFile(file, line, "unit '" + id + "' has no source");
        }
        return new Entry(id, source, target == null || target.isBlank() ? null : target, state, line);
    }

    /** The content of the current element as marked text; leaves the reader on its end tag. */
    private static String inline(XMLStreamReader x) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        Deque<String> closers = new ArrayDeque<>();
        closers.push("");
        while (!closers.isEmpty()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA || ev == XMLStreamConstants.SPACE) {
                sb.append(x.getText());
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                sb.append(closers.pop());
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                String id = number(attr(x, "id"));
                String closer = "";
                switch (x.getLocalName()) {
                    case "g", "pc" -> {
                        sb.append('⟨').append(id).append('⟩');
                        closer = "⟨/" + id + "⟩";
                    }
                    case "bx", "sc", "bpt" -> sb.append('⟨').append(id).append('⟩');
                    case "ex", "ept" -> sb.append("⟨/").append(number(first(attr(x, "rid"), attr(x, "id")))).append('⟩');
                    case "ec" -> sb.append("⟨/").append(number(first(attr(x, "startRef"), attr(x, "id")))).append('⟩');
                    case "x", "ph", "it" -> sb.append('⟨').append(id).append("/⟩");
                    default -> {
                        // mrk, sub and unknown elements: transparent, their text is kept
                    }
                }
                if (List.of("bpt", "ept", "ph", "it", "bx", "ex", "x", "sc", "ec").contains(x.getLocalName())) {
                    skip(x); // native code or empty element: no text of the segment inside
                } else {
                    closers.push(closer);
                }
            }
        }
        return sb.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    /** The digits of an id ("1", "g1" and "tu1-3" give 1, 1 and 13; none gives 0). */
    private static String number(String id) {
        if (id == null) {
            return "0";
        }
        String d = id.replaceAll("\\D", "");
        return d.isEmpty() ? "0" : d;
    }

    private static void skip(XMLStreamReader x) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String attr(XMLStreamReader x, String name) {
        for (int i = 0; i < x.getAttributeCount(); i++) {
            String local = x.getAttributeLocalName(i);
            String prefix = x.getAttributePrefix(i);
            String full = prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
            if (full.equals(name) || (local.equals(name) && (prefix == null || prefix.isEmpty()))) {
                return x.getAttributeValue(i);
            }
        }
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
