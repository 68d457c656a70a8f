package org.tmsh.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.tmsh.qa.check.AcronymsCheck;
import org.tmsh.qa.check.ConsistencyCheck;
import org.tmsh.qa.check.LengthCheck;

/** The checks that judge segments against each other: consistency, length, and the acronyms check's run-wide tolerances. */
class GroupChecksTest {

    private static QaSegment seg(String file, String id, String source, String target) {
        return new QaSegment(file, id, 0, source, target, "en", "de", 0);
    }

    private static List<Finding> run(Check c, List<QaSegment> segs) {
        List<Finding> out = new ArrayList<>();
        segs.forEach(s -> c.check(s, out::add));
        c.finish(out::add);
        return out;
    }

    @Test
    void oneSourceWithTwoTranslationsAcrossFilesIsOneFindingNamingEverySegment() {
        List<Finding> f = run(new ConsistencyCheck(), List.of(
                seg("a.xlf", "1", "Save the file.", "Speichern Sie die Datei."),
                seg("b.xlf", "7", "Save  the ⟨1/⟩file.", "Datei speichern."),
                seg("b.xlf", "8", "save the file.", "Speichern Sie die Datei."),
                seg("b.xlf", "9", "Close.", "Schließen.")));
        assertEquals(1, f.size(), f.toString());
        assertEquals(List.of("a.xlf#1", "b.xlf#8", "b.xlf#7"), f.get(0).places().stream().map(Finding.Place::toString).toList());
    }

    @Test
    void oneTranslationForTwoSourcesIsReportedOnce() {
        List<Finding> f = run(new ConsistencyCheck(), List.of(
                seg("a.xlf", "1", "Open the file.", "Öffnen Sie die Datei."),
                seg("a.xlf", "2", "Close the file.", "Öffnen Sie die Datei.")));
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("different sources"), f.get(0).message());
    }

    @Test
    void pastItsHeapBudgetTheCheckComparesNoMoreSegmentsAndOneFindingSaysHowManyAndFromWhere() {
        // a budget that holds two segments of these lengths: the third and fourth are not kept, so the fourth's
        // differing translation of the first source goes unseen, and the reviewer is told so
        long two = 2 * (4 * (56 + 2 * 16) + 400) + 10;
        List<Finding> f = run(new ConsistencyCheck(new org.tmsh.common.HeapBudget(two)), List.of(
                seg("a.xlf", "1", "Save the file.", "Speichern Sie."),
                seg("a.xlf", "2", "Open the file.", "Öffnen Sie."),
                seg("a.xlf", "3", "Close the file.", "Schließen Sie."),
                seg("a.xlf", "4", "Save the file.", "Datei sichern.")));
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Severity.INFO, f.get(0).severity());
        assertEquals("a.xlf#3 and 1 more", f.get(0).where());
        assertTrue(f.get(0).message().startsWith("2 segments from a.xlf#3 on were not compared for consistency"),
                f.get(0).message());
        // a budget that holds them all finds the two translations
        List<Finding> whole = run(new ConsistencyCheck(new org.tmsh.common.HeapBudget(1 << 20)), List.of(
                seg("a.xlf", "1", "Save the file.", "Speichern Sie."),
                seg("a.xlf", "4", "Save the file.", "Datei sichern.")));
        assertTrue(whole.get(0).message().startsWith("one source has 2 translations"), whole.toString());
    }

    @Test
    void consistentFilesGiveNothingAndEmptyInputNothing() {
        assertEquals(List.of(), run(new ConsistencyCheck(), List.of(
                seg("a", "1", "Save.", "Speichern."), seg("a", "2", "Save.", "Speichern."), seg("a", "3", "Open.", null))));
        assertEquals(List.of(), run(new ConsistencyCheck(), List.of()));
        assertEquals(List.of(), run(new LengthCheck(4, 20, 30), List.of()));
    }

    @Test
    void lengthFlagsWhatLiesOutsideTheFilesOwnRangeOnly() {
        Random r = new Random(7);
        List<QaSegment> segs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = 30 + r.nextInt(60);
            segs.add(seg("a", String.valueOf(i), "x".repeat(n), "y".repeat((int) (n * (1.1 + r.nextDouble() * 0.2)))));
        }
        segs.add(seg("a", "short", "x".repeat(80), "y".repeat(12)));
        segs.add(seg("a", "long", "x".repeat(40), "y".repeat(200)));
        List<Finding> f = run(new LengthCheck(4, 20, 30), segs);
        assertEquals(List.of("a#short", "a#long"), f.stream().map(Finding::where).toList());
    }

    @Test
    void lengthNeedsEnoughSegmentsToLearnARangeButAlwaysHonoursAMaximum() {
        List<QaSegment> few = List.of(seg("a", "1", "x".repeat(40), "y".repeat(400)));
        assertEquals(List.of(), run(new LengthCheck(4, 20, 30), few));
        QaSegment limited = new QaSegment("a", "2", 0, "Save", "Speichern unter", "en", "de", 10);
        List<Finding> f = run(new LengthCheck(4, 20, 30), List.of(limited));
        assertEquals(1, f.size());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
    }

    @Test
    void badLengthSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LengthCheck(0, 20, 30));
        assertThrows(IllegalArgumentException.class, () -> new LengthCheck(4, 20, 1));
    }

    @Test
    void anAcronymThatIsAnOrdinaryWordOfTheSourcesIsTakenForTranslatedAndOnlyThen() {
        List<Finding> f = run(new AcronymsCheck(), List.of(
                seg("a", "1", "Returns TRUE if the cell is empty.", "Liefert Wahr, wenn die Zelle leer ist."),
                seg("a", "2", "The result is true or false.", "Das Ergebnis ist wahr oder falsch."),
                seg("a", "3", "Export the file as PDF now.", "Exportieren Sie die Datei jetzt.")));
        assertEquals(List.of("PDF"), f.stream().map(Finding::inSource).toList(), f.toString());
    }

    @Test
    void aNameTheFilesTranslateWhereverItOccursIsQuietButLostOnceIsReported() {
        List<QaSegment> segs = List.of(
                seg("a", "1", "MONTHS(StartDate; Months)", "MONATE(Anfangsdatum; Monate)"),
                seg("a", "2", "StartDate is the first date.", "Anfangsdatum ist das erste Datum."),
                seg("a", "3", "Open LibreOffice now.", "Öffnen Sie jetzt das Programm."),
                seg("a", "4", "LibreOffice opens.", "LibreOffice öffnet sich."));
        List<Finding> f = run(new AcronymsCheck(), segs);
        assertEquals(List.of("a#3"), f.stream().map(x -> x.places().get(0).toString()).toList(), f.toString());
        List<Finding> once = run(new AcronymsCheck(), segs.subList(1, 4));
        assertEquals(List.of("LibreOffice"), once.stream().map(Finding::inSource).toList(),
                "StartDate, of two ordinary words and kept nowhere, is taken for translated; LibreOffice, kept elsewhere, is reported");
        List<Finding> name = run(new AcronymsCheck(), List.of(seg("a", "1", "Start LibreOffice now.", "Starten Sie jetzt das Programm.")));
        assertEquals(List.of("LibreOffice"), name.stream().map(Finding::inSource).toList(), "a name with a part no dictionary knows");
    }
}
