package org.tmsh.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import net.sf.okapi.common.resource.TextFragment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tmsh.segment.SrxSegmenter;

/** Zero-width spaces in a page come back where they were: Okapi's filter alone made them spaces or dropped them. */
class ZeroWidthSpacesTest {

    @TempDir
    Path dir;

    private final SrxSegmenter segmenter = SrxSegmenter.withDefaultRules();

    private static final String PAGE = "<html><body><p>Die Daten\u200Bbank ist gro\u00DF.</p><p>\u200B\u200BDas ist ein Test.</p>"
            + "<p>&#8203;</p><p>Ein &#x200B;<b>fettes</b> Wort.</p></body></html>\n";

    @Test
    void zeroWidthSpacesAreInTheSentencesAndInTheMergedPageUntouchedAndTranslated() throws IOException {
        Path page = Files.writeString(dir.resolve("seite.html"), PAGE, StandardCharsets.UTF_8);
        List<String> sentences = DocumentSegments.read(page, "de", segmenter).stream().map(DocumentSegments.Item::plain).toList();
        // without the stand-in: "Die Daten bank ist groß.", "Das ist ein Test.", "Ein fettes Wort."
        assertEquals(List.of("Die Daten\u200Bbank ist gro\u00DF.", "\u200B\u200BDas ist ein Test.", "Ein \u200Bfettes Wort."), sentences);

        Path untouched = dir.resolve("untouched.html");
        DocumentSegments.write(page, "de", "en", segmenter, item -> null, untouched);
        String expected = PAGE.replace("&#8203;", "\u200B").replace("&#x200B;", "\u200B").replace("<html>", "<html lang=\"en\">");
        assertEquals(expected.replace(" lang=\"en\"", ""), Files.readString(untouched).replace(" lang=\"en\"", ""));

        Path upper = dir.resolve("upper.html");
        DocumentSegments.write(page, "de", "en", segmenter, item -> {
            TextFragment t = item.content().clone();
            t.setCodedText(t.getCodedText().toUpperCase(Locale.ROOT));
            return t;
        }, upper);
        assertEquals("<html><body><p>DIE DATEN\u200BBANK IST GROSS.</p><p>\u200B\u200BDAS IST EIN TEST.</p><p>\u200B</p>"
                + "<p>EIN \u200B<b>FETTES</b> WORT.</p></body></html>\n", Files.readString(upper).replace(" lang=\"en\"", ""));
    }

    @Test
    void aPageWithoutZeroWidthSpacesOrHoldingTheStandInIsReadAsItIs() {
        assertEquals(null, ZeroWidthSpaces.hidden("<p>Nichts.</p>"));
        assertEquals(null, ZeroWidthSpaces.hidden("<p>\uFDD0 und \u200B.</p>"));
        assertEquals("<p>a\uFDD0b\uFDD0c\uFDD0</p>", ZeroWidthSpaces.hidden("<p>a\u200Bb&#x200b;c&#8203;</p>"));
    }
}
