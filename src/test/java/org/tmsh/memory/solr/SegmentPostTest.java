package org.tmsh.memory.solr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.solr.common.util.JavaBinCodec;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link SegmentPost} against a stand-in for the node's handler (the JDK's HTTP server): the body arrives whole, framed
 * as {@link SolrBulk#frame} frames it, with its length and not chunked; the parameters arrive; the handler's javabin
 * answer comes back; an error status or an answer that is not javabin fails with the core and the status named.
 * (The real handler is exercised through it by {@code SegmentHandlerTest} and {@code SolrBulkTest}.)
 */
class SegmentPostTest {

    private HttpServer server;
    private final AtomicReference<byte[]> received = new AtomicReference<>();
    private final AtomicReference<String> query = new AtomicReference<>();
    private final AtomicReference<String> length = new AtomicReference<>();
    private final AtomicReference<String> chunked = new AtomicReference<>();
    private volatile int status = 200;
    private volatile String type = "application/octet-stream";
    private volatile byte[] answer;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/solr/core1/tmsh/segments", x -> {
            received.set(x.getRequestBody().readAllBytes());
            query.set(x.getRequestURI().getRawQuery());
            length.set(x.getRequestHeaders().getFirst("Content-Length"));
            chunked.set(x.getRequestHeaders().getFirst("Transfer-Encoding"));
            x.getResponseHeaders().set("Content-Type", type);
            x.sendResponseHeaders(status, answer.length);
            x.getResponseBody().write(answer);
            x.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/solr";
    }

    private static byte[] javabin(NamedList<Object> n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JavaBinCodec c = new JavaBinCodec()) {
            c.marshal(n, out);
        }
        return out.toByteArray();
    }

    /** An in-memory directory of two files, one larger than a block of the body (3 MB of seeded random bytes). */
    private static ByteBuffersDirectory index() throws IOException {
        ByteBuffersDirectory d = new ByteBuffersDirectory();
        byte[] big = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(big);
        try (IndexOutput o = d.createOutput("_0.cfs", IOContext.DEFAULT)) {
            o.writeBytes(big, big.length);
        }
        try (IndexOutput o = d.createOutput("segments_1", IOContext.DEFAULT)) {
            o.writeBytes("abc".getBytes(StandardCharsets.US_ASCII), 3);
        }
        return d;
    }

    @Test
    void theFramedFilesArriveWholeWithTheirLengthAndTheAnswerComesBack() throws Exception {
        ByteBuffersDirectory d = index();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        SolrBulk.frame(d, expected);
        NamedList<Object> ok = new NamedList<>();
        ok.add("added", 12);
        ok.add("segments", 1);
        answer = javabin(ok);

        NamedList<Object> got = SegmentPost.post(base(), "core1", "/tmsh/segments",
                Map.of("action", "add", "tm", "news & co", "docs", "12"), d);

        assertEquals(12, ((Number) got.get("added")).intValue());
        assertArrayEquals(expected.toByteArray(), received.get());
        assertEquals(String.valueOf(expected.size()), length.get());
        assertNull(chunked.get(), "a body of known length is not chunked");
        assertTrue(query.get().contains("tm=news+%26+co"), query.get());
        assertTrue(query.get().contains("wt=javabin") && query.get().contains("docs=12"), query.get());
        assertThrows(org.apache.lucene.store.AlreadyClosedException.class, d::listAll, "the segment's directory is closed once framed");
    }

    @Test
    void anErrorStatusFailsWithTheCoreTheStatusAndSolrsMessage() throws Exception {
        NamedList<Object> error = new NamedList<>();
        error.add("msg", "tmsh segments: holds 3 documents, 4 expected");
        error.add("code", 400);
        NamedList<Object> rsp = new NamedList<>();
        rsp.add("error", error);
        answer = javabin(rsp);
        status = 400;
        IOException e = assertThrows(IOException.class, () -> SegmentPost.post(base(), "core1", "/tmsh/segments",
                Map.of("action", "add", "tm", "t", "docs", "4"), index()));
        assertTrue(e.getMessage().contains("core1") && e.getMessage().contains("HTTP 400")
                && e.getMessage().contains("4 expected"), e.getMessage());
    }

    @Test
    void aPageThatIsNotTheHandlersAnswerFails() throws Exception {
        answer = "<html>not here</html>".getBytes(StandardCharsets.UTF_8);
        type = "text/html";
        IOException e = assertThrows(IOException.class, () -> SegmentPost.post(base(), "core1", "/tmsh/segments",
                Map.of("action", "add", "tm", "t", "docs", "4"), index()));
        assertTrue(e.getMessage().contains("core1") && e.getMessage().contains("HTTP 200"), e.getMessage());
    }
}
