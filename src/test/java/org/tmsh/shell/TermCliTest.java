package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** {@code term match} and {@code term variants} one-shot with --json. */
class TermCliTest {

    private static JsonNode json(CliTest.Run r) throws Exception {
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void matchAnswersSameAndScore() throws Exception {
        JsonNode yes = json(CliTest.run("term", "match", "Choe Son Hui", "Choe Son-hui", "--json"));
        assertTrue(yes.get("same").asBoolean());
        assertTrue(yes.get("score").asDouble() > 0.9);
        JsonNode no = json(CliTest.run("term", "match", "Lawrow", "Lavrentyev", "--json"));
        assertFalse(no.get("same").asBoolean());
        CliTest.Run one = CliTest.run("term", "match", "Lawrow");
        assertEquals(TmshCommand.USER_ERROR, one.code());
    }

    @Test
    void addListExportImportGiveTheSameGlossaryBack(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        System.setProperty("tmsh.home", dir.resolve("home").toString());
        try {
            assertEquals(0, CliTest.run("term", "add", "Лавров", "--lang", "ru", "--glossary", "g").code());
            assertEquals(0, CliTest.run("term", "add", "Lawrow", "--lang", "de", "--same-as", "Лавров", "--glossary", "g",
                    "--system", "Duden").code());
            assertEquals(0, CliTest.run("term", "add", "Lavrov", "--lang", "en", "--same-as", "Lawrow", "--glossary", "g").code());
            JsonNode list = json(CliTest.run("term", "list", "Lawrow", "--glossary", "g", "--json"));
            assertEquals(3, list.get(0).get("terms").size());
            java.nio.file.Path tbx = dir.resolve("g.tbx");
            java.nio.file.Path v3 = dir.resolve("g-v3.tbx");
            assertEquals(0, CliTest.run("term", "export", tbx.toString(), "--glossary", "g").code());
            assertTrue(java.nio.file.Files.readString(tbx).contains("<martif type=\"TBX-Basic\""),
                    "a .tbx is TBX-Basic 2008 unless told otherwise, the TBX that CAT tools import");
            assertEquals(0, CliTest.run("term", "export", v3.toString(), "--format", "tbx3", "--glossary", "g").code());
            assertTrue(java.nio.file.Files.readString(v3).contains("<tbx type=\"TBX-Basic\""));
            assertEquals(2, CliTest.run("term", "export", v3.toString(), "--format", "tbx4", "--glossary", "g").code());
            JsonNode imp3 = json(CliTest.run("term", "import", v3.toString(), "--glossary", "back3", "--json"));
            assertEquals(3, imp3.get("terms").asInt());
            JsonNode imp = json(CliTest.run("term", "import", tbx.toString(), "--glossary", "back", "--json"));
            assertEquals(3, imp.get("terms").asInt());
            assertEquals(0, CliTest.run("term", "export", dir.resolve("back.tbx").toString(), "--glossary", "back").code());
            assertEquals(java.nio.file.Files.readString(tbx).replace(">g<", ">back<"),
                    java.nio.file.Files.readString(dir.resolve("back.tbx")));
        } finally {
            System.clearProperty("tmsh.home");
        }
    }

    @Test
    void discoverReviewAddsTheAcceptedAndEditedProposals(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        System.setProperty("tmsh.home", dir.resolve("home").toString());
        java.io.InputStream stdin = System.in;
        try {
            // accept the first proposal, reject the second, edit the third's second spelling, then stop
            System.setIn(new java.io.ByteArrayInputStream("a\nr\ne\nEdited Spelling\nq\n".getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
            CliTest.Run r = CliTest.run("term", "discover", "--tmx", "tmx/seeds-000-004.de-en.tmx", "--review",
                    "--glossary", "found");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("2 of "), r.out());
            JsonNode list = json(CliTest.run("term", "list", "--glossary", "found", "--json"));
            assertEquals(2, list.size());
            assertTrue(list.toString().contains("Edited Spelling"), list.toString());
        } finally {
            System.setIn(stdin);
            System.clearProperty("tmsh.home");
        }
    }

    @Test
    void lookupFindsInflectedNamesOfTheSeedGlossary(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        System.setProperty("tmsh.home", dir.resolve("home").toString());
        try {
            assertEquals(0, CliTest.run("term", "import", "glossaries/seeds.tbx", "--glossary", "seeds").code());
            JsonNode hits = json(CliTest.run("term", "lookup", "Die Presse zitierte Lawrows Worte und Putins Antwort.",
                    "--glossary", "seeds", "--json"));
            assertEquals(2, hits.size(), hits.toString());
            assertEquals("Lawrows", hits.get(0).get("text").asText());
            assertEquals("Lawrow", hits.get(0).get("form").asText());
            assertEquals("Putins", hits.get(1).get("text").asText());
            assertEquals("Vladimir Vladimirovich Putin", hits.get(1).get("preferred").asText());
        } finally {
            System.clearProperty("tmsh.home");
        }
    }

    @Test
    void variantsOfAKoreanName() throws Exception {
        JsonNode v = json(CliTest.run("term", "variants", "최선희", "--json"));
        boolean kcna = false;
        for (JsonNode n : v) {
            kcna |= n.get("system").asText().equals("KCNA") && n.get("form").asText().equals("Choe Son Hui");
        }
        assertTrue(kcna, v.toString());
        JsonNode back = json(CliTest.run("term", "variants", "Pjöngjang", "--json"));
        assertTrue(back.toString().contains("평양") && back.toString().contains("Pyongyang"), back.toString());
    }

    @Test
    void showFindsAConceptByAFamilyNameOrAnInflectedFormWhenNoSpellingIsWrittenSo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        System.setProperty("tmsh.home", dir.resolve("home").toString());
        try {
            assertEquals(0, CliTest.run("term", "add", "Гусейн Алиев", "--lang", "ru", "--glossary", "g").code());
            assertEquals(0, CliTest.run("term", "add", "Hussein Aliyev", "--lang", "en", "--same-as", "Гусейн Алиев",
                    "--glossary", "g").code());
            JsonNode family = json(CliTest.run("term", "show", "Aliyev", "--glossary", "g", "--json"));
            assertEquals(1, family.size(), family.toString());
            assertTrue(family.get(0).toString().contains("Hussein Aliyev"), family.toString());
            JsonNode none = json(CliTest.run("term", "show", "Peskow", "--glossary", "g", "--json"));
            assertEquals(0, none.size(), none.toString());
        } finally {
            System.clearProperty("tmsh.home");
        }
    }
}
