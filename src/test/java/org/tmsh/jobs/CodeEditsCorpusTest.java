package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;


/**
 * A translation that moves, drops or copies inline codes, in every document of the round-trip corpus
 * ({@link RoundTripCorpus}), through XLIFF 1.2 and 2.0: merge either writes a sound document or refuses
 * in one line naming the XLIFF or the document, and writes nothing. Codes moved (every coded sentence's pieces
 * in reverse order) are merged or refused: an HTML page has the original's elements, a DOCX has every part well-formed, its
 * fields, comment ranges and bookmarks in order (a field's end after its start, a range's end after its
 * start) and opens in python-docx with the original's number of paragraphs; a plain text has the original's
 * lines, tabs and runs of spaces (its codes: {@code x-space}) and every character of the translation once. A code
 * dropped or copied is refused.
 */
class CodeEditsCorpusTest extends CorpusFixture {

    Stream<Arguments> documents() {
        return cases(List.of("html", "docx", "txt"));
    }

    @ParameterizedTest(name = "{0} through XLIFF {1}")
    @MethodSource("documents")
    void movedCodesAreMergedSoundlyDroppedOrCopiedOnesRefused(String name, String version) throws Exception {
        Path doc = corpus.get(name);
        Path work = Files.createDirectories(dir.resolve(name + "-" + version));
        for (CatTool.CodeEdit edit : CatTool.CodeEdit.values()) {
            Path xlf = pretranslate(doc, version, work.resolve(edit + ".xlf"));
            CatTool cat = CatTool.open(xlf);
            int coded = cat.editCodes(RoundTripCorpusTest.UPPER, edit);
            cat.save();
            Path out = work.resolve(edit + "-" + name);
            if (edit != CatTool.CodeEdit.REVERSE) {
                if (coded > 0) {
                    org.tmsh.common.TmshException e = assertThrows(org.tmsh.common.TmshException.class,
                            () -> new MergeJob(segmenter).run(xlf, out, null, "test"), name + ": " + edit + " merged");
                    assertTrue(e.getMessage().contains(xlf.getFileName().toString()) && !e.getMessage().contains("\n"),
                            "one line naming the XLIFF: " + e.getMessage());
                    assertFalse(Files.exists(out), "nothing written");
                }
                continue;
            }
            try {
                new MergeJob(segmenter).run(xlf, out, null, "test");
            } catch (org.tmsh.common.TmshException refused) {
                // merge's check names the XLIFF's unit; the check of the written Word document names the document and paragraph
                assertTrue((refused.getMessage().contains(xlf.getFileName().toString()) || refused.getMessage().contains(name))
                        && !refused.getMessage().contains("\n"), "one line naming the file: " + refused.getMessage());
                assertFalse(Files.exists(out), "nothing written");
                continue;
            }
            String what = name + " with its codes moved";
            if (name.endsWith(".html")) {
                assertEquals(elements(Files.readString(doc)), elements(Files.readString(out, StandardCharsets.UTF_8)), what);
            } else if (name.endsWith(".txt")) {
                // a plain text's codes are its tabs and runs of spaces inside a sentence (x-space): moved, each is still
                // there once, the lines are the original's, and every character of the translation is written once
                String original = Files.readString(doc);
                String merged = Files.readString(out, StandardCharsets.UTF_8);
                assertEquals(original.lines().count(), merged.lines().count(), what + ": lines");
                assertEquals(original.chars().filter(c -> c == '\t').count(), merged.chars().filter(c -> c == '\t').count(), what + ": tabs");
                assertEquals(spaceRuns(original), spaceRuns(merged), what + ": runs of spaces");
                assertEquals(sortedLetters(RoundTripCorpusTest.UPPER.apply(original)), sortedLetters(merged), what + ": its characters");
            } else {
                assertEquals(wordStructure(RoundTripCorpusTest.revisionsAccepted(doc, work)), wordStructure(out), what);
                assertEquals(PythonDocx.paragraphs(RoundTripCorpusTest.revisionsAccepted(doc, work)).size(),
                        PythonDocx.paragraphs(out).size(), what + ": paragraphs as python-docx reads them");
            }
        }
    }

    /** How many runs of spaces of each length a text holds. */
    private static TreeMap<Integer, Integer> spaceRuns(String text) {
        TreeMap<Integer, Integer> out = new TreeMap<>();
        Matcher m = Pattern.compile(" {2,}").matcher(text);
        while (m.find()) {
            out.merge(m.group().length(), 1, Integer::sum);
        }
        return out;
    }

    /** A text's characters other than white space, sorted: the same when nothing was lost or written twice. */
    private static String sortedLetters(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)");

    /** The page's elements, each name with how often it opens and closes (a page's elements, wherever they stand). */
    static TreeMap<String, Integer> elements(String html) {
        TreeMap<String, Integer> out = new TreeMap<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            out.merge(m.group(1) + m.group(2).toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
        }
        return out;
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /**
     * For each XML part of a DOCX (every part must be well-formed): its fields, comment ranges and bookmarks,
     * checked to be in order (a complex field's begin, then its separate, then its end; a range's start before
     * its end), as a count of each; a part whose order is broken names where.
     */
    static TreeMap<String, String> wordStructure(Path docx) throws Exception {
        TreeMap<String, String> out = new TreeMap<>();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (!e.getName().endsWith(".xml")) {
                    continue;
                }
                org.w3c.dom.Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(zip.getInputStream(e).readAllBytes()));
                NodeList all = d.getElementsByTagNameNS(W, "*");
                Deque<Boolean> fields = new ArrayDeque<>(); // open complex fields: separated yet?
                Set<String> started = new HashSet<>();
                int fieldCount = 0;
                int ranges = 0;
                String broken = "";
                for (int i = 0; i < all.getLength() && broken.isEmpty(); i++) {
                    Element x = (Element) all.item(i);
                    String n = x.getLocalName();
                    if (n.equals("fldChar")) {
                        switch (x.getAttributeNS(W, "fldCharType")) {
                            case "begin" -> fields.push(false);
                            case "separate" -> {
                                if (fields.isEmpty() || fields.pop()) {
                                    broken = "a field's separator without its begin";
                                } else {
                                    fields.push(true);
                                }
                            }
                            case "end" -> {
                                if (fields.isEmpty()) {
                                    broken = "a field's end before its begin";
                                } else {
                                    fields.pop();
                                    fieldCount++;
                                }
                            }
                            default -> { }
                        }
                    } else if (n.matches("(commentRange|bookmark)Start")) {
                        started.add(n.replace("Start", "") + x.getAttributeNS(W, "id"));
                    } else if (n.matches("(commentRange|bookmark)End")) {
                        if (!started.contains(n.replace("End", "") + x.getAttributeNS(W, "id"))
                                && hasStart(d, n.replace("End", "Start"), x.getAttributeNS(W, "id"))) {
                            broken = "the end of " + n.replace("End", "") + " " + x.getAttributeNS(W, "id") + " before its start";
                        }
                        ranges++;
                    }
                }
                if (broken.isEmpty() && !fields.isEmpty()) {
                    broken = "a field without its end";
                }
                out.put(e.getName(), broken.isEmpty() ? fieldCount + " fields, " + ranges + " range ends" : broken);
            }
        }
        return out;
    }

    private static boolean hasStart(org.w3c.dom.Document d, String name, String id) {
        NodeList l = d.getElementsByTagNameNS(W, name);
        for (int i = 0; i < l.getLength(); i++) {
            if (((Element) l.item(i)).getAttributeNS(W, "id").equals(id)) {
                return true;
            }
        }
        return false;
    }
}
