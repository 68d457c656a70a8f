package org.tmsh.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        // tags that a translation moved cannot be paired: the page is left as written
        String was = "<p><b>a</b>  <i>b</i> <button>x</button> <input></p>";
        String now = "<p><i>B</i><b>A</b> <button>x</button><input></p>";
        assertEquals(now, HtmlWhiteSpace.restore(was, now, Set.of("button")));
        assertEquals("<p><b>A</b><i>B</i> <button>x</button> <input></p>",
                HtmlWhiteSpace.restore(was, "<p><b>A</b><i>B</i> <button>x</button><input></p>", Set.of("button")));
    }
}
