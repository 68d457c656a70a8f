package org.tmsh.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The tracked changes (revisions) a Word document still holds: insertions, deletions and moves in its
 * text parts (body, footnotes, endnotes, page headers and footers). Okapi's Word filter can read such
 * a document only with every change accepted, so its translation and the merged document have the
 * insertions as plain text and the deletions gone; {@link DocumentReader#cautions} says so before the
 * translator relies on it.
 *
 * <p>Read with StAX, DTDs off; the document has passed {@link InputLimits#checkZip} before (entry
 * count, size, depth), so only the parts that hold text are read here.
 */
final class TrackedChanges {

    /** WordprocessingML's main namespace (transitional; strict documents use the other). */
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    /** How many insertions and deletions (a move counts as both) a DOCX holds. */
    record Count(int insertions, int deletions) {
        boolean any() {
            return insertions + deletions > 0;
        }
    }

    private TrackedChanges() {
    }

    static Count of(Path docx) throws IOException {
        int ins = 0;
        int del = 0;
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (!textPart(e.getName())) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(e)) {
                    int[] c = count(in);
                    ins += c[0];
                    del += c[1];
                }
            }
        }
        return new Count(ins, del);
    }

    /** Whether a part of the package holds the document's text: body, notes, headers and footers. */
    static boolean textPart(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("word/") && n.endsWith(".xml") && n.indexOf('/', 5) < 0
                && (n.equals("word/document.xml") || n.equals("word/footnotes.xml") || n.equals("word/endnotes.xml")
                || n.startsWith("word/header") || n.startsWith("word/footer"));
    }

    private static int[] count(InputStream in) throws IOException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        int[] c = new int[2];
        try {
            XMLStreamReader r = f.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT
                        && (W.equals(r.getNamespaceURI()) || W_STRICT.equals(r.getNamespaceURI()))) {
                    switch (r.getLocalName()) {
                        case "ins", "moveTo" -> c[0]++;
                        case "del", "moveFrom" -> c[1]++;
                        default -> { }
                    }
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
        return c;
    }
}
