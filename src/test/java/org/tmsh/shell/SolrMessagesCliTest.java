package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.tmsh.ScratchHome;
import org.tmsh.memory.TmRegistration;

/**
 * A Solr TM whose server is down, or whose URL lacks {@code /solr} (a web server answers with an
 * HTML page): every command that reads it gives one line saying so, never "null" or the page.
 */
class SolrMessagesCliTest {

    @RegisterExtension
    final ScratchHome home = new ScratchHome();

    private void register(String url) {
        new TmRegistration("solr", url, "team", false).write(home.path().resolve("tm").resolve("team"));
    }

    private static void assertClearLine(CliTest.Run r, String expected) {
        assertEquals(TmshCommand.USER_ERROR, r.code(), r.out() + r.err());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.contains(expected), err);
        assertFalse(err.contains("null") || err.contains("<") || err.contains("internal error"), err);
    }

    private static final String[][] READS = {{"tm", "search", "hello", "--tm", "team"},
            {"tm", "concordance", "hello", "--tm", "team"}, {"tm", "stats", "--tm", "team"}};

    @Test
    void solrDownIsOneLineSayingItCannotBeReached() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        register("http://127.0.0.1:" + port + "/solr");
        for (String[] cmd : READS) {
            assertClearLine(CliTest.run(cmd), "cannot reach it");
        }
        assertClearLine(CliTest.run("tm", "connect", "other", "--solr", "http://127.0.0.1:" + port + "/solr",
                "--collection", "team"), "cannot reach it");
    }

    @Test
    void aUrlWithoutSolrPutsNoPageIntoTheLine() throws Exception {
        HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        web.createContext("/", ex -> {
            byte[] page = "<!DOCTYPE html><html><body><h1>404 Not Found</h1><p>No context found</p></body></html>"
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(404, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        web.start();
        try {
            String url = "http://127.0.0.1:" + web.getAddress().getPort();
            register(url);
            for (String[] cmd : READS) {
                assertClearLine(CliTest.run(cmd), "should end in /solr");
            }
            assertClearLine(CliTest.run("tm", "connect", "other", "--solr", url, "--collection", "team"), "should end in /solr");
            assertFalse(Files.exists(home.path().resolve("tm").resolve("other")));
        } finally {
            web.stop(0);
        }
    }
}
