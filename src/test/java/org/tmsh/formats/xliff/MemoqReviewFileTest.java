package org.tmsh.formats.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A document as memoQ exports it after review ({@code other-tools/memoq-review.docx.mqxliff}, written by hand in
 * that shape): a row's comments are its notes (a deleted one is not), an LQA range marker is no text, and each
 * row keeps its status, lock and users.
 */
class MemoqReviewFileTest {

    @Test
    void commentsAreNotesAndRangeMarkersAreNoText() {
        List<XliffReader.Entry> all = XliffReader.read(
                Path.of("src/test/resources/formats/other-tools/memoq-review.docx.mqxliff")).entries();
        assertEquals(2, all.size());
        XliffReader.Entry row = all.get(0);
        assertEquals("Der ⟨1⟩Minister⟨/1⟩ trat zurück.", row.target());
        assertEquals(List.of("Tense: keep the past."), row.notes(), "the deleted comment is not a note");
        assertEquals("signed-off", row.state(), "Reviewer1Confirmed");
        assertEquals("mona", row.meta().get("mq:lastchanginguser"));
        assertEquals(List.of(), all.get(1).notes());
        assertEquals("translated", all.get(1).state());
    }
}
