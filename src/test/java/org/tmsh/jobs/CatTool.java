package org.tmsh.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import org.tmsh.common.Markers;
import org.tmsh.formats.xliff.Xliff12Writer;
import org.tmsh.formats.xliff.Xliff20Writer;

/**
 * What a translator's XLIFF editor does to a pre-translated file, for round-trip tests: fills
 * targets (a copy of the source with its words changed, codes where the source has them), writes a
 * target of its own with codes moved, sets states, and the mistakes an editor or a hand can make
 * (units swapped, moved, added). Works on XLIFF 1.2 ({@code trans-unit}) and 2.0 ({@code segment}).
 */
public final class CatTool {

    private final Path file;
    private final Document doc;
    private final boolean v2;
    private final String ns;

    private CatTool(Path file) throws Exception {
        this.file = file;
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        this.doc = f.newDocumentBuilder().parse(file.toFile());
        this.v2 = "2.0".equals(doc.getDocumentElement().getAttribute("version"));
        this.ns = v2 ? Xliff20Writer.NS : Xliff12Writer.NS;
    }

    public static CatTool open(Path xliff) throws Exception {
        return new CatTool(xliff);
    }

    /** The units (1.2 {@code trans-unit}, 2.0 {@code segment}), in file order. */
    List<Element> units() {
        NodeList l = doc.getElementsByTagNameNS(ns, v2 ? "segment" : "trans-unit");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }

    /** A unit's source text without codes. */
    String sourceText(Element unit) {
        return child(unit, "source").getTextContent();
    }

    /** Every unit's target: its source with each text piece mapped by {@code words}, codes kept; state set. */
    public CatTool translateAll(UnaryOperator<String> words, String state) {
        for (Element u : units()) {
            Element target = (Element) child(u, "source").cloneNode(true);
            doc.renameNode(target, ns, "target");
            mapText(target, words);
            setTarget(u, target, state);
        }
        return this;
    }

    /** What a translator can do to a sentence's codes: move them, drop one, or copy one. */
    enum CodeEdit {
        /** The sentence's pieces (texts and codes at its top level) in reverse order: every code moved, pairs kept whole. */
        REVERSE,
        /** The first code left out (a pair's content kept). */
        DROP,
        /** The first code written twice (a pair with its content). */
        DUPLICATE
    }

    /**
     * Every unit's target: its source with each text piece mapped by {@code words}, and in the units that
     * have codes, {@code edit} done to them; state {@code translated}. Returns how many units had codes.
     */
    int editCodes(UnaryOperator<String> words, CodeEdit edit) {
        int coded = 0;
        for (Element u : units()) {
            Element target = (Element) child(u, "source").cloneNode(true);
            doc.renameNode(target, ns, "target");
            mapText(target, words);
            Element first = null;
            for (Node c = target.getFirstChild(); c != null && first == null; c = c.getNextSibling()) {
                if (c instanceof Element e) {
                    first = e;
                }
            }
            if (first != null) {
                coded++;
                switch (edit) {
                    case REVERSE -> {
                        List<Node> pieces = new ArrayList<>();
                        for (Node c = target.getFirstChild(); c != null; c = c.getNextSibling()) {
                            pieces.add(c);
                        }
                        pieces.forEach(target::removeChild);
                        for (int i = pieces.size() - 1; i >= 0; i--) {
                            target.appendChild(pieces.get(i));
                        }
                    }
                    case DROP -> {
                        while (first.getFirstChild() != null) {
                            target.insertBefore(first.getFirstChild(), first);
                        }
                        target.removeChild(first);
                    }
                    case DUPLICATE -> target.insertBefore(first.cloneNode(true), first);
                }
            }
            setTarget(u, target, "translated");
        }
        return coded;
    }

    /** The target of the units whose source text {@code which} accepts: {@code marked} with tmsh's markers. */
    CatTool target(Predicate<String> which, String marked, String state) throws Exception {
        int n = 0;
        for (Element u : units()) {
            if (which.test(sourceText(u))) {
                setTarget(u, parse(marked), state);
                n++;
            }
        }
        if (n == 0) {
            throw new AssertionError("no unit of " + file + " takes this target: " + marked);
        }
        return this;
    }

    /** The ids of the codes of the unit's source, in order of their opening (or standalone) marker. */
    List<String> codeIds(Predicate<String> which) {
        for (Element u : units()) {
            if (which.test(sourceText(u))) {
                List<String> ids = new ArrayList<>();
                NodeList all = child(u, "source").getElementsByTagNameNS(ns, "*");
                for (int i = 0; i < all.getLength(); i++) {
                    Element e = (Element) all.item(i);
                    if (!e.getLocalName().equals("ec") && !e.getLocalName().equals("ex") && !e.getLocalName().equals("ept")) {
                        ids.add(e.getAttribute("id"));
                    }
                }
                return ids;
            }
        }
        throw new AssertionError("no unit with such a source in " + file);
    }

    /** Marks the units {@code which} accepts {@code approved="yes"} (1.2). */
    CatTool approve(Predicate<String> which) {
        units().stream().filter(u -> which.test(sourceText(u))).forEach(u -> u.setAttribute("approved", "yes"));
        return this;
    }

    /** Swaps the ids of the first two units {@code which} accepts. */
    CatTool swapIds(Predicate<String> which) {
        List<Element> found = units().stream().filter(u -> which.test(sourceText(u))).limit(2).toList();
        Element a = idHolder(found.get(0));
        Element b = idHolder(found.get(1));
        String id = a.getAttribute("id");
        a.setAttribute("id", b.getAttribute("id"));
        b.setAttribute("id", id);
        return this;
    }

    /** Moves the last unit before the first one (their ids and sources kept). */
    CatTool moveLastFirst() {
        List<Element> all = units();
        Element first = idHolder(all.get(0));
        Element last = idHolder(all.get(all.size() - 1));
        first.getParentNode().insertBefore(last, first);
        return this;
    }

    /** Adds a copy of the first unit under a new id. */
    CatTool addUnit(String id) {
        Element first = idHolder(units().get(0));
        Element copy = (Element) first.cloneNode(true);
        copy.setAttribute("id", id);
        first.getParentNode().appendChild(copy);
        return this;
    }

    /** Writes the file back. */
    public void save() throws Exception {
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(file.toFile()));
    }

    /** 1.2: the trans-unit; 2.0: the unit around the segment. */
    private Element idHolder(Element unit) {
        return v2 ? (Element) unit.getParentNode() : unit;
    }

    private void setTarget(Element u, Element target, String state) {
        Element old = child(u, "target");
        if (old != null) {
            u.removeChild(old);
        }
        if (v2) {
            u.removeAttribute("subState");
            if (state == null) {
                u.removeAttribute("state");
            } else {
                u.setAttribute("state", state);
            }
            u.appendChild(target);
        } else {
            if (state != null) {
                target.setAttribute("state", state);
            }
            Element source = child(u, "source");
            u.insertBefore(target, source.getNextSibling());
        }
    }

    /** A target element from marked text: 1.2 {@code g}/{@code x}, 2.0 {@code pc}/{@code ph}. */
    private Element parse(String marked) {
        Element target = doc.createElementNS(ns, "target");
        Element at = target;
        Matcher m = Markers.MARKER.matcher(marked);
        int from = 0;
        while (m.find()) {
            at.appendChild(doc.createTextNode(marked.substring(from, m.start())));
            from = m.end();
            if (!m.group(3).isEmpty()) {
                Element x = doc.createElementNS(ns, v2 ? "ph" : "x");
                x.setAttribute("id", m.group(2));
                at.appendChild(x);
            } else if (m.group(1).isEmpty() && !marked.substring(m.end()).contains("⟨/" + m.group(2) + "⟩")) {
                // a start code whose end does not follow (the broken target a hand can write)
                Element bx = doc.createElementNS(ns, v2 ? "sc" : "bx");
                bx.setAttribute("id", m.group(2));
                if (v2) {
                    bx.setAttribute("isolated", "yes");
                } else {
                    bx.setAttribute("rid", m.group(2));
                }
                at.appendChild(bx);
            } else if (m.group(1).isEmpty()) {
                Element g = doc.createElementNS(ns, v2 ? "pc" : "g");
                g.setAttribute("id", m.group(2));
                at.appendChild(g);
                at = g;
            } else if (at != target && at.getAttribute("id").equals(m.group(2))) {
                at = (Element) at.getParentNode();
            } else {
                // an end code without its start (the broken target a hand can write)
                Element ex = doc.createElementNS(ns, v2 ? "ec" : "ex");
                ex.setAttribute(v2 ? "id" : "rid", m.group(2));
                if (v2) {
                    ex.setAttribute("isolated", "yes");
                } else {
                    ex.setAttribute("id", m.group(2));
                }
                at.appendChild(ex);
            }
        }
        at.appendChild(doc.createTextNode(marked.substring(from)));
        return target;
    }

    private static void mapText(Node n, UnaryOperator<String> words) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE) {
                c.setNodeValue(words.apply(c.getNodeValue()));
            } else {
                mapText(c, words);
            }
        }
    }

    private Element child(Element parent, String name) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }
}
