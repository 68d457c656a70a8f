package org.tmsh.memory.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * Maps the pages of a TM's index into this process in the background once an interactive shell has opened it, so
 * that the first look-ups after the open do not each stop on page faults for the parts of the index they touch
 * first.
 *
 * <p>The index's files are memory-mapped ({@code MMapDirectory}); a page that is in the operating system's page
 * cache but not yet mapped into this process costs a minor fault the first time a look-up reads it. At ten million
 * units a look-up reads scattered pages of 5 GB of files (doc values of its candidates above all), so for the
 * first few thousand look-ups each takes several such faults. The warmer reads one byte of every page of the
 * files the reader has open, through clones of the reader's own inputs (so through the same mappings), on one
 * daemon thread, while the reader is held ({@code incRef}) so that none of them closes under it. It writes
 * nothing, starts after the reader it warms is open, and a look-up never waits for it. As Elasticsearch's
 * {@code index.store.preload}, but in the background; Lucene's own preload ({@code MMapDirectory.setPreload})
 * would load the pages inside the reader's open, delaying the first look-up.
 *
 * <p>NOTE: only for a process that lives on (the shell: {@link org.tmsh.memory.TmLibrary#interactive}); a
 * one-shot command exits before it would pay back. When the index is not in the page cache at all, the warmer
 * reads it from disk (as a look-up would, page by page, but in order). Off unless {@code -Dtmsh.tm.warm=true}: measured
 * on an index in the page cache, it took no fault off the look-ups (theirs are pages of a growing heap).
 */
final class PageWarmer {

    /**
     * Whether a shell's TMs are warmed ({@code -Dtmsh.tm.warm=true}; off by default: on an index in the page cache it
     * took no fault off the look-ups, docs/memory-performance.md). A test switches it.
     */
    static volatile boolean enabled = "true".equals(System.getProperty("tmsh.tm.warm"));

    /**
     * The files warmed, by extension ({@code -Dtmsh.tm.warmFiles}, a comma list): those of the look-up's terms,
     * postings, doc values and stored fields, and the compound file that holds them in a small segment.
     */
    static final Set<String> FILES = Set.of(System.getProperty("tmsh.tm.warmFiles", "tim,tip,doc,pos,psm,dvd,fdt,cfs")
            .toLowerCase(Locale.ROOT).split(","));

    private static final int PAGE = 4096;

    private final ConcurrentLinkedQueue<IndexInput> opened = new ConcurrentLinkedQueue<>();
    private volatile boolean recording;
    private volatile boolean stopped;
    private volatile Thread thread;
    /** Pages touched and the thread's CPU nanoseconds, for the benchmark's report. */
    private volatile long pages;
    private volatile long cpuNanos;
    private volatile long wallNanos;

    /**
     * {@code dir} for a reader: once {@link #start} has been called, the inputs of the warmed files the reader opens
     * are kept until the warmer has taken them (before, none: a one-shot command keeps nothing).
     */
    Directory recording(Directory dir) {
        return new FilterDirectory(dir) {
            @Override
            public IndexInput openInput(String name, IOContext context) throws IOException {
                IndexInput in = super.openInput(name, context);
                if (recording && FILES.contains(extension(name))) {
                    opened.add(in);
                }
                return in;
            }
        };
    }

    /**
     * Starts the warmer (at most once), which opens the reader through {@code reader} and warms the files that open
     * read; returns at once. Called before the reader is first opened (a reader open already is not warmed).
     */
    synchronized void start(Supplier<DirectoryReader> reader) {
        if (thread != null || !enabled || stopped) {
            return;
        }
        recording = true;
        Thread t = new Thread(() -> run(reader), "tmsh-warm");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        thread = t;
        t.start();
    }

    /**
     * Stops a warmer still running (the TM is closed or deleted) and waits for it: it ends at its next page and lets
     * the reader go, so no file of the index is held open after this returns. Not to be called holding the TM's lock
     * (the warmer may be waiting for it to open the reader).
     */
    void stop() {
        stopped = true;
        recording = false;
        opened.clear();
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            boolean interrupted = false;
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether a warmer was started and has ended. */
    boolean done() {
        Thread t = thread;
        return t != null && !t.isAlive();
    }

    long pages() {
        return pages;
    }

    /** What the warmer has done, in a line: not started, running, or the pages it touched and its CPU time. */
    String report() {
        if (thread == null) {
            return "warmer not started";
        }
        return done() ? String.format(Locale.ROOT, "warmer done: %,d pages touched, %.0f ms of CPU in %.0f ms",
                pages, cpuNanos / 1e6, wallNanos / 1e6)
                : "warmer still running";
    }

    /** Waits for the warmer to end (tests and the benchmark only). */
    void await() throws InterruptedException {
        Thread t = thread;
        if (t != null) {
            t.join();
        }
    }

    private void run(Supplier<DirectoryReader> open) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        DirectoryReader r;
        try {
            r = open.get();
        } catch (RuntimeException e) {
            r = null; // a damaged index: the look-up that reads it says so, the warmer stays silent
        }
        recording = false;
        if (r == null || !r.tryIncRef()) {
            opened.clear();
            return;
        }
        List<IndexInput> inputs = new ArrayList<>(opened);
        opened.clear();
        try {
            long n = 0;
            for (IndexInput in : inputs) {
                n += touch(in);
            }
            pages = n;
        } finally {
            cpuNanos = mx.getCurrentThreadCpuTime() - c0;
            wallNanos = System.nanoTime() - t0;
            try {
                r.decRef();
            } catch (IOException ignored) {
                // the reader was closed meanwhile; its closing reports its own errors
            }
        }
    }

    /** One byte of every page of {@code in}, read through a clone (the same mapping); the pages touched. */
    private long touch(IndexInput in) {
        long n = 0;
        try {
            IndexInput c = in.clone();
            long length = c.length();
            for (long p = 0; p < length && !stopped; p += PAGE) {
                c.seek(p);
                c.readByte();
                n++;
            }
        } catch (IOException | AlreadyClosedException e) {
            // a file the reader has let go of meanwhile: nothing to warm
        }
        return n;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
