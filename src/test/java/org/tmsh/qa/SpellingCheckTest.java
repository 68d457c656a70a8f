package org.tmsh.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.qa.check.SpellingCheck;

/**
 * The spelling check over the system's Hunspell dictionaries (hunspell-en-us and hunspell-de-de, which
 * .ci/run installs): misspelt words found with suggestions, names, acronyms, compounds and the run's own
 * vocabulary left alone, and a language without a dictionary skipped.
 */
class SpellingCheckTest {

    @TempDir
    Path dir;

    private static List<Finding> run(String srcLang, String tgtLang, String... pairs) {
        SpellingCheck c = new SpellingCheck();
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            c.check(new QaSegment("t.xlf", String.valueOf(i / 2 + 1), i / 2, pairs[i], pairs[i + 1], srcLang, tgtLang, 0), out::add);
        }
        c.finish(out::add);
        return out;
    }

    @Test
    void aMisspeltWordIsFoundWithTheDictionarysSuggestion() {
        assertTrue(Files.isRegularFile(Spellers.folder().resolve("en_US.dic")), "hunspell-en-us is installed (.ci/run)");
        List<Finding> f = run("de", "en", "Sie erhalten es morgen.", "They recieve it tomorrow.");
        assertEquals(1, f.size(), f.toString());
        assertEquals("recieve", f.get(0).inTarget());
        assertNotNull(f.get(0).suggestion());
        assertTrue(f.get(0).suggestion().contains("receive"), f.get(0).suggestion());
    }

    @Test
    void namesAcronymsCodesAndSourceWordsAreNotLookedUp() {
        List<Finding> f = run("de", "en",
                "Lawrow traf Merz und die NATO in Moskau.", "Lavrov met Merz and NATO in Moscow.",
                "Öffnen Sie LibreOffice und das iPhone.", "Open LibreOffice and the iPhone.",
                "Siehe https://example.org/abcdefgh und Datei_abc.", "See https://example.org/abcdefgh and Datei_abc.",
                "Der Begriff heißt xyzzyword.", "The term is called xyzzyword.");
        assertEquals(List.of(), f);
    }

    @Test
    void germanCompoundsAndHyphenatedPartsAreKnownAndTyposInThemAreNot() {
        List<Finding> f = run("en", "de",
                "The pie chart shows it.", "Das Tortendiagramm zeigt es.",
                "The CDU leader spoke.", "Der CDU-Vorsitzende sprach.",
                "The coalition treaty is signed.", "Der Koalitoinsvertrag ist unterzeichnet.");
        assertEquals(1, f.size(), f.toString());
        assertEquals("Koalitoinsvertrag", f.get(0).inTarget());
    }

    @Test
    void aGlossaryNameInTheTargetIsKnownAsWrittenAndInflected() {
        String[] pair = {"Peskov met Zelenskyy.", "Peskow traf Selenskyj.", "Peskov's visit ended.", "Peskows Besuch endete."};
        List<Finding> without = run("en", "de", pair);
        assertTrue(without.stream().anyMatch(x -> x.inTarget().equals("Selenskyj")), "without a glossary the dictionary lacks it: " + without);
        SpellingCheck c = new SpellingCheck(java.util.Set.of("peskow", "peskov", "selenskyj", "zelenskyy"));
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < pair.length; i += 2) {
            c.check(new QaSegment("t.xlf", String.valueOf(i / 2 + 1), i / 2, pair[i], pair[i + 1], "en", "de", 0), out::add);
        }
        c.finish(out::add);
        assertEquals(List.of(), out, "the glossary's names, and its genitive, are not misspellings");
    }

    @Test
    void aWordTheRunWritesInThreeSegmentsIsTheFilesOwnVocabulary() {
        List<Finding> f = run("de", "en",
                "Der Roboter startet.", "The flurbot starts.",
                "Der Roboter hält.", "The flurbot stops.",
                "Der Roboter wartet.", "The flurbot waits.");
        assertEquals(List.of(), f, "a word in 3 targets is a term of the files");
        assertEquals(2, run("de", "en", "Der Roboter startet.", "The flurbot starts.", "Der Roboter hält.", "The flurbot stops.")
                .size(), "in 2 it is reported in both");
    }

    @Test
    void aLanguageWithoutADictionaryIsSkipped() throws Exception {
        Files.writeString(dir.resolve("README"), "no dictionaries here");
        String before = System.getProperty("tmsh.hunspell.dir");
        System.setProperty("tmsh.hunspell.dir", dir.toString());
        try {
            assertTrue(Spellers.of("en").isEmpty());
            assertEquals(List.of(), run("de", "en", "Die Regierung hat entschieden.", "The goverment has decided."));
        } finally {
            if (before == null) {
                System.clearProperty("tmsh.hunspell.dir");
            } else {
                System.setProperty("tmsh.hunspell.dir", before);
            }
        }
    }

    @Test
    void aWordTheMemorysConfirmedTargetsWriteIsKnownAndOnlyInTheirLanguage() {
        QaSegment seg = new QaSegment("t.xlf", "1", 0, "The arc sine of x.", "Der Arkussinus von x.", "en", "de", 0);
        SpellingCheck without = new SpellingCheck();
        List<Finding> before = new ArrayList<>();
        without.check(seg, before::add);
        without.finish(before::add);
        assertEquals(List.of("Arkussinus"), before.stream().map(Finding::inTarget).toList(), "the dictionary lacks it");
        Vocabulary memory = new Vocabulary();
        memory.add("Gibt den Arkussinus einer Zahl zurück.", "de-DE");
        memory.add("The Arkussinusx is English here.", "en");
        SpellingCheck with = new SpellingCheck(java.util.Set.of(), memory);
        List<Finding> after = new ArrayList<>();
        with.check(seg, after::add);
        with.check(new QaSegment("t.xlf", "2", 1, "The arc sine.", "Der Arkussinusx.", "en", "de", 0), after::add);
        with.finish(after::add);
        assertEquals(List.of("Arkussinusx"), after.stream().map(Finding::inTarget).toList(),
                "the memory's German word is known; a word only its English texts write is not");
        assertEquals(5 + 3, memory.size(), "words of four letters or more, each language apart");
    }

    @Test
    void typosInsideCompoundsAbbreviationsAndLabelsWithAccessKeysAreStillFound() {
        List<Finding> f = run("en", "de",
                "Invoice or check number", "Rechnugns- oder Schecknummer",
                "Input/output", "Ein-/Ausgbae",
                "Get List _Usage Information", "⟨1⟩Ben⟨/1⟩_uztungsinformationen der Liste abrufen",
                "The government meets.", "Die Regirung tagt.",
                "Invoice or check number", "Rechnungs- oder Schecknummer",
                "Get List _Usage Information", "⟨1⟩Ben⟨/1⟩_utzungsinformationen der Liste abrufen",
                "Cell value (incl.)", "Zellwert (inkl.)");
        assertEquals(List.of("Rechnugns", "Ausgbae", "Benuztungsinformationen", "Regirung"), f.stream().map(Finding::inTarget).toList());
    }
}
