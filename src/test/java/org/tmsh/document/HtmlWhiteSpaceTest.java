package org.tmsh.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import net.sf.okapi.common.resource.TextFragment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tmsh.segment.SrxSegmenter;

/**
 * White space of an HTML page that Okapi's filter and writer dropped where a browser shows it: in
 * translatable attributes, and between an element tmsh leaves out and the next one. A page written here,
 * merged untouched and translated through Okapi's writer.
 */
class HtmlWhiteSpaceTest {

    @TempDir
    Path dir;

    private final SrxSegmenter segmenter = SrxSegmenter.withDefaultRules();

    private static final String PAGE = "<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\"><title>Seite</title>"
            + "<meta name=\"description\" content=\"Eine Beschreibung der Seite.  \"></head><body>\n"
            + "<p>Siehe <a href=\"x.html\" title=\"Zwei  Leerzeichen hier \">den Text</a> hier.</p>\n"
            + "<p><img src=\"a.png\" alt=\"Stufe A,\n            die zweite Zeile\"> Ein Bild.</p>\n"
            + "<p>Datei: <button>Los</button> <input type=\"file\"> und fertig.</p>\n</body></html>\n";

    private String merged(boolean translate) throws IOException {
        Path page = Files.writeString(dir.resolve("seite.html"), PAGE, StandardCharsets.UTF_8);
        Path out = dir.resolve(translate ? "upper.html" : "untouched.html");
        DocumentSegments.write(page, "de", "en", segmenter, item -> {
            if (!translate) {
                return null;
            }
            TextFragment t = item.content().clone();
            t.setCodedText(t.getCodedText().toUpperCase(Locale.ROOT));
            return t;
        }, out);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void untouchedTheAttributesAndTheGapBesideAButtonAreTheOriginals() throws IOException {
        String html = merged(false);
        // without the fix: title="Zwei Leerzeichen hier", alt="Stufe A, die zweite Zeile", content="... Seite.", </button><input
        assertEquals(PAGE.replace("lang=\"de\"", "lang=\"en\"").replace("charset=\"utf-8\"", "charset=\"UTF-8\""), html);
    }

    @Test
    void translatedTheAttributesKeepTheirEdgesAndTheGapStays() throws IOException {
        String html = merged(true);
        assertTrue(html.contains("title=\"ZWEI LEERZEICHEN HIER \""), html);
        assertTrue(html.contains("content=\"EINE BESCHREIBUNG DER SEITE.  \""), html);
        assertTrue(html.contains("alt=\"STUFE A, DIE ZWEITE ZEILE\""), html);
        assertTrue(html.contains("</button> <input"), html);
    }

    @Test
    void theEditsOnTheirOwn() {
        assertEquals("a  b\n c ", HtmlWhiteSpace.spaced("a  b\n c ", "a b c", "a b c"));
        assertEquals(" X Y ", HtmlWhiteSpace.spaced(" a  b ", "X Y", "X Y"));
        assertEquals(null, HtmlWhiteSpace.spaced("a b", "a b", "a b"));
        // tags that a translation moved are paired within the stretch it reordered, the rest as before
        String was = "<p><b>a</b>  <i>b</i> <button>x</button> <input></p>";
        assertEquals("<p><i>B</i><b>A</b> <button>x</button> <input></p>",
                HtmlWhiteSpace.restore(was, "<p><i>B</i><b>A</b> <button>x</button><input></p>", Set.of("button")));
        assertEquals("<p><b>A</b><i>B</i> <button>x</button> <input></p>",
                HtmlWhiteSpace.restore(was, "<p><b>A</b><i>B</i> <button>x</button><input></p>", Set.of("button")));
    }

    @Test
    void tagsATranslationMovedArePairedByTheirAttributes() {
        // two links whose titles Okapi collapsed, swapped by the translator: each title gets its own white space
        String was = "<p><a href=\"a\" title=\"eins  zwei\">A</a> und <a href=\"b\" title=\"drei\n  vier\">B</a>.</p>"
                + "\n<p>Datei: <button>Los</button> <input></p>";
        String now = "<p><a href=\"b\" title=\"drei vier\">B</a> and <a href=\"a\" title=\"eins zwei\">A</a>.</p>"
                + "\n<p>Datei: <button>Los</button><input></p>";
        List<Integer> lines = new ArrayList<>();
        assertEquals("<p><a href=\"b\" title=\"drei\n  vier\">B</a> and <a href=\"a\" title=\"eins  zwei\">A</a>.</p>"
                + "\n<p>Datei: <button>Los</button> <input></p>", HtmlWhiteSpace.restore(was, now, Set.of("button"), lines::add));
        assertEquals(List.of(), lines);
    }

    @Test
    void tagsThatCannotBePairedAreNamedByTheOriginalsLine() {
        // a page whose tags differ beyond a reordering (here a tag the writer lost): mended up to there, then named
        String was = "<p title=\"a  b\">x</p>\n<p>y <b>z</b></p>\n<p>Datei: <button>Los</button> <input></p>";
        String now = "<p title=\"a b\">x</p>\n<p>y z</p>\n<p>Datei: <button>Los</button><input></p>";
        List<Integer> lines = new ArrayList<>();
        assertEquals("<p title=\"a  b\">x</p>\n<p>y z</p>\n<p>Datei: <button>Los</button><input></p>",
                HtmlWhiteSpace.restore(was, now, Set.of("button"), lines::add));
        assertEquals(List.of(2), lines);
    }

    @Test
    void aMergeWhoseTranslationMovedTagsKeepsTheWhiteSpaceAndSaysNothing() throws IOException {
        Path page = Files.writeString(dir.resolve("zwei.html"), "<html><body>\n<p>Siehe <a href=\"a.html\" title=\"Erster  Link\">"
                + "Anna</a> und <b title=\"fett \">Berta</b> hier.</p>\n<p>Datei: <button>Los</button> <input></p>\n</body></html>\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("zwei.en.html");
        List<String> cautions = new ArrayList<>();
        DocumentSegments.write(page, "de", "en", segmenter, false, item -> {
            String marked = InlineText.marked(item.content());
            if (!marked.contains("Anna")) {
                return null;
            }
            // the translator swapped the link and the bold: ⟨1⟩Anna⟨/1⟩ ... ⟨2⟩Berta⟨/2⟩ becomes the other way round
            assertEquals("Siehe \u27e81\u27e9Anna\u27e8/1\u27e9 und \u27e82\u27e9Berta\u27e8/2\u27e9 hier.", marked);
            return InlineText.fragment("See \u27e82\u27e9BERTA\u27e8/2\u27e9 and \u27e81\u27e9ANNA\u27e8/1\u27e9 here.", item.content());
        }, out, cautions::add);
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.contains("See <b title=\"fett \">BERTA</b> and <a href=\"a.html\" title=\"Erster  Link\">ANNA</a> here."), html);
        assertTrue(html.contains("</button> <input>"), html);
        assertEquals(List.of(), cautions);
    }
}
