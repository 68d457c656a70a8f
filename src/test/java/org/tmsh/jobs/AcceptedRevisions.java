package org.tmsh.jobs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A Word document as Word shows it after "Accept all changes", which is how tmsh reads and merges one: the
 * comparisons of the round-trip tests read the original through it. Deleted and moved-away text is gone,
 * inserted and moved-here text is plain, tracked formatting changes keep their new formatting, and a
 * paragraph whose mark was deleted ({@code w:pPr/w:rPr/w:del} or {@code w:moveFrom}) runs on into the
 * next paragraph, which keeps its own properties (as Word joins them; a deleted mark with no paragraph after
 * it in its container, the end of a table cell, stays). Test code: the comparison's model, not tmsh's.
 */
final class AcceptedRevisions {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private AcceptedRevisions() {
    }

    /** {@code doc} (a parsed Word part) with every tracked change accepted, edited in place. */
    static Document accept(Document doc) {
        joinDeletedMarks(doc);
        List<Element> all = new ArrayList<>();
        collect(doc.getDocumentElement(), all);
        for (Element e : all) {
            if (e.getParentNode() == null || !W.equals(e.getNamespaceURI())) {
                continue;
            }
            String n = e.getLocalName();
            if (n.equals("del") || n.equals("moveFrom") || n.matches("move(From|To)Range(Start|End)") || n.endsWith("PrChange")) {
                e.getParentNode().removeChild(e);
            } else if (n.equals("ins") || n.equals("moveTo")) {
                Node parent = e.getParentNode();
                while (e.getFirstChild() != null) {
                    parent.insertBefore(e.getFirstChild(), e);
                }
                parent.removeChild(e);
            }
        }
        return doc;
    }

    /** Whether a paragraph's mark is a tracked deletion or moved away. */
    static boolean markDeleted(Element p) {
        for (Node c = p.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ppr && ppr.getLocalName().equals("pPr")) {
                for (Node r = ppr.getFirstChild(); r != null; r = r.getNextSibling()) {
                    if (r instanceof Element rpr && rpr.getLocalName().equals("rPr")) {
                        return rpr.getElementsByTagNameNS(W, "del").getLength() > 0
                                || rpr.getElementsByTagNameNS(W, "moveFrom").getLength() > 0;
                    }
                }
            }
        }
        return false;
    }

    private static void joinDeletedMarks(Document doc) {
        var ps = doc.getElementsByTagNameNS(W, "p");
        List<Element> paras = new ArrayList<>();
        for (int i = 0; i < ps.getLength(); i++) {
            paras.add((Element) ps.item(i));
        }
        // from the last, so that several deleted marks in a row all run on into the paragraph after them
        Collections.reverse(paras);
        for (Element p : paras) {
            if (!markDeleted(p)) {
                continue;
            }
            Node next = p.getNextSibling();
            while (next != null && !(next instanceof Element)) {
                next = next.getNextSibling();
            }
            if (!(next instanceof Element n) || !W.equals(n.getNamespaceURI()) || !n.getLocalName().equals("p")) {
                continue;
            }
            Node at = n.getFirstChild();
            while (at != null && !(at instanceof Element el && el.getLocalName().equals("pPr"))) {
                at = at.getNextSibling();
            }
            Node before = at == null ? n.getFirstChild() : at.getNextSibling();
            List<Node> moved = new ArrayList<>();
            for (Node c = p.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (!(c instanceof Element el && el.getLocalName().equals("pPr"))) {
                    moved.add(c);
                }
            }
            for (Node c : moved) {
                n.insertBefore(c, before);
            }
            p.getParentNode().removeChild(p);
        }
    }

    private static void collect(Element e, List<Element> out) {
        out.add(e);
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element el) {
                collect(el, out);
            }
        }
    }

    /** A copy of {@code docx} in {@code work} whose text parts have every tracked change accepted. */
    static Path copy(Path docx, Path work) throws Exception {
        Path out = work.resolve("accepted-" + docx.getFileName());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try (ZipFile zip = new ZipFile(docx.toFile()); ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(e).readAllBytes();
                String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                if (e.getName().matches("word/[^/]*\\.xml") && java.util.stream.Stream.of("<w:del ", "<w:del>", "<w:ins ", "<w:ins>",
                        "<w:moveFrom", "<w:moveTo").anyMatch(text::contains)) {
                    Document d = accept(f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)));
                    ByteArrayOutputStream o = new ByteArrayOutputStream();
                    var t = TransformerFactory.newInstance().newTransformer();
                    t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
                    t.transform(new DOMSource(d), new StreamResult(o));
                    bytes = o.toByteArray();
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(bytes);
                z.closeEntry();
            }
        }
        return out;
    }
}
