package org.tmsh.jobs;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.tmsh.common.Markers;
import org.tmsh.common.TmshException;
import org.tmsh.document.DocumentSegments;
import org.tmsh.formats.xliff.XliffReader;

/**
 * Checks, before {@link MergeJob} keeps anything it wrote, that an XLIFF still describes its original: one
 * unit for each of the original's sentences, in the original's order, each unit's source the
 * original's sentence (codes compared by their order, as a memory numbers them), and each target
 * that will be written carrying exactly its source's codes, each pair opened before it is closed and
 * pairs nested as XML nests them.
 *
 * <p>Merge places a target by its unit's id; a unit whose id was swapped with another's, or a unit
 * that the original does not have, would put a translation after the wrong sentence or be dropped
 * without a word, and a target whose codes are not its source's (an end code alone, a code lost)
 * would write a broken page. The first problem found is the exception's message: the file, the
 * unit's line, its id, and what differs.
 *
 * <p>NOTE: the sources are compared after white space is collapsed, as the XLIFF shows them; a
 * sentence edited only in its spacing inside the original cannot be told apart (nor needs to be:
 * merge writes the original's own spacing around and inside untranslated sentences).
 */
final class MergeCheck {

    private MergeCheck() {
    }

    /**
     * Refuses {@code entries} unless they are {@code items} in order, unit for unit (see the class
     * comment); {@code original} names the document in messages.
     */
    static void sameSentences(Path xliff, Path original, List<DocumentSegments.Item> items,
                              List<XliffReader.Entry> entries) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            position.put(items.get(i).key(), i);
        }
        Set<String> seen = new HashSet<>();
        int expected = 0;
        for (XliffReader.Entry e : entries) {
            Integer at = position.get(e.id());
            if (at == null) {
                throw TmshException.inFile(xliff, e.line(), "unit '" + e.id() + "' is not a sentence of " + original
                        + " (a unit added or its id changed); merge takes only the units pretranslate wrote");
            }
            if (!seen.add(e.id())) {
                throw TmshException.inFile(xliff, e.line(), "unit '" + e.id() + "' appears twice");
            }
            DocumentSegments.Item item = items.get(at);
            if (!sameSource(e, item)) {
                throw TmshException.inFile(xliff, e.line(), "the source of unit '" + e.id() + "' is not the original's sentence"
                        + " (units swapped or the source edited): '" + shorten(item.plain()) + "' expected, '"
                        + shorten(org.tmsh.document.InlineText.plain(e.source())) + "' found");
            }
            if (at != expected) {
                throw TmshException.inFile(xliff, e.line(), "unit '" + e.id() + "' is out of the original's order ('"
                        + items.get(Math.min(expected, items.size() - 1)).key() + "' expected here): units were reordered");
            }
            expected++;
        }
        if (expected < items.size()) {
            List<String> lacking = new ArrayList<>();
            for (DocumentSegments.Item item : items) {
                if (!seen.contains(item.key())) {
                    lacking.add(item.key());
                }
            }
            throw TmshException.inFile(xliff, 0, lacking.size() + " sentence(s) of " + original
                    + " are not in the XLIFF (first: " + lacking.get(0)
                    + "); was it made from this document with the same segmentation rules?");
        }
    }

    /** Whether {@code e}'s source is {@code item}'s sentence (codes by order, white space collapsed). */
    static boolean sameSource(XliffReader.Entry e, DocumentSegments.Item item) {
        return Markers.canonical(e.source()).replace('\u00A0', ' ').replaceAll(" {2,}", " ").strip().equals(item.text());
    }

    /**
     * Refuses a target whose codes are not its source's: a code missing or added, a closing code
     * before its opening one, or two pairs crossing.
     */
    static void sameCodes(Path xliff, XliffReader.Entry e) {
        List<String> source = markers(e.source());
        List<String> target = markers(e.target());
        List<String> missing = new ArrayList<>(source);
        List<String> extra = new ArrayList<>();
        for (String m : target) {
            if (!missing.remove(m)) {
                extra.add(m);
            }
        }
        if (!missing.isEmpty() || !extra.isEmpty()) {
            throw TmshException.inFile(xliff, e.line(), "the target of unit '" + e.id() + "' does not carry its source's codes"
                    + (missing.isEmpty() ? "" : ": lacks " + String.join(" ", missing))
                    + (extra.isEmpty() ? "" : (missing.isEmpty() ? ": " : ", ") + "has extra " + String.join(" ", extra))
                    + " (codes as tmsh shows them: ⟨n⟩ opens code n, ⟨/n⟩ closes it, ⟨n/⟩ stands alone)");
        }
        boolean sourceCrosses = crosses(source);
        Deque<String> open = new ArrayDeque<>();
        for (String m : target) {
            Matcher x = Markers.MARKER.matcher(m);
            x.matches();
            String id = x.group(2);
            boolean paired = source.contains("⟨" + id + "⟩") && source.contains("⟨/" + id + "⟩");
            if (!paired || !x.group(3).isEmpty()) {
                continue;
            }
            if (x.group(1).isEmpty()) {
                open.push(id);
            } else if (!id.equals(open.peek()) && open.contains(id) && sourceCrosses) {
                // the original's own pairs cross (a page a browser forgives): so may the translation's
                open.remove(id);
            } else if (!id.equals(open.peek())) {
                throw TmshException.inFile(xliff, e.line(), "the target of unit '" + e.id() + "' has unbalanced codes: ⟨/"
                        + id + "⟩ " + (open.contains(id) ? "closes before ⟨/" + open.peek() + "⟩ (pairs cross)"
                        : "comes before its ⟨" + id + "⟩"));
            } else {
                open.pop();
            }
        }
    }

    /** Whether two pairs among {@code markers} cross (one closes while a pair opened inside it is open). */
    private static boolean crosses(List<String> markers) {
        Deque<String> open = new ArrayDeque<>();
        for (String m : markers) {
            Matcher x = Markers.MARKER.matcher(m);
            x.matches();
            String id = x.group(2);
            if (!x.group(3).isEmpty() || !markers.contains("⟨" + id + "⟩") || !markers.contains("⟨/" + id + "⟩")) {
                continue;
            }
            if (x.group(1).isEmpty()) {
                open.push(id);
            } else if (id.equals(open.peek())) {
                open.pop();
            } else {
                return true;
            }
        }
        return false;
    }

    private static List<String> markers(String marked) {
        List<String> out = new ArrayList<>();
        Matcher m = Markers.MARKER.matcher(marked);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
