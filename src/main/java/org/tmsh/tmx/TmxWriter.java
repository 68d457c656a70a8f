package org.tmsh.tmx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.tmsh.common.AtomicFiles;
import org.tmsh.common.TmshException;

/**
 * Writes TMX 1.4 files that CAT tools import: all seven header attributes, {@code xml:lang} on
 * every variant, the source variant first, UTC dates as {@code YYYYMMDDThhmmssZ}, and never an
 * XML-illegal character (they are dropped, since readers reject the whole file for one).
 *
 * <p>The file is written to a temporary sibling and moved into place on {@link #close()}, so a
 * failure never leaves a half-written TMX behind.
 */
public final class TmxWriter implements AutoCloseable {

    public static final DateTimeFormatter TMX_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private final XMLStreamWriter xml;
    private final String srcLang;
    private final String tgtLang;
    private final String now;
    private boolean closed;
    private int units;

    public TmxWriter(Path target, String srcLang, String tgtLang, String toolVersion) {
        this.target = target.toAbsolutePath();
        this.srcLang = srcLang;
        this.tgtLang = tgtLang;
        this.now = TMX_DATE.format(Instant.now());
        try {
            temp = AtomicFiles.tempSibling(this.target);
            out = Files.newOutputStream(temp);
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("tmx");
            xml.writeAttribute("version", "1.4");
            xml.writeCharacters("\n  ");
            xml.writeEmptyElement("header");
            xml.writeAttribute("creationtool", "tmsh");
            xml.writeAttribute("creationtoolversion", toolVersion);
            xml.writeAttribute("segtype", "sentence");
            xml.writeAttribute("o-tmf", "tmsh");
            xml.writeAttribute("adminlang", "en");
            xml.writeAttribute("srclang", srcLang);
            xml.writeAttribute("datatype", "plaintext");
            xml.writeAttribute("creationdate", now);
            xml.writeCharacters("\n  ");
            xml.writeStartElement("body");
        } catch (IOException | XMLStreamException e) {
            throw TmshException.inFile(target, 0, "cannot write TMX: " + e.getMessage(), e);
        }
    }

    /** Writes one translation unit; {@code props} (may be empty) become {@code <prop type="...">}. */
    public void unit(String tuid, String source, String target, Map<String, String> props) {
        try {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("tu");
            xml.writeAttribute("tuid", clean(tuid));
            xml.writeAttribute("creationdate", now);
            for (Map.Entry<String, String> p : props.entrySet()) {
                xml.writeCharacters("\n      ");
                xml.writeStartElement("prop");
                xml.writeAttribute("type", clean(p.getKey()));
                xml.writeCharacters(clean(p.getValue()));
                xml.writeEndElement();
            }
            variant(srcLang, source);
            variant(tgtLang, target);
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
            units++;
        } catch (XMLStreamException e) {
            throw TmshException.inFile(this.target, 0, "cannot write TMX: " + e.getMessage(), e);
        }
    }

    private void variant(String lang, String text) throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeStartElement("tuv");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
        xml.writeStartElement("seg");
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    public int units() {
        return units;
    }

    /** Finishes the document and moves it into place. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
            out.close();
            AtomicFiles.commit(temp, target);
        } catch (IOException | XMLStreamException e) {
            abort();
            throw TmshException.inFile(target, 0, "cannot write TMX: " + e.getMessage(), e);
        }
    }

    /** Drops the partial file. */
    public void abort() {
        closed = true;
        try {
            out.close();
        } catch (IOException ignored) {
            // the temporary file is removed below either way
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // nothing more can be done; the file is a hidden .part sibling
        }
    }

    /** Removes characters XML 1.0 forbids (controls other than tab, LF, CR; lone surrogates; U+FFFE/F). */
    public static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (sb != null) {
                        sb.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!ok && sb == null) {
                sb = new StringBuilder(s.length());
                sb.append(s, 0, i);
            } else if (ok && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
