package org.tmsh.memory.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.client.solrj.request.RequestWriter;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.core.SolrCore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.tmsh.common.Progress;
import org.tmsh.formats.tmx.TmxWriter;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.TmRegistration;
import org.tmsh.memory.solr.node.SegmentHandler;

/**
 * tmsh's segment handler on a node ({@code /tmsh/segments}, {@link SegmentHandler}) as the client speaks to it:
 * the version handshake; a valid index added as it is and committed; every check refusing, with nothing added
 * and no folder left in the core's data folder (a file name that climbs out of the folder, the wrong TM, the
 * wrong count, a field the schema lacks or indexes otherwise, an id twice, a body that is not one, a size limit);
 * and a node without the plug-in: the collection still loads ({@code startup="lazy"}) and the import takes its
 * other path, with the same units stored.
 */
class SegmentHandlerTest {

    @RegisterExtension
    static final SolrTestCluster SOLR = new SolrTestCluster(2, 0);

    private static Path work;

    @BeforeAll
    static void work() throws Exception {
        work = Files.createTempDirectory("tmsh-segment-handler-");
    }

    @AfterAll
    static void clean() {
        org.tmsh.TestFiles.deleteQuietly(work);
    }

    private static void pullCollection(String name, String configset) throws Exception {
        System.setProperty("tmsh.solr.replicas", "pull");
        try {
            SolrCluster.createCollection(SOLR.url(), name, 1, 2, configset, "/tmsh/memory/solr/conf/");
        } finally {
            System.clearProperty("tmsh.solr.replicas");
        }
        SOLR.cluster().waitForActiveCollection(name, 1, 2);
    }

    /** The collection's leader: {base URL, core name}. */
    private static String[] leader(String collection) {
        Replica r = SOLR.cluster().getSolrClient().getClusterState().getCollection(collection).getSlices().iterator().next()
                .getLeader();
        return new String[] {r.getBaseUrl(), r.getCoreName()};
    }

    private static Path dataDir(String[] core) {
        for (var jetty : SOLR.cluster().getJettySolrRunners()) {
            if (jetty.getBaseUrl().toString().equals(core[0])) {
                try (SolrCore c = jetty.getCoreContainer().getCore(core[1])) {
                    return Path.of(c.getDataDir());
                }
            }
        }
        throw new IllegalStateException("no node " + core[0]);
    }

    private static NamedList<Object> post(String[] core, String path, Map<String, String> params, byte[] body)
            throws Exception {
        ModifiableSolrParams p = new ModifiableSolrParams();
        params.forEach(p::set);
        GenericSolrRequest r = new GenericSolrRequest(body == null ? SolrRequest.METHOD.GET : SolrRequest.METHOD.POST, path, p)
                .setRequiresCollection(true);
        if (body != null) {
            r.setContentWriter(new RequestWriter.ContentWriter() {
                @Override
                public void write(java.io.OutputStream os) throws java.io.IOException {
                    os.write(body);
                }

                @Override
                public String getContentType() {
                    return "application/octet-stream";
                }
            });
        }
        return SolrCluster.client(core[0]).request(r, core[1]);
    }

    private static NamedList<Object> add(String[] core, String tm, int docs, byte[] body) throws Exception {
        return post(core, SolrBulk.HANDLER, Map.of("action", "add", "tm", tm, "docs", Integer.toString(docs)), body);
    }

    /** An index of {@code ids} of TM {@code tm} as the bulk path writes them (id, tm, _version_), plus {@code extra}. */
    private static byte[] index(String tm, List<String> ids, boolean tmDocValues, String extra) throws Exception {
        try (Directory d = new ByteBuffersDirectory()) {
            IndexWriterConfig c = new IndexWriterConfig();
            try (IndexWriter w = new IndexWriter(d, c)) {
                long v = (System.currentTimeMillis() - 1000) << 20;
                for (String id : ids) {
                    Document doc = new Document();
                    doc.add(new StringField("id", id, Field.Store.YES));
                    doc.add(new SortedDocValuesField("id", new BytesRef(id)));
                    // tm as StrField writes it: DOCS, no norms
                    doc.add(new StringField("tm", tm, Field.Store.NO));
                    if (tmDocValues) {
                        doc.add(new SortedDocValuesField("tm", new BytesRef(tm)));
                    }
                    if (extra != null) {
                        doc.add(new StringField(extra, "x", Field.Store.NO));
                    }
                    doc.add(new NumericDocValuesField("_version_", v++));
                    w.addDocument(doc);
                }
                w.commit();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SolrBulk.frame(d, out);
            return out.toByteArray();
        }
    }

    private static long count(String collection, String q) throws Exception {
        new UpdateRequest().commit(SOLR.cluster().getSolrClient(), collection);
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", q);
        p.set("rows", 0);
        p.set("shards.preference", "replica.leader:true");
        return SOLR.cluster().getSolrClient().query(collection, p).getResults().getNumFound();
    }

    private static List<Path> leftovers(Path data) throws Exception {
        try (Stream<Path> s = Files.list(data)) {
            return s.filter(p -> p.getFileName().toString().startsWith("tmsh-segments-")).toList();
        }
    }

    @Test
    void addsAValidIndexAsItIsAndRefusesWhatDoesNotFit() throws Exception {
        pullCollection("seg", SolrSchema.CONFIGSET);
        try {
            String[] core = leader("seg");
            NamedList<Object> v = post(core, SolrBulk.HANDLER, Map.of("action", "version"), null);
            assertEquals(SolrBulk.LAYOUT, v.get("layout"), "the client and the node speak one layout");
            assertEquals(SegmentHandler.LAYOUT, SolrBulk.LAYOUT);
            assertEquals(org.apache.lucene.util.Version.LATEST.toString(), v.get("lucene"));

            NamedList<Object> ok = add(core, "t1", 3, index("t1", List.of("t1!a", "t1!b", "t1!c"), true, null));
            assertEquals(3, ((Number) ok.get("added")).intValue());
            assertEquals(3, count("seg", "tm:t1"));

            Map<String, byte[]> refused = new java.util.LinkedHashMap<>();
            refused.put("another TM's units", index("t2", List.of("t2!a"), true, null));
            refused.put("a field the schema lacks", index("t1", List.of("t1!d"), true, "zz"));
            refused.put("tm without its doc values", index("t1", List.of("t1!e"), false, null));
            refused.put("one id twice", index("t1", List.of("t1!f", "t1!f"), true, null));
            refused.put("not a body of the layout", "not a segment".getBytes(StandardCharsets.UTF_8));
            refused.put("a file name that climbs out", frame("../escaped", "x".getBytes(StandardCharsets.UTF_8)));
            refused.put("a folder in a file name", frame("sub/x", "x".getBytes(StandardCharsets.UTF_8)));
            refused.put("the writer's lock", frame("write.lock", new byte[0]));
            for (Map.Entry<String, byte[]> e : refused.entrySet()) {
                int docs = e.getKey().equals("one id twice") ? 2 : 1;
                Exception x = assertThrows(Exception.class, () -> add(core, "t1", docs, e.getValue()), e.getKey());
                assertTrue(String.valueOf(x.getMessage()).contains("tmsh segments:"), e.getKey() + ": " + x.getMessage());
            }
            Exception wrongCount = assertThrows(Exception.class,
                    () -> add(core, "t1", 5, index("t1", List.of("t1!g"), true, null)));
            assertTrue(wrongCount.getMessage().contains("documents, 5 expected"), wrongCount.getMessage());

            Path data = dataDir(core);
            assertFalse(Files.exists(data.resolve("escaped")) || Files.exists(data.getParent().resolve("escaped")),
                    "nothing written outside the handler's folder");
            assertEquals(List.of(), leftovers(data), "no folder left behind");
            assertEquals(3, count("seg", "*:*"), "nothing of a refused request added");
        } finally {
            CollectionAdminRequest.deleteCollection("seg").process(SOLR.cluster().getSolrClient());
        }
    }

    /** A body of one file, as {@link SolrBulk#frame} writes it, for names the client never writes. */
    private static byte[] frame(String name, byte[] content) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(b);
        out.write("TMSHSEG1".getBytes(StandardCharsets.US_ASCII));
        out.writeInt(1);
        out.writeUTF(name);
        out.writeLong(content.length);
        out.write(content);
        out.flush();
        return b.toByteArray();
    }

    @Test
    void aNodeWithoutThePluginLoadsTheCollectionAndTheImportTakesItsOtherPath() throws Exception {
        // the configset as tm create uploads it, but naming a class no node has, and a second handler with a size limit
        String solrconfig;
        try (InputStream in = SolrCluster.class.getResourceAsStream("/tmsh/memory/solr/conf/solrconfig.xml")) {
            solrconfig = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String missing = solrconfig.replace("org.tmsh.memory.solr.node.SegmentHandler\"", "org.tmsh.memory.solr.node.NotInstalled\"")
                .replace("</config>", "<requestHandler name=\"/tmsh/small\" class=\"org.tmsh.memory.solr.node.SegmentHandler\""
                        + " startup=\"lazy\"><long name=\"maxBytes\">64</long></requestHandler>\n</config>");
        assertTrue(missing.contains("NotInstalled"), "the configset names the handler");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("solrconfig.xml"));
            z.write(missing.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("schema.xml"));
            try (InputStream in = SolrCluster.class.getResourceAsStream("/tmsh/memory/solr/conf/schema.xml")) {
                in.transferTo(z);
            }
            z.closeEntry();
        }
        new ConfigSetAdminRequest.Upload().setConfigSetName("tmsh-noplugin")
                .setUploadStream(new ContentStreamBase.ByteArrayStream(zip.toByteArray(), "c.zip", "application/zip"))
                .process(SOLR.cluster().getSolrClient());
        pullCollection("noplugin", "tmsh-noplugin");
        pullCollection("plugin", SolrSchema.CONFIGSET);
        Path tmx = work.resolve("units.tmx");
        try (TmxWriter w = new TmxWriter(tmx, "en", "de", "test")) {
            for (int i = 0; i < 300; i++) {
                w.unit("u" + i, "Sentence number " + i + " of the test", "Satz Nummer " + i + " des Tests", Map.of());
            }
        }
        try (SolrMemory without = SolrMemory.open("tm", new TmRegistration("solr", SOLR.url(), "noplugin", false, -1));
             SolrMemory with = SolrMemory.open("tm", new TmRegistration("solr", SOLR.url(), "plugin", false, -1))) {
            ImportReport a = without.importTmx(tmx, Progress.NONE);
            assertTrue(without.lastBulk().startsWith("bulk path on (/"), "MERGEINDEXES through the folder: " + without.lastBulk());
            ImportReport b = with.importTmx(tmx, Progress.NONE);
            assertTrue(with.lastBulk().contains("segment handler"), with.lastBulk());
            assertEquals(300, a.added());
            assertEquals(300, b.added());
            assertEquals(300, with.lastBulkUnits());
            assertEquals(without.size(), with.size());

            // without the handler and without a folder the nodes may read: Solr's normal path
            System.setProperty("tmsh.solr.bulkDir", work.resolve("not-allowed").toString());
            try {
                ImportReport again = without.importTmx(tmx, Progress.NONE);
                assertTrue(without.lastBulk().startsWith("bulk path off"), without.lastBulk());
                assertEquals(0, again.added());
                assertEquals(300, without.size());
            } finally {
                System.clearProperty("tmsh.solr.bulkDir");
            }

            String[] core = leader("noplugin");
            Exception big = assertThrows(Exception.class,
                    () -> post(core, "/tmsh/small", Map.of("action", "add", "tm", "t1", "docs", "1"), index("t1", List.of("t1!a"), true, null)));
            assertTrue(big.getMessage().contains("more than 64 bytes"), big.getMessage());
            assertEquals(List.of(), leftovers(dataDir(core)));
        } finally {
            CollectionAdminRequest.deleteCollection("noplugin").process(SOLR.cluster().getSolrClient());
            CollectionAdminRequest.deleteCollection("plugin").process(SOLR.cluster().getSolrClient());
        }
    }
}
