package org.tmsh.memory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.document.Document;

import org.tmsh.match.Tokenizer;
import org.tmsh.formats.tmx.TmxReader;
import org.tmsh.formats.tmx.TmxUnit;

/**
 * Parses TMX, decides duplicates and builds Lucene documents on a second thread while the
 * indexing threads add them, in batches through a small bounded queue (memory stays flat whatever
 * the file size). Each document carries its position in the input ({@code seq}), which export follows.
 * A parse error on the reading thread is rethrown to the caller by {@link #hasNext()}.
 */
final class ImportPipeline implements Iterator<ImportPipeline.Prepared>, AutoCloseable {

    /** What to do with a unit: add it, add it replacing an earlier copy from the same input, or skip it. */
    enum Action { ADD, REPLACE, SKIP }

    /** A unit ready to index: its duplicate key, its document and what to do with it. */
    record Prepared(String key, Document doc, Action action) {
    }

    /** Decides the action of each unit, in input order (not thread-safe: one caller). */
    interface Dedup {
        Action decide(String key);
    }

    private static final int BATCH = 256;
    private static final List<Prepared> END = new ArrayList<>();

    private final BlockingQueue<List<Prepared>> queue = new ArrayBlockingQueue<>(32);
    private final Thread thread;
    private volatile boolean cancelled;
    private volatile RuntimeException failure;
    private List<Prepared> batch = List.of();
    private int pos;
    private boolean ended;

    ImportPipeline(org.tmsh.formats.tmx.UnitSource in, Tokenizer tokenizer, Dedup dedup, long firstSeq) {
        thread = new Thread(() -> {
            try {
                List<Prepared> b = new ArrayList<>(BATCH);
                TmxUnit u;
                long seq = firstSeq;
                while (!cancelled && (u = in.next()) != null) {
                    b.add(prepare(u, tokenizer, dedup, seq++));
                    if (b.size() == BATCH) {
                        put(b);
                        b = new ArrayList<>(BATCH);
                    }
                }
                put(b);
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                put(END);
            }
        }, "tmsh-import-reader");
        thread.setDaemon(true);
        thread.start();
    }

    static Prepared prepare(TmxUnit u, Tokenizer tokenizer, Dedup dedup, long seq) {
        String key = TmSchema.dupKey(u);
        Action action = dedup.decide(key);
        return new Prepared(key, action == Action.SKIP ? null : TmSchema.document(u, tokenizer, seq), action);
    }

    private void put(List<Prepared> b) {
        try {
            while (!cancelled && !queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
                // the indexing side is busy; wait
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean hasNext() {
        while (!ended && pos >= batch.size()) {
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("import interrupted", e);
            }
            pos = 0;
            if (batch == END) {
                ended = true;
                if (failure != null) {
                    throw failure;
                }
            }
        }
        return !ended;
    }

    @Override
    public Prepared next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.get(pos++);
    }

    /** Stops the reading thread (after an error on the indexing side) and waits for it. */
    @Override
    public void close() {
        cancelled = true;
        while (thread.isAlive()) {
            queue.clear();
            try {
                thread.join(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
