package org.tmsh.formats.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TmxReader;

/**
 * The maximum target lengths an XLIFF file gives, by segment id as {@link XliffReader} numbers them:
 * 1.2 {@code trans-unit/@maxwidth} in characters ({@code size-unit} absent or {@code char}), 2.0
 * {@code slr:sizeRestriction} on a unit (its segments share it).
 *
 * <p>NOTE: a second, light pass over the file rather than a field of {@link XliffReader.Entry}, so that
 * the reader's record stays as its other callers use it. Limits in bytes or pixels are not read.
 */
public final class XliffSizeLimits {

    private XliffSizeLimits() {
    }

    /** Segment id to its limit in characters; empty when the file gives none. */
    public static Map<String, Integer> of(Path file) {
        Map<String, Integer> out = new HashMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader x = TmxReader.hardenedFactory().createXMLStreamReader(in);
            try {
                while (x.hasNext()) {
                    if (x.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String name = x.getLocalName();
                    if (name.equals("trans-unit") || name.equals("unit")) {
                        String id = null;
                        String width = null;
                        String unit = null;
                        for (int i = 0; i < x.getAttributeCount(); i++) {
                            switch (x.getAttributeLocalName(i)) {
                                case "id" -> id = x.getAttributeValue(i);
                                case "maxwidth" -> width = x.getAttributeValue(i);
                                case "size-unit" -> unit = x.getAttributeValue(i);
                                case "sizeRestriction" -> width = x.getAttributeValue(i);
                                default -> {
                                    // other attributes: no limit
                                }
                            }
                        }
                        if (id != null && width != null && (unit == null || unit.equals("char"))) {
                            try {
                                int w = Integer.parseInt(width.strip());
                                if (w > 0) {
                                    out.put(id, w);
                                }
                            } catch (NumberFormatException e) {
                                throw TmshException.inFile(file, x.getLocation().getLineNumber(),
                                        "maximum length '" + width + "' is not a whole number");
                            }
                        }
                    }
                }
            } finally {
                x.close();
            }
        } catch (XMLStreamException e) {
            throw TmxReader.error(file, e);
        } catch (IOException e) {
            throw TmshException.inFile(file, 0, "cannot read: " + e.getMessage(), e);
        }
        return out;
    }
}
