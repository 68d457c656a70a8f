package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.tmx.TmxFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.TestFiles;
import org.tmsh.align.Aligner;
import org.tmsh.align.DocumentAligner;
import org.tmsh.common.Progress;
import org.tmsh.memory.Match;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.segment.SrxSegmenter;

/**
 * HTML and DOCX pairs whose sentences carry bold names, a link and italics, through {@code align}
 * into TMX: the codes are there as {@code bpt}/{@code ept} with the original tags inside, balanced,
 * valid against the TMX 1.4 DTD, read back by Okapi's TMX filter and by {@code tm import}, whose
 * units match the sentence (exactly with its codes, less only the tag penalty without) and give the target with its codes.
 */
class AlignInlineCodesTest {

    private static final Pattern BPT = Pattern.compile("<bpt i=\"(\\d+)\"[^>]*>(.*?)</bpt>");
    private static final Pattern EPT = Pattern.compile("<ept i=\"(\\d+)\"[^>]*>(.*?)</ept>");

    @TempDir
    Path dir;
    private TmLibrary library;
    private DocumentAligner aligner;

    @BeforeEach
    void setUp() {
        library = new TmLibrary(dir.resolve("tm"));
        aligner = new DocumentAligner(SrxSegmenter.withDefaultRules(), Aligner.standard(), "test");
    }

    @AfterEach
    void tearDown() {
        library.close();
    }

    private DocumentAligner.Result align(Path de, Path en, Path tmx) {
        return aligner.align(new DocumentAligner.Request(de, en, "de", "en", false, null, tmx, null), Progress.NONE);
    }

    /** The HTML statement pair aligned into {@code html.tmx}. */
    private DocumentAligner.Result alignHtml() throws Exception {
        return align(TestDocuments.copy("statement.de.html", dir), TestDocuments.copy("statement.en.html", dir),
                dir.resolve("html.tmx"));
    }

    private static List<String> units(String tmx) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)<tu .*?</tu>").matcher(tmx);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Every {@code bpt} of each {@code seg} has one {@code ept} of the same {@code i} after it. */
    private static void assertBalanced(String tmx) {
        Matcher seg = Pattern.compile("(?s)<seg>(.*?)</seg>").matcher(tmx);
        while (seg.find()) {
            String s = seg.group(1);
            Matcher b = BPT.matcher(s);
            int opened = 0;
            while (b.find()) {
                opened++;
                String i = b.group(1);
                assertEquals(1, s.split("<bpt i=\"" + i + "\"", -1).length - 1, s);
                int close = s.indexOf("<ept i=\"" + i + "\"");
                assertTrue(close > b.end(), "no ept for bpt " + i + " in " + s);
            }
            int closed = 0;
            Matcher e = EPT.matcher(s);
            while (e.find()) {
                closed++;
            }
            assertEquals(opened, closed, s);
        }
    }

    @Test
    void htmlBoldNamesLinksAndItalicsBecomeBptEptWithTheOriginalTags() throws Exception {
        DocumentAligner.Result r = alignHtml();
        Path tmx = dir.resolve("html.tmx");
        String xml = Files.readString(tmx);
        TestFiles.assertValidTmx14(tmx);
        assertBalanced(xml);
        assertTrue(xml.contains("<bpt i=\"1\" x=\"1\" type=\"bold\">&lt;b&gt;</bpt>Choe Son Hui<ept i=\"1\">&lt;/b&gt;</ept>"), xml);
        assertTrue(xml.contains("<bpt i=\"2\" x=\"2\" type=\"link\">&lt;a href=\"https://example.org/lawrow\"&gt;</bpt>"
                + "Sergei Wiktorowichi Lawrow<ept i=\"2\">&lt;/a&gt;</ept>"), xml);
        assertTrue(xml.contains("&lt;a href=\"https://example.org/lavrov\"&gt;</bpt>Sergei Viktorovich Lavrov"), xml);
        assertTrue(xml.contains("<bpt i=\"1\" x=\"1\" type=\"italic\">&lt;i&gt;</bpt>Bolschoi-Theater<ept i=\"1\">&lt;/i&gt;</ept>"), xml);
        assertEquals(r.pairs().size(), units(xml).size());
    }

    @Test
    void aMergedLinkKeepsTheCodesOfBothSegments() throws Exception {
        DocumentAligner.Result r = alignHtml();
        Path tmx = dir.resolve("html.tmx");
        assertTrue(r.typeCounts().containsKey("2-1"), r.typeCounts().toString());
        String joined = units(Files.readString(tmx)).stream().filter(u -> u.contains("<prop type=\"x-link-type\">2-1</prop>"))
                .findFirst().orElseThrow();
        assertTrue(joined.contains("Im Meinungsaustausch") && joined.contains("Bolschoi-Theater"), joined);
        assertTrue(joined.contains("&lt;i&gt;</bpt>Bolschoi-Theater"), joined);
        assertTrue(joined.contains("&lt;i&gt;</bpt>Bolshoi Theatre"), joined);
    }

    @Test
    void docxBoldAndItalicRunsAndHyperlinksBecomeBptEpt() throws Exception {
        Path de = TestDocuments.docx(dir, "de");
        Path en = TestDocuments.docx(dir, "en");
        Path tmx = dir.resolve("docx.tmx");
        align(de, en, tmx);
        String xml = Files.readString(tmx);
        TestFiles.assertValidTmx14(tmx);
        assertBalanced(xml);
        assertTrue(xml.contains("<bpt i=\"1\" x=\"1\" type=\"bold\">&lt;run1&gt;</bpt>Choe Son Hui<ept i=\"1\">&lt;/run1&gt;</ept>"), xml);
        assertTrue(xml.contains("<bpt i=\"2\" x=\"2\" type=\"link\">&lt;hyperlink2&gt;</bpt>Sergei Viktorovich Lavrov<ept i=\"2\">"), xml);
        assertTrue(xml.contains("<bpt i=\"2\" x=\"2\" type=\"link\">&lt;hyperlink2&gt;</bpt>Sergei Wiktorowichi Lawrow<ept i=\"2\">"), xml);
        assertTrue(xml.contains("type=\"italic\">&lt;run1&gt;</bpt>Bolshoi Theatre"), xml);
        assertFalse(xml.contains("Redaktion Nachrichtenagentur") || xml.contains("Pressemitteilung"), xml);
    }

    @Test
    void okapiReadsTheCodesBackAsPairedCodes() throws Exception {
        alignHtml();
        Path tmx = dir.resolve("html.tmx");
        List<TextFragment> sources = new ArrayList<>();
        try (TmxFilter filter = new TmxFilter();
             RawDocument doc = new RawDocument(tmx.toUri(), "UTF-8", LocaleId.fromBCP47("de"), LocaleId.fromBCP47("en"))) {
            filter.open(doc);
            while (filter.hasNext()) {
                Event e = filter.next();
                if (e.isTextUnit()) {
                    ITextUnit tu = e.getTextUnit();
                    sources.add(tu.getSource().getFirstContent());
                }
            }
        }
        TextFragment withLink = sources.stream().filter(f -> f.getText().contains("Lawrow")).findFirst().orElseThrow();
        assertEquals(4, withLink.getCodes().size());
        List<String> data = withLink.getCodes().stream().map(Code::getData).toList();
        assertTrue(data.contains("<a href=\"https://example.org/lawrow\">"), data.toString());
        assertTrue(withLink.getCodes().stream().anyMatch(c -> c.getTagType() == TextFragment.TagType.OPENING), data.toString());
        assertTrue(withLink.getText().contains("Choe Son Hui, und"), withLink.getText());
    }

    @Test
    void tmImportStoresTheCodesAndGivesTheCodedTargetForTheSentenceWithOrWithoutCodes() throws Exception {
        alignHtml();
        Path tmx = dir.resolve("html.tmx");
        assertTrue(new ImportJob(library).run("codes", tmx, null, null, Progress.NONE).added() > 0);
        TranslationMemory tm = library.open("codes");
        String plain = "Indessen gab es am 2. November in Moskau zwischen der Außenministerin der DVRK, Choe Son Hui, und dem"
                + " Außenminister der Russischen Föderation, Sergei Wiktorowichi Lawrow, einen strategischen Dialog.";
        List<Match> hits = tm.search(plain, "de", "en", 50, 1);
        assertFalse(hits.isEmpty());
        Match m = hits.get(0);
        assertTrue(m.source().contains("⟨1⟩Choe Son Hui⟨/1⟩"), m.source());
        assertTrue(m.target().contains("⟨1⟩Choe Son Hui⟨/1⟩") && m.target().contains("⟨2⟩Sergei Viktorovich Lavrov⟨/2⟩"),
                m.target());
        String coded = "Indessen gab es am 2. November in Moskau zwischen der Außenministerin der DVRK, ⟨1⟩Choe Son Hui⟨/1⟩,"
                + " und dem Außenminister der Russischen Föderation, ⟨2⟩Sergei Wiktorowichi Lawrow⟨/2⟩, einen strategischen Dialog.";
        assertEquals(100, tm.search(coded, "de", "en", 50, 1).get(0).score());
        // the match sees the words: the plain sentence loses only the tag penalty (four tags, at most two)
        assertEquals(100 - 2 * org.tmsh.match.FuzzyScorer.TAG, m.score());
    }

    @Test
    void alignWithTmStoresWhatTmImportOfItsTmxStores() throws Exception {
        Path tmx = dir.resolve("html.tmx");
        Path de = TestDocuments.copy("statement.de.html", dir);
        Path en = TestDocuments.copy("statement.en.html", dir);
        AlignJob job = new AlignJob(aligner, library);
        AlignJob.Outcome o = job.run(new AlignJob.Request(new DocumentAligner.Request(de, en, "de", "en", false, null, tmx, null),
                null, null, "direct"), Progress.NONE);
        new ImportJob(library).run("imported", tmx, null, null, Progress.NONE);
        TranslationMemory direct = library.open("direct");
        TranslationMemory imported = library.open("imported");
        for (var l : o.result().pairs()) {
            String s = o.result().alignment().sourceText(l);
            Match a = direct.search(s, "de", "en", 50, 1).get(0);
            Match b = imported.search(s, "de", "en", 50, 1).get(0);
            assertEquals(b.source(), a.source());
            assertEquals(b.target(), a.target());
            assertEquals(b.score(), a.score());
        }
    }
    @Test
    void pretranslatingTheSameHtmlFromTheAlignedTmGivesExactTargetsWithTheDocumentsCodes() throws Exception {
        alignHtml();
        Path tmx = dir.resolve("html.tmx");
        Path de = dir.resolve("statement.de.html");
        new ImportJob(library).run("codes", tmx, null, null, Progress.NONE);
        Path xlf = dir.resolve("statement.xlf");
        new PretranslateJob(SrxSegmenter.withDefaultRules()).run(
                new PretranslateJob.Request(de, xlf, "de", "en", 95, 3, null, "test"), library.open("codes"), Progress.NONE);
        String xliff = Files.readString(xlf);
        Matcher unit = Pattern.compile("(?s)<trans-unit[^>]*>.*?</trans-unit>").matcher(xliff);
        String withNames = null;
        while (unit.find()) {
            if (unit.group().contains("Choe Son Hui")) {
                withNames = unit.group();
            }
        }
        assertTrue(withNames != null, xliff);
        Matcher target = Pattern.compile("(?s)<target[^>]*state-qualifier=\"(?:exact|x-context)-match\"[^>]*>(.*?)</target>").matcher(withNames);
        assertTrue(target.find(), withNames);
        assertTrue(target.group(1).matches("(?s).*<g id=\"1\"[^>]*>Choe Son Hui</g>.*<g id=\"2\"[^>]*>Sergei Viktorovich Lavrov</g>.*"),
                target.group(1));
    }
    @Test
    void boldOverTwoSentencesBecomesItInEachUnitAndAJoinedUnitPairsItAgain() throws Exception {
        Path de = Files.writeString(dir.resolve("b.de.html"),
                "<html><body><p><b>Lawrow traf gestern in Moskau Choe Son Hui. Sie sprachen sehr lange miteinander.</b></p>"
                + "<p>Danach reisten beide ab.</p></body></html>");
        Path en = Files.writeString(dir.resolve("b.en.html"),
                "<html><body><p><b>Lavrov met Choe Son Hui in Moscow yesterday. They talked to each other for a very long time.</b></p>"
                + "<p>Then both left.</p></body></html>");
        Path tmx = dir.resolve("b.tmx");
        DocumentAligner.Result r = align(de, en, tmx);
        assertEquals(3, r.pairs().size(), r.typeCounts().toString());
        String xml = Files.readString(tmx);
        TestFiles.assertValidTmx14(tmx);
        assertTrue(xml.contains("<seg><it pos=\"begin\" x=\"1\" type=\"bold\">&lt;b&gt;</it>Lawrow traf"), xml);
        assertTrue(xml.contains("miteinander.<it pos=\"end\" x=\"1\">&lt;/b&gt;</it></seg>"), xml);
        assertTrue(xml.contains("<seg>Danach reisten beide ab.</seg>"), xml);
        new ImportJob(library).run("split", tmx, null, null, Progress.NONE);
        assertEquals("⟨1/⟩Lavrov met Choe Son Hui in Moscow yesterday.", library.open("split")
                .search("Lawrow traf gestern in Moskau Choe Son Hui.", "de", "en", 50, 1).get(0).target());

        Path en1 = Files.writeString(dir.resolve("c.en.html"),
                "<html><body><p><b>Lavrov met Choe Son Hui in Moscow yesterday and they talked to each other for a very long time.</b></p>"
                + "<p>Then both left.</p></body></html>");
        Path joined = dir.resolve("c.tmx");
        DocumentAligner.Result j = align(de, en1, joined);
        assertTrue(j.typeCounts().containsKey("2-1"), j.typeCounts().toString());
        String jx = Files.readString(joined);
        TestFiles.assertValidTmx14(joined);
        assertTrue(jx.contains("<seg><bpt i=\"1\" x=\"1\" type=\"bold\">&lt;b&gt;</bpt>Lawrow traf gestern in Moskau Choe Son Hui."
                + " Sie sprachen sehr lange miteinander.<ept i=\"1\">&lt;/b&gt;</ept></seg>"), jx);
    }
    @Test
    void aLaterSentenceOfAParagraphIsAnExactMatchWithItsCodesInPlace() throws Exception {
        Path de = Files.writeString(dir.resolve("d.de.html"), "<html><body><p>Lawrow traf gestern <b>Choe Son Hui</b>."
                + " Danach sprach <b>Lawrow</b> lange mit <i>Putin</i>.</p></body></html>");
        Path en = Files.writeString(dir.resolve("d.en.html"), "<html><body><p>Yesterday Lavrov met <b>Choe Son Hui</b>."
                + " Then <b>Lavrov</b> talked with <i>Putin</i> for a long time.</p></body></html>");
        Path tmx = dir.resolve("d.tmx");
        align(de, en, tmx);
        assertTrue(Files.readString(tmx).contains("<seg>Danach sprach <bpt i=\"1\" x=\"1\" type=\"bold\">&lt;b&gt;</bpt>Lawrow"
                + "<ept i=\"1\">&lt;/b&gt;</ept> lange mit <bpt i=\"2\" x=\"2\" type=\"italic\">"), Files.readString(tmx));
        new ImportJob(library).run("later", tmx, null, null, Progress.NONE);
        Path xlf = dir.resolve("d.xlf");
        new PretranslateJob(SrxSegmenter.withDefaultRules()).run(
                new PretranslateJob.Request(de, xlf, "de", "en", 100, 3, null, "test"), library.open("later"), Progress.NONE);
        String xliff = Files.readString(xlf);
        assertTrue(xliff.contains("state-qualifier=\"x-context-match\">Then <g id=\"2\">Lavrov</g> talked with <g id=\"3\">Putin</g>"
                + " for a long time.</target>"), xliff);
    }
}
