package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.AltTranslationsAnnotation;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import org.tmsh.TestFiles;
import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.document.DocumentSegments;
import org.tmsh.formats.xliff.Xliff12Writer;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.segment.SrxSegmenter;

/**
 * The issue's acceptance scenario end to end: a new German statement sharing sentences with the seed
 * TM (some the same, some changed, some new, one repeated), and HTML and DOCX versions with bold
 * names, a link and italics: analyse, pre-translate to XLIFF 1.2, fill the rest as an editor would,
 * merge back.
 */
class NextDocumentTest {

    private static final Path STRICT = Path.of("../shared/schemas/xliff12/xliff-core-1.2-strict.xsd");

    @TempDir
    Path dir;
    private TmLibrary library;
    private TranslationMemory tm;
    private final SrxSegmenter segmenter = SrxSegmenter.withDefaultRules();

    @BeforeEach
    void seedMemory() {
        library = new TmLibrary(dir.resolve("tm"));
        tm = library.openOrCreate("seeds");
        tm.importFile(TestDocuments.SEED_TMX, null, null, Progress.NONE);
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void analysisCountsExactFuzzyNewAndRepeatedSegments() throws Exception {
        Path txt = TestDocuments.copy("statement.de.txt", dir);
        AnalyzeJob.Result r = new AnalyzeJob(segmenter).run(List.of(txt), tm, "de", "en", Progress.NONE);
        Map<String, AnalyzeJob.Count> b = r.total().bands();
        assertEquals(7, r.total().segments());
        assertEquals(2, b.get("100%").segments(), "two sentences are in the TM as they are");
        assertEquals(1, b.get("repaired").segments(), "one differs only in a date: repaired");
        assertEquals(0, b.get("95-99%").segments());
        assertEquals(1, b.get("50-74%").segments(), "one is a shortened sentence of the TM");
        assertEquals(2, b.get("new").segments());
        assertEquals(1, b.get("repetition").segments());
        assertEquals(9, b.get("repetition").words(), "Am Abend besuchte die Delegation das Bolschoi-Theater in Moskau.");
        assertEquals(r.total().words(), b.values().stream().mapToLong(AnalyzeJob.Count::words).sum());
        assertEquals(r.files().get(0).bands(), b, "one file: its figures are the total");
    }

    @Test
    void repetitionsCountAcrossTheFilesOfAJob() throws Exception {
        Path txt = TestDocuments.copy("statement.de.txt", dir);
        Path html = TestDocuments.copy("statement.de.html", dir);
        AnalyzeJob.Result r = new AnalyzeJob(segmenter).run(List.of(txt, html), tm, "de", "en", Progress.NONE);
        AnalyzeJob.FileResult second = r.files().get(1);
        // the HTML repeats the exact sentence and the theatre sentence (italics make it a different text)
        assertEquals(1, second.bands().get("repetition").segments());
        assertEquals(0, second.bands().get("100%").segments());
        assertEquals(r.files().get(0).segments() + second.segments(), r.total().segments());
    }

    @Test
    void pretranslatedTextIsStrictXliffThatOkapiAndTranslateToolkitRead() throws Exception {
        Path txt = TestDocuments.copy("statement.de.txt", dir);
        Path xlf = dir.resolve("statement.xlf");
        PretranslateJob.Result r = pretranslate(txt, xlf);
        assertEquals(7, r.segments());
        assertEquals(3, r.filled(), "two exact matches and the repaired date change");
        TestFiles.assertXmllint(xlf, "--schema", STRICT);
        assertTrue(Files.exists(r.tmx()));
        TestFiles.assertValidTmx14(r.tmx());

        Map<String, ITextUnit> units = okapiUnits(xlf);
        assertEquals(7, units.size());
        ITextUnit exact = units.get("1_0");
        assertTrue(exact.getTarget(LocaleId.ENGLISH).toString().startsWith("The exchange of views"));
        ITextUnit repaired = units.get("2_0");
        assertTrue(repaired.getTarget(LocaleId.ENGLISH).toString().endsWith("took place in Moscow on November 2."),
                "the day substituted: " + repaired.getTarget(LocaleId.ENGLISH));
        AltTranslationsAnnotation alts = repaired.getTarget(LocaleId.ENGLISH).getAnnotation(AltTranslationsAnnotation.class);
        assertNotNull(alts, "Okapi reads the alt-trans");
        List<String> origins = new ArrayList<>();
        alts.forEach(a -> origins.add(a.getOrigin() + " " + a.getCombinedScore()));
        origins.sort(null); // Okapi keeps its own order of equal scores
        assertEquals(List.of("tm:seeds 98", "tmsh-repair:tm:seeds 98"), origins);
        assertNull(units.get("4_0").getTarget(LocaleId.ENGLISH), "a new segment stays empty");

        String xml = Files.readString(xlf);
        assertTrue(xml.contains("state=\"translated\" state-qualifier=\"exact-match\""));
        assertEquals(2, xml.split("<trans-unit id=\"[^\"]+\" approved=\"yes\">", -1).length - 1,
                "the two exact matches, and only they, are approved");
        assertTrue(xml.contains("state=\"needs-review-translation\" state-qualifier=\"leveraged-tm\""));
        assertTrue(xml.contains("<note from=\"tmsh-repair\">repaired from a 98% match: 1 -&gt; 2</note>"), xml);
        assertTrue(xml.contains("<alt-trans match-quality=\"53\" origin=\"tm:seeds\""), "the shortened sentence: fuzzy alt-trans, no target");

        // the system Python, where the Debian package python3-translate lives (a pyenv python3 may come first on PATH)
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        Assumptions.assumeTrue(Files.isExecutable(Path.of(python)) || TestFiles.onPath(python));
        TestFiles.Ran p = TestFiles.run(new ProcessBuilder(python, "-c", "import sys\nfrom translate.storage import xliff\n"
                + "s = xliff.xlifffile.parsefile(sys.argv[1])\n"
                + "for u in s.getunits():\n    print(u.getid().split(chr(4))[-1] + '\\t' + str(u.get_state_n()) + '\\t'"
                + " + ('fuzzy' if u.isfuzzy() else 'approved' if u.isapproved() else '-') + '\\t' + (u.target or ''))\n",
                xlf.toString()).redirectErrorStream(true), 300);
        String out = p.out();
        Assumptions.assumeFalse(out.contains("No module named"), "python3-translate not installed");
        assertEquals(0, p.code(), out);
        List<String> lines = out.lines().toList();
        assertEquals(7, lines.size(), out);
        // translate-toolkit's state numbers: 100 translated, 80 needs review, 0 empty
        // and an exact match is approved (approved="yes"), not fuzzy; the repaired target is fuzzy
        assertTrue(lines.get(0).startsWith("1_0\t100\tapproved\tThe exchange of views"), out);
        assertTrue(lines.get(1).startsWith("2_0\t80\tfuzzy\tAgainst this backdrop"), out);
        assertEquals("4_0\t0\t-\t", lines.get(3), out);
    }

    @Test
    void aFuzzyMatchAtTheFillThresholdFillsTheTargetForReview() throws Exception {
        Path txt = TestDocuments.copy("statement.de.txt", dir);
        Path xlf = dir.resolve("statement.xlf");
        PretranslateJob.Result r = new PretranslateJob(segmenter).run(
                new PretranslateJob.Request(txt, xlf, "de", "en", 50, 3, null, "test"), tm, Progress.NONE);
        assertEquals(4, r.filled(), "and the 53% match of the shortened sentence");
        TestFiles.assertXmllint(xlf, "--schema", STRICT);
        String xml = Files.readString(xlf);
        assertTrue(xml.matches("(?s).*<trans-unit id=\"3_0\">\\s*<source[^>]*>[^<]*</source>\\s*<target xml:lang=\"en\" "
                + "state=\"needs-review-translation\" state-qualifier=\"fuzzy-match\">Both sides reaffirmed.*"), xml);
    }

    @Test
    void mergedTextHasEveryLineTranslatedAndTranslatedPairsGoToTheMemory() throws Exception {
        Path txt = TestDocuments.copy("statement.de.txt", dir);
        Path xlf = dir.resolve("statement.xlf");
        pretranslate(txt, xlf);
        fillEmptyTargets(xlf);
        Path out = dir.resolve("statement.en.txt");
        TranslationMemory fresh = library.openOrCreate("fresh");
        MergeJob.Result unreviewed = new MergeJob(segmenter).run(xlf, out, null, "test");
        assertEquals(1, unreviewed.keptSource(), "the repaired match waits for review: German by default");
        MergeJob.Result r = new MergeJob(segmenter).run(xlf, out, fresh, "test", MergeJob.Accept.NEEDS_REVIEW);
        assertEquals(7, r.segments());
        assertEquals(7, r.translated());
        assertEquals(0, r.keptSource());
        List<String> german = Files.readAllLines(txt);
        List<String> english = Files.readAllLines(out);
        assertEquals(german.size(), english.size());
        for (int i = 0; i < german.size(); i++) {
            assertFalse(english.get(i).equals(german.get(i)), "line " + (i + 1) + " untranslated: " + english.get(i));
        }
        assertTrue(english.get(0).startsWith("The exchange of views"));
        assertTrue(english.get(3).startsWith("EN "), english.get(3));
        assertEquals(2, r.added().added(), "only the targets marked translated (the exact matches) enter the memory");
        assertEquals(100, fresh.search(german.get(0), "de", "en", 100, 1).get(0).score());
    }

    @Test
    void htmlKeepsBoldAndLinksThroughXliffAndMerge() throws Exception {
        Path html = TestDocuments.copy("statement.de.html", dir);
        Path xlf = dir.resolve("statement.html.xlf");
        // exact matches filled, and the bold sentence's 96% match repaired (the date), its unit's plain
        // target given the sentence's bold and link on the translated names
        pretranslate(html, xlf, 100);
        TestFiles.assertXmllint(xlf, "--schema", STRICT);
        String xml = Files.readString(xlf);
        assertTrue(xml.contains("<g id=\"1\">Choe Son Hui</g>"), xml);
        assertTrue(xml.contains("<g id=\"2\">Sergei Wiktorowichi Lawrow</g>"), xml);
        fillEmptyTargets(xlf);
        Path out = dir.resolve("statement.en.html");
        // the repaired match is pre-filled for review: merged as a translator who confirmed it would ask
        new MergeJob(segmenter).run(xlf, out, null, "test", MergeJob.Accept.NEEDS_REVIEW);
        String merged = Files.readString(out);
        assertTrue(merged.contains("<b>Choe Son Hui</b>"), merged);
        assertTrue(merged.contains("<a href=\"https://example.org/lawrow\">Sergei Viktorovich Lavrov</a>"), merged);
        assertTrue(merged.contains("took place in Moscow on November 2.</p>"), "the new date, no empty codes: " + merged);
        assertTrue(merged.contains("<i>Bolschoi-Theater</i>"), merged);
        assertTrue(merged.contains("The exchange of views"), merged);
        assertFalse(merged.startsWith("\uFEFF"), "no byte-order mark the original did not have");
    }

    @Test
    void docxKeepsFormattingLeavesCorePropertiesOutAndMergesBack() throws Exception {
        Path docx = TestDocuments.docx(dir);
        Path xlf = dir.resolve("statement.docx.xlf");
        PretranslateJob.Result r = pretranslate(docx, xlf, 100);
        assertEquals(3, r.segments(), "three sentences; title and creator are not units");
        TestFiles.assertXmllint(xlf, "--schema", STRICT);
        String xml = Files.readString(xlf);
        assertFalse(xml.contains("Pressemitteilung") || xml.contains("Redaktion"), "core properties are not units");
        assertTrue(xml.contains("<g id=\"1\">Choe Son Hui</g>"), xml);
        fillEmptyTargets(xlf);
        Path out = dir.resolve("statement.en.docx");
        // the repaired match is pre-filled for review: merged as a translator who confirmed it would ask
        new MergeJob(segmenter).run(xlf, out, null, "test", MergeJob.Accept.NEEDS_REVIEW);
        List<DocumentSegments.Item> back = DocumentSegments.read(out, "de", segmenter); // German rules: "2. November"
        assertEquals(3, back.size());
        assertTrue(back.get(0).text().startsWith("Against this backdrop"), back.get(0).text());
        assertTrue(back.get(0).text().contains("⟨1⟩Choe Son Hui⟨/1⟩"), "bold kept: " + back.get(0).text());
        assertTrue(back.get(0).text().contains("⟨2⟩Sergei Viktorovich Lavrov⟨/2⟩")
                && back.get(0).text().endsWith("on November 2."), "link on the name: " + back.get(0).text());
        assertTrue(back.get(1).text().startsWith("The exchange of views"));
        assertTrue(back.get(2).text().contains("⟨1⟩Bolschoi-Theater⟨/1⟩"), back.get(2).text());
    }

    @Test
    void changedOrMissingOriginalIsAClearError() throws Exception {
        Path txt = TestDocuments.copy("statement.de.txt", dir);
        Path xlf = dir.resolve("statement.xlf");
        pretranslate(txt, xlf);
        Path out = dir.resolve("out.txt");
        Files.writeString(txt, "Ein anderer Text.\n");
        TmshException changed = assertThrows(TmshException.class, () -> new MergeJob(segmenter).run(xlf, out, null, "t"));
        assertTrue(changed.getMessage().contains("has changed since it was pre-translated"), changed.getMessage());
        Files.delete(txt);
        TmshException missing = assertThrows(TmshException.class, () -> new MergeJob(segmenter).run(xlf, out, null, "t"));
        assertTrue(missing.getMessage().contains("not found"), missing.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void glossaryNamesBecomeNotesWithThePreferredTargetSpelling() throws Exception {
        Path txt = TestDocuments.copy("statement.de.txt", dir);
        Path xlf = dir.resolve("statement.xlf");
        org.tmsh.terms.Glossary g = org.tmsh.formats.glossary.GlossaryReader.read(Path.of("glossaries/seeds.tbx"), "seeds");
        PretranslateJob.Result r = new PretranslateJob(segmenter).run(
                new PretranslateJob.Request(txt, xlf, "de", "en", 95, 3, g, "test"), tm, Progress.NONE);
        assertTrue(r.names() > 0);
        TestFiles.assertXmllint(xlf, "--schema", STRICT);
        String xml = Files.readString(xlf);
        assertTrue(xml.contains("<note from=\"tmsh-glossary\">name: Sergei Wiktorowichi Lawrow = "), xml);
        assertTrue(xml.matches("(?s).*name: Pjöngjang = Pyongyang \\(en.*"), "the exonym's English spelling");
    }

    @Test
    void xliffImportTakesOnlyDoneTargetsUnlessAllStates() throws Exception {
        Path txt = TestDocuments.copy("statement.de.txt", dir);
        Path xlf = dir.resolve("statement.xlf");
        pretranslate(txt, xlf);
        TranslationMemory done = library.openOrCreate("done");
        assertEquals(2, new BilingualImportJob().run(xlf, done, null, null, false).added(), "the two translated exact matches");
        TranslationMemory all = library.openOrCreate("all");
        assertEquals(3, new BilingualImportJob().run(xlf, all, null, null, true).added(), "and the fuzzy one needing review");
        Path v2 = Files.writeString(dir.resolve("v2.xlf"), "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" "
                + "srcLang=\"de\" trgLang=\"en\"><file id=\"f\"><unit id=\"u1\"><segment state=\"final\">"
                + "<source>Lawrow traf <pc id=\"1\">Choe Son Hui</pc>.</source><target>Lavrov met <pc id=\"1\">Choe Son Hui</pc>.</target>"
                + "</segment><segment><source>Sie sprachen.</source><target>They talked.</target></segment></unit></file></xliff>");
        TestFiles.assertXmllint(v2, "--schema", Path.of("../shared/schemas/xliff20/xliff_core_2.0.xsd"));
        TranslationMemory two = library.openOrCreate("two");
        assertEquals(1, new BilingualImportJob().run(v2, two, null, null, false).added(), "an initial segment is left out");
        assertEquals("Lavrov met ⟨1⟩Choe Son Hui⟨/1⟩.", two.search("Lawrow traf ⟨1⟩Choe Son Hui⟨/1⟩.", "de", "en", 100, 1).get(0).target());
    }

    @Test
    void xliff20WithMatchesAndGlossaryModulesValidatesAndMergesBack() throws Exception {
        Path html = TestDocuments.copy("statement.de.html", dir);
        Path xlf = dir.resolve("statement.html.xlf");
        org.tmsh.terms.Glossary g = org.tmsh.formats.glossary.GlossaryReader.read(Path.of("glossaries/seeds.tbx"), "seeds");
        new PretranslateJob(segmenter).run(new PretranslateJob.Request(html, xlf, "de", "en", 100, 3, g, "test", "2.0"),
                tm, Progress.NONE);
        TestFiles.assertXmllint(xlf, "--schema", Path.of("../shared/schemas/xliff20/xliff_core_2.0.xsd"));
        for (String module : List.of("matches.xsd", "glossary.xsd", "metadata.xsd")) {
            assertModuleValid(xlf, Path.of("../shared/schemas/xliff20", module));
        }
        String xml = Files.readString(xlf);
        assertTrue(xml.contains("<sc id=\"1\"/>Choe Son Hui<ec startRef=\"1\"/>"), xml);
        assertTrue(xml.contains("<mtc:match ref=\"#s1\" type=\"tm\" matchQuality=\"96.0\" origin=\"tm:seeds\">"), xml);
        // the same as the plain sentence's match: the tags do not count in the distance
        assertTrue(xml.contains("<segment id=\"s1\" state=\"translated\" subState=\"tmsh:exact-match\">"), xml);
        assertTrue(xml.contains("<gls:term source=\"tmsh-glossary\">Sergei Wiktorowichi Lawrow</gls:term><gls:translation>"), xml);
        fillEmptyTargets20(xlf);
        Path out = dir.resolve("statement.en.html");
        // the repaired match is pre-filled for review: merged as a translator who confirmed it would ask
        MergeJob.Result r = new MergeJob(segmenter).run(xlf, out, null, "test", MergeJob.Accept.NEEDS_REVIEW);
        assertEquals(0, r.keptSource());
        String merged = Files.readString(out);
        assertTrue(merged.contains("<b>Choe Son Hui</b>") && merged.contains(">Sergei Viktorovich Lavrov</a>"), merged);
        assertTrue(merged.contains("The exchange of views"), merged);
    }

    /**
     * Checks the module elements of an XLIFF 2.0 file against a module schema: the core schema takes
     * other namespaces laxly and does not import the modules, so xmllint with it alone skips them.
     */
    private static void assertModuleValid(Path xlf, Path xsd) throws Exception {
        javax.xml.validation.Schema schema = javax.xml.validation.SchemaFactory
                .newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(xlf.toFile());
        String target = switch (xsd.getFileName().toString()) {
            case "matches.xsd" -> "urn:oasis:names:tc:xliff:matches:2.0";
            case "glossary.xsd" -> "urn:oasis:names:tc:xliff:glossary:2.0";
            default -> "urn:oasis:names:tc:xliff:metadata:2.0";
        };
        String top = switch (xsd.getFileName().toString()) {
            case "matches.xsd" -> "matches";
            case "glossary.xsd" -> "glossary";
            default -> "metadata";
        };
        NodeList found = doc.getElementsByTagNameNS(target, top);
        assertTrue(found.getLength() > 0, "no " + top + " element to check");
        for (int i = 0; i < found.getLength(); i++) {
            schema.newValidator().validate(new DOMSource(found.item(i)));
        }
    }

    /** What an XLIFF 2.0 editor does: each segment without a target gets "EN " + its source. */
    static void fillEmptyTargets20(Path xlf) throws Exception {
        String ns = org.tmsh.formats.xliff.Xliff20Writer.NS;
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(xlf.toFile());
        NodeList segments = doc.getElementsByTagNameNS(ns, "segment");
        for (int i = 0; i < segments.getLength(); i++) {
            Element seg = (Element) segments.item(i);
            if (seg.getElementsByTagNameNS(ns, "target").getLength() > 0) {
                continue;
            }
            Element source = (Element) seg.getElementsByTagNameNS(ns, "source").item(0);
            Element target = doc.createElementNS(ns, "target");
            target.appendChild(doc.createTextNode("EN "));
            for (Node c = source.getFirstChild(); c != null; c = c.getNextSibling()) {
                target.appendChild(c.cloneNode(true));
            }
            seg.appendChild(target);
        }
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(xlf.toFile()));
    }

    @Test
    void matchRepairSubstitutesGlossaryNamesAndDaysAndHasItsOwnBand() throws Exception {
        TranslationMemory news = library.openOrCreate("news");
        news.add(List.of(org.tmsh.formats.tmx.TmxUnit.pair("p1", "de", "W. W. Putin traf am 1. Mai in Moskau den Außenminister.",
                "en", "Vladimir Vladimirovich Putin met the foreign minister in Moscow on 1 May.", Map.of(), "20261201T000000Z")),
                "de", "test");
        Path doc = Files.writeString(dir.resolve("lawrow.de.txt"), "Lawrow traf am 3. Mai in Moskau den Außenminister.\n"
                + "Lawrow traf am 3. Juni in Moskau den Außenminister.\n");
        org.tmsh.terms.Glossary g = org.tmsh.formats.glossary.GlossaryReader.read(Path.of("glossaries/seeds.tbx"), "seeds");
        AnalyzeJob.Result a = new AnalyzeJob(segmenter).run(List.of(doc), news, "de", "en", g, Progress.NONE);
        assertEquals(1, a.total().bands().get("repaired").segments(), "the month differs in the second: not repaired");
        AnalyzeJob.Result without = new AnalyzeJob(segmenter).run(List.of(doc), news, "de", "en", null, Progress.NONE);
        assertEquals(0, without.total().bands().get("repaired").segments(), "no glossary: the names cannot be mapped");
        Path xlf = dir.resolve("lawrow.xlf");
        new PretranslateJob(segmenter).run(new PretranslateJob.Request(doc, xlf, "de", "en", 95, 3, g, "test"), news,
                Progress.NONE);
        TestFiles.assertXmllint(xlf, "--schema", STRICT);
        String xml = Files.readString(xlf);
        assertTrue(xml.contains("state-qualifier=\"leveraged-tm\">Sergei Viktorovich Lavrov met the foreign minister in Moscow"
                + " on 3 May.</target>"), xml);
        assertTrue(xml.contains("repaired from a 68% match"), xml);
        assertTrue(xml.contains("Vladimir Vladimirovich Putin -&gt; Sergei Viktorovich Lavrov, 1 -&gt; 3"), xml);
    }

    @Test
    void badFillThresholdIsRejected() throws Exception {
        Path txt = TestDocuments.copy("statement.de.txt", dir);
        TmshException e = assertThrows(TmshException.class, () -> new PretranslateJob(segmenter).run(
                new PretranslateJob.Request(txt, dir.resolve("x.xlf"), "de", "en", 101, 3, null, "t"), tm, Progress.NONE));
        assertTrue(e.getMessage().contains("--fill"));
        assertFalse(Files.exists(dir.resolve("x.xlf")));
    }

    private PretranslateJob.Result pretranslate(Path doc, Path xlf) {
        return pretranslate(doc, xlf, 95);
    }

    private PretranslateJob.Result pretranslate(Path doc, Path xlf, int fill) {
        return new PretranslateJob(segmenter).run(new PretranslateJob.Request(doc, xlf, "de", "en", fill, 3, null, "test"),
                tm, Progress.NONE);
    }

    /** What an XLIFF editor does: each empty target filled ("EN " + the source, inline elements kept). */
    static void fillEmptyTargets(Path xlf) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(xlf.toFile());
        NodeList units = doc.getElementsByTagNameNS(Xliff12Writer.NS, "trans-unit");
        for (int i = 0; i < units.getLength(); i++) {
            Element u = (Element) units.item(i);
            if (u.getElementsByTagNameNS(Xliff12Writer.NS, "target").getLength() > 0
                    && u.getElementsByTagNameNS(Xliff12Writer.NS, "target").item(0).getParentNode() == u) {
                continue;
            }
            Element source = (Element) u.getElementsByTagNameNS(Xliff12Writer.NS, "source").item(0);
            Element target = doc.createElementNS(Xliff12Writer.NS, "target");
            target.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:lang", "en");
            target.appendChild(doc.createTextNode("EN "));
            for (Node c = source.getFirstChild(); c != null; c = c.getNextSibling()) {
                target.appendChild(c.cloneNode(true));
            }
            u.insertBefore(target, source.getNextSibling());
        }
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(xlf.toFile()));
    }

    /** The trans-units of an XLIFF as Okapi's XLIFF filter reads them, by id. */
    static Map<String, ITextUnit> okapiUnits(Path xlf) {
        Map<String, ITextUnit> units = new LinkedHashMap<>();
        try (XLIFFFilter filter = new XLIFFFilter();
             RawDocument raw = new RawDocument(xlf.toUri(), "UTF-8", LocaleId.GERMAN, LocaleId.ENGLISH)) {
            filter.open(raw);
            while (filter.hasNext()) {
                Event e = filter.next();
                if (e.isTextUnit()) {
                    units.put(e.getTextUnit().getId(), e.getTextUnit());
                }
            }
        }
        List<String> ids = new ArrayList<>(units.keySet());
        assertFalse(ids.isEmpty());
        return units;
    }
}
