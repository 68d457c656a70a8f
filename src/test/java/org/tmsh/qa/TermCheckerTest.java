package org.tmsh.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.tmsh.formats.glossary.GlossaryReader;
import org.tmsh.formats.tmx.TmxReader;
import org.tmsh.formats.tmx.TmxUnit;

/** QA of the aligned seeds and of the German seeds against the project glossary. */
class TermCheckerTest {

    private final TermChecker checker = new TermChecker(GlossaryReader.read(Path.of("glossaries/seeds.tbx"), "seeds"));

    private List<Finding> units() {
        List<Finding> out = new ArrayList<>();
        try (TmxReader r = TmxReader.open(Path.of("tmx/seeds-000-004.de-en.tmx"))) {
            for (TmxUnit u = r.next(); u != null; u = r.next()) {
                out.addAll(checker.checkUnit(u, "de", "en"));
            }
        }
        return out;
    }

    @Test
    void misspellingsInTheAlignedSeedsAreReportedWithTheirPreferredSpelling() {
        List<Finding> f = units();
        assertTrue(f.stream().anyMatch(x -> x.kind().equals("deprecated") && x.text().contains("Wiktorowichi")
                && x.suggestion().contains("Wiktorowitsch")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.kind().equals("deprecated") && x.text().equals("Yaroslabli")
                && x.suggestion().equals("Jaroslawl")), f.toString());
    }

    @Test
    void correctLawrowLavrovPairsGiveNothing() {
        for (Finding x : units()) {
            boolean aboutLavrov = !x.kind().equals("numbers") && (x.text().contains("Lawrow") || x.text().contains("Lavrov"));
            assertTrue(!aboutLavrov || x.kind().equals("deprecated") || x.kind().equals("missing-term"), x.toString());
        }
        TmxUnit good = TmxUnit.pair("t", "de", "Lawrow traf Choe Son Hui in Moskau.", "en",
                "Lavrov met Choe Son Hui in Moscow.", Map.of(), "20240101T000000Z");
        assertEquals(List.of(), checker.checkUnit(good, "de", "en"));
        TmxUnit left = TmxUnit.pair("t", "de", "Lawrow traf Choe Son Hui am 2. Mai.", "en",
                "Lawrow met Choe Son Hui on 3 May.", Map.of(), "20240101T000000Z");
        List<Finding> f = checker.checkUnit(left, "de", "en");
        assertTrue(f.stream().anyMatch(x -> x.kind().equals("untransliterated") && x.text().equals("Lawrow")), f.toString());
        Finding numbers = f.stream().filter(x -> x.kind().equals("numbers")).findFirst().orElseThrow();
        assertEquals("numbers differ: 2 only in the source; 3 only in the target", numbers.message());
        assertEquals("Lawrow met Choe Son Hui on 3 May.", numbers.text(), "the sentence the numbers are missing from");
    }

    @Test
    void aNameWrittenFamilyFirstWithItsGivenNameMisspeltIsMissingNotPresentByItsFamilyName() {
        // "Kim" alone is the family name written shorter; "Kim Il Snug" is the whole name misspelt (the ninth bench part)
        TmxUnit misspelt = TmxUnit.pair("t", "en", "Talks with Kim Il Sung ended.", "de",
                "Die Gespräche mit Kim Il Snug endeten.", Map.of(), "20240101T000000Z");
        List<Finding> f = checker.checkUnit(misspelt, "en", "de");
        assertTrue(f.stream().anyMatch(x -> x.kind().equals("missing-term") && x.message().contains("Kim Il Snug")), f.toString());
        TmxUnit genitive = TmxUnit.pair("t", "en", "Kim Jong Un's speech", "de", "Kim Joong-uns Rede", Map.of(), "20240101T000000Z");
        List<Finding> g = checker.checkUnit(genitive, "en", "de");
        assertTrue(g.stream().anyMatch(x -> x.kind().equals("missing-term")), g.toString());
        for (String right : List.of("Kim Il Sungs Rede", "Kims Rede", "die Rede von Kim Il Sung", "Kim sprach")) {
            TmxUnit ok = TmxUnit.pair("t", "en", "Kim Il Sung's speech", "de", right, Map.of(), "20240101T000000Z");
            assertEquals(List.of(), checker.checkUnit(ok, "en", "de"), right);
        }
    }

    @Test
    void numbersAreComparedByTheirDigitsWhateverEachLanguageGroupsThemWith() {
        assertEquals(TermChecker.numbers("Rund 1,500 soldiers and 3.5 percent"),
                TermChecker.numbers("Rund 1.500 Soldaten und 3,5 Prozent"));
        assertEquals(java.util.List.of("1", "1990"), TermChecker.numbers("am 01.1990"));
    }

    @Test
    void inflectedNamesInTheSourceAreCheckedInTheTarget() {
        TmxUnit dropped = TmxUnit.pair("t", "de", "Die Presse zitierte Lawrows Worte und Putins Antwort.", "en",
                "The press quoted Lavrov's words and the answer.", Map.of(), "20240101T000000Z");
        List<Finding> f = checker.checkUnit(dropped, "de", "en");
        assertEquals(1, f.size(), f.toString());
        assertEquals("missing-term", f.get(0).kind());
        assertEquals("Putins", f.get(0).text());
        assertTrue(f.get(0).message().contains("(glossary: Putin)"), f.get(0).message());
        TmxUnit kept = TmxUnit.pair("t", "de", "Die Presse zitierte Lawrows Worte und Putins Antwort.", "en",
                "The press quoted Lavrov's words and Putin's answer.", Map.of(), "20240101T000000Z");
        assertEquals(List.of(), checker.checkUnit(kept, "de", "en"));
        TmxUnit left = TmxUnit.pair("t", "de", "Lawrows Worte.", "en", "Lawrow's words.", Map.of(), "20240101T000000Z");
        assertTrue(checker.checkUnit(left, "de", "en").stream().anyMatch(x -> x.kind().equals("untransliterated")
                && x.text().equals("Lawrow's")));
    }

    @Test
    void aKoreanNameKeptOnlyByItsGivenNameIsMissing() {
        TmxUnit u = TmxUnit.pair("t", "de", "Choe Son Hui traf Lawrow.", "en", "Hui met Lavrov.", Map.of(), "20240101T000000Z");
        List<Finding> f = checker.checkUnit(u, "de", "en");
        assertTrue(f.stream().anyMatch(x -> x.kind().equals("missing-term") && x.text().equals("Choe Son Hui")), f.toString());
        TmxUnit ok = TmxUnit.pair("t", "de", "Choe Son Hui traf Lawrow.", "en", "Choe met Lavrov.", Map.of(), "20240101T000000Z");
        assertEquals(List.of(), checker.checkUnit(ok, "de", "en"));
    }

    @Test
    void theGermanSeedsSpellChoeAndPyongyangInconsistently() {
        List<Finding> f = checker.checkCorpus(List.of(Path.of("seeds/000_585da5ce89297943.txt"),
                Path.of("seeds/001_073037fdbd69bec0.txt"), Path.of("seeds/002_907730a957e4e704.txt"),
                Path.of("seeds/003_ff5ac3c8f505f82c.txt")), "de");
        List<String> inconsistent = f.stream().filter(x -> x.kind().equals("inconsistent")).map(Finding::text).toList();
        assertEquals(2, inconsistent.size(), f.toString());
        assertTrue(inconsistent.get(0).contains("Choe Son Hui x3") && inconsistent.get(0).contains("Choe Son-hui x2"));
        // Pjöngjang x4: three times as written, once as the genitive "Pjöngjangs" (001)
        assertTrue(inconsistent.get(1).contains("Pyongyang x1") && inconsistent.get(1).contains("Pjöngjang x4"), inconsistent.get(1));
    }

    @Test
    void aDeprecatedSpellingInTheSourceIsInfoAndTheTargetsSpellingIsWhatIsJudged() {
        // the translator cannot change the source: its misspelling is said (info), the pair is no error
        TmxUnit right = TmxUnit.pair("t", "de", "Der Zug hielt im Bahnhof Yaroslabli.", "en",
                "The train stopped at Yaroslavl station.", Map.of(), "20240101T000000Z");
        List<Finding> f = checker.checkUnit(right, "de", "en");
        assertEquals(1, f.size(), f.toString());
        assertEquals("deprecated", f.get(0).kind());
        assertEquals(Finding.Severity.INFO, f.get(0).severity());
        assertEquals("Yaroslabli", f.get(0).text());
        assertTrue(f.get(0).message().contains("in the source"), f.get(0).message());
        assertEquals("Jaroslawl", f.get(0).suggestion());
        // the misspelling copied into the target is the translator's: an error there
        TmxUnit copied = TmxUnit.pair("t", "de", "Der Zug hielt im Bahnhof Yaroslabli.", "en",
                "The train stopped at Yaroslabli station.", Map.of(), "20240101T000000Z");
        assertTrue(checker.checkUnit(copied, "de", "en").stream().anyMatch(x -> x.kind().equals("deprecated")
                && x.severity() == Finding.Severity.ERROR), checker.checkUnit(copied, "de", "en").toString());
    }
}
