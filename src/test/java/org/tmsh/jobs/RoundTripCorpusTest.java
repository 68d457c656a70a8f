package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import org.tmsh.common.Progress;

/**
 * The round-trip corpus ({@link RoundTripCorpus}: its themes as TXT, HTML and DOCX) through
 * pretranslate, a CAT tool's edit of the XLIFF (1.2 and 2.0) and merge. Untouched, each document
 * comes back as it was; translated, it is the original with only its words changed, by two edits:
 * every word upper-cased, and every {@code e}, {@code a}, {@code n} and {@code s} replaced by a
 * character the format must escape ({@code < & > "}), which a writer that forgets to escape turns
 * into broken markup. A merged DOCX has every XML part well-formed, the same parts, the same XML
 * outside its runs (paragraph properties, tables, fields, bookmarks, comments, tracked changes),
 * and opens in python-docx with the expected paragraphs.
 */
class RoundTripCorpusTest extends CorpusFixture {

    static final UnaryOperator<String> UPPER = s -> s.toUpperCase(Locale.GERMAN);
    /** Letters a format must escape: a writer that does not makes the page or the XML broken. */
    static final UnaryOperator<String> MARKUP = s -> s.replace('e', '<').replace('a', '&').replace('n', '>').replace('s', '"');

    Stream<Arguments> documents() {
        return cases(List.of("txt", "html", "docx"));
    }

    @ParameterizedTest(name = "{0} through XLIFF {1}")
    @MethodSource("documents")
    void comesBackUntouchedAndWithOnlyItsWordsChanged(String name, String version) throws Exception {
        Path doc = corpus.get(name);
        Path work = Files.createDirectories(dir.resolve(name + "-" + version));
        Path xlf = pretranslate(doc, version, work.resolve(name + ".xlf"));
        Path out = work.resolve("out-" + name);
        MergeJob.Result r = new MergeJob(segmenter).run(xlf, out, null, "test");
        assertEquals(0, r.translated());
        if (name.endsWith(".txt")) {
            assertArrayEquals(Files.readAllBytes(doc), Files.readAllBytes(out), name + " changed by a merge without targets");
        }
        assertEquals(RoundTripDocs.pieces(doc, s -> s, true), RoundTripDocs.pieces(out, s -> s, false), name + " untouched");
        assertSameOutsideRuns(doc, out);
        for (UnaryOperator<String> edit : List.of(UPPER, MARKUP)) {
            CatTool.open(xlf).translateAll(edit, "translated").save();
            r = new MergeJob(segmenter).run(xlf, out, null, "test");
            assertEquals(r.segments(), r.translated());
            String what = name + (edit == UPPER ? " upper-cased" : " with markup characters");
            assertEquals(RoundTripDocs.pieces(doc, edit, true), RoundTripDocs.pieces(out, s -> s, false), what);
            if (name.endsWith(".txt")) {
                assertEquals(edit.apply(Files.readString(doc)), Files.readString(out, StandardCharsets.UTF_8), what);
            }
            if (name.endsWith(".docx")) {
                assertSameOutsideRuns(doc, out);
                PythonDocx.assertParagraphs(out, PythonDocx.paragraphs(revisionsAccepted(doc, work)).stream().map(edit).toList());
            }
        }
    }

    Stream<Arguments> docxDocuments() {
        return documents().filter(a -> a.get()[0].toString().endsWith(".docx"));
    }

    /**
     * {@code pretranslate --furniture}: a DOCX's page header and footer become units too, and come back
     * translated with the body; untouched, every part is the original's.
     */
    @ParameterizedTest(name = "{0} with its furniture through XLIFF {1}")
    @MethodSource("docxDocuments")
    void withFurnitureHeadersAndFootersComeBackTranslatedToo(String name, String version) throws Exception {
        Path doc = corpus.get(name);
        Path work = Files.createDirectories(dir.resolve("furniture-" + name + "-" + version));
        Path xlf = work.resolve(name + ".xlf");
        new PretranslateJob(segmenter).run(new PretranslateJob.Request(doc, xlf, "de", "en", 95, 3, null, "test", version,
                false, true), empty, Progress.NONE);
        List<String> sources = org.tmsh.formats.xliff.XliffReader.read(xlf).entries().stream()
                .map(org.tmsh.formats.xliff.XliffReader.Entry::source).toList();
        assertTrue(sources.contains("Kopfzeile: Vertraulich.") && sources.stream().anyMatch(t -> t.startsWith("Fußzeile der Firma.")),
                "header and footer are units: " + sources);
        Path out = work.resolve("out-" + name);
        new MergeJob(segmenter).run(xlf, out, null, "test");
        assertEquals(RoundTripDocs.docxRuns(doc), RoundTripDocs.docxRuns(out), name + " untouched");
        CatTool.open(xlf).translateAll(UPPER, "translated").save();
        MergeJob.Result r = new MergeJob(segmenter).run(xlf, out, null, "test");
        assertEquals(r.segments(), r.translated());
        TreeMap<String, List<List<RoundTripDocs.Run>>> expected = RoundTripDocs.mapped(RoundTripDocs.docxRuns(doc), UPPER, part -> true);
        assertEquals(expected, RoundTripDocs.docxRuns(out), name + " translated with its furniture");
        assertTrue(expected.get("word/header1.xml").toString().contains("KOPFZEILE: VERTRAULICH. NUR FÜR DEN DIENSTGEBRAUCH."));
        assertSameOutsideRuns(doc, out);
    }

    /**
     * LibreOffice (Debian's libreoffice-writer) opens every merged DOCX of the corpus, renders it as
     * PDF, and reads the same paragraphs as in the original, upper-cased: one {@code soffice} start
     * for the PDFs and one for the text of originals and merged documents together (its start is slow).
     */
    @org.junit.jupiter.api.Test
    void libreOfficeRendersEveryMergedDocxWithTheOriginalsParagraphs() throws Exception {
        String soffice = Files.isExecutable(Path.of("/usr/bin/soffice")) ? "/usr/bin/soffice" : "soffice";
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of(soffice)) || org.tmsh.TestFiles.onPath(soffice),
                "LibreOffice not installed (.ci/run installs libreoffice-writer)");
        Path work = Files.createDirectories(dir.resolve("libreoffice"));
        Path originals = Files.createDirectories(work.resolve("de"));
        Path merged = Files.createDirectories(work.resolve("en"));
        List<String> docs = new ArrayList<>();
        for (Map.Entry<String, Path> e : corpus.entrySet()) {
            if (!e.getKey().endsWith(".docx")) {
                continue;
            }
            String base = e.getKey().replace(".de.docx", "");
            docs.add(base);
            Path xlf = pretranslate(e.getValue(), "2.0", work.resolve(base + ".xlf"));
            CatTool.open(xlf).translateAll(UPPER, "translated").save();
            new MergeJob(segmenter).run(xlf, merged.resolve(base + ".en.docx"), null, "test");
            Files.copy(revisionsAccepted(e.getValue(), work), originals.resolve(base + ".de.docx"));
        }
        List<String> all = new ArrayList<>();
        docs.forEach(d -> all.add(merged.resolve(d + ".en.docx").toString()));
        Path pdf = Files.createDirectories(work.resolve("pdf"));
        soffice(soffice, work, "pdf", pdf, all);
        docs.forEach(d -> all.add(originals.resolve(d + ".de.docx").toString()));
        Path txt = Files.createDirectories(work.resolve("txt"));
        soffice(soffice, work, "txt:Text (encoded):UTF8", txt, all);
        for (String d : docs) {
            Path rendered = pdf.resolve(d + ".en.pdf");
            assertTrue(Files.isRegularFile(rendered) && Files.size(rendered) > 1000, "LibreOffice rendered no PDF of " + d);
            String original = Files.readString(txt.resolve(d + ".de.txt"));
            assertTrue(original.strip().length() > 20, "LibreOffice read no text from the original " + d + ": " + original);
            // a paragraph that is all a field's result (a table of contents' entry) is Word's to compute again, not translated
            java.util.Set<String> fieldResults = new java.util.HashSet<>();
            RoundTripDocs.docxRuns(originals.resolve(d + ".de.docx")).values().forEach(paras -> paras.stream()
                    .filter(p -> !p.isEmpty() && p.stream().allMatch(r -> r.format().startsWith(RoundTripDocs.FIELD)))
                    .forEach(p -> fieldResults.add(p.stream().map(RoundTripDocs.Run::text).reduce("", String::concat))));
            String expected = String.join("\n", original.lines().map(l -> fieldResults.contains(l.replace("\uFEFF", "")) ? l : UPPER.apply(l))
                    .toList()) + (original.endsWith("\n") ? "\n" : "");
            assertEquals(expected, Files.readString(txt.resolve(d + ".en.txt")), d + " as LibreOffice reads it");
        }
    }

    private static void soffice(String soffice, Path work, String format, Path outDir, List<String> files) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + work.resolve("profile").toUri(),
                "--headless", "--convert-to", format, "--outdir", outDir.toString()));
        cmd.addAll(files);
        org.tmsh.TestFiles.Ran r = org.tmsh.TestFiles.run(new ProcessBuilder(cmd).redirectErrorStream(true), 300);
        assertEquals(0, r.code(), "soffice: " + r.out());
    }

    /** A copy of {@code docx} with its tracked changes accepted, as tmsh reads it ({@link AcceptedRevisions}). */
    static Path revisionsAccepted(Path docx, Path work) throws Exception {
        return AcceptedRevisions.copy(docx, work);
    }

    /**
     * Every XML part of a DOCX is well-formed, the merged one has the same parts, and each part's XML
     * outside its runs ({@code w:r} and what they hold) is the original's: paragraph and section
     * properties, tables, hyperlinks, fields, bookmarks, comment ranges, tracked changes.
     */
    static void assertSameOutsideRuns(Path original, Path merged) throws Exception {
        if (!original.toString().endsWith(".docx")) {
            return;
        }
        TreeMap<String, String> a = skeleton(original);
        TreeMap<String, String> b = skeleton(merged);
        assertEquals(a.keySet(), b.keySet(), "the parts of " + merged);
        for (String part : a.keySet()) {
            assertEquals(a.get(part), b.get(part), merged + ": " + part + " outside its runs");
        }
    }

    /** Every XML part of {@code docx} is well-formed XML. */
    static void wellFormedParts(Path docx) throws Exception {
        assertTrue(skeleton(docx).containsKey("word/document.xml"), docx + " has no word/document.xml");
    }

    /** Each XML part's XML outside its runs, text nodes between {@code \u0001} marks (a part's texts are the odd pieces). */
    static TreeMap<String, String> skeleton(Path docx) throws Exception {
        TreeMap<String, String> out = new TreeMap<>();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (!e.getName().endsWith(".xml") && !e.getName().endsWith(".rels")) {
                    continue;
                }
                byte[] bytes = zip.getInputStream(e).readAllBytes();
                org.w3c.dom.Document d;
                try {
                    d = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
                } catch (org.xml.sax.SAXException bad) {
                    throw new AssertionError(docx + ": " + e.getName() + " is not well-formed XML: " + bad.getMessage(), bad);
                }
                // tracked changes as Word shows them accepted (tmsh accepts them): a deleted paragraph mark joins two paragraphs
                AcceptedRevisions.accept(d);
                StringBuilder s = new StringBuilder();
                java.util.Set<String> goBack = new java.util.HashSet<>();
                java.util.Set<String> started = new java.util.HashSet<>();
                var marks = d.getElementsByTagNameNS(W, "bookmarkStart");
                for (int i = 0; i < marks.getLength(); i++) {
                    Element m = (Element) marks.item(i);
                    started.add(m.getAttributeNS(W, "id"));
                    if (m.getAttributeNS(W, "name").equals("_GoBack")) {
                        goBack.add(m.getAttributeNS(W, "id"));
                    }
                }
                // a bookmark's end without its start marks nothing (Okapi's writer drops _GoBack's start, not its end)
                var ends = d.getElementsByTagNameNS(W, "bookmarkEnd");
                for (int i = 0; i < ends.getLength(); i++) {
                    String id = ((Element) ends.item(i)).getAttributeNS(W, "id");
                    if (!started.contains(id)) {
                        goBack.add(id);
                    }
                }
                outsideRuns(d.getDocumentElement(), s, goBack);
                out.put(e.getName(), s.toString());
            }
        }
        return out;
    }

    /**
     * Attributes Okapi's Word writer drops or sets and Word does not show: the editing sessions' ids
     * ({@code w:rsid...}), paragraph ids ({@code w14:paraId}, {@code w14:textId}), and the document's
     * theme language, which it sets to the target language.
     */
    private static final java.util.regex.Pattern NOT_SHOWN = java.util.regex.Pattern.compile("w:rsid\\w*|w14:(paraId|textId)|lang");

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static void outsideRuns(Element e, StringBuilder out, java.util.Set<String> goBack) {
        if (e.getLocalName().equals("themeFontLang") || e.getLocalName().equals("lang")) {
            return;
        }
        if (e.getLocalName().matches("bookmark(Start|End)") && goBack.contains(e.getAttributeNS(W, "id"))) {
            return; // Word's hidden bookmark of the last place edited: Okapi's writer drops it, Word sets it again
        }
        if (e.getLocalName().matches("proofErr|noProof|del|moveFrom|Fallback|move(From|To)Range(Start|End)|\\w+PrChange")
                || e.getLocalName().equals("sdtEndPr") && !e.hasChildNodes()) {
            // (a formatting change tracked, w:pPrChange ..., is accepted as the text changes are: its old
            // properties are gone; empty end properties of a content control say nothing)
            // the spelling checker's marks and "no proofing": Okapi drops them, Word sets them again; a text
            // box's fallback copy for readers older than Word 2010: Okapi's writer drops it, Word and LibreOffice
            // read the mc:Choice; tracked changes are accepted on reading (Okapi's filter cannot read them
            // otherwise): a deletion and text moved away are gone,
            return;
        }
        if (e.getLocalName().equals("ins") || e.getLocalName().equals("moveTo")) {
            // ... and an insertion or text moved here is plain text
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element el) {
                    outsideRuns(el, out, goBack);
                }
            }
            return;
        }
        if (e.getLocalName().equals("r") && e.getNamespaceURI() != null && e.getNamespaceURI().contains("wordprocessingml")) {
            boolean empty = true; // a run of properties only shows nothing, and Okapi's writer drops it
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                empty &= !(c instanceof Element el) || el.getLocalName().matches("rPr|lastRenderedPageBreak")
                        || el.getLocalName().equals("t") && el.getTextContent().isEmpty(); // an empty text shows nothing
            }
            if (!empty && (out.length() < 3 || !out.substring(out.length() - 3).equals("[r]"))) {
                out.append("[r]"); // Okapi's writer joins neighbouring runs of the same formatting
            }
            return;
        }
        TreeMap<String, String> attrs = new TreeMap<>();
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            Node a = e.getAttributes().item(i);
            if (!a.getNodeName().startsWith("xmlns") && !NOT_SHOWN.matcher(a.getNodeName()).matches()) {
                attrs.put(a.getNodeName(), a.getNodeValue());
            }
        }
        out.append('<').append(e.getNodeName()).append(attrs.isEmpty() ? "" : attrs.toString()).append('>');
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element el) {
                outsideRuns(el, out, goBack);
            } else if (c.getNodeType() == Node.TEXT_NODE && !c.getNodeValue().isBlank()) {
                out.append('\u0001').append(c.getNodeValue()).append('\u0001');
            }
        }
        out.append("</>");
        if (e.getLocalName().matches("rPr|pPr|pPrDefault|endParaRPr") && out.toString().endsWith("<" + e.getNodeName() + "></>")) {
            // empty properties: Okapi adds an empty pPrDefault, and leaves none where it dropped a language
            // (a paragraph's run properties that held only w:lang, then the paragraph properties holding only those)
            out.setLength(out.length() - e.getNodeName().length() - 5);
        }
    }
}
