package org.tmsh.memory.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.core.SolrCore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TmxWriter;
import org.tmsh.memory.ImportHook;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.Match;
import org.tmsh.memory.SearchOptions;
import org.tmsh.memory.TmRegistration;

/**
 * The import's bulk path ({@link SolrBulk}: segments built by the client, added by the nodes' segment handler as
 * they are, or merged into the shard leader's core by {@code MERGEINDEXES} without it) against Solr's normal
 * update path: the same units imported each way into a collection of its own
 * must give the same index, field by field (the fields' Lucene attributes; every live document's terms,
 * points, doc values and stored values, keyed by its id), and the same look-ups; duplicates in a file and
 * units the TM already holds are neither doubled nor lost; the bulk path is off where it cannot hold (NRT
 * replicas, turned off) and leaves no directory behind.
 */
class SolrBulkTest {

    @RegisterExtension
    static final SolrTestCluster SOLR = new SolrTestCluster(2, 0);

    private static Path work;
    private static Path tmx;
    private static Path more;
    private static final List<String> SOURCES = new ArrayList<>();

    @BeforeAll
    static void units() throws Exception {
        work = Files.createTempDirectory("tmsh-bulk-");
        tmx = work.resolve("units.tmx");
        more = work.resolve("more.tmx");
        List<String[]> pairs = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(Path.of("../shared/tm-data/gnu-apps-ui.tsv.gz"))), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null && pairs.size() < 2400) {
                String[] f = line.split("\t");
                if (f.length == 3 && !f[1].isBlank() && !f[2].isBlank()) {
                    pairs.add(new String[] {f[1], f[2]});
                }
            }
        }
        try (TmxWriter w = new TmxWriter(tmx, "en", "de", "test")) {
            for (int i = 0; i < 1600; i++) {
                // metadata on some units (m_ and d_ fields), and every 50th unit twice in the file (a duplicate the
                // import must keep once, the later one winning as on the normal path)
                Map<String, String> props = i % 3 == 0 ? Map.of("x-client", "Client " + (i % 7), "x-project", "P" + (i % 5)) : Map.of();
                w.unit("g" + i, pairs.get(i)[0], pairs.get(i)[1], props);
                SOURCES.add(pairs.get(i)[0]);
                if (i % 50 == 49) {
                    w.unit("again" + i, pairs.get(i - 20)[0], pairs.get(i - 20)[1], Map.of("x-client", "Later"));
                }
            }
            for (int n = 0; n < 40; n++) {
                w.unit("n" + n, "Item " + (4200 + n * 17) + " of the 1,5 list", "Posten " + (4200 + n * 17) + " der 1,5 Liste", Map.of());
            }
        }
        // half of it known, half new
        try (TmxWriter w = new TmxWriter(more, "en", "de", "test")) {
            for (int i = 1200; i < 2400; i++) {
                w.unit("m" + i, pairs.get(i)[0], pairs.get(i)[1], Map.of("x-domain", "ui"));
            }
        }
    }

    @AfterAll
    static void clean() {
        org.tmsh.TestFiles.deleteQuietly(work);
    }

    private static SolrMemory open(String collection, String name, int bits) {
        return SolrMemory.open(name, new TmRegistration("solr", SOLR.url(), collection, false, bits));
    }

    private static void pullCollection(String name) throws Exception {
        System.setProperty("tmsh.solr.replicas", "pull");
        try {
            SolrCluster.createCollection(SOLR.url(), name, 2, 2);
        } finally {
            System.clearProperty("tmsh.solr.replicas");
        }
        SOLR.cluster().waitForActiveCollection(name, 2, 4);
    }

    private static ImportReport importWith(SolrMemory tm, Path file, boolean bulk) {
        System.setProperty("tmsh.solr.bulk", Boolean.toString(bulk));
        try {
            return tm.importTmx(file, Progress.NONE);
        } finally {
            System.clearProperty("tmsh.solr.bulk");
        }
    }

    @Test
    void theBulkPathWritesTheIndexSolrWritesAndFindsTheSameMatches() throws Exception {
        pullCollection("normal");
        pullCollection("bulk");
        pullCollection("merged");
        try (SolrMemory a = open("normal", "tm", -1); SolrMemory b = open("bulk", "tm", -1);
             SolrMemory as = open("normal", "sp", 0); SolrMemory bs = open("bulk", "sp", 0);
             SolrMemory c = open("merged", "tm", -1); SolrMemory cs = open("merged", "sp", 0)) {
            ImportReport ra = importWith(a, tmx, false);
            assertTrue(a.lastBulk().contains("off"), a.lastBulk());
            ImportReport rb = importWith(b, tmx, true);
            assertTrue(b.lastBulk().contains("segment handler"), "the nodes' segment handler: " + b.lastBulk());
            // the way without the handler (MERGEINDEXES of the client's folder): the same imports in the same order
            System.setProperty("tmsh.solr.segmentHandler", "false");
            try {
                ImportReport rc = importWith(c, tmx, true);
                assertTrue(c.lastBulk().startsWith("bulk path on (/"), c.lastBulk());
                assertEquals(rb.added(), rc.added());
                assertEquals(rb.added(), c.lastBulkUnits());
                importWith(cs, tmx, true);
                importWith(c, tmx, true);
                assertEquals(0, c.lastBulkUnits());
                importWith(c, more, true);
            } finally {
                System.clearProperty("tmsh.solr.segmentHandler");
            }
            assertEquals(ra.unitsAfter(), rb.unitsAfter());
            assertEquals(ra.added(), rb.added(), "added: the growth of the count");
            assertEquals(1672, ra.read());
            assertTrue(ra.added() <= 1672 - 32, "32 units a second time: " + ra.added());
            assertEquals(rb.added(), b.lastBulkUnits(), "every new unit of an empty TM by the bulk path");

            importWith(as, tmx, false);
            importWith(bs, tmx, true);
            assertTrue(bs.lastBulkUnits() > 0, "a TM spread over both shards: " + bs.lastBulk());

            // again, and half known: known units by the normal path (replaced, not doubled), the new ones merged
            assertEquals(0, importWith(b, tmx, true).added());
            assertEquals(0, b.lastBulkUnits());
            importWith(a, tmx, false);
            ImportReport ma = importWith(a, more, false);
            ImportReport mb = importWith(b, more, true);
            assertEquals(ma.added(), mb.added());
            assertEquals(ma.added(), b.lastBulkUnits(), "the new units of the second file");
            assertTrue(ma.added() > 500 && ma.added() < 1200, "half of it new: " + ma.added());
            assertEquals(a.size(), b.size());

            Index ia = index("normal");
            Index ib = index("bulk");
            Index ic = index("merged");
            assertEquals(ia.fields, ic.fields, "MERGEINDEXES: every field's Lucene attributes");
            assertEquals(ia.docs, ic.docs, "MERGEINDEXES: every document");
            // (a TM's lock document, "NAME!~lock", may still be live in one collection when the index is read: not a unit)
            assertEquals(withoutLocks(ia.termCounts), withoutLocks(ic.termCounts), "MERGEINDEXES: every term's live document count");
            assertEquals(ia.fields, ib.fields, "every field's Lucene attributes");
            assertTrue(ia.fields.stream().anyMatch(f -> f.startsWith("m_client ")), ia.fields.toString());
            assertTrue(ia.fields.stream().anyMatch(f -> f.startsWith("d_created ")), ia.fields.toString());
            assertTrue(ia.fields.stream().anyMatch(f -> f.startsWith("w_de ")), ia.fields.toString());
            assertEquals(a.size() + as.size(), ia.docs.size());
            assertEquals(ia.docs.keySet(), ib.docs.keySet(), "the same ids");
            for (String id : ia.docs.keySet()) {
                assertEquals(ia.docs.get(id), ib.docs.get(id), id);
            }
            assertEquals(withoutLocks(ia.termCounts), withoutLocks(ib.termCounts), "every term's live document count");

            int found = 0;
            for (int i = 0; i < SOURCES.size(); i += 41) {
                String q = SOURCES.get(i) + " again";
                for (SolrMemory[] pair : List.of(new SolrMemory[] {a, b}, new SolrMemory[] {as, bs})) {
                    List<Match> x = pair[0].search(q, "en", "de", 50, 5, SearchOptions.NONE);
                    List<Match> y = pair[1].search(q, "en", "de", 50, 5, SearchOptions.NONE);
                    assertEquals(summary(x), summary(y), q);
                    found += x.isEmpty() ? 0 : 1;
                }
            }
            assertTrue(found > 40, "queries with a match: " + found);
            assertEquals(100, b.search("Item 4251 of the 1,5 list", "en", "de", 70, 1, SearchOptions.NONE).get(0).score());
            assertTrue(ownDirectories().isEmpty(), "no directory left behind: " + ownDirectories());
        } finally {
            CollectionAdminRequest.deleteCollection("normal").process(SOLR.cluster().getSolrClient());
            CollectionAdminRequest.deleteCollection("bulk").process(SOLR.cluster().getSolrClient());
            CollectionAdminRequest.deleteCollection("merged").process(SOLR.cluster().getSolrClient());
        }
    }

    /**
     * Off where it cannot keep the guarantees: NRT followers never copy the leader's segments; and when turned
     * off. A failed import leaves no directory; one a killed process left is removed by the next import.
     */
    @Test
    void offOnNrtReplicasAndWhenTurnedOffAndNoDirectoryLeftBehind() throws Exception {
        SolrCluster.createCollection(SOLR.url(), "nrt", 1, 2);
        SOLR.cluster().waitForActiveCollection("nrt", 1, 2);
        pullCollection("pull");
        try (SolrMemory n = open("nrt", "tm", -1); SolrMemory p = open("pull", "tm", -1)) {
            importWith(n, tmx, true);
            assertTrue(n.lastBulk().contains("NRT"), n.lastBulk());
            assertEquals(0, n.lastBulkUnits());
            importWith(n, more, true);
            long union = n.size();

            importWith(p, more, false);
            assertTrue(p.lastBulk().contains("turned off"), p.lastBulk());

            Path stale = SolrBulk.root().resolve("import-" + (Integer.MAX_VALUE - 7) + "-1");
            Files.createDirectories(stale.resolve("s1"));
            Files.writeString(stale.resolve("s1").resolve("_0.cfs"), "left by a killed import");
            p.hook((stage, at) -> {
                if (stage == ImportHook.Stage.INDEX && at >= 1000) {
                    throw new IllegalStateException("client killed");
                }
            });
            System.setProperty("tmsh.solr.bulkBatch", "500");
            try {
                assertThrows(TmshException.class, () -> importWith(p, tmx, true));
                assertFalse(Files.exists(stale), "a dead process's directory is removed by the next import");
                assertTrue(ownDirectories().isEmpty(), "a failed import leaves no directory: " + ownDirectories());
                long kept = p.size();
                p.hook(ImportHook.NONE);
                ImportReport again = importWith(p, tmx, true);
                assertTrue(p.lastBulkUnits() > 0, p.lastBulk());
                assertEquals(union, p.size(), "complete, nothing doubled");
                assertEquals(union - kept, again.added(), "added: what the re-run brought");
                assertTrue(ownDirectories().isEmpty(), "none after a success: " + ownDirectories());
            } finally {
                System.clearProperty("tmsh.solr.bulkBatch");
            }
        } finally {
            CollectionAdminRequest.deleteCollection("nrt").process(SOLR.cluster().getSolrClient());
            CollectionAdminRequest.deleteCollection("pull").process(SOLR.cluster().getSolrClient());
        }
    }

    /** This process's directories under the bulk path's folder. */
    private static List<Path> ownDirectories() throws Exception {
        if (!Files.isDirectory(SolrBulk.root())) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(SolrBulk.root())) {
            return s.filter(p -> p.getFileName().toString().startsWith("import-" + ProcessHandle.current().pid() + "-")).toList();
        }
    }

    private static List<String> summary(List<Match> ms) {
        return ms.stream().map(m -> m.score() + " " + m.source() + " => " + m.target()).toList();
    }

    /** What a collection's leaders' cores hold: each field's attributes, and each unit's fields, by id. */
    private static Map<String, Integer> withoutLocks(Map<String, Integer> termCounts) {
        Map<String, Integer> out = new TreeMap<>(termCounts);
        out.keySet().removeIf(k -> k.startsWith("id:") && k.contains("!~"));
        return out;
    }

    private record Index(TreeSet<String> fields, Map<String, String> docs, Map<String, Integer> termCounts) {
    }

    private static Index index(String collection) throws Exception {
        TreeSet<String> fields = new TreeSet<>();
        Map<String, String> docs = new TreeMap<>();
        Map<String, Integer> termCounts = new TreeMap<>();
        var coll = SOLR.cluster().getSolrClient().getClusterState().getCollection(collection);
        for (var shard : coll.getSlices()) {
            Replica leader = shard.getLeader();
            for (var jetty : SOLR.cluster().getJettySolrRunners()) {
                if (!jetty.getBaseUrl().toString().equals(leader.getBaseUrl())) {
                    continue;
                }
                try (SolrCore core = jetty.getCoreContainer().getCore(leader.getCoreName())) {
                    core.withSearcher(searcher -> {
                        for (LeafReaderContext leaf : searcher.getRawReader().leaves()) { // without Solr's uninverting view
                            read(leaf.reader(), fields, docs, termCounts);
                        }
                        return null;
                    });
                }
            }
        }
        normalise(docs);
        return new Index(fields, docs, termCounts);
    }

    /**
     * A unit's {@code seq} is the start of the import that last wrote it (milliseconds times a million) plus
     * its place in that import: written as the import's rank among the collection's imports and the place.
     */
    private static void normalise(Map<String, String> docs) {
        TreeSet<Long> starts = new TreeSet<>();
        for (String doc : docs.values()) {
            starts.add(Long.parseLong(field(doc, "dv seq=")) / 1_000_000L);
        }
        List<Long> rank = new ArrayList<>(starts);
        for (Map.Entry<String, String> e : docs.entrySet()) {
            String doc = e.getValue();
            long seq = Long.parseLong(field(doc, "dv seq="));
            String rel = rank.indexOf(seq / 1_000_000L) + ":" + seq % 1_000_000L;
            e.setValue(doc.replace("dv seq=" + seq, "dv seq=" + rel).replace("point seq=" + seq, "point seq=" + rel));
        }
    }

    /**
     * Adds a segment's fields and live unit documents. A unit's {@code seq} is written relative to its TM's
     * first (each import numbers from its start time); {@code _version_} must be there and positive (Solr's
     * clock: its value differs by import).
     */
    private static void read(LeafReader r, TreeSet<String> fields, Map<String, String> docs, Map<String, Integer> termCounts)
            throws java.io.IOException {
        Bits live = r.getLiveDocs();
        int max = r.maxDoc();
        Map<Integer, List<String>> out = new HashMap<>();
        for (FieldInfo f : r.getFieldInfos()) {
            fields.add(f.name + " index=" + f.getIndexOptions() + " dv=" + f.getDocValuesType() + " points=" + f.getPointDimensionCount()
                    + "x" + f.getPointNumBytes() + " norms=" + !f.omitsNorms() + " vectors=" + f.hasVectors()
                    + " payloads=" + f.hasPayloads());
        }
        for (FieldInfo f : r.getFieldInfos()) {
            Terms terms = r.terms(f.name);
            if (terms != null) {
                TermsEnum te = terms.iterator();
                BytesRef t;
                PostingsEnum pe = null;
                while ((t = te.next()) != null) {
                    String term = t.utf8ToString();
                    pe = te.postings(pe, PostingsEnum.NONE);
                    for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                        if (live == null || live.get(d)) {
                            out.computeIfAbsent(d, k -> new ArrayList<>()).add("term " + f.name + ":" + term);
                            termCounts.merge(f.name + ":" + term, 1, Integer::sum);
                        }
                    }
                }
            }
            PointValues pv = r.getPointValues(f.name);
            if (pv != null) {
                pv.intersect(new PointValues.IntersectVisitor() {
                    @Override
                    public void visit(int docID) {
                        throw new IllegalStateException("cells are never inside");
                    }

                    @Override
                    public void visit(int docID, byte[] packed) {
                        String v = packed.length == 8 ? Long.toString(NumericUtils.sortableBytesToLong(packed, 0))
                                : Integer.toString(NumericUtils.sortableBytesToInt(packed, 0));
                        out.computeIfAbsent(docID, k -> new ArrayList<>()).add("point " + f.name + "=" + v);
                    }

                    @Override
                    public PointValues.Relation compare(byte[] minPackedValue, byte[] maxPackedValue) {
                        return PointValues.Relation.CELL_CROSSES_QUERY;
                    }
                });
            }
            switch (f.getDocValuesType()) {
                case NUMERIC -> {
                    NumericDocValues v = DocValues.getNumeric(r, f.name);
                    for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) {
                        String s = f.name.equals(SolrSegment.VERSION) ? (v.longValue() > 0 ? "positive" : "not positive")
                                : Long.toString(v.longValue());
                        out.computeIfAbsent(d, k -> new ArrayList<>()).add("dv " + f.name + "=" + s);
                    }
                }
                case SORTED -> {
                    SortedDocValues v = DocValues.getSorted(r, f.name);
                    for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) {
                        out.computeIfAbsent(d, k -> new ArrayList<>()).add("dv " + f.name + "=" + v.lookupOrd(v.ordValue()).utf8ToString());
                    }
                }
                case SORTED_SET -> {
                    SortedSetDocValues v = DocValues.getSortedSet(r, f.name);
                    for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) {
                        for (int i = 0; i < v.docValueCount(); i++) {
                            out.computeIfAbsent(d, k -> new ArrayList<>()).add("dv " + f.name + "=" + v.lookupOrd(v.nextOrd()).utf8ToString());
                        }
                    }
                }
                case BINARY -> {
                    BinaryDocValues v = DocValues.getBinary(r, f.name);
                    for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) {
                        out.computeIfAbsent(d, k -> new ArrayList<>()).add("dv " + f.name + "=" + v.binaryValue().toString());
                    }
                }
                case NONE -> { }
                default -> throw new IllegalStateException("doc values not in the schema: " + f.name + " " + f.getDocValuesType());
            }
        }
        var stored = r.storedFields();
        for (int d = 0; d < max; d++) {
            if (live != null && !live.get(d)) {
                continue;
            }
            String id = null;
            List<String> values = new ArrayList<>();
            for (IndexableField f : stored.document(d).getFields()) {
                values.add("stored " + f.name() + "=" + f.stringValue());
                if (f.name().equals(SolrSchema.ID)) {
                    id = f.stringValue();
                }
            }
            if (id == null || id.contains("~")) {
                continue; // the TM's meta, lock and plan documents: not units (written the normal way by both)
            }
            List<String> all = new ArrayList<>(out.getOrDefault(d, List.of()));
            all.sort(null);
            all.addAll(values); // stored values in their order
            docs.put(id, String.join("\n", all));
        }
    }

    private static String field(String doc, String prefix) {
        int i = doc.indexOf(prefix);
        int end = doc.indexOf('\n', i);
        return doc.substring(i + prefix.length(), end < 0 ? doc.length() : end);
    }
}
