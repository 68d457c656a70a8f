package org.tmsh.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.tmsh.common.TmshException;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The last check of a merged Word document before it replaces anything: every XML part of the
 * package ({@code .xml} and {@code .rels}) must be well-formed. Okapi's Word writer has broken one
 * (ruby text in a real document came back with an unclosed {@code w:rubyBase}); Word refuses such a
 * file, so it is never delivered. The caller writes to a temporary file, so a refusal writes nothing.
 */
final class WordParts {

    private WordParts() {
    }

    /**
     * Reads every XML part of {@code written} (the merged package of {@code original}) with a
     * namespace-aware parser that refuses a DOCTYPE; throws one line naming the original and the part.
     */
    static void requireWellFormed(Path original, Path written) {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        try (ZipFile zip = new ZipFile(written.toFile())) {
            for (ZipEntry part : Collections.list(zip.entries())) {
                if (!part.getName().endsWith(".xml") && !part.getName().endsWith(".rels")) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(part)) {
                    SAXParser parser = factory.newSAXParser();
                    parser.getXMLReader().setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                    parser.parse(in, new DefaultHandler());
                } catch (SAXException bad) {
                    throw TmshException.inFile(original, 0, "cannot be merged: Okapi's Word writer made its part "
                            + part.getName() + " not well-formed XML (" + bad.getMessage() + "); nothing written", bad);
                }
            }
        } catch (IOException | ParserConfigurationException e) {
            throw TmshException.inFile(original, 0, "cannot be merged: the merged Word document cannot be read back: "
                    + e.getMessage(), e);
        }
    }
}
