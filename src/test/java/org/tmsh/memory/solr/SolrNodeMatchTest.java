package org.tmsh.memory.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.tmsh.common.Progress;
import org.tmsh.formats.tmx.TmxWriter;
import org.tmsh.memory.Match;
import org.tmsh.memory.TmRegistration;

/**
 * The look-up run on the node by tmsh's plug-in ({@code /tmsh/match}): on a collection of the current
 * configset it answers each look-up of a one-shard TM in one request with the matches the plain-request
 * look-up finds ({@code -Dtmsh.solr.node=false}); on a collection whose node lacks the plug-in's class
 * (registered lazily, as the configset does) the collection still loads, tmsh says so once on standard
 * error and finds the same matches by plain queries.
 */
class SolrNodeMatchTest {

    @RegisterExtension
    static final SolrTestCluster SOLR = new SolrTestCluster(1, 0);

    private static Path work;
    private static Path tmx;
    private static final List<String> QUERIES = new ArrayList<>();

    @BeforeAll
    static void units() throws Exception {
        work = Files.createTempDirectory("tmsh-nodematch-");
        tmx = work.resolve("units.tmx");
        try (TmxWriter w = new TmxWriter(tmx, "en", "de", "test")) {
            SolrTestCluster.writeUiUnits(w, 1500, (source, i) -> {
                if (i % 50 == 7 && source.split(" ").length >= 3) { // the unit's source with a word changed or added
                    QUERIES.add(source);
                    QUERIES.add(source.replaceFirst("\\s\\S+", " other") + " now");
                }
            });
            // decoys that crowd a probe of 128 units: each holds the query's words among many others
            for (int n = 0; n < 300; n++) {
                w.unit("d" + n, "Save the open file to the disk before the printer prints page " + n + " of the long report",
                        "Speichern " + n, Map.of());
            }
            w.unit("best", "Save the file to disk", "Datei auf Festplatte speichern", Map.of());
        }
        QUERIES.add("Save the open file to disk");
    }

    /** The value of {@code tmsh.solr.node} the run was given (the contract is also run with it off): these tests turn it on. */
    private static String given;

    @BeforeAll
    static void pluginOn() {
        given = System.getProperty("tmsh.solr.node");
        System.setProperty("tmsh.solr.node", "true");
    }

    @AfterAll
    static void clean() {
        org.tmsh.TestFiles.deleteQuietly(work);
        if (given == null) {
            System.clearProperty("tmsh.solr.node");
        } else {
            System.setProperty("tmsh.solr.node", given);
        }
    }

    @Test
    void theNodeAnswersInOneRequestWithThePlainLookUpsMatches() throws Exception {
        SolrCluster.createCollection(SOLR.url(), "withplugin", 1, 1);
        try (SolrMemory tm = SolrMemory.open("tm", new TmRegistration("solr", SOLR.url(), "withplugin", true, -1));
             SolrMemory other = SolrMemory.open("other", new TmRegistration("solr", SOLR.url(), "withplugin", false, -1))) {
            tm.importTmx(tmx, Progress.NONE);
            // the same units in another TM of the collection: the node's look-up must keep to its TM's units
            other.importTmx(tmx, Progress.NONE);
            for (String q : QUERIES) {
                long answered = tm.lookup.node.answered.sum();
                long requests = tm.lookupTimes().requests();
                List<String> node = matches(tm.search(q, "en", "de", 50, 3));
                assertEquals(1, tm.lookupTimes().requests() - requests, q);
                assertEquals(1, tm.lookup.node.answered.sum() - answered, q);
                System.setProperty("tmsh.solr.nodeWalk", MatchProtocol.WALK_QUERIES);
                try {
                    assertEquals(node, matches(tm.search(q, "en", "de", 50, 3)), "the node's way before: " + q);
                } finally {
                    System.clearProperty("tmsh.solr.nodeWalk");
                }
                System.setProperty("tmsh.solr.node", "false");
                try {
                    List<String> plain = matches(tm.search(q, "en", "de", 50, 3));
                    assertEquals(plain, node, q);
                } finally {
                    System.setProperty("tmsh.solr.node", "true");
                }
            }
            assertEquals(List.of("100|Save the file to disk|best"),
                    matches(tm.search("Save the file to disk", "en", "de", 100, 1)));
        }
    }

    @Test
    void aNodeWithoutThePluginLoadsTheCollectionAndTmshAsksByPlainQueries() throws Exception {
        // the current configset, its handler's class named as one this node does not have
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            for (String f : List.of("schema.xml", "solrconfig.xml")) {
                String text;
                try (InputStream in = SolrNodeMatchTest.class.getResourceAsStream("/tmsh/memory/solr/conf/" + f)) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                if (f.equals("solrconfig.xml")) {
                    assertTrue(text.contains("org.tmsh.memory.solr.node.MatchHandler\" startup=\"lazy\""), text);
                    text = text.replace("org.tmsh.memory.solr.node.MatchHandler", "org.tmsh.memory.solr.node.NotInstalled");
                }
                z.putNextEntry(new ZipEntry(f));
                z.write(text.getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        var client = SolrCluster.client(SOLR.url());
        new ConfigSetAdminRequest.Upload().setConfigSetName("noplugin")
                .setUploadStream(new ContentStreamBase.ByteArrayStream(zip.toByteArray(), "noplugin.zip", "application/zip"))
                .process(client);
        var create = CollectionAdminRequest.createCollection("noplugin", "noplugin", 1, 1);
        create.setWaitForFinalState(true);
        assertTrue(create.process(client).isSuccess(), "the collection loads without the handler's class");
        PrintStream err = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        try (SolrMemory tm = SolrMemory.open("tm", new TmRegistration("solr", SOLR.url(), "noplugin", true, -1));
             SolrMemory with = SolrMemory.open("tm", new TmRegistration("solr", SOLR.url(), "withplugin2", true, -1))) {
            SolrCluster.createCollection(SOLR.url(), "withplugin2", 1, 1);
            tm.importTmx(tmx, Progress.NONE);
            with.importTmx(tmx, Progress.NONE);
            System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
            for (String q : QUERIES) {
                assertEquals(matches(with.search(q, "en", "de", 50, 3)), matches(tm.search(q, "en", "de", 50, 3)), q);
            }
            assertEquals(0, tm.lookup.node.answered.sum());
            assertEquals(QUERIES.size(), with.lookup.node.answered.sum());
        } finally {
            System.setErr(err);
        }
        String text = said.toString(StandardCharsets.UTF_8);
        assertEquals(1, text.lines().filter(l -> l.contains("plug-in")).count(), text);
        assertTrue(text.contains("looking up by plain queries"), text);
        assertFalse(text.contains("withplugin2"), text);
    }

    /** A look-up's matches as score, source and tuid, in order. */
    private static List<String> matches(List<Match> ms) {
        List<String> out = new ArrayList<>();
        for (Match m : ms) {
            out.add(m.score() + "|" + m.source() + "|" + m.tuid());
        }
        return out;
    }
}
