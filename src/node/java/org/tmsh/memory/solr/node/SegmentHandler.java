package org.tmsh.memory.solr.node;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Version;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.ContentStream;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.core.SolrCore;
import org.apache.solr.handler.RequestHandlerBase;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.response.SolrQueryResponse;
import org.apache.solr.schema.IndexSchema;
import org.apache.solr.schema.SchemaField;
import org.apache.solr.security.AuthorizationContext;
import org.apache.solr.update.CommitUpdateCommand;
import org.apache.solr.util.RefCounted;

/**
 * {@code /tmsh/segments}: adds a Lucene index an import's client built for this core (tmsh's bulk path) as it is,
 * with the core's {@link IndexWriter#addIndexes(Directory...)}: its files are copied, not re-encoded (Solr's own
 * {@code MERGEINDEXES} adds readers, a full merge of every posting, point, doc value and stored field).
 *
 * <p>{@code action=version}: answers {@link #LAYOUT} and the node's Lucene version; the client uses this handler
 * only when both are exactly its own (a segment is copied as written, so its codec must be one the node reads),
 * else it takes the path it had without it.
 *
 * <p>{@code action=add&tm=T&docs=N} (POST, body {@code application/octet-stream}): the index's files, framed as
 * {@code "TMSHSEG1"}, the file count, then each file's name ({@link java.io.DataOutput#writeUTF}), length and
 * bytes. Written to a folder of its own under the core's data folder, then checked before anything is added:
 * <ul>
 *   <li>file names are Lucene's (letters, digits, {@code _ . -}, no folder, no {@code write.lock}), each once;
 *       at most {@code maxFiles} files and {@code maxBytes} bytes (init arguments; 1,000 and 2 GiB);</li>
 *   <li>the index opens, holds exactly {@code docs} documents, none deleted, written by this node's Lucene major
 *       version, not sorted;</li>
 *   <li>every field is one the core's schema declares (or a dynamic field matches), with the schema's
 *       indexing (index options, norms, points, doc values and their kind, no term vectors where it has none);</li>
 *   <li>{@code tm} holds the one term {@code T} in every document, and the schema's unique key one distinct
 *       value in each document.</li>
 * </ul>
 * Then the index is added through the core's own {@link IndexWriter} ({@code SolrCoreState}'s reference-counted
 * writer, as Solr's {@code MERGEINDEXES} does) and, unless {@code commit=false}, the core commits
 * ({@code openSearcher=false}): the documents are durable when the request returns. The folder is removed in
 * every case; folders a node crash left are removed at the handler's first request.
 *
 * <p>What it does not check: that the ids are new to the core. Like {@code MERGEINDEXES}, adding replaces
 * nothing; the client sends only units whose ids it knows are new (asked of the core, and kept per import).
 */
public final class SegmentHandler extends RequestHandlerBase {

    /** The layout and protocol this handler speaks: the client's constant must be equal, character for character. */
    public static final String LAYOUT = "tmsh-segments-1";

    private static final byte[] MAGIC = "TMSHSEG1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]{0,199}");
    private static final String FOLDER_PREFIX = "tmsh-segments-";

    private long maxBytes = 2L << 30;
    private int maxFiles = 1000;
    private final AtomicBoolean cleaned = new AtomicBoolean();

    @Override
    public void init(NamedList<?> args) {
        super.init(args);
        if (args != null) {
            Object b = args.get("maxBytes");
            if (b != null) {
                maxBytes = Long.parseLong(b.toString());
            }
            Object f = args.get("maxFiles");
            if (f != null) {
                maxFiles = Integer.parseInt(f.toString());
            }
        }
    }

    @Override
    public String getDescription() {
        return "tmsh: adds an import's segments as they are (IndexWriter.addIndexes of a directory)";
    }

    @Override
    public Name getPermissionName(AuthorizationContext request) {
        String action = request.getParams() == null ? null : request.getParams().get("action");
        return "version".equals(action) ? Name.READ_PERM : Name.UPDATE_PERM;
    }

    @Override
    public void handleRequestBody(SolrQueryRequest req, SolrQueryResponse rsp) throws Exception {
        SolrParams p = req.getParams();
        String action = p.get("action", "version");
        rsp.add("layout", LAYOUT);
        rsp.add("lucene", Version.LATEST.toString());
        if ("version".equals(action)) {
            return;
        }
        if (!"add".equals(action)) {
            throw bad("unknown action " + action);
        }
        String tm = p.required().get("tm");
        int docs = p.required().getInt("docs");
        SolrCore core = req.getCore();
        Path data = Path.of(core.getDataDir()).toAbsolutePath();
        Path tmp;
        synchronized (cleaned) {
            // the first request removes what a crash left, before any request of this handler makes its folder
            if (cleaned.compareAndSet(false, true)) {
                removeLeftovers(data);
            }
            Files.createDirectories(data);
            tmp = Files.createTempDirectory(data, FOLDER_PREFIX);
        }
        try {
            try (Directory dir = FSDirectory.open(tmp)) {
                receive(req, dir);
                int segments = check(dir, core.getLatestSchema(), tm, docs);
                rsp.add("segments", segments);
                RefCounted<IndexWriter> iw = core.getSolrCoreState().getIndexWriter(core);
                try {
                    iw.get().addIndexes(dir);
                } finally {
                    iw.decref();
                }
            }
            if (p.getBool("commit", true)) {
                CommitUpdateCommand c = new CommitUpdateCommand(req, false);
                c.openSearcher = false;
                c.waitSearcher = false;
                core.getUpdateHandler().commit(c);
            }
            rsp.add("added", docs);
        } finally {
            delete(tmp);
        }
    }

    /** Copies the request body's files into {@code dir}, checking names, count and size as they come. */
    private void receive(SolrQueryRequest req, Directory dir) throws IOException {
        Iterable<ContentStream> streams = req.getContentStreams();
        Iterator<ContentStream> it = streams == null ? null : streams.iterator();
        if (it == null || !it.hasNext()) {
            throw bad("no body: the index's files are sent as the request's body");
        }
        ContentStream cs = it.next();
        if (it.hasNext()) {
            throw bad("more than one body");
        }
        try (InputStream raw = cs.getStream(); DataInputStream in = new DataInputStream(raw)) {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw bad("not a " + LAYOUT + " body");
            }
            int n = in.readInt();
            if (n < 1 || n > maxFiles) {
                throw bad(n + " files (at most " + maxFiles + ")");
            }
            Set<String> names = new HashSet<>();
            long total = 0;
            byte[] buf = new byte[1 << 16];
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                if (!NAME.matcher(name).matches() || name.equals(IndexWriter.WRITE_LOCK_NAME) || !names.add(name)) {
                    throw bad("file name refused: " + name);
                }
                long len = in.readLong();
                total += len;
                if (len < 0 || total > maxBytes) {
                    throw bad("more than " + maxBytes + " bytes");
                }
                try (IndexOutput out = dir.createOutput(name, IOContext.DEFAULT)) {
                    long left = len;
                    while (left > 0) {
                        int r = in.read(buf, 0, (int) Math.min(buf.length, left));
                        if (r < 0) {
                            throw bad("the body ends inside " + name);
                        }
                        out.writeBytes(buf, 0, r);
                        left -= r;
                    }
                }
            }
            if (in.read() != -1) {
                throw bad("bytes after the last file");
            }
        }
    }

    /**
     * The checks the class describes; a {@link SolrException} (bad request) naming the first that fails. Returns the
     * index's segment count.
     */
    static int check(Directory dir, IndexSchema schema, String tm, int docs) throws IOException {
        SegmentInfos infos;
        try {
            infos = SegmentInfos.readLatestCommit(dir);
        } catch (IOException | RuntimeException e) {
            throw bad("not a Lucene index: " + e);
        }
        if (infos.getIndexCreatedVersionMajor() != Version.LATEST.major) {
            throw bad("index created by Lucene " + infos.getIndexCreatedVersionMajor() + ", this node runs " + Version.LATEST);
        }
        for (SegmentCommitInfo s : infos) {
            if (s.info.getVersion().major != Version.LATEST.major || s.info.getIndexSort() != null || s.getDelCount() > 0
                    || s.getSoftDelCount() > 0) {
                throw bad("segment " + s.info.name + " not as written by the client (version " + s.info.getVersion()
                        + ", sort " + s.info.getIndexSort() + ", deletions " + s.getDelCount() + ")");
            }
        }
        SchemaField key = schema.getUniqueKeyField();
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            if (r.maxDoc() != docs || r.numDocs() != docs) {
                throw bad("holds " + r.numDocs() + " documents, " + docs + " expected");
            }
            for (LeafReaderContext leaf : r.leaves()) {
                for (FieldInfo fi : leaf.reader().getFieldInfos()) {
                    checkField(fi, schema);
                }
                int n = leaf.reader().maxDoc();
                Terms t = leaf.reader().terms("tm");
                if (t == null || t.size() != 1 || t.getSumDocFreq() != n) {
                    throw bad("not every document is of TM " + tm);
                }
                TermsEnum te = t.iterator();
                if (!te.seekExact(new BytesRef(tm))) {
                    throw bad("its documents are not of TM " + tm);
                }
                Terms ids = key == null ? null : leaf.reader().terms(key.getName());
                if (ids == null || ids.size() != n || ids.getSumDocFreq() != n) {
                    throw bad("not one distinct " + (key == null ? "unique key" : key.getName()) + " a document");
                }
            }
        }
        return infos.size();
    }

    private static void checkField(FieldInfo fi, IndexSchema schema) {
        SchemaField sf = schema.getFieldOrNull(fi.name);
        if (sf == null) {
            throw bad("field " + fi.name + " is not in the schema");
        }
        boolean point = sf.getType().isPointField();
        boolean inverted = sf.indexed() && !point;
        IndexOptions io = fi.getIndexOptions();
        if ((io != IndexOptions.NONE) != inverted) {
            throw bad("field " + fi.name + " is " + (inverted ? "not " : "") + "inverted, the schema says otherwise");
        }
        if (inverted) {
            if (sf.omitTermFreqAndPositions() && io != IndexOptions.DOCS) {
                throw bad("field " + fi.name + " has index options " + io + ", the schema omits frequencies");
            }
            if (fi.omitsNorms() != sf.omitNorms()) {
                throw bad("field " + fi.name + " norms differ from the schema's");
            }
        }
        if ((fi.getPointDimensionCount() > 0) != (point && sf.indexed())) {
            throw bad("field " + fi.name + " points differ from the schema's");
        }
        DocValuesType dv = fi.getDocValuesType();
        if ((dv != DocValuesType.NONE) != sf.hasDocValues()) {
            throw bad("field " + fi.name + " doc values differ from the schema's");
        }
        if (dv != DocValuesType.NONE
                && sf.multiValued() != (dv == DocValuesType.SORTED_SET || dv == DocValuesType.SORTED_NUMERIC)) {
            throw bad("field " + fi.name + " has " + dv + " doc values, the schema says multiValued=" + sf.multiValued());
        }
        if (fi.hasVectors() && !sf.storeTermVector() || fi.getVectorDimension() > 0) {
            throw bad("field " + fi.name + " has vectors the schema does not declare");
        }
    }

    private static SolrException bad(String why) {
        return new SolrException(SolrException.ErrorCode.BAD_REQUEST, "tmsh segments: " + why);
    }

    /** Removes the folders of requests a node crash interrupted (at the handler's first request in this core). */
    private static void removeLeftovers(Path data) {
        if (!Files.isDirectory(data)) {
            return;
        }
        try (Stream<Path> s = Files.list(data)) {
            for (Path p : s.toList()) {
                if (p.getFileName().toString().startsWith(FOLDER_PREFIX) && Files.isDirectory(p)) {
                    delete(p);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // tried again at the next core load
        }
    }

    private static void delete(Path p) {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException | RuntimeException ignored) {
            // a folder left is removed at the handler's next first request
        }
    }
}
