package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.segment.SrxSegmenter;

/**
 * The round trip a translator makes, on documents of each format with several sentences a paragraph,
 * runs split inside a word, a run holding only a space, tabs, soft line breaks, no-break spaces,
 * formatting across a sentence boundary, links on names, a footnote and a table: pretranslate, fill
 * the XLIFF (1.2 and 2.0) as a CAT tool would, merge, and compare the document's text and formatting
 * with the expected one. Untouched, the document comes back as it was (TXT byte for byte, HTML token
 * for token, DOCX run for run in every part); "translated" (every word upper-cased, codes where the
 * source has them), it is the original with its words upper-cased and nothing else changed.
 */
class RoundTripTest {

    private static final UnaryOperator<String> UPPER = s -> s.toUpperCase(Locale.GERMAN);

    @TempDir
    Path dir;
    private TmLibrary library;
    private TranslationMemory empty;
    private final SrxSegmenter segmenter = SrxSegmenter.withDefaultRules();

    @BeforeEach
    void memory() {
        library = new TmLibrary(dir.resolve("tm"));
        empty = library.openOrCreate("empty");
    }

    @AfterEach
    void close() {
        library.close();
    }

    private Path pretranslate(Path doc, String version) {
        Path xlf = dir.resolve(doc.getFileName() + "." + version + ".xlf");
        new PretranslateJob(segmenter).run(new PretranslateJob.Request(doc, xlf, "de", "en", 95, 3, null, "test", version),
                empty, Progress.NONE);
        return xlf;
    }

    private Path copy(String name) throws Exception {
        return Files.copy(RoundTripDocs.DIR.resolve(name), dir.resolve(name));
    }

    // --- untouched: the original comes back ---

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "2.0"})
    void untouchedTextComesBackByteForByteWithLfAndCrLf(String version) throws Exception {
        Path txt = copy("notes.de.txt");
        Path crlf = Files.writeString(dir.resolve("notes-crlf.de.txt"), Files.readString(txt).replace("\n", "\r\n"));
        for (Path doc : List.of(txt, crlf)) {
            Path xlf = pretranslate(doc, version);
            Path out = dir.resolve("out-" + doc.getFileName());
            MergeJob.Result r = new MergeJob(segmenter).run(xlf, out, null, "test");
            assertEquals(0, r.translated());
            assertEquals(r.segments(), r.inSource().size(), "every segment listed as kept in German");
            assertArrayEquals(Files.readAllBytes(doc), Files.readAllBytes(out), doc + " changed by a merge without targets");
            // a CAT tool that copies the source into the target (as Rainbow prepares files for OmegaT)
            CatTool.open(xlf).translateAll(s -> s, "translated").save();
            r = new MergeJob(segmenter).run(xlf, out, null, "test");
            assertEquals(r.segments(), r.translated());
            assertArrayEquals(Files.readAllBytes(doc), Files.readAllBytes(out), doc + " changed by targets equal to the sources");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "2.0"})
    void untouchedPageHasTheOriginalsTextAndAttributes(String version) throws Exception {
        Path html = copy("minutes.de.html");
        Path xlf = pretranslate(html, version);
        Path out = dir.resolve("out.html");
        new MergeJob(segmenter).run(xlf, out, null, "test");
        assertEquals(translatedPage(RoundTripDocs.htmlTokens(Files.readString(html), s -> s, s -> s)),
                RoundTripDocs.htmlTokens(Files.readString(out), s -> s, s -> s));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "2.0"})
    void untouchedDocxHasEveryRunOfEveryPartAsTheOriginal(String version) throws Exception {
        Path docx = RoundTripDocs.docx("minutes.de.docx", dir);
        Path xlf = pretranslate(docx, version);
        Path out = dir.resolve("out.docx");
        new MergeJob(segmenter).run(xlf, out, null, "test");
        TreeMap<String, List<List<RoundTripDocs.Run>>> original = RoundTripDocs.docxRuns(docx);
        assertEquals(List.of("word/document.xml", "word/footnotes.xml", "word/header1.xml"), List.copyOf(original.keySet()));
        assertEquals(original, RoundTripDocs.docxRuns(out));
        String text = original.get("word/document.xml").toString();
        assertTrue(text.contains("Der erste Satz steht hier. Der zweite Satz steht dort."), "the test's own reading: " + text);
    }

    /**
     * A page whose tags cross ({@code <b>..<i>..</b>..</i>}, which browsers forgive): XLIFF 1.2's
     * {@code g} must nest, so such a sentence is written with {@code bx}/{@code ex} in the original's
     * order, and both the untouched and the translated page come back with the original's tags.
     */
    @ParameterizedTest
    @ValueSource(strings = {"1.2", "2.0"})
    void aPageWhoseTagsCrossComesBackUntouchedAndTranslated(String version) throws Exception {
        Path html = Files.writeString(dir.resolve("crossed.de.html"), "<html><head><meta charset=\"utf-8\"><title>Bericht</title></head>"
                + "<body><p>Das ist <b>ein fetter <i>und kursiver</b> Satz</i> hier. Danach <span class=\"a\">kommt "
                + "<em>noch</span> einer</em>.</p><p>Ein zweiter Absatz.</p></body></html>");
        Path xlf = pretranslate(html, version);
        if (version.equals("1.2")) {
            assertTrue(Files.readString(xlf).contains("<bx id="), "crossing pairs as bx/ex: " + Files.readString(xlf));
        }
        Path out = dir.resolve("crossed.untouched.html");
        new MergeJob(segmenter).run(xlf, out, null, "test");
        assertEquals(RoundTripDocs.htmlTokens(Files.readString(html), s -> s, s -> s),
                RoundTripDocs.htmlTokens(Files.readString(out), s -> s, s -> s));
        CatTool.open(xlf).translateAll(UPPER, "translated").save();
        Path translated = dir.resolve("crossed.en.html");
        new MergeJob(segmenter).run(xlf, translated, null, "test");
        assertEquals(translatedPage(RoundTripDocs.htmlTokens(Files.readString(html), UPPER, UPPER)),
                RoundTripDocs.htmlTokens(Files.readString(translated), s -> s, s -> s));
    }

    // --- translated: the original's white space and formatting around new words ---

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "2.0"})
    void translatedTextKeepsEverythingBetweenSentences(String version) throws Exception {
        Path txt = copy("notes.de.txt");
        Path xlf = pretranslate(txt, version);
        CatTool.open(xlf).translateAll(UPPER, "translated").save();
        Path out = dir.resolve("notes.en.txt");
        MergeJob.Result r = new MergeJob(segmenter).run(xlf, out, null, "test");
        assertEquals(r.segments(), r.translated());
        assertEquals(UPPER.apply(Files.readString(txt)), Files.readString(out, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "2.0"})
    void translatedPageKeepsTagsAttributesAndSpacing(String version) throws Exception {
        Path html = copy("minutes.de.html");
        Path xlf = pretranslate(html, version);
        CatTool.open(xlf).translateAll(UPPER, "translated").save();
        Path out = dir.resolve("minutes.en.html");
        new MergeJob(segmenter).run(xlf, out, null, "test");
        List<String> expected = translatedPage(RoundTripDocs.htmlTokens(Files.readString(html), UPPER, UPPER));
        assertEquals(expected, RoundTripDocs.htmlTokens(Files.readString(out), s -> s, s -> s));
        assertTrue(expected.contains("<a {href=https://example.org/lawrow}>") && expected.contains("SERGEI LAWROW"), "" + expected);
        assertTrue(expected.contains("Startseite"), "the navigation is furniture, left alone: " + expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "2.0"})
    void translatedDocxKeepsRunsTabsBreaksFootnotesAndTable(String version) throws Exception {
        Path docx = RoundTripDocs.docx("minutes.de.docx", dir);
        Path xlf = pretranslate(docx, version);
        CatTool.open(xlf).translateAll(UPPER, "translated").save();
        Path out = dir.resolve("minutes.en.docx");
        new MergeJob(segmenter).run(xlf, out, null, "test");
        // headers are page furniture tmsh does not extract: they stay German
        TreeMap<String, List<List<RoundTripDocs.Run>>> expected = RoundTripDocs.mapped(RoundTripDocs.docxRuns(docx), UPPER,
                part -> !part.contains("header") && !part.contains("footer"));
        assertEquals(expected, RoundTripDocs.docxRuns(out));
        String body = expected.get("word/document.xml").toString();
        assertTrue(body.contains("DER ERSTE SATZ STEHT HIER. DER ZWEITE SATZ STEHT DORT.")
                && body.contains("SIE SPRACHEN LANGE.\tDANACH") && body.contains("AM 3.\u00A0NOVEMBER BEGINNT DIE KONFERENZ.\nSIE")
                && body.contains("ES DAUERTE, format=b]") && body.contains("text= NUR EINE STUNDE.  ALLE"), body);
        PythonDocx.assertParagraphs(out, PythonDocx.paragraphs(docx).stream().map(UPPER).toList());
    }

    @Test
    void anXliffFromAnotherToolComesBackWithTargetsAndItsPreservedSpacing() throws Exception {
        Path doc = copy("strings.de.xlf");
        Path xlf = pretranslate(doc, "1.2");
        Path out = dir.resolve("strings.en.xlf");
        new MergeJob(segmenter).run(xlf, out, null, "test");
        String merged = Files.readString(out);
        assertTrue(merged.contains("<target xml:lang=\"en\"><g id=\"1\">Lawrow</g> kam in <g id=\"2\">Moskau</g> an.  Alle waren"
                + " zufrieden.\tMehr folgt morgen.</target>"), "untouched: the source as target, spacing preserved: " + merged);
        CatTool.open(xlf).translateAll(UPPER, "translated").save();
        new MergeJob(segmenter).run(xlf, out, null, "test");
        merged = Files.readString(out);
        assertTrue(merged.contains("<target xml:lang=\"en\"><g id=\"1\">LAWROW</g> KAM IN <g id=\"2\">MOSKAU</g> AN.  ALLE WAREN"
                + " ZUFRIEDEN.\tMEHR FOLGT MORGEN.</target>"), merged);
        assertTrue(merged.contains("<target xml:lang=\"en\">DER ERSTE SATZ STEHT HIER. DER ZWEITE SATZ STEHT DORT.</target>"), merged);
        assertTrue(merged.contains("<target xml:lang=\"en\"><g id=\"1\">DAS TREFFEN WAR KURZ. ES DAUERTE</g> NUR EINE STUNDE."
                + "</target>"), "bold across the sentence end: " + merged);
        for (org.tmsh.formats.xliff.XliffReader.Entry e : org.tmsh.formats.xliff.XliffReader.read(out).entries()) {
            assertEquals(UPPER.apply(e.source()).replaceAll("⟨/?\\d+/?⟩", ""), e.target().replaceAll("⟨/?\\d+/?⟩", ""));
        }
    }

    // --- the whole suite: every document of every format, both XLIFF versions ---

    /** The suite's documents: its own, the other tests' German documents, and the seed texts as TXT, HTML and DOCX. */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> suite() {
        List<String> names = new java.util.ArrayList<>(List.of("notes.de.txt", "minutes.de.html", "minutes.de.docx",
                "statement.de.txt", "statement.de.html", "statement.de.docx", "report.de.docx", "news-page.de.html"));
        for (int i = 0; i < 5; i++) {
            for (String ext : List.of("txt", "html", "docx")) {
                names.add("seed-" + i + ".de." + ext);
            }
        }
        return names.stream().flatMap(n -> java.util.stream.Stream.of("1.2", "2.0")
                .map(v -> org.junit.jupiter.params.provider.Arguments.of(n, v)));
    }

    /** A document of {@link #suite} in the test's folder. */
    private Path document(String name) throws Exception {
        if (name.startsWith("seed-")) {
            int n = Integer.parseInt(name.substring(5, 6));
            Path seed;
            try (var seeds = Files.list(Path.of("seeds"))) {
                seed = seeds.filter(p -> p.getFileName().toString().startsWith("00" + n + "_")).findFirst().orElseThrow();
            }
            Path txt = Files.copy(seed, dir.resolve("seed-" + n + ".de.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            List<Path> made = RoundTripDocs.asHtmlAndDocx(txt, dir, "seed-" + n + ".de");
            return name.endsWith(".txt") ? txt : name.endsWith(".html") ? made.get(0) : made.get(1);
        }
        return switch (name) {
            case "minutes.de.docx" -> RoundTripDocs.docx(name, dir);
            case "statement.de.docx" -> TestDocuments.docx(dir);
            case "report.de.docx" -> RoundTripDocs.docx(Path.of("src/test/resources/documents/report.docx.d"), dir.resolve(name));
            case "statement.de.txt", "statement.de.html" -> TestDocuments.copy(name, dir);
            case "news-page.de.html" -> Files.copy(Path.of("src/test/resources/documents", name), dir.resolve(name));
            default -> copy(name);
        };
    }

    @ParameterizedTest(name = "{0} through XLIFF {1}")
    @org.junit.jupiter.params.provider.MethodSource("suite")
    void everyDocumentComesBackUntouchedAndTranslatedWithOnlyItsWordsChanged(String name, String version) throws Exception {
        Path doc = document(name);
        Path xlf = pretranslate(doc, version);
        Path out = dir.resolve("out-" + name);
        new MergeJob(segmenter).run(xlf, out, null, "test");
        if (name.endsWith(".txt")) {
            assertArrayEquals(Files.readAllBytes(doc), Files.readAllBytes(out), name + " changed by a merge without targets");
        }
        assertEquals(RoundTripDocs.pieces(doc, s -> s, true), RoundTripDocs.pieces(out, s -> s, false), name + " untouched");
        if (name.equals("news-page.de.html")) {
            return; // its furniture (cookie box, breadcrumb, aside ...) is more than the expected page maps
        }
        CatTool.open(xlf).translateAll(UPPER, "translated").save();
        MergeJob.Result r = new MergeJob(segmenter).run(xlf, out, null, "test");
        assertEquals(r.segments(), r.translated());
        assertEquals(RoundTripDocs.pieces(doc, UPPER, true), RoundTripDocs.pieces(out, s -> s, false), name + " translated");
        if (name.endsWith(".docx")) {
            PythonDocx.assertParagraphs(out, PythonDocx.paragraphs(doc).stream().map(UPPER).toList());
        }
    }

    // --- codes moved by the translator land on their words ---

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "2.0"})
    void movedCodesLandOnTheTranslatedNames(String version) throws Exception {
        Path docx = RoundTripDocs.docx("minutes.de.docx", dir);
        Path html = copy("minutes.de.html");
        for (Path doc : List.of(docx, html)) {
            Path xlf = pretranslate(doc, version);
            CatTool cat = CatTool.open(xlf);
            List<String> ids = cat.codeIds(s -> s.startsWith("Lawrow kam"));
            assertEquals(2, ids.size(), "bold and link: " + ids);
            cat.target(s -> s.startsWith("Lawrow kam"), "⟨" + ids.get(1) + "⟩Moscow⟨/" + ids.get(1) + "⟩ saw ⟨" + ids.get(0)
                    + "⟩Lavrov⟨/" + ids.get(0) + "⟩ arrive.", "translated").save();
            Path out = dir.resolve("moved-" + doc.getFileName());
            new MergeJob(segmenter).run(xlf, out, null, "test");
            if (doc == docx) {
                List<RoundTripDocs.Run> para = RoundTripDocs.docxRuns(out).get("word/document.xml").get(4);
                assertEquals(new RoundTripDocs.Run("Moscow", "link:https://example.org/moskau"), para.get(0), "" + para);
                assertEquals(new RoundTripDocs.Run(" saw ", ""), para.get(1));
                assertEquals(new RoundTripDocs.Run("Lavrov", "b"), para.get(2));
                assertTrue(para.get(3).text().startsWith(" arrive. Der Bericht stammt von "), "" + para);
            } else {
                String merged = Files.readString(out);
                assertTrue(merged.contains("<p><a href=\"https://example.org/moskau\" title=\"Moskau\">Moscow</a> saw <b>Lavrov</b>"
                        + " arrive. Der Bericht"), merged);
            }
        }
    }

    // --- merge writes what a person confirmed ---

    @Test
    void unreviewedTargetsStayInTheSourceLanguageUnlessAccepted() throws Exception {
        Path txt = copy("notes.de.txt");
        Path xlf = pretranslate(txt, "1.2");
        CatTool.open(xlf).translateAll(UPPER, "translated")
                .target(s -> s.equals("Der erste Satz steht hier."), "The first sentence is here.", "needs-review-translation")
                .target(s -> s.equals("Der zweite Satz steht dort."), "The second sentence is there.", "needs-review-translation")
                .approve(s -> s.equals("Der zweite Satz steht dort."))
                .target(s -> s.equals("Alle waren zufrieden."), "All were content.", "new")
                .target(s -> s.equals("Mehr folgt morgen."), "More tomorrow.", null)
                .save();
        String[] ids = idsOf(xlf, "Der erste Satz steht hier.", "Alle waren zufrieden.");
        Path out = dir.resolve("notes.en.txt");
        MergeJob.Result r = new MergeJob(segmenter).run(xlf, out, null, "test");
        String merged = Files.readString(out);
        assertTrue(merged.contains("Der erste Satz steht hier. The second sentence is there."), merged);
        assertTrue(merged.contains("Danach gab es ein Essen.".toUpperCase(Locale.GERMAN) + "  Alle waren zufrieden."), merged);
        assertTrue(merged.contains("More tomorrow."), "a target without a state is the CAT tool's confirmed one: " + merged);
        assertEquals(List.of(ids[0], ids[1]), r.inSource().stream().map(MergeJob.Kept::id).toList());
        // as a translator finds them: the segment's number in the document (a title, then one sentence a segment) and its text
        assertEquals(List.of(new MergeJob.Kept(2, ids[0], "Der erste Satz steht hier."),
                new MergeJob.Kept(6, ids[1], "Alle waren zufrieden.")), r.inSource());
        assertEquals(r.segments() - 2, r.translated());
        assertEquals(1, r.states().get("needs-review-translation"));
        assertEquals(1, r.states().get("approved"));
        assertEquals(1, r.states().get("new"));
        assertEquals(1, r.states().get("no state"));
        assertEquals(r.segments() - 4, r.states().get("translated"));

        r = new MergeJob(segmenter).run(xlf, out, null, "test", MergeJob.Accept.NEEDS_REVIEW);
        assertEquals(List.of(ids[1]), r.inSource().stream().map(MergeJob.Kept::id).toList(), "needs-review taken, new still not");
        assertTrue(Files.readString(out).contains("The first sentence is here. The second"));
        r = new MergeJob(segmenter).run(xlf, out, null, "test", MergeJob.Accept.ANY);
        assertEquals(List.of(), r.inSource());
        assertEquals(MergeJob.Accept.NEEDS_REVIEW, MergeJob.Accept.parse("needs-review"));
        assertThrows(TmshException.class, () -> MergeJob.Accept.parse("all"));
    }

    @Test
    void xliff20InitialSegmentsAreUnreviewedAndSegmentsWithoutStateConfirmed() throws Exception {
        Path txt = copy("notes.de.txt");
        Path xlf = pretranslate(txt, "2.0");
        CatTool.open(xlf).translateAll(UPPER, null)
                .target(s -> s.equals("Der erste Satz steht hier."), "The first sentence is here.", "initial")
                .target(s -> s.equals("Der zweite Satz steht dort."), "The second sentence is there.", "reviewed").save();
        Path out = dir.resolve("notes.en.txt");
        MergeJob.Result r = new MergeJob(segmenter).run(xlf, out, null, "test");
        assertTrue(Files.readString(out).contains("Der erste Satz steht hier. The second sentence is there."));
        assertEquals(1, r.inSource().size());
        assertEquals(Map.of("initial", 1, "reviewed", 1, "no state", r.segments() - 2), r.states());
    }

    // --- merge refuses an XLIFF that no longer describes its original ---

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "2.0"})
    void swappedMovedOrAddedUnitsAreRefusedAndNothingIsWritten(String version) throws Exception {
        Path html = copy("minutes.de.html");
        Path out = dir.resolve("minutes.en.html");
        Path xlf = pretranslate(html, version);
        CatTool.open(xlf).translateAll(UPPER, "translated")
                .swapIds(s -> s.equals("Der erste Satz steht hier.") || s.equals("Der zweite Satz steht dort.")).save();
        assertRefused(xlf, out, "units swapped");
        xlf = pretranslate(html, version);
        CatTool.open(xlf).moveLastFirst().save();
        assertRefused(xlf, out, "reordered");
        xlf = pretranslate(html, version);
        CatTool.open(xlf).addUnit("extra-1").save();
        assertRefused(xlf, out, "a unit added");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "2.0"})
    void targetsWhoseCodesAreNotTheSourcesAreRefused(String version) throws Exception {
        Path html = copy("minutes.de.html");
        Path out = dir.resolve("minutes.en.html");
        java.util.function.Predicate<String> keine = s -> s.startsWith("Keine Presse");
        for (String[] bad : new String[][] {
                {"⟨/N⟩No⟨N⟩ press.", "has unbalanced codes: ⟨/N⟩ comes before its ⟨N⟩"},
                {"No⟨/N⟩ press.", "lacks ⟨N⟩"},
                {"No press.", "lacks ⟨N⟩ ⟨/N⟩"},
                {"⟨N⟩No⟨/N⟩ ⟨99⟩press⟨/99⟩.", "has extra ⟨99⟩ ⟨/99⟩"}}) {
            Path xlf = pretranslate(html, version);
            CatTool cat = CatTool.open(xlf);
            String id = cat.codeIds(keine).get(0);
            cat.target(keine, bad[0].replace("N", id), "translated").save();
            assertRefused(xlf, out, bad[1].replace("N", id));
            // the same target waiting for review is not written, so it does not matter
            CatTool.open(xlf).target(keine, bad[0].replace("N", id), "needs-review-translation").save();
            new MergeJob(segmenter).run(xlf, out, null, "test");
            assertTrue(Files.readString(out).contains("<i>Keine</i> Presse."));
            Files.delete(out);
        }
    }

    /** What Okapi's HTML writer changes on purpose: the page's language is the target's. */
    private static List<String> translatedPage(List<String> tokens) {
        return tokens.stream().map(t -> t.equals("<html {lang=de}>") ? "<html {lang=en}>" : t).toList();
    }

    private void assertRefused(Path xlf, Path out, String says) {
        TmshException e = assertThrows(TmshException.class, () -> new MergeJob(segmenter).run(xlf, out, null, "test"));
        assertTrue(e.getMessage().contains(says), e.getMessage());
        assertTrue(e.getMessage().contains(xlf.getFileName().toString()), "names the file: " + e.getMessage());
        assertFalse(Files.exists(out), "nothing written");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".part")).toList(), "no temporary left");
        } catch (java.io.IOException io) {
            throw new AssertionError(io);
        }
    }

    /** The unit ids of the given sources, in the XLIFF. */
    private static String[] idsOf(Path xlf, String... sources) throws Exception {
        List<org.tmsh.formats.xliff.XliffReader.Entry> entries = org.tmsh.formats.xliff.XliffReader.read(xlf).entries();
        String[] out = new String[sources.length];
        for (int i = 0; i < sources.length; i++) {
            String s = sources[i];
            out[i] = entries.stream().filter(e -> e.source().equals(s)).findFirst().orElseThrow().id();
        }
        assertNotEquals(out[0], out[out.length - 1]);
        return out;
    }

    // --- a page in the encoding its <meta> declares ---

    @ParameterizedTest
    @ValueSource(strings = {"<meta charset=\"windows-1252\">",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"})
    void aPageInTheEncodingItDeclaresIsReadAndMergedInIt(String meta) throws Exception {
        String page = "<html><head>" + meta + "<title>Größe</title></head><body>\n"
                + "<p>Die Straße führt über die Brücke. Sie ist schön.</p>\n<p>Preis: 12 € &copy; Müller</p>\n</body></html>\n";
        java.nio.charset.Charset declared = meta.contains("1252") ? java.nio.charset.Charset.forName("windows-1252")
                : StandardCharsets.ISO_8859_1;
        String text = declared.equals(StandardCharsets.ISO_8859_1) ? page.replace("€", "EUR") : page;
        Path doc = Files.write(dir.resolve("page.de.html"), text.getBytes(declared));
        Path xlf = pretranslate(doc, "2.0");
        String xliff = Files.readString(xlf);
        assertTrue(xliff.contains("Die Straße führt über die Brücke."), "the sentence read in the declared encoding: " + xliff);
        Path out = dir.resolve("out.html");
        CatTool.open(xlf).translateAll(UPPER, "translated").save();
        new MergeJob(segmenter).run(xlf, out, null, "test");
        String merged = Files.readString(out, StandardCharsets.UTF_8); // written in UTF-8 ...
        assertTrue(merged.contains("DIE STRASSE FÜHRT ÜBER DIE BRÜCKE."), merged);
        assertTrue(merged.contains("MÜLLER") && merged.contains("GRÖSSE"), merged);
        assertTrue(java.util.regex.Pattern.compile("(?i)charset=[\"']?utf-8").matcher(merged).find(), "... and says so: " + merged);
        assertFalse(merged.toLowerCase(Locale.ROOT).contains(declared.name().toLowerCase(Locale.ROOT)), merged);
    }
}
