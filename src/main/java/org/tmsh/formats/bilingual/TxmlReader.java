package org.tmsh.formats.bilingual;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.tmsh.common.LanguageTags;
import org.tmsh.common.TmshException;
import org.tmsh.formats.XmlFiles;
import org.tmsh.formats.xliff.XliffReader;

/**
 * Reads a Wordfast Pro bilingual file ({@code .txml}): its segments as {@link XliffReader.Entry}s.
 *
 * <p>The languages are the root's {@code locale} and {@code targetlocale} (in BCP 47 case: {@code EN}
 * is {@code en}, {@code fr-fr} {@code fr-FR}). Each {@code <segment>} of a {@code <translatable>} block
 * is an entry with id {@code BLOCK_SEGMENT} ({@code blockId}, {@code segmentId}); its {@code <source>}
 * and {@code <target>} are read with their codes ({@code <ut x="n">}, {@code <ph>}: the native code is
 * the element's content, standalone {@code ⟨n/⟩}; {@code bpt}/{@code ept} paired), the white space
 * Wordfast keeps between segments ({@code <ws>}), earlier versions ({@code <revisions>}), the
 * skeleton and commented-out segments are not read.
 *
 * <p>State: a target is {@code translated} unless the segment says {@code unconfirmed="true"} (edited,
 * not committed) or its target is a machine translation no one edited ({@code gtmt="true"} without
 * {@code modified="true"}): both are {@code needs-review-translation}, not done. The target's match
 * {@code score} is kept as {@code txml:score}, an unedited machine translation's origin as
 * {@code txml:origin} = {@code mt}, creation and change attributes ({@code creationid},
 * {@code creationdate}, {@code changeid}, {@code changedate}) as written ({@code unit-fields.txt} maps
 * them), and each {@code <comment>} of the segment's {@code <comments>} is a note.
 *
 * <p>NOTE: Written directly over StAX rather than through Okapi's TXML filter, which ignores
 * {@code unconfirmed}, {@code score} and {@code <comments>} (what tells a confirmed translation and its
 * metadata), numbers every code as an id-less placeholder, and gives no line numbers.
 */
public final class TxmlReader {

    private TxmlReader() {
    }

    /** Reads a TXML file; runs of white space in a segment become one space, trimmed. */
    public static XliffReader.Content read(Path file) {
        return read(file, false);
    }

    /** As above; with {@code keepSpaces} a segment's white space stays as written (what QA needs). */
    public static XliffReader.Content read(Path file, boolean keepSpaces) {
        return XmlFiles.read(file, x -> parse(file, x, keepSpaces));
    }

    private static XliffReader.Content parse(Path file, XMLStreamReader x, boolean keep) throws XMLStreamException {
        XmlFiles.root(file, x, "txml", "TXML (Wordfast Pro)");
        String src = lang(XmlFiles.attr(x, "locale"));
        String tgt = lang(XmlFiles.attr(x, "targetlocale"));
        List<XliffReader.Entry> entries = new ArrayList<>();
        String block = null;
        while (x.hasNext()) {
            if (x.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (x.getLocalName()) {
                case "translatable" -> block = XmlFiles.attr(x, "blockId");
                case "segment" -> entries.add(segment(file, x, block, keep));
                case "skeleton" -> XmlFiles.skip(x);
                default -> {
                    // other structure
                }
            }
        }
        return new XliffReader.Content(new XliffReader.Header("txml", null, null, null, src, tgt), entries);
    }

    private static final List<String> WHO_AND_WHEN = List.of("creationid", "creationdate", "changeid", "changedate");

    /** One {@code <segment>}; leaves the reader on its end tag. */
    private static XliffReader.Entry segment(Path file, XMLStreamReader x, String block, boolean keep)
            throws XMLStreamException {
        int line = x.getLocation().getLineNumber();
        String segId = XmlFiles.attr(x, "segmentId");
        if (segId == null || segId.isBlank()) {
            throw TmshException.inFile(file, line, "a <segment> without a segmentId (Wordfast numbers every segment)");
        }
        String id = block == null || block.isBlank() ? segId.strip() : block.strip() + "_" + segId.strip();
        boolean unconfirmed = "true".equals(XmlFiles.attr(x, "unconfirmed"));
        boolean machine = "true".equals(XmlFiles.attr(x, "gtmt")) && !"true".equals(XmlFiles.attr(x, "modified"));
        Map<String, String> meta = new LinkedHashMap<>();
        whoAndWhen(x, meta);
        List<String> notes = new ArrayList<>();
        String source = null;
        String target = null;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("segment")) {
                break;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (x.getLocalName()) {
                case "source" -> source = XliffReader.inlineText(x, keep);
                case "target" -> {
                    String score = XmlFiles.attr(x, "score");
                    if (score != null && !score.isBlank()) {
                        meta.put("txml:score", score.strip());
                    }
                    whoAndWhen(x, meta);
                    target = XliffReader.inlineText(x, keep);
                }
                case "comment" -> {
                    String c = XmlFiles.text(x).strip();
                    if (!c.isEmpty()) {
                        notes.add(c);
                    }
                }
                case "comments" -> {
                    // its comment children are read as they come
                }
                default -> XmlFiles.skip(x); // ws, revisions, unknown extensions
            }
        }
        if (source == null) {
            throw TmshException.inFile(file, line, "segment '" + id + "' has no <source>");
        }
        if (target != null && !XliffReader.hasText(target)) {
            target = null;
        }
        String state = null;
        if (target != null) {
            state = unconfirmed || machine ? "needs-review-translation" : "translated";
            if (machine) {
                meta.put("txml:origin", "mt");
            }
        }
        return new XliffReader.Entry(id, source, target, state, line, null, false, meta, notes);
    }

    private static void whoAndWhen(XMLStreamReader x, Map<String, String> meta) {
        for (String a : WHO_AND_WHEN) {
            String v = XmlFiles.attr(x, a);
            if (v != null && !v.isBlank()) {
                meta.put(a, v.strip());
            }
        }
    }

    private static String lang(String written) {
        return written == null || written.isBlank() ? null : LanguageTags.tag(written.strip());
    }
}
