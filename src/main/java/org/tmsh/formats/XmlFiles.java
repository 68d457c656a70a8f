package org.tmsh.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.tmsh.common.StrictDecoder;
import org.tmsh.common.TextFiles;
import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TmxReader;

/**
 * Opens a bilingual XML file (XLIFF, TTX, TXML) the one way every such reader does: the file must
 * exist and hold a byte, its nesting is checked against the input limits ({@code tmsh.limit.depth}) before it is
 * parsed and its attribute values as it is parsed ({@code tmsh.limit.attributeChars}), it is decoded strictly
 * by its byte order mark or XML declaration, and it is parsed by the
 * hardened StAX factory ({@link TmxReader#hardenedFactory}: no DTD read, no entity expanded, no external
 * entity fetched). Malformed XML and bytes not in the declared encoding become one error naming the file
 * and line.
 */
public final class XmlFiles {

    /** What a reader does with the parser (positioned before the prolog). */
    @FunctionalInterface
    public interface Parse<T> {
        T parse(XMLStreamReader x) throws XMLStreamException;
    }

    private XmlFiles() {
    }

    /** Parses {@code file} with {@code parse}; see the class comment for what is refused. */
    public static <T> T read(Path file, Parse<T> parse) {
        TextFiles.requireNonEmpty(file);
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            org.tmsh.document.InputLimits.current().checkXmlDepth(file, null, in);
        } catch (IOException e) {
            // bytes that are not the declared encoding: the parse below reports them in its own words
        } catch (RuntimeException e) {
            if (e instanceof TmshException) {
                throw e;
            }
            // malformed XML: likewise the parse's to report
        }
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader x = TmxReader.hardenedFactory().createXMLStreamReader(file.toUri().toString(),
                    org.tmsh.document.InputLimits.current().boundedXml(file, TextFiles.xmlReader(file, in)));
            try {
                return parse.parse(x);
            } finally {
                x.close();
            }
        } catch (XMLStreamException e) {
            throw TmxReader.error(file, e);
        } catch (StrictDecoder.BadBytes e) {
            throw TextFiles.badBytes(file, e, "an XML file must be in the encoding its XML declaration names (UTF-8 if none)");
        } catch (IOException e) {
            throw TmshException.inFile(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Moves to the root element and checks its name; otherwise one error: "not a KIND file (no
     * &lt;ROOT&gt; root element)", naming the line of the element found.
     */
    public static void root(Path file, XMLStreamReader x, String root, String kind) throws XMLStreamException {
        while (x.hasNext() && x.next() != XMLStreamConstants.START_ELEMENT) {
            // skip prolog
        }
        if (!x.isStartElement()) {
            throw TmshException.inFile(file, x.getLocation().getLineNumber(), "not a " + kind + " file (no element)");
        }
        if (!x.getLocalName().equals(root)) {
            throw TmshException.inFile(file, x.getLocation().getLineNumber(), "not a " + kind + " file (the root element is <"
                    + x.getLocalName() + ">, expected <" + root + ">)");
        }
    }

    /** Skips the current element and all it holds; leaves the reader on its end tag. */
    public static void skip(XMLStreamReader x) throws XMLStreamException {
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

    /** The text inside the current element and all it holds (markup left out); leaves the reader on its end tag. */
    public static String text(XMLStreamReader x) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE) {
                sb.append(x.getText());
            }
        }
        return sb.toString();
    }

    /** An attribute without a prefix, or null. */
    public static String attr(XMLStreamReader x, String name) {
        for (int i = 0; i < x.getAttributeCount(); i++) {
            String prefix = x.getAttributePrefix(i);
            if (x.getAttributeLocalName(i).equals(name) && (prefix == null || prefix.isEmpty())) {
                return x.getAttributeValue(i);
            }
        }
        return null;
    }
}
