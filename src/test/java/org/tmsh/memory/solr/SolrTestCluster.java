package org.tmsh.memory.solr;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A SolrCloud that tmsh did not start, for the tests of one class: {@code nodes} nodes with an embedded
 * ZooKeeper in a temporary folder, started before the class's tests and removed after them. Register
 * it as a static field ({@code @RegisterExtension static final SolrTestCluster SOLR = ...}); the class's
 * own {@code @BeforeAll} methods run after it has started.
 */
public final class SolrTestCluster implements BeforeAllCallback, AfterAllCallback {

    private final int nodes;
    private final int urlNode;
    private MiniSolrCloudCluster cluster;
    private Path base;

    /** A cluster of {@code nodes} nodes, {@link #url} the address of node {@code urlNode}. */
    public SolrTestCluster(int nodes, int urlNode) {
        this.nodes = nodes;
        this.urlNode = urlNode;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        base = Files.createTempDirectory("tmsh-solr-" + context.getRequiredTestClass().getSimpleName() + "-");
        allowBulkPath();
        cluster = new MiniSolrCloudCluster.Builder(nodes, base).build();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (cluster != null) {
                cluster.shutdown();
            }
        } finally {
            org.tmsh.TestFiles.deleteQuietly(base);
        }
    }

    /**
     * Writes the first {@code count} pairs of the shared GNU applications' interface texts
     * ({@code ../shared/tm-data/gnu-apps-ui.tsv.gz}, both texts present) as units {@code g0}, {@code g1}, ... and
     * tells {@code each} every unit's source and number: the set-up the Solr tests that compare look-ups share.
     */
    static void writeUiUnits(org.tmsh.formats.tmx.TmxWriter w, int count, java.util.function.ObjIntConsumer<String> each)
            throws java.io.IOException {
        try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
                new java.util.zip.GZIPInputStream(Files.newInputStream(Path.of("../shared/tm-data/gnu-apps-ui.tsv.gz"))),
                java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            int i = 0;
            while ((line = in.readLine()) != null && i < count) {
                String[] f = line.split("\t");
                if (f.length == 3 && !f[1].isBlank() && !f[2].isBlank()) {
                    w.unit("g" + i, f[1], f[2], java.util.Map.of());
                    each.accept(f[1], i);
                    i++;
                }
            }
        }
    }

    /**
     * A TMX of {@code count} real interface units ({@link #writeUiUnits}, their sources added to {@code sources})
     * and 40 units of numbers (whose terms are indexed beside the words), written to {@code tmx}.
     */
    static void writeUiAndNumberUnits(Path tmx, int count, java.util.List<String> sources) throws java.io.IOException {
        try (org.tmsh.formats.tmx.TmxWriter w = new org.tmsh.formats.tmx.TmxWriter(tmx, "en", "de", "test")) {
            writeUiUnits(w, count, (source, i) -> sources.add(source));
            for (int n = 0; n < 40; n++) {
                w.unit("n" + n, "Item " + (4200 + n * 17) + " of the 1,5 list", "Posten " + (4200 + n * 17) + " der 1,5 Liste",
                        java.util.Map.of());
            }
        }
    }

    /**
     * Lets the nodes about to start read the folder the import's bulk path writes its segments under
     * ({@link SolrBulk#root}): Solr refuses a {@code MERGEINDEXES} directory outside its home unless
     * {@code solr.allowPaths} names it, as an administrator would start a node for tmsh's bulk path.
     */
    static void allowBulkPath() {
        if (System.getProperty("solr.allowPaths") == null) {
            System.setProperty("solr.allowPaths", SolrBulk.root().toString());
        }
    }

    /** The base URL of the node named when the cluster was made ({@code http://127.0.0.1:PORT/solr}). */
    public String url() {
        return cluster.getJettySolrRunner(urlNode).getBaseUrl().toString();
    }

    /** The running cluster. */
    public MiniSolrCloudCluster cluster() {
        return cluster;
    }
}
