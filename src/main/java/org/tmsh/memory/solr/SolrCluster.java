package org.tmsh.memory.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.CollectionAdminResponse;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.ShardParams;
import org.apache.solr.common.util.ContentStreamBase;

import org.tmsh.common.TmshException;

/**
 * Talking to a SolrCloud cluster over HTTP (the JDK's client; any node will do): the client with
 * basic-auth credentials from {@code TMSH_SOLR_AUTH=user:password} (never printed or stored), and
 * the collection's life: upload of tmsh's configset, creation, deletion.
 */
public final class SolrCluster {

    /** The environment variable that holds {@code user:password} for a cluster with basic auth. */
    public static final String AUTH_ENV = "TMSH_SOLR_AUTH";
    private static final String CONF = "/tmsh/memory/solr/conf/";
    private static final List<String> CONF_FILES = List.of("schema.xml", "solrconfig.xml");

    private SolrCluster() {
    }

    /** A Solr base URL such as {@code http://host:8983/solr}; one line if it is not one. */
    public static String checkUrl(String url) {
        try {
            URI u = URI.create(url);
            if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
                throw new IllegalArgumentException("not http(s)");
            }
        } catch (IllegalArgumentException e) {
            throw new TmshException("'" + url + "' is not a Solr URL (such as http://host:8983/solr)");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The process's clients, one per cluster URL ({@link #client}). */
    private static final Map<String, SolrClient> CLIENTS = new ConcurrentHashMap<>();

    /**
     * The client for the cluster at {@code url}: one per URL for the whole process, shared by every
     * TM and request there (it is thread-safe), and never closed (a caller must not close it). Each
     * JDK HTTP client keeps a selector thread until it is garbage-collected, and Java 17's cannot be
     * closed: a client per command left a thread behind each time (20 TMs opened and closed left 40).
     */
    static SolrClient client(String url) {
        String base = checkUrl(url);
        SolrClient c = CLIENTS.get(base);
        return c != null ? c : CLIENTS.computeIfAbsent(base, SolrCluster::newClient);
    }

    private static SolrClient newClient(String url) {
        // HTTP/1.1: one connection per request in flight. Over HTTP/2 the JDK client multiplexes the
        // import's concurrent update requests on one connection, and with 4 in flight their bodies
        // stalled for good (client waiting for an answer, Solr for the rest of the body: seen with Solr 9.10's Jetty)
        HttpJdkSolrClient.Builder b = new HttpJdkSolrClient.Builder(url)
                .withExecutor(requestThreads())
                .useHttp1_1(true)
                .withConnectionTimeout(10, TimeUnit.SECONDS)
                .withRequestTimeout(10, TimeUnit.MINUTES);
        String auth = System.getenv(AUTH_ENV);
        if (auth != null && !auth.isEmpty()) {
            int colon = auth.indexOf(':');
            if (colon <= 0) {
                throw new TmshException(AUTH_ENV + " must be user:password");
            }
            b.withBasicAuthCredentials(auth.substring(0, colon), auth.substring(colon + 1));
        }
        return b.build();
    }

    /** The look-up clients of {@code -Dtmsh.solr.http=apache}, by URL (never closed, as {@link #CLIENTS}). */
    private static final Map<String, SolrClient> LOOKUP_CLIENTS = new ConcurrentHashMap<>();

    /**
     * The client a look-up's requests to a shard leader's core use: the shared client of {@link #client}, or
     * with {@code -Dtmsh.solr.http=apache}, for comparison in the benchmark, SolrJ's Apache HttpClient one
     * (deprecated in SolrJ 9), which reads the response on the calling thread: at a million units it used
     * about 1.9 ms less of the client's CPU a look-up with one searcher, but 4 searchers at once were slower
     * in each of four measured pairs (docs/memory-performance.md), so it is not the default.
     */
    @SuppressWarnings("deprecation")
    static SolrClient lookupClient(String url) {
        if (!"apache".equals(System.getProperty("tmsh.solr.http", "jdk"))) {
            return client(url);
        }
        String base = checkUrl(url);
        return LOOKUP_CLIENTS.computeIfAbsent(base, u -> new org.apache.solr.client.solrj.impl.HttpSolrClient.Builder(u)
                .withConnectionTimeout(10, TimeUnit.SECONDS).withSocketTimeout(10, TimeUnit.MINUTES).build());
    }

    private static final AtomicInteger THREADS = new AtomicInteger();

    /**
     * The threads a client runs its requests on: as many as SolrJ's own pool keeps (4), but daemon
     * threads, so that a program whose work is done ends even though the shared clients are never
     * closed (with SolrJ's pool, the TM benchmark's JVM stayed alive after its last line).
     */
    private static ExecutorService requestThreads() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(4, 4, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "httpJdkSolrClient-tmsh-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /**
     * A read of {@code collection}, answered by each shard's leader: {@code shards.preference=replica.leader:true}
     * picks the leader among a shard's replicas, and {@code shortCircuit=false} stops a node that holds a
     * core of the one shard a request needs (a TM on one shard) from answering from that core itself,
     * which it otherwise does whatever the preference says. A TLOG follower copies the leader's
     * segments some seconds after a commit, so a read it answered could miss an import that has just
     * finished; the leader has indexed every acknowledged update, and a commit makes it visible there
     * at once. Every read tmsh makes goes through here or to the leader's core ({@link SolrLookup}).
     */
    static QueryResponse read(SolrClient client, String collection, SolrQuery q) throws SolrServerException, IOException {
        q.set(ShardParams.SHARDS_PREFERENCE, ShardParams.SHARDS_PREFERENCE_REPLICA_LEADER + ":true");
        q.set("shortCircuit", false);
        String handler = q.getRequestHandler();
        if (handler != null && !handler.equals("/select")) {
            return client.query(collection, q);
        }
        // a search always answers with a result list; a node that is stopping has been seen (once in a
        // CI run of the contract test that stops a node during searches) to answer without one: asked again,
        // the request goes to a live node; after five such answers (2 s) it fails as any failed request does
        for (int attempt = 1; ; attempt++) {
            QueryResponse r = client.query(collection, q);
            if (r.getResults() != null) {
                return r;
            }
            if (attempt == 5) {
                throw new IOException("Solr answered a search without a result list five times (" + r.getResponse().asShallowMap().keySet()
                        + "): is a node stopping?");
            }
            try {
                Thread.sleep(200L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while asking Solr again", e);
            }
        }
    }

    /**
     * The type of replica {@code tm create} makes ({@code -Dtmsh.solr.replicas=nrt|tlog|pull}, default nrt):
     * NRT replicas each index every update; TLOG replicas index it once, on the shard's leader, and the
     * others only append it to their transaction log and copy the leader's segments; {@code pull} makes
     * one TLOG replica a shard (its leader, the only one that receives updates) and PULL replicas for
     * the rest, which only copy the leader's segments: an update is parsed, logged and indexed once.
     * TLOG used less CPU a unit at 40,000 and 200,000 units but more at a million, where the followers
     * copy ever larger merged segments (docs/memory-performance.md), so NRT stays the default.
     */
    static String replicaType() {
        String t = System.getProperty("tmsh.solr.replicas", "nrt").toLowerCase(java.util.Locale.ROOT);
        if (!t.equals("tlog") && !t.equals("nrt") && !t.equals("pull")) {
            throw new TmshException("-Dtmsh.solr.replicas must be nrt, tlog or pull, not '" + t + "'");
        }
        return t;
    }

    /** One line for a failed request: what, where, and Solr's reason (never the credentials). */
    static TmshException failed(String what, String url, Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new TmshException(what + " failed (Solr at " + url + "): " + reason(e, root), e);
    }

    /**
     * Why a request failed, in words: a server that cannot be reached (down, wrong host or port), an
     * answer that is a web page rather than Solr's (a URL without {@code /solr}: the page is not put
     * into the line), or Solr's own first line; never "null".
     */
    static String reason(Exception e, Throwable root) {
        if (root instanceof java.net.ConnectException || root instanceof java.net.UnknownHostException
                || root instanceof java.nio.channels.ClosedChannelException || root instanceof java.net.http.HttpTimeoutException
                || root instanceof java.net.NoRouteToHostException) {
            return "cannot reach it (" + root.getClass().getSimpleName()
                    + "): is Solr running there, and are the host and port right?";
        }
        String message = null;
        for (Throwable t = e; t != null && message == null; t = t.getCause() == t ? null : t.getCause()) {
            message = t.getMessage();
        }
        int code = e instanceof org.apache.solr.client.solrj.impl.BaseHttpSolrClient.RemoteSolrException r ? r.code() : 0;
        if (message != null && (message.contains("<html") || message.contains("<HTML") || message.contains("<!DOCTYPE")
                || message.contains("<body"))) {
            return "the server answered with a web page" + (code > 0 ? " (HTTP " + code + ")" : "")
                    + ", not Solr's reply; the URL should end in /solr (such as http://host:8983/solr)";
        }
        if (message == null || message.isBlank()) {
            return root.getClass().getSimpleName() + (code > 0 ? " (HTTP " + code + ")" : "")
                    + ": no answer from Solr; is it running, and is the URL right (such as http://host:8983/solr)?";
        }
        return message.lines().findFirst().orElse(message);
    }

    /** Uploads tmsh's configset (unless the cluster has it) and creates the collection; waits until it is active. */
    public static void createCollection(String url, String collection, int shards, int replicas) {
        createCollection(url, collection, shards, replicas, SolrSchema.CONFIGSET, CONF);
    }

    /**
     * {@link #createCollection(String, String, int, int)} with the configset {@code configset} whose files
     * are the class-path resources under {@code resources} (a folder ending in {@code /}): the benchmark
     * makes collections with an older configset beside the current one.
     */
    public static void createCollection(String url, String collection, int shards, int replicas, String configset,
                                        String resources) {
        try {
            SolrClient c = client(url);
            List<String> sets = new ConfigSetAdminRequest.List().process(c).getConfigSets();
            if (!sets.contains(configset)) {
                ContentStreamBase.ByteArrayStream zip = new ContentStreamBase.ByteArrayStream(configZip(resources), configset + ".zip",
                        "application/zip");
                new ConfigSetAdminRequest.Upload().setConfigSetName(configset).setUploadStream(zip).process(c);
            }
            String type = replicaType();
            // TLOG replicas: every update indexed once per shard (reads go to the leaders: read());
            // pull: one TLOG replica (the leader) and PULL replicas, which receive no updates at all
            int nrt = type.equals("nrt") ? replicas : 0;
            int tlog = type.equals("tlog") ? replicas : type.equals("pull") ? 1 : 0;
            int pull = type.equals("pull") ? replicas - 1 : 0;
            CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(collection,
                    configset, shards, nrt, tlog, pull);
            // without it, CREATE returns once the cores exist, before every replica is active and each
            // shard has its leader: an import right after (tm create, then tm import) could then fail
            create.setWaitForFinalState(true);
            CollectionAdminResponse r = create.process(c);
            if (!r.isSuccess()) {
                throw new TmshException("creating collection '" + collection + "' failed (Solr at " + url + "): "
                        + r.getErrorMessages());
            }
        } catch (SolrServerException | IOException | RuntimeException e) {
            if (e instanceof TmshException t) {
                throw t;
            }
            throw failed("creating collection '" + collection + "'", url, e);
        }
    }

    /**
     * The compositeId route bits that spread one TM over at least {@code spread} of a collection's
     * {@code shards} (their hash ranges are equal parts of the 32-bit hash): the TM's name decides B
     * bits, so its units fall in 1/2^B of the hash range, B = floor(log2(shards / spread)); all shards: 0.
     */
    public static int routeBits(int shards, int spread) {
        if (spread < 1 || spread > shards) {
            throw new TmshException("--spread must be from 1 to the number of shards (" + shards + "), not " + spread);
        }
        int bits = 0;
        while ((long) spread << (bits + 1) <= shards) {
            bits++;
        }
        return Math.min(16, bits);
    }

    /** True if the cluster has the collection. */
    public static boolean hasCollection(String url, String collection) {
        try {
            SolrClient c = client(url);
            return CollectionAdminRequest.listCollections(c).contains(collection);
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw failed("listing collections", url, e);
        }
    }

    public static void deleteCollection(String url, String collection) {
        try {
            SolrClient c = client(url);
            CollectionAdminRequest.deleteCollection(collection).process(c);
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw failed("deleting collection '" + collection + "'", url, e);
        }
    }

    /** The configset as the zip the ConfigSets API takes, from the files under {@code src/main/resources}. */
    static byte[] configZip() throws IOException {
        return configZip(CONF);
    }

    private static byte[] configZip(String conf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String f : CONF_FILES) {
                try (InputStream in = SolrCluster.class.getResourceAsStream(conf + f)) {
                    if (in == null) {
                        throw new IOException("missing resource " + conf + f);
                    }
                    zip.putNextEntry(new ZipEntry(f));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }
}
