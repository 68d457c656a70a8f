package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.TestFiles;
import org.tmsh.memory.solr.SolrCluster;

/**
 * The tm commands against a SolrCloud that tmsh did not start (two nodes, embedded ZooKeeper), as
 * a team would use them: create, import, stats, search, export, list, connect, delete; and
 * {@code tm list} with a damaged embedded TM beside.
 */
class TmSolrCliTest {

    @RegisterExtension
    static final SolrShell SOLR = new SolrShell(2, 1);
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

    @Test
    void aTeamTmInSolrWorksAsTheEmbeddedOne() throws Exception {
        String seeds = "tmx/seeds-000-004.de-en.tmx";
        JsonNode created = json(CliTest.run("tm", "create", "team", "--solr", url, "--shards", "2", "--replicas", "2", "--json"));
        assertEquals("team", created.get("collection").asText());
        assertTrue(SolrCluster.hasCollection(url, "team"));
        String registration = Files.readString(SOLR.home().resolve("tm/team/tmsh-memory.properties"));
        assertTrue(registration.contains("backend=solr"), registration);

        assertEquals(11, json(CliTest.run("tm", "import", seeds, "--tm", "team", "--json")).get("added").asInt());
        assertEquals(11, json(CliTest.run("tm", "import", seeds, "--tm", "team", "--json")).get("duplicates").asInt());
        assertEquals(11, json(CliTest.run("tm", "stats", "--tm", "team", "--json")).get("units").asInt());
        json(CliTest.run("tm", "import", seeds, "--tm", "local", "--json"));

        String query = "Indessen gab es am 2. November in Moskau zwischen der Außenministerin der DVRK, Choe Son Hui, "
                + "und dem Außenminister der Russischen Föderation, Sergei Lawrow, einen strategischen Dialog.";
        JsonNode team = json(CliTest.run("tm", "search", "--tm", "team", "--json", "--min", "50", query));
        JsonNode local = json(CliTest.run("tm", "search", "--tm", "local", "--json", "--min", "50", query));
        assertSameMatches(local, team);

        Path out = dir.resolve("team.tmx");
        assertEquals(11, json(CliTest.run("tm", "export", out.toString(), "--tm", "team", "--json")).get("units").asInt());
        TestFiles.assertValidTmx14(out);

        JsonNode list = json(CliTest.run("tm", "list", "--json"));
        assertEquals(2, list.size());
        assertEquals("local", list.get(0).get("name").asText());
        assertEquals("lucene", list.get(0).get("backend").asText());
        assertEquals("solr", list.get(1).get("backend").asText());
        assertTrue(list.get(1).get("location").asText().contains(url), list.toString());
        assertEquals(11, list.get(1).get("units").asInt());

        JsonNode connected = json(CliTest.run("tm", "connect", "mirror", "--solr", url, "--collection", "team", "--json"));
        assertEquals("team", connected.get("collection").asText());
        CliTest.Run missing = CliTest.run("tm", "connect", "nothing", "--solr", url, "--collection", "nosuch");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no collection 'nosuch'"), missing.err());

        CliTest.Run refused = answering("n\n", "tm", "delete", "team");
        assertEquals(2, refused.code(), refused.err());
        assertTrue(refused.err().contains("not done"), refused.err());
        assertTrue(SolrCluster.hasCollection(url, "team"), "nothing dropped without an answer");
        json(CliTest.run("tm", "delete", "team", "--yes", "--json"));
        assertFalse(SolrCluster.hasCollection(url, "team"));
        assertFalse(Files.exists(SOLR.home().resolve("tm/team")));
    }

    @Test
    void aTmSpreadOverTheShardsIsRegisteredWithItsRouteAndFoundByConnect() throws Exception {
        String seeds = "tmx/seeds-000-004.de-en.tmx";
        CliTest.Run bad = CliTest.run("tm", "create", "odd", "--solr", url, "--shards", "2", "--spread", "3");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--spread must be from 1 to the number of shards (2)"), bad.err());
        assertFalse(SolrCluster.hasCollection(url, "odd"), "nothing created");

        json(CliTest.run("tm", "create", "wide", "--solr", url, "--shards", "2", "--replicas", "1", "--spread", "2", "--json"));
        String registration = Files.readString(SOLR.home().resolve("tm/wide/tmsh-memory.properties"));
        assertTrue(registration.contains("route.bits=0"), registration);
        assertEquals(11, json(CliTest.run("tm", "import", seeds, "--tm", "wide", "--json")).get("added").asInt());
        json(CliTest.run("tm", "import", seeds, "--tm", "local", "--json"));

        SOLR.useHome(dir.resolve("home2"));
        json(CliTest.run("tm", "connect", "wide", "--solr", url, "--collection", "wide", "--json"));
        String connected = Files.readString(dir.resolve("home2/tm/wide/tmsh-memory.properties"));
        assertTrue(connected.contains("route.bits=0"), "connect reads the route from the TM: " + connected);
        assertEquals(11, json(CliTest.run("tm", "stats", "--tm", "wide", "--json")).get("units").asInt());
        assertEquals(11, json(CliTest.run("tm", "import", seeds, "--tm", "wide", "--json")).get("duplicates").asInt());
        String query = "Indessen gab es am 2. November in Moskau zwischen der Außenministerin der DVRK, Choe Son Hui, "
                + "und dem Außenminister der Russischen Föderation, Sergei Lawrow, einen strategischen Dialog.";
        JsonNode wide = json(CliTest.run("tm", "search", "--tm", "wide", "--json", "--min", "50", query));
        SOLR.useHome(SOLR.home());
        JsonNode local = json(CliTest.run("tm", "search", "--tm", "local", "--json", "--min", "50", query));
        assertSameMatches(local, wide);
        json(CliTest.run("tm", "delete", "wide", "--yes", "--json"));
        assertFalse(SolrCluster.hasCollection(url, "wide"));
    }

    /** The Solr TM's matches are the embedded TM's: as many, same percentages and targets in the same order. */
    private static void assertSameMatches(JsonNode local, JsonNode solr) {
        assertTrue(solr.size() >= 1);
        assertEquals(local.size(), solr.size());
        for (int i = 0; i < solr.size(); i++) {
            assertEquals(local.get(i).get("score"), solr.get(i).get("score"));
            assertEquals(local.get(i).get("target"), solr.get(i).get("target"));
        }
    }

    private static CliTest.Run answering(String answer, String... args) {
        return SolrShell.answering(answer, args);
    }

    /**
     * Another shell's import holds the TM's lock (its lock document, renewed just now): an import is
     * refused with tmsh's one line and nothing else on standard error (no "version conflict" from
     * Solr); once that lock is older than the lease (the other import was killed) the next import
     * takes it over, again with nothing on standard error, and releases it.
     */
    @Test
    void aLockedTmRefusesAnImportWithOneLineAndAStaleLockIsTakenOverQuietly() throws Exception {
        String seeds = "tmx/seeds-000-004.de-en.tmx";
        json(CliTest.run("tm", "create", "locked", "--solr", url, "--shards", "1", "--replicas", "1", "--json"));
        org.apache.solr.client.solrj.SolrClient solr = SOLR.cluster().cluster().getSolrClient();
        org.apache.solr.common.SolrInputDocument lock = new org.apache.solr.common.SolrInputDocument();
        lock.addField("id", "locked!~lock");
        lock.addField("created", "an import from another machine");
        lock.addField("updated", Long.toString(System.currentTimeMillis()));
        solr.add("locked", lock);
        solr.commit("locked");

        CliTest.Run refused = CliTest.run("tm", "import", seeds, "--tm", "locked");
        assertEquals(2, refused.code(), refused.err());
        assertEquals(1, refused.err().strip().lines().count(), "tmsh's line only: " + refused.err());
        assertTrue(refused.err().contains("TM 'locked' is being changed by another tmsh process (an import from another machine"),
                refused.err());
        assertEquals(0, json(CliTest.run("tm", "stats", "--tm", "locked", "--json")).get("units").asInt());

        lock.setField("updated", Long.toString(System.currentTimeMillis() - 3_600_000L));
        solr.add("locked", lock);
        solr.commit("locked");
        CliTest.Run taken = CliTest.run("tm", "import", seeds, "--tm", "locked", "--json");
        assertEquals(0, taken.code(), taken.err());
        assertEquals("", taken.err(), "nothing on standard error");
        assertEquals(11, SolrShell.json(taken).get("added").asInt());
        org.apache.solr.client.solrj.SolrQuery get = new org.apache.solr.client.solrj.SolrQuery();
        get.setRequestHandler("/get");
        get.set("id", "locked!~lock");
        assertEquals(null, solr.query("locked", get).getResponse().get("doc"), "the lock is released after the import");
        json(CliTest.run("tm", "delete", "locked", "--yes", "--json"));
    }

    @Test
    void aDamagedTmIsListedWithItsReasonAndTheOthersAsUsual() throws Exception {
        String seeds = "tmx/seeds-000-004.de-en.tmx";
        json(CliTest.run("tm", "import", seeds, "--tm", "good", "--json"));
        json(CliTest.run("tm", "import", seeds, "--tm", "bad", "--json"));
        try (Stream<Path> s = Files.list(SOLR.home().resolve("tm/bad"))) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (p.getFileName().toString().startsWith("segments_")) {
                    Files.write(p, new byte[] {9, 9, 9, 9});
                }
            }
        }
        JsonNode list = json(CliTest.run("tm", "list", "--json"));
        assertEquals(2, list.size());
        assertTrue(list.get(0).get("error").asText().contains("TM 'bad'"), list.toString());
        assertEquals(11, list.get(1).get("units").asInt());
        CliTest.Run imp = CliTest.run("tm", "import", seeds, "--tm", "bad");
        assertEquals(2, imp.code());
        assertTrue(imp.err().contains("TM 'bad' is damaged"), imp.err());
        assertFalse(imp.err().contains(seeds), "the input is not blamed: " + imp.err());
    }
}
