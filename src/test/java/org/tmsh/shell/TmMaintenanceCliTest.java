package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The maintenance commands one-shot, on an embedded TM and on a team TM in SolrCloud (two nodes,
 * embedded ZooKeeper) alike: a unit's id from tm concordance and tm search, tm show, tm edit (the
 * unit keeps its id and records the change), tm replace (a dry run shows and changes nothing; without
 * an answer nothing changes; --yes changes), and tm delete --id (asks; the TM stays).
 */
class TmMaintenanceCliTest {

    private static final String SEEDS = "tmx/seeds-000-004.de-en.tmx";
    @RegisterExtension
    static final SolrShell SOLR = new SolrShell(2, 0);
    private static String url;

    @TempDir
    Path dir;

    @BeforeAll
    static void cluster() {
        url = SOLR.url();
    }

    private static JsonNode json(CliTest.Run r) throws Exception {
        return SolrShell.json(r);
    }

    private static CliTest.Run answering(String answer, String... args) {
        return SolrShell.answering(answer, args);
    }

    @Test
    void editDeleteAndReplaceOnAnEmbeddedTm() throws Exception {
        maintain("local");
    }

    @Test
    void editDeleteAndReplaceOnASolrTm() throws Exception {
        json(CliTest.run("tm", "create", "team", "--solr", url, "--shards", "2", "--replicas", "1", "--json"));
        maintain("team");
        String registration = Files.readString(SOLR.home().resolve("tm/team/tmsh-memory.properties"));
        assertTrue(registration.contains("backend=solr"), registration);
    }

    /** The same commands, the same results, whatever holds the TM. */
    private void maintain(String tm) throws Exception {
        assertEquals(11, json(CliTest.run("tm", "import", SEEDS, "--tm", tm, "--json")).get("added").asInt());

        JsonNode hit = json(CliTest.run("tm", "concordance", "Lawrow", "--tm", tm, "--json")).get(0);
        String id = hit.get("id").asText();
        assertFalse(id.isEmpty() || id.equals("null"), hit.toString());
        String german = hit.get("text").asText();

        JsonNode shown = json(CliTest.run("tm", "show", tm, "--id", id, "--json"));
        assertEquals(id, shown.get("id").asText());
        assertEquals(hit.get("tuid").asText(), shown.get("tuid").asText());
        assertEquals(german, shown.get("texts").get("de").asText());
        String english = shown.get("texts").get("en").asText();

        // edit: the translation changes, the unit keeps its id and records who changed it and when
        JsonNode edited = json(CliTest.run("tm", "edit", tm, "--id", id, "--target", "Lavrov went to Moscow.",
                "--user", "alice", "--json"));
        assertEquals(1, edited.get("units").asInt());
        JsonNode after = json(CliTest.run("tm", "show", tm, "--id", id, "--json"));
        assertEquals("Lavrov went to Moscow.", after.get("texts").get("en").asText());
        assertEquals(german, after.get("texts").get("de").asText());
        String xml = after.get("xml").asText();
        assertTrue(xml.contains("changeid=\"alice\"") && xml.matches("(?s).*changedate=\"\\d{8}T\\d{6}Z\".*"), xml);
        JsonNode match = json(CliTest.run("tm", "search", german, "--tm", tm, "--min", "100", "--json")).get(0);
        assertEquals("Lavrov went to Moscow.", match.get("target").asText());
        assertEquals(id, match.get("id").asText(), "tm search shows the unit's id");
        assertEquals(11, json(CliTest.run("tm", "stats", "--tm", tm, "--json")).get("units").asInt());

        // replace: a dry run shows every change and changes nothing; no answer changes nothing; --yes changes
        JsonNode dry = json(CliTest.run("tm", "replace", tm, "--find", "Moscow", "--with", "Moskva", "--lang", "en",
                "--dry-run", "--json"));
        assertTrue(dry.get("dryRun").asBoolean());
        int changes = dry.get("units").asInt();
        assertTrue(changes >= 2, dry.toString());
        for (JsonNode c : dry.get("changes")) {
            assertTrue(c.get("after").get("texts").get("en").asText().contains("Moskva"), c.toString());
            assertFalse(c.get("after").get("texts").get("en").asText().contains("Moscow"), c.toString());
            assertEquals(c.get("before").get("texts").get("de").asText(), c.get("after").get("texts").get("de").asText());
        }
        assertTrue(json(CliTest.run("tm", "concordance", "Moskva", "--tm", tm, "--json")).isEmpty(), "a dry run changes nothing");
        CliTest.Run unanswered = answering("", "tm", "replace", tm, "--find", "Moscow", "--with", "Moskva", "--lang", "en");
        assertEquals(2, unanswered.code(), unanswered.err());
        assertTrue(unanswered.out().contains("+ en"), "the changes are shown before the question: " + unanswered.out());
        assertTrue(json(CliTest.run("tm", "concordance", "Moskva", "--tm", tm, "--json")).isEmpty(), "not answered: nothing changed");
        JsonNode replaced = json(CliTest.run("tm", "replace", tm, "--find", "Moscow", "--with", "Moskva", "--lang", "en",
                "--yes", "--json"));
        assertEquals(changes, replaced.get("units").asInt());
        assertEquals(changes, json(CliTest.run("tm", "concordance", "Moskva", "--tm", tm, "--json")).size());
        assertEquals("Lavrov went to Moskva.", json(CliTest.run("tm", "show", tm, "--id", id, "--json")).get("texts").get("en").asText());

        // delete --id: asks, names the count; the TM stays
        CliTest.Run refused = answering("n\n", "tm", "delete", tm, "--id", id);
        assertEquals(2, refused.code(), refused.err());
        assertTrue(refused.err().contains("not done"), refused.err());
        assertEquals(11, json(CliTest.run("tm", "stats", "--tm", tm, "--json")).get("units").asInt());
        JsonNode deleted = json(CliTest.run("tm", "delete", tm, "--id", id, "--yes", "--json"));
        assertEquals(1, deleted.get("units").asInt());
        assertEquals(10, json(CliTest.run("tm", "stats", "--tm", tm, "--json")).get("units").asInt());
        CliTest.Run gone = CliTest.run("tm", "show", tm, "--id", id);
        assertEquals(2, gone.code());
        assertTrue(gone.err().contains("has no unit with id " + id), gone.err());
        CliTest.Run badId = CliTest.run("tm", "edit", tm, "--id", "x1", "--target", "t");
        assertEquals(2, badId.code());
        assertTrue(badId.err().contains("'x1' is not a unit id"), badId.err());
        CliTest.Run dryWholeTm = CliTest.run("tm", "delete", tm, "--dry-run");
        assertEquals(2, dryWholeTm.code());
        assertEquals(10, json(CliTest.run("tm", "stats", "--tm", tm, "--json")).get("units").asInt());
        assertFalse(english.isEmpty());
    }

    /** A TMX of en-de units: {@code tu} holds each unit's attributes, props and texts. */
    private Path tmx(String name, String... units) throws Exception {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header"
                + " creationtool=\"test\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\" adminlang=\"en\""
                + " srclang=\"en\" datatype=\"plaintext\"/><body>\n");
        for (String u : units) {
            sb.append(u).append('\n');
        }
        sb.append("</body></tmx>\n");
        Path f = dir.resolve(name);
        Files.writeString(f, sb.toString());
        return f;
    }

    private static String unit(String attrs, String props, String en, String de) {
        return "<tu" + attrs + ">" + props + "<tuv xml:lang=\"en\"><seg>" + en + "</seg></tuv><tuv xml:lang=\"de\"><seg>" + de
                + "</seg></tuv></tu>";
    }

    @Test
    void duplicatesAreListedAndDedupKeepsTheNewestAndExportFiltersAndWritesTsvAndCsv() throws Exception {
        Path a = tmx("a.tmx",
                unit(" changedate=\"20240101T000000Z\"", "<prop type=\"x-client\">ACME</prop>", "Save the file.", "Datei sichern."),
                unit(" changedate=\"20250101T000000Z\"", "<prop type=\"x-client\">ACME</prop>", "Open the file.", "Datei öffnen."),
                unit("", "<prop type=\"x-context-pre\">Intro.</prop><prop type=\"x-context-post\">Outro.</prop>",
                        "Close, the window.", "Fenster schließen."));
        Path b = tmx("b.tmx",
                unit(" changedate=\"20260101T000000Z\"", "<prop type=\"x-client\">Globex</prop>", "Save the file.", "Datei speichern."),
                unit(" changedate=\"20200101T000000Z\"", "<prop type=\"x-client\">Globex</prop>", "Open the file.", "Die Datei öffnen."),
                // the same source in another context: another source, no conflict
                unit("", "<prop type=\"x-context-pre\">Other.</prop><prop type=\"x-context-post\">Outro.</prop>",
                        "Close, the window.", "Das Fenster schließen."));
        json(CliTest.run("tm", "import", a.toString(), "--tm", "dup", "--json"));
        json(CliTest.run("tm", "import", b.toString(), "--tm", "dup", "--json"));

        JsonNode dups = json(CliTest.run("tm", "duplicates", "dup", "--json"));
        assertEquals(2, dups.get("groups").size(), dups.toString());
        assertEquals("Save the file.", dups.get("groups").get(0).get("source").asText());
        assertEquals(2, dups.get("groups").get(0).get("targets").size());
        CliTest.Run table = CliTest.run("tm", "duplicates", "dup");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("Datei speichern.") && table.out().contains("2 sources with more than one translation"),
                table.out());

        JsonNode dry = json(CliTest.run("tm", "dedup", "dup", "--keep", "newest", "--dry-run", "--json"));
        assertEquals(2, dry.get("units").asInt());
        assertEquals(6, json(CliTest.run("tm", "stats", "--tm", "dup", "--json")).get("units").asInt(), "a dry run changes nothing");
        JsonNode done = json(CliTest.run("tm", "dedup", "dup", "--keep", "newest", "--yes", "--json"));
        assertEquals(2, done.get("units").asInt());
        java.util.Set<String> gone = new java.util.HashSet<>();
        done.get("changes").forEach(c -> gone.add(c.get("before").get("texts").get("de").asText()));
        assertEquals(java.util.Set.of("Datei sichern.", "Die Datei öffnen."), gone, "the newer translation of each source stays");
        assertEquals(0, json(CliTest.run("tm", "duplicates", "dup", "--json")).get("groups").size());

        Path tsv = dir.resolve("acme.tsv");
        JsonNode exported = json(CliTest.run("tm", "export", tsv.toString(), "--tm", "dup", "--filter", "client=acme", "--json"));
        assertEquals(1, exported.get("units").asInt());
        List<String> lines = Files.readAllLines(tsv);
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).matches("\\d+\tOpen the file\\.\tDatei öffnen\\."), lines.get(0));
        Path csv = dir.resolve("all.csv");
        assertEquals(4, json(CliTest.run("tm", "export", csv.toString(), "--tm", "dup", "--json")).get("units").asInt());
        String text = Files.readString(csv);
        assertTrue(text.startsWith("en,de\r\n") && text.contains("\"Close, the window.\",Fenster schließen."), text);
        // both read back by tm import
        assertEquals(4, json(CliTest.run("tm", "import", csv.toString(), "--tm", "again", "--json")).get("added").asInt());
        assertEquals(1, json(CliTest.run("tm", "import", tsv.toString(), "--tm", "again2", "--source-lang", "en",
                "--target-lang", "de", "--json")).get("added").asInt());
        CliTest.Run badFilter = CliTest.run("tm", "delete", "dup", "--filter", "colour=red");
        assertEquals(2, badFilter.code());
        assertTrue(badFilter.err().contains("unknown field 'colour'"), badFilter.err());
        // dedup left one Globex unit (the newer "Datei speichern.")
        JsonNode byFilter = json(CliTest.run("tm", "delete", "dup", "--filter", "client=globex", "--yes", "--json"));
        assertEquals(1, byFilter.get("units").asInt());
        assertEquals("Datei speichern.", byFilter.get("changes").get(0).get("before").get("texts").get("de").asText());
        assertEquals(3, json(CliTest.run("tm", "stats", "--tm", "dup", "--json")).get("units").asInt());
    }

    @Test
    void anImportsConflictPolicyDecidesWhichTranslationOfASourceStays() throws Exception {
        Path a = tmx("a.tmx",
                unit(" changedate=\"20240101T000000Z\"", "", "Save the file.", "Datei sichern."),
                unit(" changedate=\"20250101T000000Z\"", "", "Open the file.", "Datei öffnen."),
                unit("", "", "Print.", "Drucken."));
        Path b = tmx("b.tmx",
                unit(" changedate=\"20260101T000000Z\"", "", "Save the file.", "Datei speichern."),
                unit(" changedate=\"20200101T000000Z\"", "", "Open the file.", "Die Datei öffnen."),
                unit("", "", "Print.", "Drucken."));
        for (String tm : List.of("newest", "over", "both", "plain", "set")) {
            json(CliTest.run("tm", "import", a.toString(), "--tm", tm, "--json"));
        }
        JsonNode newest = json(CliTest.run("tm", "import", b.toString(), "--tm", "newest", "--on-conflict", "keep-newest", "--json"));
        assertEquals(2, newest.get("conflicts").get("conflicts").asInt(), newest.toString());
        assertEquals(1, newest.get("conflicts").get("overwritten").asInt(), "the 2024 unit gives way to the 2026 one");
        assertEquals(1, newest.get("conflicts").get("keptExisting").asInt(), "the 2025 unit stays, the 2020 one is dropped");
        assertEquals(3, newest.get("units").asInt());
        assertEquals("Datei speichern.", json(CliTest.run("tm", "search", "Save the file.", "--tm", "newest", "--min", "100",
                "--json")).get(0).get("target").asText());
        assertEquals("Datei öffnen.", json(CliTest.run("tm", "search", "Open the file.", "--tm", "newest", "--min", "100",
                "--json")).get(0).get("target").asText());

        JsonNode over = json(CliTest.run("tm", "import", b.toString(), "--tm", "over", "--on-conflict", "overwrite", "--json"));
        assertEquals(2, over.get("conflicts").get("overwritten").asInt());
        assertEquals(3, json(CliTest.run("tm", "stats", "--tm", "over", "--json")).get("units").asInt());
        assertEquals("Die Datei öffnen.", json(CliTest.run("tm", "search", "Open the file.", "--tm", "over", "--min", "100",
                "--json")).get(0).get("target").asText());

        JsonNode both = json(CliTest.run("tm", "import", b.toString(), "--tm", "both", "--on-conflict", "keep-both", "--json"));
        assertEquals(2, both.get("conflicts").get("conflicts").asInt());
        assertEquals(0, both.get("conflicts").get("overwritten").asInt());
        assertEquals(5, both.get("units").asInt());
        JsonNode plain = json(CliTest.run("tm", "import", b.toString(), "--tm", "plain", "--json"));
        assertFalse(plain.has("conflicts"), "add, the default, looks at nothing: " + plain);
        assertEquals(5, plain.get("units").asInt());

        // the TM's settings give the default
        Files.writeString(SOLR.home().resolve("tm/set/tmsh-settings.properties"), "on-conflict=overwrite\n");
        assertEquals(2, json(CliTest.run("tm", "import", b.toString(), "--tm", "set", "--json")).get("conflicts")
                .get("overwritten").asInt());
        CliTest.Run bad = CliTest.run("tm", "import", b.toString(), "--tm", "plain", "--on-conflict", "newest");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--on-conflict 'newest'"), bad.err());
        assertEquals(5, json(CliTest.run("tm", "stats", "--tm", "plain", "--json")).get("units").asInt());
    }
}
