package org.tmsh.memory.lucene;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.document.Document;

import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.formats.tmx.UnitSource;
import org.tmsh.match.Tokenizer;
import org.tmsh.memory.ImportHook;
import org.tmsh.memory.UnitKeys;

/**
 * Parses the input and decides duplicates on a second thread while the indexing threads build
 * and add the documents, in batches through a small bounded queue (memory stays flat whatever
 * the file size). Each document carries its position in the input ({@code seq}), which export follows.
 * Any failure on the reading thread, an {@link Error} such as running out of memory included, is
 * rethrown to the caller by {@link #hasNext()}, so that the import rolls back instead of committing
 * the units read so far.
 */
final class ImportPipeline implements Iterator<ImportPipeline.Prepared>, AutoCloseable {

    /** What to do with a unit: add it, add it replacing an earlier copy from the same input, or skip it. */
    enum Action { ADD, REPLACE, SKIP }

    /**
     * A unit ready to index: its duplicate key, what to do with it, and the unit with its position;
     * the indexing threads build its document ({@link #doc}), so that tokenizing runs on all of them.
     */
    record Prepared(String key, TmxUnit unit, long seq, Action action) {
        Document doc(Tokenizer tokenizer, int format) {
            return TmSchema.document(unit, key, tokenizer, seq, format);
        }
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
    private volatile Throwable failure;
    private List<Prepared> batch = List.of();
    private int pos;
    private boolean ended;

    ImportPipeline(UnitSource in, Dedup dedup, long firstSeq, ImportHook hook) {
        thread = new Thread(() -> {
            try {
                List<Prepared> b = new ArrayList<>(BATCH);
                TmxUnit u;
                long seq = firstSeq;
                long n = 0;
                while (!cancelled && (u = in.next()) != null) {
                    hook.at(ImportHook.Stage.READ, n++);
                    b.add(prepare(u, dedup, seq++));
                    if (b.size() == BATCH) {
                        put(b);
                        b = new ArrayList<>(BATCH);
                    }
                }
                put(b);
            } catch (Throwable e) {
                failure = e;
            } finally {
                put(END);
            }
        }, "tmsh-import-reader");
        thread.setDaemon(true);
        thread.start();
    }

    static Prepared prepare(TmxUnit u, Dedup dedup, long seq) {
        String key = UnitKeys.dupKey(u);
        Action action = dedup.decide(key);
        return new Prepared(key, action == Action.SKIP ? null : u, seq, action);
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
                    throw unchecked(failure);
                }
            }
        }
        return !ended;
    }

    /** A failure of another thread, rethrown as it was where Java allows (an {@link Error} stays an error). */
    static RuntimeException unchecked(Throwable t) {
        if (t instanceof RuntimeException re) {
            return re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(t);
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
