package org.tmsh.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.tmsh.common.TmshException;

/**
 * The check that a merged Word document's fields and ranges are in order: a complex field's begin, then
 * its separator, then its end; a comment's or a bookmark's range start before its end.
 *
 * <p>Okapi's Word filter gives a translator a complex field's begin (with its instruction) and its end as
 * two separate codes ({@code Lesen Sie ⟨1/⟩den Bericht⟨2/⟩ im Netz.} for a {@code HYPERLINK} field), and a
 * comment's range start and end likewise. Merge's code check keeps every code but not the order of codes
 * that stand alone (a translation may rightly swap two footnote marks), so a target with the end before
 * the begin was written as a field Word cannot read. A document in which the translation put such a pair
 * out of order is refused in one line naming the original, the part and the paragraph (as written, so the
 * translator finds the sentence); nothing is written (the caller's temporary file is deleted).
 *
 * <p>NOTE: only what the original had in order is required: a problem the original part already has
 * (a real document's field that ends in another story) is not the translation's and is let through; a
 * range end without any start in its part (Okapi's writer drops the start of Word's {@code _GoBack}
 * bookmark) is no problem.
 */
final class WordOrder {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private WordOrder() {
    }

    /** Refuses {@code written} (the merged package of {@code original}) when one of its parts has a pair out of order the original's part has not. */
    static void requireInOrder(Path original, Path written) {
        Map<String, Problem> found = problems(written, original);
        Map<String, Problem> before = null;
        for (Map.Entry<String, Problem> e : found.entrySet()) {
            if (before == null) {
                before = problems(original, original);
            }
            Problem old = before.get(e.getKey());
            if (old == null || !old.what().equals(e.getValue().what())) {
                throw TmshException.inFile(original, 0, "cannot be merged: in " + e.getKey() + ", " + e.getValue().what()
                        + " (paragraph \"" + e.getValue().paragraph() + "\"): the translation of that sentence put the codes"
                        + " of a Word field or range out of order (its ⟨n/⟩ codes must keep the source's order); nothing written");
            }
        }
    }

    /** The first pair out of order in a part, and the text of its paragraph. */
    record Problem(String what, String paragraph) {
    }

    /** The first problem of each XML part of {@code docx} that has one; {@code named} is the document a failure names. */
    static Map<String, Problem> problems(Path docx, Path named) {
        Map<String, Problem> out = new LinkedHashMap<>();
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            for (ZipEntry part : Collections.list(zip.entries())) {
                if (!part.getName().matches("word/[^/]+\\.xml")) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(part)) {
                    Problem p = problem(f.createXMLStreamReader(in));
                    if (p != null) {
                        out.put(part.getName(), p);
                    }
                }
            }
        } catch (IOException | XMLStreamException e) {
            throw TmshException.inFile(named, 0, "cannot be merged: the merged Word document cannot be read back: "
                    + e.getMessage(), e);
        }
        return out;
    }

    private static Problem problem(XMLStreamReader x) throws XMLStreamException {
        Deque<Boolean> fields = new ArrayDeque<>(); // the open complex fields: separated yet?
        Set<String> started = new HashSet<>();
        Set<String> ended = new HashSet<>();
        String what = null;
        StringBuilder text = new StringBuilder();
        int depth = 0; // of w:p, a text box's paragraphs inside a paragraph
        boolean inText = false;
        while (x.hasNext()) {
            int ev = x.next();
            if ((ev == XMLStreamReader.START_ELEMENT || ev == XMLStreamReader.END_ELEMENT) && W.equals(x.getNamespaceURI())
                    && x.getLocalName().equals("t")) {
                inText = ev == XMLStreamReader.START_ELEMENT;
            }
            if (ev == XMLStreamReader.END_ELEMENT && W.equals(x.getNamespaceURI()) && x.getLocalName().equals("p")) {
                depth--;
                if (what != null && depth == 0) {
                    break;
                }
            }
            if (ev == XMLStreamReader.CHARACTERS && inText && depth > 0 && text.length() < 200) {
                text.append(x.getText());
            }
            if (ev != XMLStreamReader.START_ELEMENT || !W.equals(x.getNamespaceURI())) {
                continue;
            }
            String n = x.getLocalName();
            if (n.equals("p") && depth++ == 0 && what == null) {
                text.setLength(0);
            } else if (what != null) {
                continue;
            } else if (n.equals("fldChar")) {
                switch (x.getAttributeValue(W, "fldCharType") == null ? "" : x.getAttributeValue(W, "fldCharType")) {
                    case "begin" -> fields.push(false);
                    case "separate" -> {
                        if (fields.isEmpty() || fields.peek()) {
                            what = "a field's separator comes before its begin";
                        } else {
                            fields.pop();
                            fields.push(true);
                        }
                    }
                    case "end" -> {
                        if (fields.isEmpty()) {
                            what = "a field's end comes before its begin";
                        } else {
                            fields.pop();
                        }
                    }
                    default -> { }
                }
            } else if (n.equals("commentRangeStart") || n.equals("bookmarkStart")) {
                String key = n.replace("Start", "") + " " + x.getAttributeValue(W, "id");
                started.add(key);
                if (ended.contains(key)) {
                    what = "the end of a " + (n.startsWith("comment") ? "comment's range" : "bookmark") + " comes before its start";
                }
            } else if (n.equals("commentRangeEnd") || n.equals("bookmarkEnd")) {
                String key = n.replace("End", "") + " " + x.getAttributeValue(W, "id");
                if (!started.contains(key)) {
                    ended.add(key); // a problem only if its start follows
                }
            }
        }
        if (what == null) {
            return null;
        }
        String shown = text.toString().strip().replaceAll("\\s+", " ");
        return new Problem(what, shown.length() > 60 ? shown.substring(0, 60) + "…" : shown);
    }
}
