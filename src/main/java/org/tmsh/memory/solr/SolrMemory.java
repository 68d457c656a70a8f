package org.tmsh.memory.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;

import org.tmsh.common.LanguageTags;
import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.match.Tokenizer;
import org.tmsh.memory.Concordance;
import org.tmsh.memory.ConcordanceHit;
import org.tmsh.memory.ImportHook;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.LanguagePairs;
import org.tmsh.memory.Match;
import org.tmsh.memory.SearchOptions;
import org.tmsh.memory.UnitFilter;
import org.tmsh.memory.TmRegistration;
import org.tmsh.memory.TmStats;
import org.tmsh.memory.TranslationMemory;

/**
 * A team's translation memory in a SolrCloud collection, reached over HTTP through any node.
 * Import is {@link SolrImport}, look-up and concordance {@link SolrLookup}; the collection's life
 * is {@link SolrCluster}. Searches see what the last commit made visible.
 */
public final class SolrMemory implements TranslationMemory {

    private final String name;
    private final String remote;
    private final String url;
    private final String collection;
    private final boolean owned;
    private final String route;
    private final boolean oneShard;
    private final SolrClient client;
    private final Tokenizer tokenizer = Tokenizer.standard();
    private final SolrImport importer = new SolrImport(this);
    final SolrLookup lookup = new SolrLookup(this);
    private volatile ImportHook hook = ImportHook.NONE;
    private volatile SolrSchema.Layout layout;

    private SolrMemory(String name, String remote, String url, String collection, boolean owned, int routeBits) {
        this.name = name;
        this.remote = remote;
        this.url = SolrCluster.checkUrl(url);
        this.collection = collection;
        this.owned = owned;
        this.route = SolrSchema.route(remote, routeBits);
        this.oneShard = routeBits < 0;
        this.client = SolrCluster.client(url);
    }

    /** The TM a registration names; nothing is asked of Solr until the first use. */
    public static SolrMemory open(String name, TmRegistration reg) {
        return new SolrMemory(name, reg.nameIn(name), reg.url(), reg.collection(), reg.owned(), reg.routeBits());
    }

    /**
     * The route bits of TM {@code name} in a collection, read from its meta document's id (which
     * {@code tm create} writes): -1 (one shard) for a TM made before spreading existed or not made yet.
     */
    public static int routeBitsOf(String url, String collection, String name) {
        try {
            SolrClient c = SolrCluster.client(url);
            SolrQuery q = new SolrQuery(SolrSchema.META_OF + ":" + ClientUtils.escapeQueryChars(name));
            q.setFields(SolrSchema.ID);
            q.setRows(10);
            for (SolrDocument d : SolrCluster.read(c, collection, q).getResults()) {
                int b = SolrSchema.bitsOfMetaId(name, (String) d.getFirstValue(SolrSchema.ID));
                if (b >= -1) {
                    return b;
                }
            }
            return -1;
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw SolrCluster.failed("TM '" + name + "': reading its route", url + ", collection " + collection, e);
        }
    }

    /**
     * A new TM in a new collection (tmsh's configset): spread over at least {@code spread} of its
     * shards, or on one shard when {@code spread} is null; a spread TM's meta document is written at
     * once, so that {@code tm connect} finds its route. Returns its registration (owned).
     */
    public static TmRegistration create(String name, String url, String collection, int shards, int replicas,
                                        Integer spread) {
        int bits = spread == null ? -1 : SolrCluster.routeBits(shards, spread);
        SolrCluster.createCollection(url, collection, shards, replicas);
        TmRegistration reg = new TmRegistration("solr", url, collection, true, bits);
        if (bits >= 0) {
            open(name, reg).initialise();
        }
        return reg;
    }

    /**
     * The registration of a TM of an existing collection under the local name {@code name} (not owned:
     * deleting it leaves the collection), with the route its meta document gives. The TM's identity is
     * its name in the collection: {@code remote} when given (it must be there), else the TM of that
     * name, else the collection's only TM; a collection with several TMs and none of that name is
     * refused with their names. A collection without any TM takes {@code name} as the new TM's.
     */
    public static TmRegistration connect(String name, String url, String collection, String remote) {
        if (!SolrCluster.hasCollection(url, collection)) {
            throw new TmshException("TM '" + name + "': Solr at " + url + " has no collection '" + collection + "'");
        }
        java.util.Set<String> there = tmsIn(url, collection);
        String identity;
        if (remote != null) {
            if (!there.contains(remote)) {
                throw new TmshException("collection '" + collection + "' (Solr at " + url + ") has no TM named '" + remote
                        + "'" + (there.isEmpty() ? "; it holds no TM yet" : " (TMs: " + String.join(", ", there) + ")"));
            }
            identity = remote;
        } else if (there.contains(name) || there.isEmpty()) {
            identity = name;
        } else if (there.size() == 1) {
            identity = there.iterator().next();
        } else {
            throw new TmshException("collection '" + collection + "' (Solr at " + url + ") holds the TMs " + String.join(", ", there)
                    + " and none named '" + name + "'; say which with --remote NAME");
        }
        return new TmRegistration("solr", url, collection, false, routeBitsOf(url, collection, identity), identity.equals(name) ? null : identity);
    }

    /** The names of the TMs a collection holds (those with a meta document: every TM that has had an import), sorted. */
    static java.util.SortedSet<String> tmsIn(String url, String collection) {
        try {
            SolrQuery q = new SolrQuery(SolrSchema.META_OF + ":*");
            q.setFields(SolrSchema.META_OF);
            q.setRows(10_000);
            java.util.SortedSet<String> names = new java.util.TreeSet<>();
            for (SolrDocument d : SolrCluster.read(SolrCluster.client(url), collection, q).getResults()) {
                Object n = d.getFirstValue(SolrSchema.META_OF);
                if (n != null) {
                    names.add(n.toString());
                }
            }
            return names;
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw SolrCluster.failed("listing the TMs of collection " + collection, url, e);
        }
    }

    /** Writes the TM's meta document now (so that {@link #routeBitsOf} finds its route before any import). */
    void initialise() {
        try {
            importer.writeMeta(null);
            commit();
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw failed("writing its description", e);
        }
    }

    /** The TM's name in its collection: its identity there (the local name may differ; see {@link #connect}). */
    String remote() {
        return remote;
    }

    /** The compositeId prefix of this TM's documents ({@code NAME!} or {@code NAME/B!}). */
    String route() {
        return route;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String backend() {
        return "solr";
    }

    @Override
    public String location() {
        return url + " collection " + collection;
    }

    SolrClient client() {
        return client;
    }

    /** True if the TM's units live on one shard (its route is {@code NAME!}). */
    boolean oneShard() {
        return oneShard;
    }

    /** The cluster URL the TM was registered with. */
    String url() {
        return url;
    }

    String collection() {
        return collection;
    }

    Tokenizer tokenizer() {
        return tokenizer;
    }

    /**
     * Whether the collection's schema takes a language's word terms as one value, one term a line
     * ({@link SolrSchema#WORD_LINES}, configset tmsh-4 on), or one value a term (collections made before):
     * asked of the collection's schema once, so a shell writes every collection the way its schema reads.
     */
    boolean wordLines() {
        return layout().lines();
    }

    /**
     * How the collection's schema takes a unit's fields ({@link SolrSchema.Layout}): asked of the collection's
     * schema once (the types of {@code w_*} and {@code t_*}), so a shell writes and reads every collection the
     * way its schema does.
     */
    SolrSchema.Layout layout() {
        SolrSchema.Layout l = layout;
        if (l == null) {
            try {
                Object words = new SchemaRequest.DynamicField(SolrSchema.words("*")).process(client, collection)
                        .getDynamicField().get("type");
                Object texts = new SchemaRequest.DynamicField(SolrSchema.text("*")).process(client, collection)
                        .getDynamicField().get("type");
                boolean hashed = SolrSchema.PAIR_HASHES.equals(words);
                l = new SolrSchema.Layout(hashed || SolrSchema.WORD_LINES.equals(words), SolrSchema.DV_BYTES.equals(texts), hashed);
            } catch (SolrServerException | IOException | RuntimeException e) {
                throw failed("reading its schema", e);
            }
            layout = l;
        }
        return l;
    }

    /** The last import's bulk path: on or off and why ({@link SolrBulk}), for the benchmark and tests. */
    public String lastBulk() {
        return importer.lastBulk;
    }

    /**
     * The folder the bulk path writes its segments under ({@code -Dtmsh.solr.bulkDir}): a node must be
     * started with it in {@code solr.allowPaths} to read them.
     */
    public static String bulkDirectory() {
        return SolrBulk.root().toString();
    }

    /**
     * The client's CPU time in this process's imports so far, in nanoseconds (for the benchmark): the reading thread,
     * then the senders' documents, segments (inverting), sending and ids asked ({@code SolrBulk.CPU}).
     */
    public static long[] bulkClientCpu() {
        long[] out = new long[SolrBulk.CPU.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = SolrBulk.CPU.get(i);
        }
        return out;
    }

    /** Wall time of the last import's stages after its lock and count (for the benchmark). */
    public String lastPhases() {
        return importer.lastPhases;
    }

    /** Units the last import merged by the bulk path (for the benchmark and tests). */
    public long lastBulkUnits() {
        return importer.lastBulkUnits;
    }

    /** For tests: called at each stage of every import (fault injection). */
    public void hook(ImportHook h) {
        this.hook = h == null ? ImportHook.NONE : h;
    }

    ImportHook hook() {
        return hook;
    }

    /** One line for a failed request; a tmsh error (already one line) passes as it is. */
    @Override
    public TmshException readFailure(Exception e) {
        return failed("reading", e);
    }

    TmshException failed(String what, Exception e) {
        if (e instanceof TmshException t) {
            return t;
        }
        return SolrCluster.failed("TM '" + name + "': " + what, url + ", collection " + collection, e);
    }

    /** A query over this TM's units (its filter and route). */
    SolrQuery units(String q) {
        SolrQuery s = new SolrQuery(q);
        s.addFilterQuery(SolrSchema.TM + ":" + ClientUtils.escapeQueryChars(remote));
        s.set("_route_", route);
        return s;
    }

    /** The number of units visible now. */
    long count() throws SolrServerException, IOException {
        SolrQuery q = units("*:*");
        q.setRows(0);
        return query(q).getResults().getNumFound();
    }

    /**
     * Commits the collection and waits (10 s at most) until its TLOG followers hold the commit too
     * ({@link SolrLeaders#catchUp}): every write of tmsh ends here, so that after an import or a change
     * any replica (the one that becomes leader when a node is lost included) answers with it.
     */
    void commit() throws SolrServerException, IOException {
        client.commit(collection, true, true);
        SolrLeaders.of(client, url, collection).catchUp(10_000);
    }

    /** A read of this TM's collection, answered by the shards' leaders ({@link SolrCluster#read}). */
    QueryResponse query(SolrQuery q) throws SolrServerException, IOException {
        return SolrCluster.read(client, collection, q);
    }

    /**
     * The TM's meta document as last committed, or null (a query, not a real-time get: a real-time
     * get is answered by whichever replica the receiving node picks; every import commits its meta).
     */
    SolrDocument meta() throws SolrServerException, IOException {
        SolrQuery q = new SolrQuery(SolrSchema.ID + ":" + ClientUtils.escapeQueryChars(SolrSchema.metaId(route)));
        q.set("_route_", route);
        q.setRows(1);
        q.setFields("*");
        var docs = query(q).getResults();
        return docs.isEmpty() ? null : docs.get(0);
    }

    @Override
    public ImportReport importFile(Path file, String srcLang, String tgtLang, Progress progress,
                                   java.util.Map<String, String> props) {
        try {
            return importer.importFile(file, srcLang, tgtLang, progress, props);
        } finally {
            forget();
        }
    }

    @Override
    public ImportReport add(List<TmxUnit> units, String srcLang, String origin) {
        try {
            return importer.add(units, srcLang, origin);
        } finally {
            forget();
        }
    }

    @Override
    public String sourceLang() throws IOException {
        try {
            SolrDocument m = meta();
            return m == null ? null : (String) m.getFirstValue(SolrSchema.SRCLANG);
        } catch (SolrServerException | RuntimeException e) {
            throw failed("reading its languages", e);
        }
    }

    @Override
    public Map<String, Long> languages() throws IOException {
        return stats(false).languages();
    }

    /** The unit count and the languages with their counts, as one request read them at {@code at} (nanoTime). */
    private record Recent(long count, Map<String, Long> languages, long at) {
    }

    private volatile Recent recent;

    /**
     * The TM's unit count and languages (one request, a facet over the units' languages), read again
     * when {@code recent} is false or the last reading is a second old or more: a look-up needs the
     * languages (which pairs to search) and the count (which words are common), and asking for them
     * on every look-up was one request of three. This handle's own imports and changes forget the
     * reading ({@link #forget}); another process's import is seen within a second.
     */
    private Recent stats(boolean recent) throws IOException {
        Recent r = this.recent;
        if (recent && r != null && System.nanoTime() - r.at() < 1_000_000_000L) {
            return r;
        }
        SolrQuery q = units("*:*");
        q.setRows(0);
        q.setFacet(true);
        q.addFacetField(SolrSchema.LANG);
        q.setFacetMinCount(1);
        q.setFacetLimit(-1);
        if (!"fc".equals(System.getProperty("tmsh.solr.languages", "enum"))) {
            // a TM has few languages: count each as its cached set of units intersected with the TM's,
            // instead of walking every unit's languages (the default); walking them was a fifth of the
            // cluster's CPU time in the profile of look-ups at a million units (-Dtmsh.solr.languages=fc: as before)
            q.set("facet.method", "enum");
        }
        try {
            QueryResponse resp = query(q);
            FacetField f = resp.getFacetField(SolrSchema.LANG);
            Map<String, Long> out = new LinkedHashMap<>();
            if (f != null && f.getValues() != null) {
                f.getValues().forEach(c -> out.put(c.getName(), c.getCount()));
            }
            r = new Recent(resp.getResults().getNumFound(), TranslationMemory.mostFrequentFirst(out), System.nanoTime());
            this.recent = r;
            return r;
        } catch (SolrServerException | RuntimeException e) {
            throw failed("reading its languages", e);
        }
    }

    /** Forgets the last reading of the count and languages (this handle changed the TM). */
    void forget() {
        recent = null;
    }

    @Override
    public long unindexedMeta() {
        return SolrMaintenance.unindexedMeta(this);
    }

    @Override
    public long reindex(org.tmsh.common.Progress progress) {
        return SolrMaintenance.reindex(this, progress);
    }

    @Override
    public long size() throws IOException {
        try {
            return count();
        } catch (SolrServerException | RuntimeException e) {
            throw failed("counting units", e);
        }
    }

    /** The unit count, counted again at most once a second: a look-up's measure of which words are common. */
    long recentSize() throws IOException {
        return stats(true).count();
    }

    @Override
    public List<Match> search(String text, String srcLang, String tgtLang, int min, int max, SearchOptions options)
            throws IOException {
        if (text.isBlank() || max <= 0) {
            return List.of();
        }
        try {
            return LanguagePairs.search(stats(true).languages().keySet(), srcLang, tgtLang, max, (s, t) -> {
                try {
                    return lookup.search(tokenizer, text, s, t, min, max, options);
                } catch (SolrServerException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (RuntimeException e) {
            throw failed("look-up", e);
        }
    }

    @Override
    public List<ConcordanceHit> concordance(String text, String lang, String otherLang, int max, UnitFilter filter)
            throws IOException {
        Concordance c = new Concordance(tokenizer, text);
        if (c.isEmpty()) {
            return List.of();
        }
        List<String> all = new ArrayList<>(languages().keySet());
        List<String> langs = lang != null ? LanguageTags.matching(lang, all) : all;
        try {
            return lookup.concordance(c, langs, all, otherLang, max, filter);
        } catch (SolrServerException | RuntimeException e) {
            throw failed("concordance", e);
        }
    }

    /** Pages through the units with a cursor, sorted by import position (then id). */
    @Override
    public void forEachUnit(Consumer<TmxUnit> action) throws IOException {
        List<String> langs = new ArrayList<>(languages().keySet());
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        try {
            while (true) {
                SolrQuery q = units("*:*");
                q.setFields(SolrSchema.TUID, SolrSchema.XML, "t_*");
                q.addSort(SolrSchema.SEQ, SolrQuery.ORDER.asc);
                q.addSort(SolrSchema.ID, SolrQuery.ORDER.asc);
                q.setRows(1000);
                q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
                QueryResponse r = query(q);
                for (SolrDocument d : r.getResults()) {
                    List<TmxUnit.Variant> variants = new ArrayList<>();
                    for (String l : langs) {
                        Object t = d.getFirstValue(SolrSchema.text(l));
                        if (t != null) {
                            variants.add(new TmxUnit.Variant(l, SolrSchema.string(t)));
                        }
                    }
                    action.accept(new TmxUnit(SolrSchema.string(d.getFirstValue(SolrSchema.TUID)), variants,
                            (String) d.getFirstValue(SolrSchema.XML)));
                }
                String next = r.getNextCursorMark();
                if (next == null || next.equals(cursor)) {
                    return;
                }
                cursor = next;
            }
        } catch (SolrServerException | RuntimeException e) {
            throw failed("reading its units", e);
        }
    }

    @Override
    public org.tmsh.memory.UnitRecord unit(String id) throws IOException {
        try {
            return new SolrMaintenance.Units(this, false).get(id);
        } catch (RuntimeException e) {
            throw failed("reading unit " + id, e);
        }
    }

    @Override
    public void forEachRecord(Consumer<org.tmsh.memory.UnitRecord> action) throws IOException {
        try {
            new SolrMaintenance.Units(this, false).forEach(action);
        } catch (RuntimeException e) {
            throw failed("reading its units", e);
        }
    }

    @Override
    public List<org.tmsh.memory.UnitChange> change(org.tmsh.memory.UnitPlan plan, boolean dryRun) {
        try {
            return SolrMaintenance.change(this, plan, dryRun);
        } finally {
            forget();
        }
    }

    /** A plan the next import applies to its units ({@link #planWithImport}) and what it is, for the record of it. */
    record ImportPlan(String what, java.util.function.LongFunction<org.tmsh.memory.UnitPlan> plan) {
    }

    private ImportPlan importPlan;

    @Override
    public boolean planWithImport(java.util.function.LongFunction<org.tmsh.memory.UnitPlan> plan) {
        return planWithImport("a conflict policy", plan);
    }

    /**
     * The next import of this handle applies {@code plan} under its lock after its units, and records it
     * before sending them ({@link SolrImportPlan}): a kill in between is finished by the next import
     * with a plan. Not one commit (Solr has no transaction over several documents), but never lost.
     */
    @Override
    public synchronized boolean planWithImport(String what, java.util.function.LongFunction<org.tmsh.memory.UnitPlan> plan) {
        importPlan = plan == null ? null : new ImportPlan(what, plan);
        return true;
    }

    /** The plan the next import applies ({@link #planWithImport}), or null; cleared. */
    synchronized ImportPlan takeImportPlan() {
        ImportPlan p = importPlan;
        importPlan = null;
        return p;
    }

    @Override
    public TmStats stats() throws IOException {
        try {
            long n = count();
            SolrDocument m = meta();
            return new TmStats(name, n, languages(), m == null ? null : (String) m.getFirstValue(SolrSchema.SRCLANG), 0, 0,
                    m == null ? null : (String) m.getFirstValue(SolrSchema.CREATED),
                    m == null ? null : (String) m.getFirstValue(SolrSchema.UPDATED));
        } catch (SolrServerException | RuntimeException e) {
            throw failed("stats", e);
        }
    }

    /** Drops the collection if tmsh created it, else deletes only this TM's documents. */
    @Override
    public void drop() throws IOException {
        forget();
        if (owned) {
            SolrCluster.deleteCollection(url, collection);
            return;
        }
        try {
            client.deleteByQuery(collection, SolrSchema.TM + ":" + ClientUtils.escapeQueryChars(remote));
            client.deleteById(collection, List.of(SolrSchema.metaId(route), SolrImportLock.lockId(route), SolrImportPlan.id(route)));
            commit();
        } catch (SolrServerException | RuntimeException e) {
            throw failed("deleting its units", e);
        }
    }

    /**
     * Where this handle's look-ups spent their time so far: look-ups, requests, Solr's own time
     * (QTime), the requests' whole time on the client (QTime plus transfer and parsing), tmsh's
     * rescoring, and candidates fetched (the TM benchmark prints it).
     */
    public record LookupTimes(long lookups, long requests, double qtimeMs, double requestMs, double rescoreMs,
                              long fetched) {
    }

    public LookupTimes lookupTimes() {
        SolrLookup.Times t = lookup.times;
        return new LookupTimes(t.lookups.sum(), t.requests.sum(), t.qtimeMs.sum(), t.requestNs.sum() / 1e6,
                t.rescoreNs.sum() / 1e6, t.fetched.sum());
    }

    /** True if dropping this TM drops a whole collection (tmsh created it). */
    public boolean ownsCollection() {
        return owned;
    }

    /** Nothing to release: the client is the process's one for this cluster ({@link SolrCluster#client}). */
    @Override
    public void close() {
    }
}
