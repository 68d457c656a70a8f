package org.tmsh.formats.tmx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.tmsh.common.Markers;
import org.tmsh.common.Xml;
import org.tmsh.common.StrictDecoder;
import org.tmsh.common.TextFiles;
import org.tmsh.common.TmshException;

/**
 * Reads a TMX file of any size one unit at a time, in constant memory.
 *
 * <p>Hardened: no DTD is loaded and none is processed, so no external entity is ever fetched and
 * no entity is expanded (a "billion laughs" file fails at its first entity reference); bytes that
 * are not valid in the declared encoding are reported with their line. Any such error is a
 * {@link TmshException} naming the file and line. A unit that is well-formed XML but unusable
 * (a variant without language, fewer than two languages with text besides inline codes) is skipped and reported
 * through {@link #invalid()}.
 *
 * <p>Inline codes ({@code bpt ept ph it ut hi}) are kept verbatim in {@link TmxUnit#xml()} and
 * shown in {@link TmxUnit.Variant#text()} as numbered markers: {@code ⟨1⟩...⟨/1⟩} for a paired
 * code, {@code ⟨2/⟩} for a standalone one.
 */
public final class TmxReader implements UnitSource {

    /** The TMX header attributes that matter to tmsh. */
    public record Header(String srcLang, String creationTool, String segType, Map<String, String> attributes) {
    }

    /** A unit that was skipped, with the line of its {@code <tu>} and why. */
    public record Invalid(int line, String tuid, String reason) {
    }

    private static final XMLInputFactory FACTORY = hardenedFactory();
    /** An inline code's marker: a variant of codes only has no text. */
    private static final java.util.regex.Pattern CODE_MARKER = java.util.regex.Pattern.compile("⟨/?\\d+/?⟩");

    private final Path file;
    private final CountingStream counted;
    private final InputStream stream;
    private final XMLStreamReader xml;
    private final List<Invalid> invalid = new ArrayList<>();
    private final org.tmsh.document.InputLimits limits = org.tmsh.document.InputLimits.current();
    private int invalidCount;
    private Header header;
    private boolean done;

    private TmxReader(Path file, CountingStream counted, InputStream stream, XMLStreamReader xml) {
        this.file = file;
        this.counted = counted;
        this.stream = stream;
        this.xml = xml;
    }

    /** A StAX factory that reads no DTD and fetches no external entity. */
    public static XMLInputFactory hardenedFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external entity " + systemId + " refused");
        });
        return f;
    }

    /** Opens a TMX file; fails with the file named if it is missing, empty or not readable. */
    public static TmxReader open(Path file) {
        if (!Files.exists(file)) {
            throw TmshException.inFile(file, 0, "file not found");
        }
        if (!Files.isRegularFile(file)) {
            throw TmshException.inFile(file, 0, "not a regular file");
        }
        InputStream in = null;
        try {
            if (Files.size(file) == 0) {
                throw TmshException.inFile(file, 0, "empty file (expected TMX)");
            }
            CountingStream counted = new CountingStream(Files.newInputStream(file));
            in = new BufferedInputStream(counted, 1 << 16);
            XMLStreamReader xml = FACTORY.createXMLStreamReader(file.toUri().toString(),
                    org.tmsh.document.InputLimits.current().boundedXml(file, TextFiles.xmlReader(file, in)));
            return new TmxReader(file, counted, in, xml);
        } catch (IOException e) {
            close(in);
            throw TmshException.inFile(file, 0, "cannot read: " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            close(in);
            throw error(file, e);
        } catch (RuntimeException e) {
            close(in);
            throw e;
        }
    }

    /**
     * One {@code <tu>} element as a unit (a stored unit after {@link TmxEdit}), read as in a file;
     * an error with the reason if it is not a valid unit.
     */
    public static TmxUnit unit(String tuXml) {
        String doc = "<tmx version=\"1.4\"><header srclang=\"*all*\"/><body>" + tuXml + "</body></tmx>";
        byte[] bytes = doc.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        CountingStream counted = new CountingStream(new java.io.ByteArrayInputStream(bytes));
        Path name = Path.of("unit");
        try (TmxReader r = new TmxReader(name, counted, counted, FACTORY.createXMLStreamReader(counted, "UTF-8"))) {
            TmxUnit u = r.next();
            if (u == null) {
                throw new TmshException("not a valid unit" + (r.invalid().isEmpty() ? "" : ": " + r.invalid().get(0).reason()));
            }
            return u;
        } catch (XMLStreamException e) {
            throw new TmshException("not a valid unit: " + e.getMessage(), e);
        }
    }

    @Override
    public String sourceLang() {
        return header().srcLang();
    }

    /** Bytes of the file read so far (for progress). */
    @Override
    public long bytesRead() {
        return counted.count();
    }

    /** The header; reads up to it if needed. */
    public Header header() {
        if (header == null && !done) {
            advanceTo("header");
        }
        return header == null ? new Header(null, null, null, Map.of()) : header;
    }

    /** The next valid unit, or null at the end of the body. */
    public TmxUnit next() {
        header();
        try {
            while (!done) {
                int ev = xml.next();
                if (ev == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("tu")) {
                    TmxUnit u = readUnit();
                    if (u != null) {
                        return u;
                    }
                } else if (ev == XMLStreamConstants.END_DOCUMENT) {
                    done = true;
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw error(file, e);
        }
    }

    /** Up to the first 100 skipped units. */
    public List<Invalid> invalid() {
        return invalid;
    }

    /** How many units were skipped in all. */
    public int invalidCount() {
        return invalidCount;
    }

    private void advanceTo(String element) {
        try {
            boolean rootSeen = false;
            while (xml.hasNext()) {
                int ev = xml.next();
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if (!rootSeen) {
                    rootSeen = true;
                    if (!name.equals("tmx")) {
                        throw TmshException.inFile(file, line(), "not a TMX file (the root element is <" + name
                                + ">, expected <tmx>)");
                    }
                    continue;
                }
                if (name.equals("header")) {
                    Map<String, String> attrs = new HashMap<>();
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        attrs.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
                    }
                    String srclang = attrs.get("srclang");
                    if (srclang != null && !srclang.isBlank() && !srclang.strip().equals("*all*")) {
                        srclang = org.tmsh.common.LanguageTags.tag(srclang);
                        attrs.put("srclang", srclang);
                    }
                    header = new Header(srclang, attrs.get("creationtool"), attrs.get("segtype"), attrs);
                    return;
                }
                if (name.equals("body")) {
                    throw TmshException.inFile(file, line(), "TMX without <header> before <body>");
                }
            }
            done = true;
            if (header == null) {
                throw TmshException.inFile(file, line(), "not a TMX file (no <tmx> root element)");
            }
        } catch (XMLStreamException e) {
            throw error(file, e);
        }
    }

    /** Reads one {@code <tu>} (the reader is on its start tag); null when the unit is invalid. */
    private TmxUnit readUnit() throws XMLStreamException {
        int tuLine = line();
        StringBuilder raw = new StringBuilder(256);
        String tuid = xml.getAttributeValue(null, "tuid");
        prefixes.clear();
        java.util.Set<String> declaredOnTu = new java.util.HashSet<>();
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            declaredOnTu.add(xml.getNamespacePrefix(i) == null ? "" : xml.getNamespacePrefix(i));
        }
        startTag(raw);
        int tuDeclarations = raw.length() - 1;
        List<TmxUnit.Variant> variants = new ArrayList<>(2);
        String problem = null;
        String lang = null;
        StringBuilder text = null;
        int codeDepth = 0;
        java.util.Set<Integer> used = new java.util.HashSet<>();
        Map<String, Integer> pairs = new HashMap<>();
        List<Integer> hiStack = new ArrayList<>();
        int depth = 1;
        while (depth > 0) {
            int ev = xml.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (depth + 2 > limits.depth()) { // <tu> is the third level: tmx, body, tu
                        throw limits.tooDeep(file, line());
                    }
                    String name = xml.getLocalName();
                    startTag(raw);
                    if (name.equals("tuv")) {
                        lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                        if (lang == null) {
                            lang = xml.getAttributeValue(null, "lang");
                        }
                        if (lang == null || lang.isBlank()) {
                            problem = "a <tuv> without xml:lang (line " + line() + ")";
                        } else {
                            lang = org.tmsh.common.LanguageTags.tag(lang);
                        }
                    } else if (name.equals("seg")) {
                        text = new StringBuilder();
                        used.clear();
                        pairs.clear();
                        hiStack.clear();
                    } else if (text != null && codeDepth == 0) {
                        switch (name) {
                            case "bpt" -> {
                                int n = numberOf(xml.getAttributeValue(null, "x"), used);
                                pairs.put(xml.getAttributeValue(null, "i"), n);
                                text.append('⟨').append(n).append('⟩');
                                codeDepth++;
                            }
                            case "ept" -> {
                                Integer k = pairs.get(xml.getAttributeValue(null, "i"));
                                text.append("⟨/").append(k == null ? numberOf(null, used) : k).append('⟩');
                                codeDepth++;
                            }
                            case "ph", "it", "ut" -> {
                                text.append('⟨').append(numberOf(xml.getAttributeValue(null, "x"), used)).append("/⟩");
                                codeDepth++;
                            }
                            case "hi" -> {
                                int n = numberOf(null, used);
                                hiStack.add(n);
                                text.append('⟨').append(n).append('⟩');
                            }
                            default -> codeDepth++;
                        }
                    } else if (text != null) {
                        codeDepth++;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    String name = xml.getLocalName();
                    raw.append("</").append(qualified(xml.getPrefix(), name)).append('>');
                    if (name.equals("seg") && text != null) {
                        if (lang != null && !lang.isBlank()) {
                            variants.add(new TmxUnit.Variant(lang, text.toString()));
                        }
                        text = null;
                    } else if (text != null && codeDepth > 0) {
                        codeDepth--;
                    } else if (text != null && name.equals("hi") && !hiStack.isEmpty()) {
                        text.append("⟨/").append(hiStack.remove(hiStack.size() - 1)).append('⟩');
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA -> {
                    String chars = xml.getText();
                    Xml.escape(raw, chars, false);
                    if (text != null && codeDepth == 0) {
                        text.append(chars);
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new XMLStreamException(
                        "entity &" + xml.getLocalName() + "; is not allowed (tmsh reads no DTD)", xml.getLocation());
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("file ends inside <tu>",
                        xml.getLocation());
                default -> {
                    // comments and processing instructions inside a unit are dropped
                }
            }
        }
        for (int i = 0; problem == null && i < variants.size(); i++) {
            problem = limits.segmentProblem(variants.get(i).text());
        }
        if (problem == null) {
            java.util.Set<String> langs = new java.util.HashSet<>();
            for (TmxUnit.Variant v : variants) {
                if (!CODE_MARKER.matcher(v.text()).replaceAll("").isBlank()) {
                    langs.add(org.tmsh.common.LanguageTags.tag(v.lang()).toLowerCase(java.util.Locale.ROOT));
                }
            }
            if (langs.size() < 2) {
                problem = variants.isEmpty() ? "no <tuv> with a <seg>" : "fewer than two languages with text";
            }
        }
        if (problem != null) {
            invalidCount++;
            if (invalid.size() < 100) {
                invalid.add(new Invalid(tuLine, tuid, problem));
            }
            return null;
        }
        prefixes.keySet().removeAll(declaredOnTu);
        if (!prefixes.isEmpty()) {
            // prefixes declared outside the unit (on <tmx> or <body>): declared on the <tu> itself, so the unit stands alone
            StringBuilder decl = new StringBuilder();
            prefixes.forEach((p, uri) -> {
                decl.append(" xmlns:").append(p).append("=\"");
                Xml.escape(decl, uri, true);
                decl.append('"');
            });
            raw.insert(tuDeclarations, decl);
        }
        return new TmxUnit(tuid, alike(variants), raw.toString());
    }

    /**
     * A code's number in a segment: its {@code x} (which ties it to the same code in the other
     * languages) when given and not yet used, else the lowest number not yet used.
     */
    private static int numberOf(String x, java.util.Set<Integer> used) {
        if (x != null) {
            try {
                int n = Integer.parseInt(x.strip());
                if (n > 0 && used.add(n)) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // not a number: numbered by position
            }
        }
        int n = 1;
        while (!used.add(n)) {
            n++;
        }
        return n;
    }

    /**
     * The variants with the first one's markers numbered from 1 in order, and the others' numbered
     * like it ({@link Markers#numbersLike}): each code keeps its identity across languages, so a
     * translation that reorders the codes stays reordered.
     */
    private static List<TmxUnit.Variant> alike(List<TmxUnit.Variant> variants) {
        if (variants.isEmpty() || variants.stream().noneMatch(v -> v.text().indexOf('⟨') >= 0)) {
            return List.copyOf(variants);
        }
        String ref = variants.get(0).text();
        List<TmxUnit.Variant> out = new ArrayList<>(variants.size());
        for (TmxUnit.Variant v : variants) {
            out.add(new TmxUnit.Variant(v.lang(), Markers.renumberedLike(ref, v.text())));
        }
        return List.copyOf(out);
    }

    /** Prefixes the current unit's tags use (or, for its {@code <tu>}, declare), with their namespaces. */
    private final Map<String, String> prefixes = new java.util.TreeMap<>();

    private void startTag(StringBuilder raw) {
        raw.append('<').append(qualified(xml.getPrefix(), xml.getLocalName()));
        if (xml.getPrefix() != null && !xml.getPrefix().isEmpty() && xml.getNamespaceURI() != null) {
            prefixes.put(xml.getPrefix(), xml.getNamespaceURI());
        }
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            String p = xml.getNamespacePrefix(i);
            raw.append(p == null || p.isEmpty() ? " xmlns" : " xmlns:" + p).append("=\"");
            Xml.escape(raw, xml.getNamespaceURI(i), true);
            raw.append('"');
        }
        boolean tuv = xml.getLocalName().equals("tuv");
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String ns = xml.getAttributeNamespace(i);
            String prefix = XMLConstants.XML_NS_URI.equals(ns) ? "xml" : xml.getAttributePrefix(i);
            if (tuv && (ns == null || ns.isEmpty()) && xml.getAttributeLocalName(i).equals("lang")) {
                prefix = "xml"; // TMX 1.1's lang is TMX 1.4's xml:lang
            }
            if (prefix != null && !prefix.isEmpty() && !prefix.equals("xml") && ns != null && !ns.isEmpty()) {
                prefixes.put(prefix, ns);
            }
            raw.append(' ').append(qualified(prefix, xml.getAttributeLocalName(i))).append("=\"");
            String value = xml.getAttributeValue(i);
            if (tuv && "xml".equals(prefix) && xml.getAttributeLocalName(i).equals("lang") && !value.isBlank()) {
                // kept in BCP 47's form (DE-de, de_DE are de-DE), so that what tmsh stores and exports is a valid xml:lang
                value = org.tmsh.common.LanguageTags.tag(value);
            }
            Xml.escape(raw, value, true);
            raw.append('"');
        }
        raw.append('>');
    }

    private static String qualified(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    private int line() {
        Location l = xml.getLocation();
        return l == null ? 0 : l.getLineNumber();
    }

    /** One line for a parse error: the file, the line, and the parser's message without its prefix. */
    public static TmshException error(Path file, XMLStreamException e) {
        for (Throwable t = e; t != null; t = t instanceof XMLStreamException x && x.getNestedException() != null
                ? x.getNestedException() : t.getCause()) {
            if (t instanceof StrictDecoder.BadBytes bad) {
                return TextFiles.badBytes(file, bad, "an XML file must be in the encoding its XML declaration names (UTF-8 if none)");
            }
        }
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        int at = msg.indexOf("Message: ");
        if (at >= 0) {
            msg = msg.substring(at + "Message: ".length());
        }
        msg = msg.strip().replaceAll("\\s+", " ");
        if (msg.contains("entity")) {
            msg += " (tmsh reads no DTD, so it refuses entities other than &amp; &lt; &gt; &quot; &apos;)";
        }
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        return TmshException.inFile(file, line, "malformed XML: " + msg, e);
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // closing a reader we are done with
        }
        close(stream);
    }

    private static void close(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }
}
