package org.tmsh.formats.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A document as Trados Studio saves it after review ({@code other-tools/studio-review.docx.sdlxliff}, written by
 * hand in that shape): tracked changes are read as the accepted text, comments as the notes of the segment or
 * paragraph they are on, and every segment keeps its confirmation level, lock, match and authors.
 */
class StudioReviewFileTest {

    private static final Path FILE = Path.of("src/test/resources/formats/other-tools/studio-review.docx.sdlxliff");

    private static XliffReader.Entry entry(List<XliffReader.Entry> all, String id) {
        return all.stream().filter(e -> id.equals(e.id())).findFirst().orElseThrow(() -> new AssertionError(id + " in " + all));
    }

    @Test
    void trackedChangesAreReadAsAcceptedAndADeletionIsNoText() {
        List<XliffReader.Entry> all = XliffReader.read(FILE).entries();
        assertEquals(4, all.size(), all.toString());
        XliffReader.Entry first = entry(all, "tu-1_1");
        assertEquals("The ⟨1⟩minister⟨/1⟩ resigned.", first.source());
        assertEquals("Der ⟨1⟩Minister⟨/1⟩ ist am Montag zurückgetreten.", first.target(),
                "x-sdl-deleted is not text, x-sdl-added is");
        assertEquals("Votes were counted.", entry(all, "tu-3_4").source(), "a deletion in the source too");
        assertTrue(XliffReader.deletedRevision("x-sdl-feedback-deleted"));
        assertTrue(!XliffReader.deletedRevision("x-sdl-added") && !XliffReader.deletedRevision(null));
    }

    @Test
    void commentsAreTheNotesOfTheirSegmentOrParagraph() {
        List<XliffReader.Entry> all = XliffReader.read(FILE).entries();
        assertEquals(List.of("Minister's name: check the spelling."), entry(all, "tu-1_1").notes());
        assertEquals(List.of(), entry(all, "tu-1_2").notes(), "the comment is on the first segment only");
        assertEquals(List.of("Headline: keep it short."), entry(all, "tu-2_3").notes(), "sdl:cmt: the whole paragraph");
    }

    @Test
    void everySegmentKeepsItsLevelLockMatchAndAuthors() {
        List<XliffReader.Entry> all = XliffReader.read(FILE).entries();
        XliffReader.Entry first = entry(all, "tu-1_1");
        assertEquals("signed-off", first.state(), "ApprovedTranslation");
        assertEquals("CORP\\ziad", first.meta().get("sdl:created_by"));
        assertEquals("CORP\\mona", first.meta().get("sdl:last_modified_by"));
        XliffReader.Entry second = entry(all, "tu-1_2");
        assertEquals("Das Parlament tagte.", second.target(), "a location marker is no text");
        assertEquals("translated", second.state());
        assertEquals("true", second.meta().get("sdl:locked"));
        assertEquals("100", second.meta().get("sdl:percent"));
        assertEquals("tm", second.meta().get("sdl:origin"));
        assertEquals("Haushalt⟨2/⟩2027", entry(all, "tu-2_3").target(), "the code by its id (pt2)");
        assertEquals("85", entry(all, "tu-2_3").meta().get("sdl:percent"));
        XliffReader.Entry empty = entry(all, "tu-3_4");
        assertTrue(empty.target() == null || empty.target().isEmpty(), "no translation: " + empty.target());
        assertEquals("new", empty.state(), "Not Translated");
    }
}
