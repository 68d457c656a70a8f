package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.TmshException;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;

/** PO and CSV pairs into a memory: done entries only by default, languages from the file, errors with lines. */
class BilingualImportJobTest {

    @TempDir
    Path dir;
    private TmLibrary library;

    private static final String PO = """
            # Übersetzung
            msgid ""
            msgstr ""
            "Content-Type: text/plain; charset=UTF-8\\n"
            "Language: en\\n"
            "X-Source-Language: de\\n"

            #: statement.c:1
            msgid "Lawrow traf Choe Son Hui."
            msgstr "Lavrov met Choe Son Hui."

            #, fuzzy
            msgid "Sie sprachen lange."
            msgstr "They talked for a long time."

            msgid ""
            "Die Außenminister "
            "einigten sich \\"rasch\\"."
            msgstr "The foreign ministers agreed \\"quickly\\"."

            msgid "Ein Dialog"
            msgid_plural "%d Dialoge"
            msgstr[0] "One dialogue"
            msgstr[1] "%d dialogues"

            msgid "Noch nicht übersetzt."
            msgstr ""

            #~ msgid "Alt."
            #~ msgstr "Old."
            """;

    @BeforeEach
    void open() {
        library = new TmLibrary(dir.resolve("tm"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void poGivesTranslatedEntriesAndFuzzyOnlyWithAllStates() throws Exception {
        Path po = Files.writeString(dir.resolve("a.po"), PO);
        TranslationMemory tm = library.openOrCreate("po");
        assertEquals(3, new BilingualImportJob().run(po, tm, null, null, false).added());
        assertEquals("The foreign ministers agreed \"quickly\".",
                tm.search("Die Außenminister einigten sich \"rasch\".", "de", "en", 100, 1).get(0).target());
        assertEquals("One dialogue", tm.search("Ein Dialog", "de", "en", 100, 1).get(0).target());
        assertTrue(tm.search("Sie sprachen lange.", "de", "en", 100, 1).isEmpty(), "fuzzy left out");
        TranslationMemory all = library.openOrCreate("all");
        assertEquals(4, new BilingualImportJob().run(po, all, null, null, true).added());
    }

    @Test
    void poWithoutSourceLanguageNeedsTheOptionAndBadLinesAreNamed() throws Exception {
        Path po = Files.writeString(dir.resolve("b.po"), PO.replace("\"X-Source-Language: de\\n\"\n", ""));
        TmshException e = assertThrows(TmshException.class,
                () -> new BilingualImportJob().run(po, library.openOrCreate("x"), null, null, false));
        assertTrue(e.getMessage().contains("--source-lang"), e.getMessage());
        assertEquals(3, new BilingualImportJob().run(po, library.openOrCreate("y"), "de", null, false).added());
        Path bad = Files.writeString(dir.resolve("c.po"), "msgid \"a\"\nmsgstr \"b\"\nnonsense here\n");
        TmshException b = assertThrows(TmshException.class,
                () -> new BilingualImportJob().run(bad, library.openOrCreate("z"), "de", "en", false));
        assertEquals(bad + ": line 3: not a PO line: nonsense here", b.getMessage());
    }

    @Test
    void csvTakesItsLanguagesFromTheHeader() throws Exception {
        Path csv = Files.writeString(dir.resolve("pairs.csv"), "de,en\n"
                + "\"Lawrow, der Minister, kam.\",\"Lavrov, the minister, came.\"\n"
                + "Nur Deutsch,\n"
                + "Sie sprachen.,They talked.\n");
        TranslationMemory tm = library.openOrCreate("csv");
        assertEquals(2, new BilingualImportJob().run(csv, tm, null, null, false).added());
        assertEquals("Lavrov, the minister, came.", tm.search("Lawrow, der Minister, kam.", "de", "en", 100, 1).get(0).target());
        Path noHeader = Files.writeString(dir.resolve("bad.csv"), "Quelle,Ziel,Mehr\n");
        TmshException e = assertThrows(TmshException.class,
                () -> new BilingualImportJob().run(noHeader, library.openOrCreate("b"), null, null, false));
        assertTrue(e.getMessage().startsWith(noHeader + ": line 1: expected a header of two language codes"), e.getMessage());
        Path wide = Files.writeString(dir.resolve("wide.csv"), "de,en\na,b,c\n");
        TmshException w = assertThrows(TmshException.class,
                () -> new BilingualImportJob().run(wide, library.openOrCreate("w"), null, null, false));
        assertEquals(wide + ": line 2: expected 2 cells, found 3", w.getMessage());
    }

    @Test
    void xliff20WithReorderedCodesKeepsEachCodesIdentityInTheMemory() throws Exception {
        Path xlf = Files.writeString(dir.resolve("moved.xlf"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en">
                  <file id="f1">
                    <unit id="u1">
                      <segment state="translated">
                        <source><pc id="5">Lawrow</pc> traf <pc id="7">Choe</pc> in Moskau.</source>
                        <target><pc id="7">Choe</pc> met <pc id="5">Lavrov</pc> in Moscow.</target>
                      </segment>
                    </unit>
                  </file>
                </xliff>
                """);
        TranslationMemory tm = library.openOrCreate("moved");
        assertEquals(1, new BilingualImportJob().run(xlf, tm, null, null, false).added());
        var hit = tm.search("⟨1⟩Lawrow⟨/1⟩ traf ⟨2⟩Choe⟨/2⟩ in Moskau.", "de", "en", 100, 1).get(0);
        assertEquals("⟨1⟩Lawrow⟨/1⟩ traf ⟨2⟩Choe⟨/2⟩ in Moskau.", hit.source());
        assertEquals("⟨2⟩Choe⟨/2⟩ met ⟨1⟩Lavrov⟨/1⟩ in Moscow.", hit.target(), "the link stays on Choe, the bold on Lavrov");
    }
}
