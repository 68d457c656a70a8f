package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.tmsh.TestFiles;
import org.tmsh.memory.solr.SolrTestCluster;

/**
 * What the command-line tests of team TMs share: a SolrCloud for the class ({@link SolrTestCluster}),
 * a fresh {@code $TMSH_HOME} for each test, and tmsh run one-shot in it ({@link CliTest#run}), with
 * an answer typed on standard input or its JSON read. Register it as a static field:
 * {@code @RegisterExtension static final SolrShell SOLR = new SolrShell(2, 0);}.
 */
final class SolrShell implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SolrTestCluster cluster;
    private Path scratch;

    /** A cluster of {@code nodes} nodes; {@link #url} is node {@code urlNode}'s address. */
    SolrShell(int nodes, int urlNode) {
        this.cluster = new SolrTestCluster(nodes, urlNode);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        cluster.beforeAll(context);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        cluster.afterAll(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        scratch = Files.createTempDirectory("tmsh-solr-cli-");
        useHome(home());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.clearProperty("tmsh.home");
        TestFiles.deleteQuietly(scratch);
    }

    /** The cluster's URL ({@code http://127.0.0.1:PORT/solr}). */
    String url() {
        return cluster.url();
    }

    /** The running cluster. */
    SolrTestCluster cluster() {
        return cluster;
    }

    /** The test's own home ({@code $TMSH_HOME}): TMs are registered under its {@code tm/}. */
    Path home() {
        return scratch.resolve("home");
    }

    /** Runs the next commands as another user would: in {@code home} (a second shell's home). */
    void useHome(Path home) {
        System.setProperty("tmsh.home", home.toString());
    }

    /** tmsh run one-shot with these arguments. */
    static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    /** tmsh run with {@code answer} typed on standard input. */
    static CliTest.Run answering(String answer, String... args) {
        InputStream old = System.in;
        System.setIn(new ByteArrayInputStream(answer.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliTest.run(args);
        } finally {
            System.setIn(old);
        }
    }

    /** The JSON a run printed; fails with its standard error unless it exited 0. */
    static JsonNode json(CliTest.Run r) throws IOException {
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out());
    }

    /** tmsh run with these arguments (give {@code --json}), its JSON; fails unless it exited 0. */
    static JsonNode json(String... args) throws IOException {
        return json(CliTest.run(args));
    }
}
