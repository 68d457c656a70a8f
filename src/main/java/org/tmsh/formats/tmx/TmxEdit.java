package org.tmsh.formats.tmx;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.tmsh.common.LanguageTags;
import org.tmsh.common.Markers;
import org.tmsh.common.TmshException;
import org.tmsh.common.Xml;

/**
 * A change of a stored unit's {@code <tu>} ({@code tm edit}, {@code tm replace}): the segment of one
 * language gets a new text, and the {@code <tu>} its {@code changedate} and {@code changeid}; every
 * other part of the element (attributes, props, notes, the other languages, inline codes) stays as
 * it was. The new text carries tmsh's markers ({@code ⟨1⟩...⟨/1⟩}); each marker takes back the
 * inline element it stood for in the old text, so an edit keeps the codes' original content.
 *
 * <p>NOTE: a marker the old text of that language does not have is refused (tmsh cannot know what
 * code it stands for); a code the new text leaves out is dropped. Elements inside a segment that
 * are no inline code tmsh reads are dropped from the edited segment.
 */
public final class TmxEdit {

    private TmxEdit() {
    }

    /**
     * {@code u} with the text of its first variant in {@code lang} (a BCP 47 range) replaced by
     * {@code text}, and {@code changeDate} and {@code changeId} set on its {@code <tu>}.
     */
    public static TmxUnit withText(TmxUnit u, String lang, String text, String changeDate, String changeId) {
        String written = u.langCode(lang);
        String old = u.text(lang);
        if (written == null || old == null) {
            throw new TmshException("the unit has no text in '" + lang + "'");
        }
        try {
            String xml = rewrite(u.xml(), LanguageTags.tag(written), old, text, changeDate, changeId);
            return TmxReader.unit(xml);
        } catch (XMLStreamException e) {
            throw new TmshException("the unit's <tu> cannot be read: " + e.getMessage(), e);
        }
    }

    private static String rewrite(String xml, String tag, String oldText, String newText, String changeDate,
                                  String changeId) throws XMLStreamException {
        XMLStreamReader r = TmxReader.hardenedFactory().createXMLStreamReader(new StringReader(xml));
        StringBuilder out = new StringBuilder(xml.length() + 64);
        int depth = 0;
        boolean done = false;
        boolean inTarget = false; // inside the <tuv> to change, before its <seg> is done
        int segDepth = -1;        // depth of the <seg> being replaced
        List<String> codes = new ArrayList<>();
        StringBuilder code = null;
        int codeDepth = 0;
        while (r.hasNext()) {
            int ev = r.next();
            if (segDepth >= 0) {
                // inside the segment being replaced: collect its inline elements, drop the rest
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = r.getLocalName();
                    if (code != null) {
                        startTag(r, code, null, null);
                        codeDepth++;
                    } else if (depth == segDepth + 1 && name.equals("hi")) {
                        StringBuilder hi = new StringBuilder();
                        startTag(r, hi, null, null);
                        codes.add(hi.toString());
                    } else if (name.equals("bpt") || name.equals("ept") || name.equals("ph") || name.equals("it")
                            || name.equals("ut")) {
                        code = new StringBuilder();
                        startTag(r, code, null, null);
                        codeDepth = 1;
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    if (depth < segDepth) {
                        out.append(segment(oldText, newText, codes));
                        out.append("</").append(qualified(r.getPrefix(), r.getLocalName())).append('>');
                        segDepth = -1;
                        inTarget = false;
                        done = true;
                    } else if (code != null) {
                        code.append("</").append(qualified(r.getPrefix(), r.getLocalName())).append('>');
                        if (--codeDepth == 0) {
                            codes.add(code.toString());
                            code = null;
                        }
                    } else if (r.getLocalName().equals("hi")) {
                        codes.add("</" + qualified(r.getPrefix(), "hi") + ">");
                    }
                } else if (code != null && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                        || ev == XMLStreamConstants.SPACE)) {
                    Xml.escape(code, r.getText(), false);
                }
                continue;
            }
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    String name = r.getLocalName();
                    if (depth == 1) {
                        startTag(r, out, changeDate, changeId);
                    } else {
                        startTag(r, out, null, null);
                    }
                    if (!done && depth == 2 && name.equals("tuv")) {
                        String l = r.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                        inTarget = l != null && LanguageTags.tag(l).equalsIgnoreCase(tag);
                    } else if (inTarget && name.equals("seg")) {
                        segDepth = depth;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    out.append("</").append(qualified(r.getPrefix(), r.getLocalName())).append('>');
                    if (depth == 1) {
                        inTarget = false;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA ->
                        Xml.escape(out, r.getText(), false);
                default -> {
                    // comments and processing instructions: none in a stored unit
                }
            }
        }
        if (!done) {
            throw new XMLStreamException("no <seg> in '" + tag + "'");
        }
        return out.toString();
    }

    /** The new segment content: the text escaped, each marker as the inline element it stood for in the old text. */
    private static String segment(String oldText, String newText, List<String> codes) {
        Map<String, String> byMarker = new HashMap<>();
        Matcher m = Markers.MARKER.matcher(oldText);
        for (int i = 0; m.find(); i++) {
            if (i < codes.size()) {
                byMarker.put(m.group(), codes.get(i));
            }
        }
        StringBuilder sb = new StringBuilder();
        Matcher n = Markers.MARKER.matcher(newText);
        int at = 0;
        while (n.find()) {
            Xml.text(sb, newText.substring(at, n.start()));
            String element = byMarker.get(n.group());
            if (element == null) {
                throw new TmshException("the new text has the code " + n.group() + ", which the unit's text does not have"
                        + (byMarker.isEmpty() ? " (it has no codes)" : " (its codes: " + String.join(" ", sorted(byMarker)) + ")"));
            }
            sb.append(element);
            at = n.end();
        }
        Xml.text(sb, newText.substring(at));
        return sb.toString();
    }

    private static List<String> sorted(Map<String, String> m) {
        List<String> k = new ArrayList<>(m.keySet());
        k.sort(null);
        return k;
    }

    /** A start tag as {@link TmxReader} keeps it; on the {@code <tu>}, changedate and changeid set when given. */
    private static void startTag(XMLStreamReader r, StringBuilder sb, String changeDate, String changeId) {
        sb.append('<').append(qualified(r.getPrefix(), r.getLocalName()));
        for (int i = 0; i < r.getNamespaceCount(); i++) {
            String p = r.getNamespacePrefix(i);
            sb.append(p == null || p.isEmpty() ? " xmlns" : " xmlns:" + p).append("=\"");
            Xml.escape(sb, r.getNamespaceURI(i), true);
            sb.append('"');
        }
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String local = r.getAttributeLocalName(i);
            String ns = r.getAttributeNamespace(i);
            boolean plain = ns == null || ns.isEmpty();
            if (plain && ((changeDate != null && local.equals("changedate")) || (changeId != null && local.equals("changeid")))) {
                continue;
            }
            String prefix = XMLConstants.XML_NS_URI.equals(ns) ? "xml" : r.getAttributePrefix(i);
            sb.append(' ').append(qualified(prefix, local)).append("=\"");
            Xml.escape(sb, r.getAttributeValue(i), true);
            sb.append('"');
        }
        if (changeDate != null) {
            Xml.attribute(sb, "changedate", changeDate);
        }
        if (changeId != null) {
            Xml.attribute(sb, "changeid", changeId);
        }
        sb.append('>');
    }

    private static String qualified(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }
}
