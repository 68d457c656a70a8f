package org.tmsh.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.tmsh.qa.check.CharactersCheck;
import org.tmsh.qa.check.DatesCheck;
import org.tmsh.qa.check.NumbersCheck;

/** What reviewers' tools find that tmsh checks now too: damaged characters, spelled numbers, borrowed words. */
class ReviewerChecksTest {

    private static List<Finding> run(Check c, String source, String target) {
        List<Finding> out = new ArrayList<>();
        c.check(new QaSegment("f.xlf", "1", 0, source, target, "en", "de", 0), out::add);
        c.finish(out::add);
        return out;
    }

    @Test
    void textReadInTheWrongEncodingIsFoundAndReadBack() {
        String meant = "Größe der Datei „Übersicht“ – fertig";
        String damaged = new String(meant.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        List<Finding> f = run(new CharactersCheck(), "Size of the file", damaged);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        assertEquals(meant, f.get(0).suggestion(), "the suggestion reads every damaged run back");
        assertTrue(f.get(0).message().contains("'ö'"), f.get(0).message());
    }

    @Test
    void replacementAndControlCharactersAreFoundRightTextIsNot() {
        assertEquals(1, run(new CharactersCheck(), "Size", "Gr\uFFFD\uFFFDe").size());
        assertEquals(1, run(new CharactersCheck(), "Size", "Gr\u0096e").size());
        // German quotes after ß, French accents, a degree sign, a text the source carries as written: not damage
        assertEquals(List.of(), run(new CharactersCheck(), "The \"street\"", "Die „Straße“"));
        assertEquals(List.of(), run(new CharactersCheck(), "20 °C in Paris", "20 °C à Paris, Ça va, Éléonore"));
        assertEquals(List.of(), run(new CharactersCheck(), "Code GrÃ¶ÃŸe", "Code GrÃ¶ÃŸe"));
    }

    @Test
    void numbersOfSeveralPartsAreReadByValue() {
        assertEquals(Map.of("2000", 1), SpelledNumbers.of("etwa zweitausend Benutzer", "de"));
        assertEquals(Map.of("2500", 1), SpelledNumbers.of("two thousand five hundred users", "en"));
        assertEquals(Map.of("2512", 1), SpelledNumbers.of("two thousand five hundred and twelve", "en"));
        assertEquals(Map.of("25", 1), SpelledNumbers.of("Fünfundzwanzig Dateien", "de"));
        assertEquals(Map.of("25", 1), SpelledNumbers.of("twenty-five files", "en"));
        assertEquals(Map.of("3", 1), SpelledNumbers.of("drei Dateien", "de"));
        assertEquals(Map.of(), SpelledNumbers.of("the pretty city", "en"), "words that hold 'ty' are no numbers");
    }

    @Test
    void aSpelledNumberChangedIsAnErrorOneSideAloneIsNot() {
        List<Finding> f = run(new NumbersCheck(), "Print three copies.", "Drucken Sie vier Exemplare.");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        assertEquals(1, run(new NumbersCheck(), "About two thousand users.", "Etwa dreitausend Benutzer.").size());
        assertEquals(List.of(), run(new NumbersCheck(), "About two thousand users.", "Etwa 2.000 Benutzer."));
        assertEquals(List.of(), run(new NumbersCheck(), "About 2,000 users.", "Etwa zweitausend Benutzer."));
        assertEquals(List.of(), run(new NumbersCheck(), "Both files are saved.", "Die Dateien werden gespeichert."));
        assertEquals(List.of(), run(new NumbersCheck(), "News at half past two.", "Nachrichten um halb drei."));
    }

    @Test
    void aSourceWordTheTargetInflectsIsBorrowedATypoIsNot() {
        LoanWords l = LoanWords.standard();
        assertTrue(l.borrowed("gerenderte", Set.of("the", "rendered", "image"), "en", "de"));
        assertTrue(l.borrowed("encodierten", Set.of("encoded"), "en", "de"));
        assertTrue(l.borrowed("oktaler", Set.of("octal"), "en", "de"));
        assertTrue(l.borrowed("polynomischen", Set.of("polynomial"), "en", "de"));
        assertTrue(l.borrowed("Deskriptoren", Set.of("descriptors"), "en", "de"));
        assertFalse(l.borrowed("Lenght", Set.of("length"), "en", "de"));
        assertFalse(l.borrowed("Tranzparenz", Set.of("transparency"), "en", "de"));
        assertFalse(l.borrowed("Addressbuch", Set.of("address", "book"), "en", "de"));
        assertFalse(l.borrowed("gerenderte", Set.of("rendered"), "en", "xx"), "a language without rows borrows nothing");
    }

    @Test
    void aWeekdayBesideADateWithoutItsYearIsJudgedInTheFilesYearOnly() {
        // 3 March 2026 is a Tuesday; the file names no year, so the current year (given: 2026) is taken
        List<Finding> f = run(new org.tmsh.qa.check.DatesCheck(2026), "The meeting is on Tuesday, March 3.",
                "Die Sitzung ist am Dienstag, 4. März.");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().contains("does not fall on 4. März") && f.get(0).message().contains("in 2026"), f.get(0).message());
        assertEquals(List.of(), run(new org.tmsh.qa.check.DatesCheck(2026), "The meeting is on Tuesday, March 3.",
                "Die Sitzung ist am Dienstag, 3. März."));
        // in 2027 the source's own weekday does not fit: the year is not the source's, nothing is judged
        assertEquals(List.of(), run(new org.tmsh.qa.check.DatesCheck(2027), "The meeting is on Tuesday, March 3.",
                "Die Sitzung ist am Dienstag, 4. März."));
        // a file that names two years: ambiguous, not judged
        org.tmsh.qa.check.DatesCheck two = new org.tmsh.qa.check.DatesCheck(2026);
        List<Finding> out = new ArrayList<>();
        two.check(new QaSegment("f.xlf", "1", 0, "From March 2, 2026 to March 2, 2027.", "Vom 2. März 2026 bis 2. März 2027.", "en", "de", 0), out::add);
        two.check(new QaSegment("f.xlf", "2", 0, "The meeting is on Tuesday, March 3.", "Die Sitzung ist am Dienstag, 4. März.", "en", "de", 0), out::add);
        assertEquals(List.of(), out);
    }

    @Test
    void aYearNamedLaterInTheFileJudgesAnEarlierWeekday() {
        // 3 March 2026 is a Tuesday, in 2027 a Wednesday; the file names its year only after the weekday
        for (int current : new int[] {2026, 2027}) {
            org.tmsh.qa.check.DatesCheck c = new org.tmsh.qa.check.DatesCheck(current);
            List<Finding> out = new ArrayList<>();
            c.check(new QaSegment("f.xlf", "1", 0, "The hearing is on Wednesday, March 3.", "Die Anhörung ist am Mittwoch, 4. März.",
                    "en", "de", 0), out::add);
            c.check(new QaSegment("f.xlf", "2", 0, "The session of 2027 closes on June 30, 2027.",
                    "Die Sitzung von 2027 endet am 30. Juni 2027.", "en", "de", 0), out::add);
            c.finish(out::add);
            assertEquals(1, out.size(), "current year " + current + ": " + out);
            assertTrue(out.get(0).message().contains("in 2027") && out.get(0).where().equals("f.xlf#1"), out.get(0).message());
        }
        // the same weekday right in the year named later: nothing, whatever the current year
        org.tmsh.qa.check.DatesCheck c = new org.tmsh.qa.check.DatesCheck(2026);
        List<Finding> out = new ArrayList<>();
        c.check(new QaSegment("f.xlf", "1", 0, "The hearing is on Wednesday, March 3.", "Die Anhörung ist am Mittwoch, 3. März.",
                "en", "de", 0), out::add);
        c.check(new QaSegment("f.xlf", "2", 0, "It closes on June 30, 2027.", "Sie endet am 30. Juni 2027.", "en", "de", 0), out::add);
        c.finish(out::add);
        assertEquals(List.of(), out);
        // another file's year does not count
        c = new org.tmsh.qa.check.DatesCheck(2026);
        out.clear();
        c.check(new QaSegment("a.xlf", "1", 0, "The hearing is on Wednesday, March 3.", "Die Anhörung ist am Mittwoch, 4. März.",
                "en", "de", 0), out::add);
        c.check(new QaSegment("b.xlf", "1", 0, "It closes on June 30, 2027.", "Sie endet am 30. Juni 2027.", "en", "de", 0), out::add);
        c.finish(out::add);
        assertEquals(List.of(), out, "in 2026 (a.xlf names no year) Wednesday is not March 3: the source fixes no year");
    }

    @Test
    void aThousandAndHalvesAreReadByValue() {
        assertEquals(Map.of("1000", 1), SpelledNumbers.of("about a thousand users", "en"));
        assertEquals(Map.of("150", 1), SpelledNumbers.of("a hundred and fifty days", "en"));
        assertEquals(Map.of("1.5", 1), SpelledNumbers.of("one and a half hours", "en"));
        assertEquals(Map.of("21.5", 1), SpelledNumbers.of("twenty-one and a half hours", "en"));
        assertEquals(Map.of("1.5", 1), SpelledNumbers.of("eineinhalb Stunden", "de"));
        assertEquals(Map.of("1.5", 1), SpelledNumbers.of("anderthalb Stunden", "de"));
        assertEquals(Map.of("2.5", 1), SpelledNumbers.of("zweieinhalb Stunden", "de"));
        assertEquals(Map.of("150", 1), SpelledNumbers.of("hundertfünfzig Tage", "de"));
        assertEquals(Map.of("1200", 1), SpelledNumbers.of("tausendzweihundert Tage", "de"));
        assertEquals(Map.of("3", 1, "1", 1), SpelledNumbers.of("three and a halfway house", "en"), "'halfway' is no half (the article counts as one, as before)");
        assertEquals(1, run(new NumbersCheck(), "It took one and a half hours.", "Es dauerte zweieinhalb Stunden.").size());
        assertEquals(List.of(), run(new NumbersCheck(), "It took one and a half hours.", "Es dauerte anderthalb Stunden."));
        assertEquals(List.of(), run(new NumbersCheck(), "It took one and a half hours.", "Es dauerte 1,5 Stunden."));
        assertEquals(List.of(), run(new NumbersCheck(), "It took 2.5 hours.", "Es dauerte zweieinhalb Stunden."));
        assertEquals(1, run(new NumbersCheck(), "It took 3.5 hours.", "Es dauerte zweieinhalb Stunden.").size());
        assertEquals(List.of(), run(new NumbersCheck(), "About a thousand users.", "Etwa 1.000 Benutzer."));
    }

    /** A German source and an English target, as the news desk translates. */
    private static List<Finding> runDeEn(Check c, String source, String target) {
        List<Finding> out = new ArrayList<>();
        c.check(new QaSegment("f.xlf", "1", 0, source, target, "de", "en", 0), out::add);
        c.finish(out::add);
        return out;
    }

    @Test
    void aRulersNumberOfOneLetterIsComparedWhenBothSidesHaveOneButThePronounIIsNone() {
        List<Finding> f = runDeEn(new NumbersCheck(), "Elisabeth II. besuchte Berlin.", "Queen Elizabeth I visited Berlin.");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        assertEquals("II", f.get(0).inSource());
        assertEquals("I", f.get(0).inTarget());
        assertEquals(1, run(new NumbersCheck(), "France grew under Louis V.", "Frankreich wuchs unter Ludwig X.").size());
        assertEquals(List.of(), run(new NumbersCheck(), "France grew under Louis V.", "Frankreich wuchs unter Ludwig V."));
        // "Yesterday I said": the pronoun, not a numeral; a letter alone on one side is never compared with nothing
        assertEquals(List.of(), runDeEn(new NumbersCheck(), "Gestern sagte Ludwig, Teil II. fehle.",
                "Yesterday I said that Louis II was missing."));
        assertEquals(List.of(), runDeEn(new NumbersCheck(), "Gestern sagte ich es.", "Yesterday I said it."));
        assertEquals(List.of(), run(new NumbersCheck(), "Press Ctrl V for Option X.", "Drücken Sie Strg V für Option X."));
    }

    @Test
    void aNumberTheSourceSpellsAndTheTargetChangesToDigitsIsAnError() {
        List<Finding> f = runDeEn(new NumbersCheck(), "Die Inflation lag bei zwei Prozent.", "Inflation was 3 per cent.");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity(), "the source's 'zwei' is lost and a 3 is new: a changed number");
        assertEquals(List.of(), runDeEn(new NumbersCheck(), "Die Inflation lag bei zwei Prozent.", "Inflation was 2 per cent."));
        // a number the target adds where the source spells none, or one the target keeps in words: still a warning
        List<Finding> added = runDeEn(new NumbersCheck(), "Zwei Minister traten zurück.", "Two ministers resigned on day 3.");
        assertEquals(1, added.size(), added.toString());
        assertEquals(Finding.Severity.WARNING, added.get(0).severity());
        // "twenty four" without its hyphen reads as 20 and 4: their sum in digits is the number kept, not a changed one
        List<Finding> unhyphenated = run(new NumbersCheck(), "in twenty four hour format", "im 24-Stunden-Format");
        assertTrue(unhyphenated.stream().noneMatch(x -> x.severity() == Finding.Severity.ERROR), unhyphenated.toString());
        // a scale word after a spelled number: "zwei Millionen" is "2 million"
        assertEquals(List.of(), runDeEn(new NumbersCheck(), "Rund zwei Millionen Menschen flohen.", "Around 2 million people fled."));
        // the end of a range of years in two digits: "2020-24" is 2024
        assertEquals(List.of(), runDeEn(new NumbersCheck(), "Die Reform gilt 2020-2024.", "The reform applies 2020-24."));
        assertEquals(1, runDeEn(new NumbersCheck(), "Die Reform gilt 2020-2024.", "The reform applies 2020-25.").size());
    }

    @Test
    void aSeasonIsComparedWhenBothSidesNameOne() {
        List<Finding> f = runDeEn(new DatesCheck(), "Im Frühjahr 2024 wurde gewählt.", "Elections were held in autumn 2024.");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().startsWith("season 'Frühjahr'"), f.get(0).message());
        assertEquals(List.of(), runDeEn(new DatesCheck(), "Im Spätsommer wurde gewählt.", "Elections were held in late summer."));
        assertEquals(List.of(), runDeEn(new DatesCheck(), "Im Frühjahr wurde gewählt.", "Elections were held in March."),
                "a month of the season names it more precisely");
        assertEquals(List.of(), runDeEn(new DatesCheck(), "Im Frühjahr wurde gewählt.", "Elections were held."),
                "a season on one side only is a free translation");
        assertEquals(1, runDeEn(new DatesCheck(), "Im Herbst wurde gewählt.", "Elections were held in March.").size(),
                "March is no autumn month");
        assertEquals(List.of(), run(new DatesCheck(), "Prices fall in spring.", "Die Preise sinken im Frühling."),
                "'fall' is the season only after 'the', 'in', 'this', 'last', 'next', 'early' or 'late'");
    }
}
