package org.tmsh.terms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.tmsh.common.TmshException;
import org.tmsh.tmx.TmxReader;

/**
 * Reads a glossary from TBX, recognised by content: TBX v3 ({@code tbx/conceptEntry/langSec/termSec})
 * or TBX 2008 ({@code martif/termEntry/langSet/tig}). Notes "system: ..." and "seen: ..." on a term
 * become its system and places (as {@link GlossaryWriter} writes them). The XML parser is the
 * hardened one of the TMX reader: no DTD, no external entity.
 */
public final class GlossaryReader {

    private GlossaryReader() {
    }

    public static Glossary read(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            throw TmshException.inFile(file, 0, "no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader x = TmxReader.hardenedFactory().createXMLStreamReader(file.toUri().toString(), in);
            try {
                return parse(x, file, name);
            } finally {
                x.close();
            }
        } catch (IOException e) {
            throw TmshException.inFile(file, 0, "cannot read: " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            throw TmxReader.error(file, e);
        }
    }

    private static Glossary parse(XMLStreamReader x, Path file, String name) throws XMLStreamException {
        List<Concept> concepts = new ArrayList<>();
        boolean root = false;
        String conceptId = null;
        String conceptNote = "";
        List<Term> terms = new ArrayList<>();
        String lang = null;
        String form = null;
        Term.Status status = Term.Status.ADMITTED;
        String system = "";
        List<String> seen = new ArrayList<>();
        StringBuilder note = new StringBuilder();
        boolean inTerm = false;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String n = x.getLocalName();
                if (!root) {
                    root = true;
                    if (!n.equals("tbx") && !n.equals("martif")) {
                        throw TmshException.inFile(file, x.getLocation().getLineNumber(),
                                "not a TBX file (the root element is <" + n + ">, expected <tbx> or <martif>)");
                    }
                    continue;
                }
                switch (n) {
                    case "conceptEntry", "termEntry" -> {
                        conceptId = x.getAttributeValue(null, "id");
                        conceptNote = "";
                        terms = new ArrayList<>();
                    }
                    case "langSec", "langSet" -> lang = x.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                    case "termSec", "tig", "ntig" -> {
                        inTerm = true;
                        form = null;
                        status = Term.Status.ADMITTED;
                        system = "";
                        seen = new ArrayList<>();
                        note.setLength(0);
                    }
                    case "term" -> form = x.getElementText();
                    case "termNote" -> {
                        String type = x.getAttributeValue(null, "type");
                        String value = x.getElementText().strip();
                        if ("administrativeStatus".equals(type)) {
                            try {
                                status = Term.Status.fromTbx(value);
                            } catch (IllegalArgumentException e) {
                                throw TmshException.inFile(file, x.getLocation().getLineNumber(), e.getMessage());
                            }
                        }
                    }
                    case "note" -> {
                        String t = x.getElementText().strip();
                        if (inTerm && t.startsWith("system: ")) {
                            system = t.substring("system: ".length());
                        } else if (inTerm && t.startsWith("seen: ")) {
                            seen.add(t.substring("seen: ".length()));
                        } else if (inTerm) {
                            note.append(note.isEmpty() ? "" : "; ").append(t);
                        } else if (conceptId != null) {
                            conceptNote = t;
                        }
                    }
                    default -> {
                        // other data categories are not kept
                    }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                switch (x.getLocalName()) {
                    case "termSec", "tig", "ntig" -> {
                        inTerm = false;
                        if (form != null && lang != null && !form.isBlank()) {
                            terms.add(new Term(lang, form, status, system, note.toString(), seen));
                        }
                    }
                    case "conceptEntry", "termEntry" -> {
                        concepts.add(new Concept(conceptId == null ? "c" + (concepts.size() + 1) : conceptId,
                                conceptNote, terms));
                        conceptId = null;
                    }
                    default -> {
                        // nothing to close
                    }
                }
            }
        }
        if (!root) {
            throw TmshException.inFile(file, 0, "empty file (expected TBX)");
        }
        return new Glossary(name, concepts);
    }
}
