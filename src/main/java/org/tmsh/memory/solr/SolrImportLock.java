package org.tmsh.memory.solr;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.UpdateResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.NamedList;

import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TmxWriter;

/**
 * The write lock of one Solr TM, held by an import from before it counts the TM's units until after
 * its commit and count: so the growth of the count is the import's own "added", and a second import
 * of the same TM (another shell, another machine) is refused with one line instead of both
 * counting each other's units.
 *
 * <p>The lock is a document of the TM's collection ({@code ROUTE~lock}, no {@code tm} field, so no
 * unit) written with Solr's optimistic concurrency: created only if absent ({@code _version_ = -1}),
 * renewed by its holder every {@link #RENEW_MS} with the version it last wrote, deleted at the end.
 * Solr's leader of the lock's shard decides each of these atomically, so of two shells taking the
 * lock at once one gets it. A lock not renewed for {@link #lease()} (its import was killed) is
 * taken over, again against the version read, so that two shells cannot both take over one lock.
 *
 * <p>NOTE: the age of a lock is judged by the clock of the shell that finds it, against the time
 * the holder wrote: clocks apart by more than the lease make a live lock look stale (or a stale one
 * live for longer). The lease is long enough (two minutes) for ordinary clock drift.
 */
final class SolrImportLock implements AutoCloseable {

    static final long RENEW_MS = 10_000;

    private final SolrMemory tm;
    private final String id;
    private final String what;
    private final ScheduledExecutorService renewer;
    private volatile long version;
    private volatile Throwable lost;

    private SolrImportLock(SolrMemory tm, String id, String what, long version) {
        this.tm = tm;
        this.id = id;
        this.what = what;
        this.version = version;
        this.renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tmsh-solr-lock");
            t.setDaemon(true);
            return t;
        });
        renewer.scheduleWithFixedDelay(this::renew, RENEW_MS, RENEW_MS, TimeUnit.MILLISECONDS);
    }

    /** How long a lock may go unrenewed before another shell takes it over ({@code -Dtmsh.solr.lockLease}, ms, default 120000). */
    static long lease() {
        return Math.max(RENEW_MS * 2, Long.getLong("tmsh.solr.lockLease", 120_000L));
    }

    static String lockId(String route) {
        return route + "~lock";
    }

    /**
     * Takes the TM's lock for {@code what} (such as "an import on HOST"), or throws one line saying who
     * holds it and when it was last renewed.
     */
    static SolrImportLock acquire(SolrMemory tm, String what) throws SolrServerException, IOException {
        String id = lockId(tm.route());
        long now = System.currentTimeMillis();
        // read first, write only what can succeed: a write Solr refuses (a version conflict) is an error
        // in Solr's own log, so a lock held by a live import is refused here without asking Solr to write
        SolrDocument held = current(tm, id);
        if (held == null) {
            Long v = write(tm, id, -1, now, what);
            if (v != null) {
                return new SolrImportLock(tm, id, what, v);
            }
            held = current(tm, id); // another shell took it between the read and the write
        }
        long at = held == null ? now : renewedAt(held);
        if (held != null && now - at > lease()) {
            Object hv = held.getFirstValue("_version_");
            Long v = hv instanceof Number n ? write(tm, id, n.longValue(), now, what) : null;
            if (v != null) {
                return new SolrImportLock(tm, id, what, v);
            }
        }
        String by = held == null ? "?" : String.valueOf(held.getFirstValue(SolrSchema.CREATED));
        throw new TmshException("TM '" + tm.name() + "' is being changed by another tmsh process (" + by
                + ", last seen " + TmxWriter.TMX_DATE.format(Instant.ofEpochMilli(at)) + "); try again when it has"
                + " finished (the lock of a process that was killed is taken over " + lease() / 1000
                + " s after it was last renewed)");
    }

    /**
     * Writes the lock document if its current version is {@code expected} (-1: if there is none);
     * returns the new version, or null if Solr refused it (a version conflict: someone else's lock).
     */
    private static Long write(SolrMemory tm, String id, long expected, long now, String what)
            throws SolrServerException, IOException {
        SolrInputDocument d = new SolrInputDocument();
        d.addField(SolrSchema.ID, id);
        d.addField("_version_", expected);
        d.addField(SolrSchema.CREATED, what);
        d.addField(SolrSchema.UPDATED, Long.toString(now));
        UpdateRequest u = new UpdateRequest();
        u.add(d);
        u.setParam("versions", "true");
        try {
            UpdateResponse r = u.process(tm.client(), tm.collection());
            Object adds = r.getResponse().get("adds");
            if (adds instanceof NamedList<?> nl && nl.get(id) instanceof Number n) {
                return n.longValue();
            }
            SolrDocument now2 = current(tm, id);
            Object v = now2 == null ? null : now2.getFirstValue("_version_");
            return v instanceof Number n ? n.longValue() : 0L;
        } catch (SolrException e) {
            if (e.code() == 409) {
                return null;
            }
            throw e;
        }
    }

    /** The lock document as the leader of its shard has it (real-time get: acknowledged, committed or not), or null. */
    private static SolrDocument current(SolrMemory tm, String id) throws SolrServerException, IOException {
        SolrQuery q = new SolrQuery();
        q.setRequestHandler("/get");
        q.set("id", id);
        q.setFields(SolrSchema.ID, "_version_", SolrSchema.CREATED, SolrSchema.UPDATED);
        Object doc = tm.query(q).getResponse().get("doc");
        return doc instanceof SolrDocument d ? d : null;
    }

    private static long renewedAt(SolrDocument d) {
        try {
            return Long.parseLong(String.valueOf(d.getFirstValue(SolrSchema.UPDATED)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Writes the lock again with the version it holds; a conflict means another shell took it over (this one stalled). */
    private void renew() {
        if (lost != null) {
            return;
        }
        try {
            Long v = write(tm, id, version, System.currentTimeMillis(), what);
            if (v == null) {
                lost = new TmshException("TM '" + tm.name() + "': another tmsh process took over the lock of this import after it was"
                        + " not renewed for " + lease() / 1000 + " s");
            } else {
                version = v;
            }
        } catch (Exception e) {
            // a failed renewal is tried again; the lease is many renewals long
        }
    }

    /** Throws if another process has taken the lock over. */
    void check() {
        Throwable t = lost;
        if (t instanceof TmshException e) {
            throw e;
        }
    }

    /** Releases the lock (if it is still this process's). */
    @Override
    public void close() {
        // shutdown, not shutdownNow: a renewal in flight is let finish. Interrupted, its request could reach Solr and
        // change the lock's version while this process kept the old one, so the delete below met a version conflict
        // and left the lock behind (seen under a load of 30: the next import of the same TM was refused)
        renewer.shutdown();
        try {
            if (!renewer.awaitTermination(60, TimeUnit.SECONDS)) {
                renewer.shutdownNow();
            }
        } catch (InterruptedException e) {
            renewer.shutdownNow();
            Thread.currentThread().interrupt();
        }
        if (lost != null) {
            return;
        }
        try {
            UpdateRequest u = new UpdateRequest();
            u.deleteById(id, version);
            u.process(tm.client(), tm.collection());
        } catch (Exception e) {
            // left behind: taken over once its lease has run out
        }
    }
}
