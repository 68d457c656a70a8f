package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.align.Aligner;
import org.tmsh.align.DocumentAligner;
import org.tmsh.align.Link;
import org.tmsh.align.Vocabulary;
import org.tmsh.align.VocabularyUse;
import org.tmsh.common.Progress;
import org.tmsh.memory.TmLibrary;
import org.tmsh.segment.SrxSegmenter;

/**
 * The memory and the glossary as vocabulary sources of {@code align}: made-up words that no
 * dictionary knows, so only the TM's units (or the glossary's spellings) can tell the aligner
 * which source sentence the target sentence translates.
 */
class AlignVocabularyTest {

    /** Source segment 3 is the one translated; segment 2, nearer the target's length, is left out. */
    private static final List<String> DE = List.of(
            "Der Morgen war kalt und grau.",
            "Wir gingen früh aus dem Haus.",
            "Am Ufer lag ein alter Kahn im Schilf.",
            "Der Quorzelmat sah den Wispelhorn lange an.",
            "Dann gingen wir langsam weiter.",
            "Am Abend kamen wir müde heim.");
    private static final List<String> EN = List.of(
            "The morning was cold and grey.",
            "We left the house early.",
            "The blimfrax eyed the grodmaw.",
            "Then we walked on slowly.",
            "In the evening we came home tired.");
    /** The TM's units: the made-up pairs in other sentences, and common words in many more. */
    private static final String TSV = """
            Der Quorzelmat schläft.\tThe blimfrax sleeps.
            Ein Wispelhorn bellt.\tA grodmaw barks.
            Kein Quorzelmat frisst einen Wispelhorn.\tNo blimfrax eats a grodmaw.
            Sie fütterten den Quorzelmat.\tThey fed the blimfrax.
            Das Wispelhorn ist alt.\tThe grodmaw is old.
            Ein Hund bellt laut.\tA dog barks loudly.
            Ein alter Mann kam.\tAn old man came.
            Wir sahen ein Haus.\tWe saw a house.
            Das ist ein Boot.\tThat is a boat.
            Sie kaufte ein Brot.\tShe bought a loaf.
            Er las ein Buch.\tHe read a book.
            Ein Zug fuhr ab.\tA train left.
            Dort stand ein Baum.\tA tree stood there.
            Der Tag war lang.\tThe day was long.
            Sie kam am Abend.\tShe came in the evening.
            Ein Kind lachte.\tA child laughed.
            Es war ein Fehler.\tIt was a mistake.
            Ein Vogel sang.\tA bird sang.
            Sie fand ein Foto.\tShe found a photo.
            """;

    @TempDir
    Path dir;

    private TmLibrary library;
    private AlignJob job;

    @BeforeEach
    void setUp() throws IOException {
        library = new TmLibrary(dir.resolve("tm"));
        job = new AlignJob(new DocumentAligner(SrxSegmenter.withDefaultRules(), Aligner.standard(), "test"), library);
        Files.write(dir.resolve("de.txt"), DE);
        Files.write(dir.resolve("en.txt"), EN);
    }

    @AfterEach
    void tearDown() {
        library.close();
    }

    private AlignJob.Outcome align(String glossary, String tm, boolean tmVocabulary) {
        // every link trusted: these tests are about the word pairs the aligner learns, not about trust
        DocumentAligner.Request r = new DocumentAligner.Request(dir.resolve("de.txt"), dir.resolve("en.txt"), "de",
                "en", true, null, null, null, new DocumentAligner.Trust(0, false, false));
        // --dictionary none: no dictionary, no learning from the documents
        return job.run(new AlignJob.Request(r, glossary, null, tm, new Vocabulary(null, false, false), tmVocabulary),
                Progress.NONE);
    }

    private static Link linkOfTarget(AlignJob.Outcome o, int target) {
        return o.result().alignment().links().stream()
                .filter(l -> l.target().length > 0 && l.target()[0] == target).findFirst().orElseThrow();
    }

    private void tm(String name, String tsv, String sl, String tl) throws IOException {
        Path f = dir.resolve(name + ".tsv");
        Files.writeString(f, tsv);
        library.openOrCreate(name).importFile(f, sl, tl, Progress.NONE);
    }

    @Test
    void withoutVocabularyTheLengthsMisalignTheTargetSentence() {
        assertNotEquals("[3]:[2]", linkOfTarget(align(null, null, true), 2).format());
    }

    @Test
    void aTmWhoseUnitsPairTheWordsFixesTheLinkAndIsLearnedBeforeThePairsAreAdded() throws IOException {
        tm("pets", TSV, "de", "en");
        long before = library.open("pets").size();
        AlignJob.Outcome o = align(null, "pets", true);
        assertEquals("[3]:[2]", linkOfTarget(o, 2).format(), o.result().alignment().links().toString());
        assertEquals(before + o.added().added(), library.open("pets").size());
        assertTrue(o.added().added() > 0);
        VocabularyUse v = o.result().alignment().vocabulary();
        assertTrue(v.memory() >= 2, v.toString());
        assertEquals(List.of(), v.dictionaries());
        assertEquals(0, v.glossary());
        assertEquals(0, v.secondPass());
        assertEquals(0, align(null, "pets", false).result().alignment().vocabulary().memory());
    }

    @Test
    void theTmIsReadOnlyUpToTheBound() throws IOException {
        tm("pets", TSV, "de", "en");
        System.setProperty(AlignJob.TM_UNITS_PROPERTY, "2");
        try {
            // two units hold each made-up word once: too few to learn a pair
            assertNotEquals("[3]:[2]", linkOfTarget(align(null, "pets", true), 2).format());
        } finally {
            System.clearProperty(AlignJob.TM_UNITS_PROPERTY);
        }
    }

    @Test
    void aFolderAlignmentLearnsFromTheTmToo() throws IOException {
        tm("pets", TSV, "de", "en");
        Path de = Files.createDirectories(dir.resolve("de"));
        Path en = Files.createDirectories(dir.resolve("en"));
        Files.write(de.resolve("walk.de.txt"), DE);
        Files.write(en.resolve("walk.en.txt"), EN);
        org.tmsh.align.FolderAligner.Request r = new org.tmsh.align.FolderAligner.Request(de, en, "de", "en", true,
                null, null, null);
        Vocabulary none = new Vocabulary(null, false, false);
        AlignJob.FolderOutcome with = job.runFolder(r, null, "pets", none, true, Progress.NONE);
        assertTrue(with.result().results().get(0).alignment().links().stream()
                .anyMatch(l -> l.format().equals("[3]:[2]")), with.result().results().get(0).alignment().links().toString());
        AlignJob.FolderOutcome without = job.runFolder(r, null, "pets", none, false, Progress.NONE);
        assertTrue(without.result().results().get(0).alignment().links().stream()
                .noneMatch(l -> l.format().equals("[3]:[2]")));
    }

    @Test
    void withTmVocabularyNoneTheTmOnlyReceivesThePairs() throws IOException {
        tm("pets", TSV, "de", "en");
        AlignJob.Outcome o = align(null, "pets", false);
        assertNotEquals("[3]:[2]", linkOfTarget(o, 2).format());
        assertTrue(o.added().added() > 0);
    }

    @Test
    void aTmInAnotherLanguagePairContributesNothing() throws IOException {
        tm("french", TSV.replace("The ", "Le ").replace("A ", "Un "), "de", "fr");
        AlignJob.Outcome without = align(null, null, true);
        AlignJob.Outcome o = align(null, "french", true);
        assertEquals(without.result().alignment().links(), o.result().alignment().links());
    }

    @Test
    void anEmptyOrNewTmContributesNothingAndDoesNotFail() {
        library.openOrCreate("empty");
        assertTrue(library.exists("empty"));
        AlignJob.Outcome without = align(null, null, true);
        assertEquals(without.result().alignment().links(), align(null, "empty", true).result().alignment().links());
        assertEquals(without.result().alignment().links(), align(null, "brandnew", true).result().alignment().links());
    }

    @Test
    void aGlossaryPairingTheSpellingsFixesTheLink() throws IOException {
        Path tbx = dir.resolve("pets.tbx");
        Files.writeString(tbx, """
                <?xml version="1.0" encoding="UTF-8"?>
                <martif type="TBX" xml:lang="en"><text><body>
                <termEntry id="c1">
                  <langSet xml:lang="de"><tig><term>Quorzelmat</term></tig></langSet>
                  <langSet xml:lang="en"><tig><term>blimfrax</term></tig></langSet>
                </termEntry>
                <termEntry id="c2">
                  <langSet xml:lang="de"><tig><term>Wispelhorn</term></tig></langSet>
                  <langSet xml:lang="en"><tig><term>grodmaw</term></tig></langSet>
                </termEntry>
                </body></text></martif>
                """);
        AlignJob.Outcome o = align(tbx.toString(), null, true);
        assertEquals("[3]:[2]", linkOfTarget(o, 2).format(), o.result().alignment().links().toString());
        assertEquals(new VocabularyUse(2, List.of(), 0, 0), o.result().alignment().vocabulary());
    }

    @Test
    void theVocabularyUsedIsCountedPerDictionaryFileAndForTheSecondPass() throws IOException {
        Path dic = dir.resolve("de-en.dic");
        Files.writeString(dic, "morning @ Morgen\nhouse @ Haus\nevening @ Abend\nship @ Schiff\n");
        // every link trusted: these tests are about the word pairs the aligner learns, not about trust
        DocumentAligner.Request r = new DocumentAligner.Request(dir.resolve("de.txt"), dir.resolve("en.txt"), "de",
                "en", true, null, null, null, new DocumentAligner.Trust(0, false, false));
        VocabularyUse plain = job.run(new AlignJob.Request(r, null, null, null, new Vocabulary(dic, false, false)),
                Progress.NONE).result().alignment().vocabulary();
        // Schiff and ship are in neither document: three pairs used
        assertEquals(new VocabularyUse(0, List.of(new VocabularyUse.DictionaryPairs(dic.toString(), 3)), 0, 0), plain);
        // a pair whose words meet in several links: Hund / dog is learned in the first pass
        Files.write(dir.resolve("dogs.de.txt"), List.of("Der Hund schläft im Garten.", "Am Morgen bellt der Hund laut.",
                "Der Nachbar ruft den Hund zu sich.", "Im Haus ist es warm.", "Der Hund frisst am Abend."));
        Files.write(dir.resolve("dogs.en.txt"), List.of("The dog sleeps in the garden.",
                "In the morning the dog barks loudly.", "The neighbour calls the dog over.", "It is warm in the house.",
                "The dog eats in the evening."));
        DocumentAligner.Request dogs = new DocumentAligner.Request(dir.resolve("dogs.de.txt"),
                dir.resolve("dogs.en.txt"), "de", "en", true, null, null, null);
        VocabularyUse learning = job.run(new AlignJob.Request(dogs, null, null, null, new Vocabulary(dic, false, true)),
                Progress.NONE).result().alignment().vocabulary();
        assertEquals(plain.dictionaries(), learning.dictionaries());
        assertTrue(learning.secondPass() > 0, learning.toString());
        assertEquals(VocabularyUse.NONE, align(null, null, true).result().alignment().vocabulary());
    }
}
