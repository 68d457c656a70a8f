package org.tmsh.memory.solr;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.lucene.store.Directory;
import org.apache.solr.client.solrj.impl.BinaryResponseParser;
import org.apache.solr.common.util.NamedList;
import org.tmsh.common.TmshException;

/**
 * Posts a segment's files ({@link SolrBulk#frame}) to a core's segment handler as one HTTP/1.1 request whose body has a
 * known length and is handed over in blocks of a megabyte.
 *
 * <p>Why not through SolrJ: its JDK client writes a request's body through a {@link java.io.PipedOutputStream} whose
 * pipe holds 1 KB. Every kilobyte of a segment then costs a hand-over between two threads, a newly allocated 16 KB
 * buffer in the JDK's body publisher, and a chunk of its own in the chunked transfer encoding that the node's Jetty
 * parses. For a bulk batch of 50,000 units (about 28 MB) that was about 28,000 of each; the profile of the import put
 * the client's HTTP threads and the nodes' request threads at 0.03-0.08 ms of CPU a unit under load, more than the
 * handler's own work (docs/memory-performance.md, "SolrCloud import: the segment's request body").
 *
 * <p>The request is the one SolrJ would send: the same URL and parameters, the answer in javabin, the credentials of
 * {@link SolrCluster#AUTH_ENV} as basic authentication, ten seconds to connect and ten minutes for the answer.
 * {@code -Dtmsh.solr.segmentPost=solrj} sends it through SolrJ as before (read at each request, for the benchmark's
 * A/B).
 *
 * <p>NOTE: the framed body is held in memory next to the segment until the request ends (the segment's bytes twice
 * for each batch in flight; the segment's directory is released as soon as the body is framed).
 */
final class SegmentPost {

    private static final int BLOCK = 1 << 20;

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private SegmentPost() {
    }

    /** Whether segments are posted by this class ({@code -Dtmsh.solr.segmentPost}, default on) or through SolrJ. */
    static boolean enabled() {
        return !"solrj".equalsIgnoreCase(System.getProperty("tmsh.solr.segmentPost", "direct"));
    }

    /**
     * Frames {@code index}'s files and posts them to {@code base}/{@code core}{@code path} with {@code params}; the
     * handler's answer, or an {@link IOException} naming the core, the HTTP status and Solr's message. Closes
     * {@code index} once its files are framed.
     */
    static NamedList<Object> post(String base, String core, String path, Map<String, String> params, Directory index)
            throws IOException {
        Blocks body = new Blocks();
        SolrBulk.frame(index, body);
        body.close();
        // the body holds the files now: the segment's own buffers go while the request runs
        index.close();
        StringBuilder url = new StringBuilder(base).append('/').append(core).append(path).append("?wt=javabin");
        for (Map.Entry<String, String> e : params.entrySet()) {
            url.append('&').append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url.toString())).timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArrays(body.blocks),
                        body.length));
        String auth = System.getenv(SolrCluster.AUTH_ENV);
        if (auth != null && !auth.isEmpty()) {
            if (auth.indexOf(':') <= 0) {
                throw new TmshException(SolrCluster.AUTH_ENV + " must be user:password");
            }
            r.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<InputStream> rsp;
        try {
            rsp = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + core + " added a segment", e);
        }
        NamedList<Object> answer;
        try (InputStream in = rsp.body()) {
            String type = rsp.headers().firstValue("Content-Type").orElse("");
            // javabin is answered as application/octet-stream; a page of Jetty (a wrong path) is not read as one
            answer = type.startsWith("application/octet-stream") || type.contains("javabin")
                    ? new BinaryResponseParser().processResponse(in, null) : null;
            if (answer == null) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }
        if (rsp.statusCode() != 200 || answer == null) {
            Object error = answer == null ? null : answer.get("error");
            Object msg = error instanceof NamedList<?> n ? n.get("msg") : null;
            throw new IOException("the segment handler of " + core + " answered HTTP " + rsp.statusCode()
                    + (msg == null ? "" : ": " + msg));
        }
        return answer;
    }

    /** An output stream that keeps what is written in blocks of {@link #BLOCK} bytes (no copy of the whole on growth). */
    private static final class Blocks extends OutputStream {
        final List<byte[]> blocks = new ArrayList<>();
        private byte[] current;
        private int used;
        long length;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            length += len;
            while (len > 0) {
                if (current == null || used == current.length) {
                    current = new byte[BLOCK];
                    used = 0;
                    blocks.add(current);
                }
                int n = Math.min(len, current.length - used);
                System.arraycopy(b, off, current, used, n);
                used += n;
                off += n;
                len -= n;
            }
        }

        @Override
        public void close() {
            if (current != null && used < current.length) {
                blocks.set(blocks.size() - 1, java.util.Arrays.copyOf(current, used));
            }
            current = null;
        }
    }
}
