package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.segment.SrxSegmenter;

/**
 * {@code pretranslate --furniture}: a web page's navigation and footer become units of the XLIFF too,
 * and {@code merge} (which tells from the units' ids how the page was read) translates them; without
 * it they stay out of the XLIFF and in the source language, as before.
 */
class FurnitureMergeTest {

    @TempDir
    Path dir;
    private TmLibrary library;
    private TranslationMemory tm;
    private final SrxSegmenter segmenter = SrxSegmenter.withDefaultRules();
    /** What pretranslate said (notices) and merge cautioned, in the last round trip. */
    private final java.util.List<String> said = new java.util.ArrayList<>();

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="de"><head><meta charset="utf-8"><title>Meldung</title></head>
            <body>
            <nav><ul><li><a href="/">Startseite</a></li><li><a href="/politik">Politik</a></li></ul></nav>
            <main><p>Am Abend besuchte die Delegation das Bolschoi-Theater in Moskau.</p></main>
            <footer><p>Alle Rechte vorbehalten.</p></footer>
            </body></html>
            """;

    private static final Map<String, String> ENGLISH = Map.of("Startseite", "Home", "Politik", "Politics",
            "Am Abend besuchte die Delegation das Bolschoi-Theater in Moskau.", "In the evening the delegation visited the Bolshoi Theatre in Moscow.",
            "Alle Rechte vorbehalten.", "All rights reserved.");

    @BeforeEach
    void memory() throws Exception {
        library = new TmLibrary(dir.resolve("tm"));
        tm = library.openOrCreate("seeds");
        tm.importFile(TestDocuments.SEED_TMX, null, null, Progress.NONE);
    }

    @AfterEach
    void close() {
        library.close();
    }

    /** Pre-translates the page, fills every target as a translator would, merges; gives the merged page. */
    private String roundTrip(boolean furniture) throws Exception {
        Path html = Files.writeString(dir.resolve("page.de.html"), PAGE);
        Path xlf = dir.resolve("page.xlf");
        new PretranslateJob(segmenter).run(new PretranslateJob.Request(html, xlf, "de", "en", 95, 3, null, "test", "1.2",
                false, furniture), tm, new Progress() {
                    @Override
                    public void update(long done, long total) {
                    }

                    @Override
                    public void notice(String text) {
                        said.add(text);
                    }
                });
        String xml = Files.readString(xlf);
        for (Map.Entry<String, String> e : ENGLISH.entrySet()) {
            // the source as written, inline codes (a link around a menu entry) included; the target keeps them
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("<source xml:lang=\"de\">((?:<[^>]+>)*)"
                    + java.util.regex.Pattern.quote(e.getKey()) + "((?:<[^>]+>)*)</source>\n").matcher(xml);
            if (m.find()) {
                xml = xml.substring(0, m.end()) + "        <target xml:lang=\"en\" state=\"translated\">" + m.group(1)
                        + e.getValue() + m.group(2) + "</target>\n" + xml.substring(m.end());
            }
        }
        Files.writeString(xlf, xml);
        Path out = dir.resolve("page.en.html");
        said.addAll(new MergeJob(segmenter).run(xlf, out, null, "test").cautions());
        return Files.readString(out);
    }

    @Test
    void withFurnitureTheNavigationAndFooterAreTranslatedToo() throws Exception {
        String page = roundTrip(true);
        for (String english : ENGLISH.values()) {
            assertTrue(page.contains(english), english + " in " + page);
        }
        for (String german : ENGLISH.keySet()) {
            assertFalse(page.contains(german), german + " left in " + page);
        }
        assertTrue(page.contains("<nav><ul><li><a href=\"/\">Home</a></li>"), page);
        assertTrue(said.stream().noneMatch(s -> s.contains("furniture")), said.toString());
    }

    @Test
    void withoutItTheyStayOutOfTheXliffAndInTheSourceLanguage() throws Exception {
        String page = roundTrip(false);
        assertTrue(page.contains("In the evening the delegation visited"), page);
        assertTrue(page.contains(">Startseite<") && page.contains("Alle Rechte vorbehalten."), page);
        assertFalse(Files.readString(dir.resolve("page.xlf")).contains("Startseite"));
        // both say so: the translator must not take "every segment translated" for the whole page
        // (three segments left out: two menu entries and the footer)
        assertTrue(said.size() == 2 && said.get(0).contains("page.de.html: 3 segments of page furniture")
                && said.get(0).contains("--furniture") && said.get(1).contains("page.en.html: 3 segments of page furniture")
                && said.get(1).contains("pretranslate --furniture"), said.toString());
    }

    @Test
    void aPlainTextHasNoFurnitureAndSaysSo() throws Exception {
        Path txt = TestDocuments.copy("statement.de.txt", dir);
        TmshException e = assertThrows(TmshException.class, () -> new PretranslateJob(segmenter).run(
                new PretranslateJob.Request(txt, dir.resolve("s.xlf"), "de", "en", 95, 3, null, "test", "1.2", false, true),
                tm, Progress.NONE));
        assertTrue(e.getMessage().contains("statement.de.txt") && e.getMessage().contains("furniture"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("s.xlf")));
    }
}
