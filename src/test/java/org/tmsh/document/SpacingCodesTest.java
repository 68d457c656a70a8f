package org.tmsh.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.segment.SrxSegmenter;

/** Tabs and runs of spaces inside a plain-text sentence are codes; between sentences and in HTML they are not. */
class SpacingCodesTest {

    @TempDir
    Path dir;

    private List<DocumentSegments.Item> read(String name, String text) throws Exception {
        return DocumentSegments.read(Files.writeString(dir.resolve(name), text), "de", SrxSegmenter.withDefaultRules());
    }

    @Test
    void aTabOrSeveralSpacesInsideASentenceIsAPlaceholderWithTheWhiteSpaceAsItsData() throws Exception {
        List<DocumentSegments.Item> items = read("t.txt", "Land\tHauptstadt   Einwohner \t Ende.  Der zweite Satz.\n");
        assertEquals(List.of("Land⟨1/⟩Hauptstadt⟨2/⟩Einwohner⟨3/⟩Ende.", "Der zweite Satz."),
                items.stream().map(DocumentSegments.Item::text).toList());
        assertEquals(List.of("\t", "   ", " \t "), items.get(0).content().getCodes().stream().map(c -> c.getData()).toList());
        assertEquals(SpacingCodes.TYPE, items.get(0).content().getCodes().get(0).getType());
    }

    @Test
    void inWordARunOfSpacesInsideASentenceIsACodeAndAsTextForTheWriter() throws Exception {
        Path docx = org.tmsh.jobs.RoundTripDocs.asHtmlAndDocx(Files.writeString(dir.resolve("s.txt"),
                "Zwei  Leerzeichen und   drei im Satz. Danach  hier.\n"), dir, "s").get(1);
        List<DocumentSegments.Item> items = DocumentSegments.read(docx, "de", SrxSegmenter.withDefaultRules());
        assertEquals(List.of("⟨1⟩Zwei⟨/1⟩⟨2/⟩Leerzeichen und⟨3/⟩drei im Satz.", "Danach⟨1/⟩hier."),
                items.stream().map(DocumentSegments.Item::text).toList());
        assertEquals(List.of("  ", "   "), items.get(0).content().getCodes().stream().filter(c -> SpacingCodes.TYPE.equals(c.getType())).map(c -> c.getData()).toList());
        // the writer is given text: Okapi's Word writer would write a code's data as XML, outside any w:t
        net.sf.okapi.common.resource.TextFragment f = SpacingCodes.asText(items.get(0).content());
        assertEquals("Zwei  Leerzeichen und   drei im Satz.", f.getText());
        assertEquals(2, f.getCodes().size()); // the bold run's codes stay codes
    }

    @Test
    void oneSpaceTheSentencesEdgesAndHtmlAreLeftAlone() throws Exception {
        assertEquals(List.of("Ein Satz mit Wörtern.", "Noch einer."),
                read("s.txt", "  Ein Satz mit Wörtern.\t\tNoch einer.  \n").stream().map(DocumentSegments.Item::text).toList());
        assertEquals(List.of("Land Hauptstadt Einwohner."),
                read("p.html", "<html><body><p>Land\tHauptstadt   Einwohner.</p></body></html>").stream()
                        .map(DocumentSegments.Item::text).toList());
    }
}
