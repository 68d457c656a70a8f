package org.tmsh.memory.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.tmsh.common.Progress;
import org.tmsh.memory.ImportHook;
import org.tmsh.memory.Match;
import org.tmsh.memory.MemoryContract;
import org.tmsh.memory.TmRegistration;
import org.tmsh.memory.TranslationMemory;

/**
 * The memory contract against a real SolrCloud: two Solr nodes and an embedded ZooKeeper
 * ({@code MiniSolrCloudCluster}), one collection of 2 shards x 2 replicas made by tmsh's own
 * {@link SolrCluster#createCollection} (configset upload included); each test's TM is routed
 * within it by its name. Then a node is stopped while a shell searches.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrMemoryContractTest extends MemoryContract {

    protected static final String COLLECTION = "contract";
    protected static MiniSolrCloudCluster cluster;
    protected static String url;
    private static Path base;

    @BeforeAll
    static void cluster() throws Exception {
        // the contract's files hold 200 to 3,000 units and its kill test expects whole batches of 1000
        // kept: batches of the default size (5000) would make each import one batch
        System.setProperty("tmsh.solr.batch", "1000");
        // the same for the bulk path, which the TLOG and PULL collections of this class take (their nodes may read
        // the client's segments): its kill and re-run tests then run on it
        System.setProperty("tmsh.solr.bulkBatch", "1000");
        SolrTestCluster.allowBulkPath();
        base = Files.createTempDirectory("tmsh-solr-");
        cluster = new MiniSolrCloudCluster.Builder(2, base).build();
        url = cluster.getJettySolrRunner(0).getBaseUrl().toString();
        // this class runs on TLOG replicas (followers that copy the leader's segments: the case where a read could
        // be stale); tm create's default, NRT replicas, is what the spread contract test and the CLI tests run on
        System.setProperty("tmsh.solr.replicas", "tlog");
        try {
            SolrCluster.createCollection(url, COLLECTION, 2, 2);
        } finally {
            System.clearProperty("tmsh.solr.replicas");
        }
        cluster.waitForActiveCollection(COLLECTION, 2, 4);
    }

    @AfterAll
    static void stop() throws Exception {
        System.clearProperty("tmsh.solr.batch");
        System.clearProperty("tmsh.solr.bulkBatch");
        if (cluster != null) {
            cluster.shutdown();
        }
        org.tmsh.TestFiles.deleteQuietly(base);
    }

    /** The compositeId route bits of the TMs under test: -1, each TM on one shard. */
    protected int routeBits() {
        return -1;
    }

    @Override
    protected TranslationMemory newMemory(String name) {
        return SolrMemory.open(name, new TmRegistration("solr", url, COLLECTION, false, routeBits()));
    }

    @Override
    protected TranslationMemory reopen(TranslationMemory tm) {
        return newMemory(tm.name());
    }

    @Override
    protected void hook(TranslationMemory tm, ImportHook hook) {
        ((SolrMemory) tm).hook(hook);
    }

    /** Sends every unit's document again without its metadata copies, as a tmsh before them did. */
    @Override
    protected void stripMetaCopies(TranslationMemory tm) throws Exception {
        SolrMemory m = (SolrMemory) tm;
        List<org.apache.solr.common.SolrInputDocument> docs = new ArrayList<>();
        new SolrMaintenance.Units(m, false).forEach(r -> {
            var d = SolrSchema.document(m.route(), m.remote(), r.unit(), m.tokenizer(),
                    org.tmsh.memory.UnitRecord.parseId(r.id()), m.layout());
            for (String f : new ArrayList<>(d.getFieldNames())) {
                if (f.startsWith("m_") || f.startsWith("d_")) {
                    d.removeField(f);
                }
            }
            docs.add(d);
        });
        m.client().add(m.collection(), docs);
        m.client().commit(m.collection(), true, true);
    }

    @Override
    protected boolean allOrNothing() {
        return false;
    }

    /**
     * A shell opens a TM for each command: the TMs of one cluster share one client, so opening and
     * closing them leaves no thread behind (each JDK HTTP client keeps a selector thread until it
     * is collected, and Java 17's cannot be closed).
     */
    @Test
    void memoriesOpenedAndClosedLeaveNoThreadBehind() throws Exception {
        String name = uniqueName("threads");
        try (TranslationMemory first = newMemory(name)) {
            first.importTmx(corpus, Progress.NONE);
        }
        int before = clientThreads();
        for (int i = 0; i < 20; i++) {
            try (TranslationMemory tm = newMemory(name)) {
                assertTrue(tm.size() > 0);
                assertTrue(SolrMemory.routeBitsOf(url, COLLECTION, name) >= -1);
            }
        }
        int after = clientThreads();
        // the shared clients are never closed, so their threads must not keep a finished program alive
        List<String> live = Thread.getAllStackTraces().keySet().stream().filter(t -> clientThread(t.getName()) && !t.isDaemon())
                .map(Thread::getName).toList();
        assertTrue(live.isEmpty(), "HTTP client threads that would keep the JVM running: " + live);
        assertTrue(after - before < 5, "20 TMs opened and closed left " + (after - before) + " more HTTP client threads: "
                + Thread.getAllStackTraces().keySet().stream().map(Thread::getName).filter(SolrMemoryContractTest::clientThread)
                .sorted().toList());
    }

    /** Threads of HTTP clients in this JVM (the JDK's, and SolrJ's executors for them), not the cluster's own pools. */
    private static int clientThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream().map(Thread::getName).filter(SolrMemoryContractTest::clientThread)
                .count();
    }

    private static boolean clientThread(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.startsWith("httpclient-") || n.contains("httpjdksolrclient");
    }

    /**
     * With TLOG replicas (each update indexed once per shard; {@code -Dtmsh.solr.replicas=tlog}) an import returns once the
     * followers hold its commit too, so every replica, asked on its own, counts the import's units
     * at once (a follower left to its own poll copies the leader's segments seconds later).
     */
    @Test
    void everyReplicaHoldsAnImportAsSoonAsItHasFinished() throws Exception {
        TranslationMemory tm = newMemory(uniqueName("replicas"));
        tm.importTmx(corpus, Progress.NONE);
        long units = tm.size();
        assertTrue(units > 0);
        var coll = cluster.getSolrClient().getClusterState().getCollection(COLLECTION);
        int followers = 0;
        for (var replica : coll.getReplicas()) {
            followers += replica.getType() == org.apache.solr.common.cloud.Replica.Type.TLOG && !replica.isLeader() ? 1 : 0;
            assertEquals(org.apache.solr.common.cloud.Replica.Type.TLOG, replica.getType(), replica.toString());
        }
        assertEquals(2, followers, "2 shards x 2 TLOG replicas: one follower a shard");
        assertEquals(units, sameOnEveryReplica(COLLECTION, tm.name()));
    }

    /**
     * On PULL followers ({@code -Dtmsh.solr.replicas=pull}: one TLOG replica a shard, its leader, the only one
     * that receives updates, and PULL replicas that only copy its segments) the import's guarantees hold as on
     * the other types: an import killed midway keeps whole batches, a re-run completes it without doubling a
     * unit and counts what it added, and when it returns every replica, asked on its own, holds the import.
     */
    @Test
    void onPullFollowersAKilledImportIsCompletedAndEveryReplicaHoldsIt() throws Exception {
        killedAndCompletedOnPullFollowers("contract-pull", Map.of());
    }

    /**
     * The same with the bulk path's pipeline as deep as the benchmark's candidates make it (docs/memory-performance.md,
     * "the nodes' side"): small bulk batches, six in flight of which at most two not yet built (the reading thread waits
     * for a build), and the followers asked to fetch after each batch. A kill still keeps whole batches, the re-run
     * completes the import, and every replica holds it.
     */
    @Test
    void withSixBatchesInFlightTwoUnbuiltAndFetchesAfterEachAKilledImportIsCompleted() throws Exception {
        killedAndCompletedOnPullFollowers("contract-pull-deep", Map.of("tmsh.solr.bulkBatch", "200", "tmsh.solr.bulkInFlight",
                "6", "tmsh.solr.bulkUnbuilt", "2", "tmsh.solr.fetchEachBatch", "true"));
    }

    private void killedAndCompletedOnPullFollowers(String collection, Map<String, String> props) throws Exception {
        System.setProperty("tmsh.solr.replicas", "pull");
        try {
            SolrCluster.createCollection(url, collection, 2, 2);
        } finally {
            System.clearProperty("tmsh.solr.replicas");
        }
        cluster.waitForActiveCollection(collection, 2, 4);
        try {
            var coll = cluster.getSolrClient().getClusterState().getCollection(collection);
            for (var shard : coll.getSlices()) {
                List<org.apache.solr.common.cloud.Replica.Type> types = shard.getReplicas().stream()
                        .map(org.apache.solr.common.cloud.Replica::getType).sorted().toList();
                assertEquals(List.of(org.apache.solr.common.cloud.Replica.Type.TLOG, org.apache.solr.common.cloud.Replica.Type.PULL),
                        types, shard.getName());
                assertEquals(org.apache.solr.common.cloud.Replica.Type.TLOG, shard.getLeader().getType());
            }
            props.forEach(System::setProperty);
            SolrMemory tm = SolrMemory.open(uniqueName("pull"), new TmRegistration("solr", url, collection, false, routeBits()));
            tm.hook((stage, n) -> {
                if (stage == ImportHook.Stage.INDEX && n >= 2100) {
                    throw new IllegalStateException("client killed");
                }
            });
            org.junit.jupiter.api.Assertions.assertThrows(org.tmsh.common.TmshException.class,
                    () -> tm.importTmx(corpus, Progress.NONE));
            long kept = tm.size();
            assertTrue(kept >= 1000 && kept <= 2100, "whole batches before the kill are kept: " + kept);
            tm.hook(ImportHook.NONE);
            org.tmsh.memory.ImportReport rerun = tm.importTmx(corpus, Progress.NONE);
            // PULL followers and a node that reads the client's folder: the re-run's new units took the bulk path
            assertTrue(tm.lastBulkUnits() > 0, tm.lastBulk());
            assertEquals(corpusKeys.size(), tm.size());
            assertEquals(corpusKeys.size() - kept, rerun.added());
            assertEquals(corpusKeys.size(), sameOnEveryReplica(collection, tm.name()));
            List<String> stored = keysOf(tm);
            assertEquals(stored.size(), new java.util.HashSet<>(stored).size(), "no unit twice");
            tm.close();
        } finally {
            // back to the class's settings (its bulk batches of 1000)
            props.keySet().forEach(System::clearProperty);
            System.setProperty("tmsh.solr.bulkBatch", "1000");
            org.apache.solr.client.solrj.request.CollectionAdminRequest.deleteCollection(collection).process(cluster.getSolrClient());
        }
    }

    /** Asserts that every replica of each shard of {@code collection}, asked alone, counts the same units of TM {@code tm}; returns their sum over the shards. */
    private static long sameOnEveryReplica(String collection, String tm) throws Exception {
        var coll = cluster.getSolrClient().getClusterState().getCollection(collection);
        long sum = 0;
        for (var shard : coll.getSlices()) {
            List<Long> counts = new ArrayList<>();
            for (var replica : shard.getReplicas()) {
                org.apache.solr.client.solrj.SolrQuery q = new org.apache.solr.client.solrj.SolrQuery("*:*");
                q.addFilterQuery(SolrSchema.TM + ":" + tm);
                q.setRows(0);
                q.set("distrib", false);
                counts.add(SolrCluster.client(replica.getBaseUrl()).query(replica.getCoreName(), q).getResults().getNumFound());
            }
            assertEquals(1, new java.util.HashSet<>(counts).size(), shard.getName() + ": its replicas hold the same units " + counts);
            sum += counts.get(0);
        }
        return sum;
    }

    /**
     * The TM's lock is a document: one renewed just now (another shell's import) turns an import away
     * with one line and changes nothing; one last renewed longer ago than the lease (a killed import)
     * is taken over, and the import then completes and releases it.
     */
    @Test
    void aLiveLockRefusesAnImportAndAStaleOneIsTakenOver() throws Exception {
        SolrMemory tm = (SolrMemory) newMemory(uniqueName("lock"));
        String lockId = SolrImportLock.lockId(tm.route());
        org.apache.solr.common.SolrInputDocument live = new org.apache.solr.common.SolrInputDocument();
        live.addField(SolrSchema.ID, lockId);
        live.addField(SolrSchema.CREATED, "an import from elsewhere");
        live.addField(SolrSchema.UPDATED, Long.toString(System.currentTimeMillis()));
        tm.client().add(COLLECTION, live);
        org.tmsh.common.TmshException refused = org.junit.jupiter.api.Assertions.assertThrows(
                org.tmsh.common.TmshException.class, () -> tm.importTmx(corpus, Progress.NONE));
        assertTrue(refused.getMessage().contains("being changed by another tmsh process (an import from elsewhere"),
                refused.getMessage());
        assertTrue(!refused.getMessage().contains("\n"), "one line");
        assertEquals(0, tm.size(), "nothing imported");

        org.apache.solr.common.SolrInputDocument stale = live.deepCopy();
        stale.setField(SolrSchema.UPDATED, Long.toString(System.currentTimeMillis() - SolrImportLock.lease() - 1000));
        tm.client().add(COLLECTION, stale);
        org.tmsh.memory.ImportReport r = tm.importTmx(corpus, Progress.NONE);
        assertEquals(corpusKeys.size(), r.added());
        assertEquals(corpusKeys.size(), tm.size());
        org.apache.solr.client.solrj.SolrQuery q = new org.apache.solr.client.solrj.SolrQuery();
        q.setRequestHandler("/get");
        q.set("id", lockId);
        assertEquals(null, tm.query(q).getResponse().get("doc"), "the lock is released after the import");
    }

    /**
     * A look-up is one request when its probe finds a match: the probe leaves out the words earlier
     * look-ups found common and asks for its words' counts in the same request; when a count shows
     * the guess wrong (a word common that was not known to be), the probe is sent again as the counts
     * say. Either way it finds what the look-up that asks for the counts first finds. 1,200 units
     * share three words (common: in more than 1,000 units) and differ in a fourth.
     */
    @Test
    void aLookUpIsOneRequestAndFindsWhatCountingFirstFinds() throws Exception {
        Path tmx = Files.createTempFile("tmsh-common-", ".tmx");
        try (org.tmsh.formats.tmx.TmxWriter w = new org.tmsh.formats.tmx.TmxWriter(tmx, "en", "de", "test")) {
            for (int i = 0; i < 1200; i++) {
                w.unit("c" + i, "Show the zeta panel of q" + i + "x", "Zeige das Zeta-Feld von q" + i + "x", java.util.Map.of());
            }
        }
        SolrMemory tm = (SolrMemory) newMemory(uniqueName("onerequest"));
        String node = System.getProperty("tmsh.solr.node");
        try {
            tm.importTmx(tmx, Progress.NONE);
            List<String> queries = List.of("Show the zeta panel of q17x now", "Show the zeta panel of q18x at once",
                    "Show zeta panel q19x", "the panel of q20x");
            // with the exact stage the same look-ups find the same matches (the requests it adds are counted below
            // without it: units that tie below the best leave room for more, so it runs)
            List<List<String>> exact = new ArrayList<>();
            for (String q : queries) {
                exact.add(matches(tm.search(q, "en", "de", 50, 3)));
            }
            // the requests counted below are the plain-request look-up's (the node's plug-in answers in one);
            // the matches above came from the plug-in when it is on, so they are compared with the plain ones too
            System.setProperty("tmsh.solr.exact", "false");
            System.setProperty("tmsh.solr.node", "false");
            tm = (SolrMemory) reopen(tm);
            List<List<String>> counted = new ArrayList<>();
            System.setProperty("tmsh.solr.onerequest", "false");
            SolrMemory.LookupTimes t0 = tm.lookupTimes();
            for (String q : queries) {
                counted.add(matches(tm.search(q, "en", "de", 50, 3)));
            }
            SolrMemory.LookupTimes t1 = tm.lookupTimes();
            System.setProperty("tmsh.solr.onerequest", "true");
            List<Long> requests = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                long before = tm.lookupTimes().requests();
                List<String> found = matches(tm.search(queries.get(i), "en", "de", 50, 3));
                requests.add(tm.lookupTimes().requests() - before);
                assertEquals(counted.get(i), found, queries.get(i));
                assertEquals(exact.get(i), found, queries.get(i));
                assertTrue(found.get(0).startsWith("100 ") || found.get(0).contains("q" + (17 + i) + "x"), found.toString());
            }
            // counting first: two requests each (the counts, then the probe)
            assertEquals(2L * queries.size(), t1.requests() - t0.requests());
            // the first look-up learns that 'show', 'zeta' and 'panel' are common and sends its probe again;
            // the next ones leave them out at once
            assertEquals(List.of(2L, 1L, 1L, 1L), requests);
        } finally {
            System.clearProperty("tmsh.solr.onerequest");
            System.clearProperty("tmsh.solr.exact");
            if (node == null) {
                System.clearProperty("tmsh.solr.node");
            } else {
                System.setProperty("tmsh.solr.node", node);
            }
            tm.drop();
            Files.deleteIfExists(tmx);
        }
    }

    /**
     * The best match's score and texts, then the others' scores: the units below the best tie (each
     * shares the common words only), and which of the tied units a spread TM's two shards return
     * first is theirs to choose.
     */
    private static List<String> matches(List<Match> ms) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            Match m = ms.get(i);
            out.add(i == 0 ? m.score() + " " + m.source() + " = " + m.target() : Integer.toString(m.score()));
        }
        return out;
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aNodeStoppedWhileSearchingLosesNoUnitAndNoMatch() throws Exception {
        TranslationMemory tm = newMemory(uniqueName("node"));
        tm.importTmx(corpus, Progress.NONE);
        List<String> queries = List.of("Search for the Contact.", "Open the file", "Save the document as");
        List<List<Match>> expected = new ArrayList<>();
        for (String q : queries) {
            expected.add(tm.search(q, "en", "de", 50, 3));
        }
        long units = tm.size();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger rounds = new AtomicInteger();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Integer> searcher = pool.submit(() -> {
            while (!stop.get()) {
                for (int i = 0; i < queries.size(); i++) {
                    assertEquals(scores(expected.get(i)), scores(tm.search(queries.get(i), "en", "de", 50, 3)));
                }
                rounds.incrementAndGet();
            }
            return rounds.get();
        });
        // counted rounds of searches, not a while: some before the node stops, some while it stops, some after
        waitForRounds(rounds, 1, searcher);
        int atStop = rounds.get();
        cluster.waitForJettyToStop(cluster.stopJettySolrRunner(1));
        waitForRounds(rounds, rounds.get() + 3, searcher);
        stop.set(true);
        assertTrue(searcher.get(120, TimeUnit.SECONDS) >= atStop + 3);
        pool.shutdown();
        assertEquals(units, tm.size(), "stats after the loss of a node");
        assertEquals(corpusKeys, keysOf(tm), "export after the loss of a node");
        for (int i = 0; i < queries.size(); i++) {
            assertEquals(scores(expected.get(i)), scores(tm.search(queries.get(i), "en", "de", 50, 3)));
        }
    }

    /** Waits (120 s at most) until the searcher has done {@code n} rounds; fails at once if it failed. */
    private static void waitForRounds(AtomicInteger rounds, int n, Future<Integer> searcher) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (rounds.get() < n) {
            if (searcher.isDone()) {
                searcher.get(); // its failure, as the test's
                throw new AssertionError("the searcher stopped after " + rounds.get() + " rounds");
            }
            assertTrue(System.nanoTime() < deadline, "waited 120 s for " + n + " rounds of searches, did " + rounds.get());
            Thread.sleep(10);
        }
    }

    private static List<String> scores(List<Match> ms) {
        return ms.stream().map(m -> m.score() + " " + m.source()).toList();
    }
}
