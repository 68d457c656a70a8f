package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.ScratchHome;

/** Glossary commands as a newcomer uses them after the README's {@code term import glossaries/seeds.tbx}. */
class NewcomerGlossaryTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final ScratchHome home = new ScratchHome();

    private static JsonNode json(CliTest.Run r) throws Exception {
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    private static void importSeeds() {
        CliTest.Run r = CliTest.run("term", "import", "glossaries/seeds.tbx");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("glossary 'seeds'"), "says which glossary it filled: " + r.out());
    }

    @Test
    void readingCommandsWithoutGlossaryUseEveryGlossary() throws Exception {
        importSeeds();
        JsonNode list = json(CliTest.run("term", "list", "Lawrow", "--json"));
        assertEquals(1, list.size(), list.toString());
        JsonNode hits = json(CliTest.run("term", "lookup", "Lawrow traf Choe Son-hui in Pjöngjang.", "--json"));
        assertTrue(hits.size() >= 2, hits.toString());
        Path out = dir.resolve("names.tbx");
        assertEquals(0, CliTest.run("term", "export", out.toString()).code(), "one glossary: export takes it");
        assertTrue(Files.readString(out).contains("Lawrow"));
    }

    @Test
    void anUnknownGlossaryIsAnErrorNamingTheOnesThatExistAndWritesNothing() {
        importSeeds();
        for (String[] cmd : new String[][] {{"term", "list", "--glossary", "nosuch"},
                {"term", "lookup", "Lawrow", "--glossary", "nosuch"},
                {"term", "show", "Lawrow", "--glossary", "nosuch"},
                {"term", "export", dir.resolve("x.tbx").toString(), "--glossary", "nosuch"},
                {"qa", "--tmx", "tmx/seeds-000-004.de-en.tmx", "--glossary", "nosuch"}}) {
            CliTest.Run r = CliTest.run(cmd);
            assertEquals(TmshCommand.USER_ERROR, r.code(), String.join(" ", cmd) + ": " + r.out());
            assertTrue(r.err().contains("'nosuch'") && r.err().contains("seeds"), r.err());
        }
        assertFalse(Files.exists(dir.resolve("x.tbx")));
    }

    @Test
    void withoutAnyGlossaryReadingIsAnError() {
        CliTest.Run r = CliTest.run("term", "lookup", "Lawrow");
        assertEquals(TmshCommand.USER_ERROR, r.code(), r.out());
        assertTrue(r.err().contains("no glossary yet"), r.err());
    }

    @Test
    void writingCommandsAskWhichGlossaryWhenThereAreSeveral() {
        importSeeds();
        assertEquals(0, CliTest.run("term", "add", "Foo", "--lang", "de", "--glossary", "other").code());
        CliTest.Run add = CliTest.run("term", "add", "Bar", "--lang", "de");
        assertEquals(TmshCommand.USER_ERROR, add.code(), add.out());
        assertTrue(add.err().contains("--glossary") && add.err().contains("other") && add.err().contains("seeds"), add.err());
        CliTest.Run export = CliTest.run("term", "export", dir.resolve("y.tbx").toString());
        assertEquals(TmshCommand.USER_ERROR, export.code());
        assertFalse(Files.exists(dir.resolve("y.tbx")));
    }

    @Test
    void sameAsFindsTheConceptByAFamilyNameAndKeepsOnePreferredFormPerLanguage() throws Exception {
        importSeeds();
        CliTest.Run add = CliTest.run("term", "add", "Sergej Lawrow", "--lang", "de", "--same-as", "Lavrov", "--system", "Duden");
        assertEquals(0, add.code(), add.err());
        assertTrue(add.out().contains("concept c1") && add.out().contains("admitted")
                && add.out().contains("Sergei Wiktorowitsch Lawrow"), add.out());
        JsonNode c1 = json(CliTest.run("term", "list", "c1", "--json")).get(0).get("terms");
        long preferredDe = 0;
        for (JsonNode t : c1) {
            if (t.get("lang").asText().equals("de") && t.get("status").asText().equals("preferred")) {
                preferredDe++;
            }
        }
        assertEquals(1, preferredDe, c1.toString());
        CliTest.Run again = CliTest.run("term", "add", "Lawrow", "--lang", "de", "--same-as", "Sergei Viktorovich Lavrov");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("already"), again.out());
        assertEquals(c1.size(), json(CliTest.run("term", "list", "c1", "--json")).get(0).get("terms").size());
        CliTest.Run preferred = CliTest.run("term", "add", "S. Lawrow", "--lang", "de", "--same-as", "Lavrov",
                "--status", "preferred");
        assertEquals(TmshCommand.USER_ERROR, preferred.code());
        assertTrue(preferred.err().contains("Sergei Wiktorowitsch Lawrow") && preferred.err().contains("admitted"),
                preferred.err());
    }

    @Test
    void sameAsOfAWordOfSeveralConceptsSaysWhichOnes() {
        assertEquals(0, CliTest.run("term", "add", "Kim Jong Un", "--lang", "en", "--glossary", "g").code());
        assertEquals(0, CliTest.run("term", "add", "Kim Yo Jong", "--lang", "en", "--glossary", "g").code());
        CliTest.Run r = CliTest.run("term", "add", "Kim", "--lang", "de", "--same-as", "Kim");
        assertEquals(TmshCommand.USER_ERROR, r.code());
        assertTrue(r.err().contains("2 concepts") && r.err().contains("Kim Jong Un") && r.err().contains("Kim Yo Jong"), r.err());
    }
}
