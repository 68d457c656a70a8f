package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.TestFiles;

/** {@code align --source DIR --target DIR} as a new user runs it: one TMX, a table of pairs, unpaired files. */
class FolderCliTest {

    @TempDir
    Path dir;

    @Test
    void alignsAFolderOfArticlePairsIntoOneTmxWithATableOfPairs() throws Exception {
        Path de = Files.createDirectories(dir.resolve("de"));
        Path en = Files.createDirectories(dir.resolve("en"));
        Files.copy(TestFiles.SEED_DE, de.resolve("seed.de.txt"));
        Files.copy(TestFiles.SEED_EN, en.resolve("seed.en.txt"));
        Files.writeString(de.resolve("visit.de.txt"), "Lawrow kam am 3. Mai nach Pjöngjang.\nEr traf Choe Son-hui.\n");
        Files.writeString(en.resolve("visit.en.txt"), "Lavrov came to Pyongyang on 3 May.\nHe met Choe Son-hui.\n");
        Files.writeString(en.resolve("extra.en.txt"), "No partner.\n");
        Path tmx = dir.resolve("all.tmx");
        CliTest.Run r = CliTest.run("align", "--source", de.toString(), "--target", en.toString(), "--out",
                tmx.toString(), "--links", dir.resolve("links").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("seed.de.txt") && r.out().contains("visit.en.txt"), r.out());
        assertTrue(r.out().contains("unpaired target file: " + en.resolve("extra.en.txt")), r.out());
        assertTrue(Files.exists(dir.resolve("links").resolve("visit.txt.links")));
        TestFiles.assertValidTmx14(tmx);
        CliTest.Run j = CliTest.run("align", "--source", de.toString(), "--target", en.toString(), "--json",
                "--dictionary", "none");
        assertEquals(0, j.code(), j.err());
        JsonNode json = new ObjectMapper().readTree(j.out());
        assertEquals(2, json.get("pairs").size());
        assertEquals(11, json.get("pairs").get(0).get("units").asInt());
        assertEquals(1, json.get("unpairedTarget").size());
    }

    @Test
    void theSummaryCountsTheWordPairsOfEachVocabularySourceInTheTableAndInJson() throws Exception {
        Path dic = dir.resolve("de-en.dic");
        Files.writeString(dic, "foreign minister @ Außenminister\nvisit @ Besuch\nsummit @ Gipfel\nwhale @ Wal\n");
        String[] args = {"align", "--source", TestFiles.SEED_DE.toString(), "--target", TestFiles.SEED_EN.toString(),
            "--dictionary", dic.toString(), "--learn"};
        CliTest.Run table = CliTest.run(args);
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("dictionary " + dic) && table.out().contains("second pass"), table.out());
        String[] json = java.util.Arrays.copyOf(args, args.length + 1);
        json[args.length] = "--json";
        CliTest.Run j = CliTest.run(json);
        assertEquals(0, j.code(), j.err());
        JsonNode v = new ObjectMapper().readTree(j.out()).get("vocabulary");
        assertEquals(dic.toString(), v.get("dictionaries").get(0).get("file").asText(), v.toString());
        int pairs = v.get("dictionaries").get(0).get("pairs").asInt();
        assertTrue(pairs > 0 && pairs < 5, v.toString());
        assertEquals(0, v.get("glossary").asInt());
        assertEquals(0, v.get("memory").asInt());
        assertTrue(v.get("secondPass").asInt() > 0, v.toString());
        CliTest.Run none = CliTest.run("align", "--source", TestFiles.SEED_DE.toString(), "--target",
                TestFiles.SEED_EN.toString(), "--dictionary", "none");
        assertFalse(none.out().contains("second pass"), none.out());
    }

    @Test
    void withCompoundsTheSeedPairKeepsItsElevenUnits() throws Exception {
        for (String name : new String[] {"plain", "compounds"}) {
            Path links = dir.resolve(name + ".links");
            List<String> args = new ArrayList<>(List.of("align", "--source",
                    TestFiles.SEED_DE.toString(), "--target", TestFiles.SEED_EN.toString(), "--links", links.toString(),
                    "--json"));
            if (name.equals("compounds")) {
                args.add("--compounds");
            }
            CliTest.Run r = CliTest.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
            assertEquals(11, new ObjectMapper().readTree(r.out()).get("units").asInt(), name + ": " + r.out());
        }
        assertEquals(Files.readAllLines(dir.resolve("plain.links")), Files.readAllLines(dir.resolve("compounds.links")));
    }

    @Test
    void aBadTmVocabularyIsOneLineAndExitTwo() {
        CliTest.Run r = CliTest.run("align", "--source", TestFiles.SEED_DE.toString(), "--target",
                TestFiles.SEED_EN.toString(), "--tm", "pets", "--tm-vocabulary", "some");
        assertEquals(TmshCommand.USER_ERROR, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("--tm-vocabulary") && r.err().contains("'some'"), r.err());
    }

    @Test
    void aMissingDictionaryIsOneLineAndExitTwo() {
        CliTest.Run r = CliTest.run("align", "--source", TestFiles.SEED_DE.toString(), "--target",
                TestFiles.SEED_EN.toString(), "--dictionary", dir.resolve("nope.dic").toString());
        assertEquals(TmshCommand.USER_ERROR, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("nope.dic"), r.err());
    }
}
