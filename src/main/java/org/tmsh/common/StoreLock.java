package org.tmsh.common;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One writer at a time for a file of tmsh's own store (a glossary), across processes and threads:
 * the lock that a read-modify-write holds from the read to the atomic replacement of the file.
 *
 * <p>Behaviour: {@link #acquire} takes, in this order, a lock of this JVM for the lock file and the
 * system's lock on it ({@link FileChannel#tryLock}, held by the process). Another writer waits, polling,
 * for at most {@value #DEFAULT_WAIT_MS} ms (system property {@value #WAIT_PROPERTY}), then is refused
 * with one line naming what is locked. The lock file stays (empty) beside the store, as Lucene's
 * {@code write.lock} does; a lock whose process has ended is released by the system, so a kill -9
 * never leaves a glossary locked. A symbolic link where the lock file belongs, or at any folder between
 * tmsh's home and it ({@link AtomicFiles#checkOwn}), is refused before anything is created.
 *
 * <p>NOTE: the JVM lock comes first because on POSIX systems closing any channel of a file drops
 * every lock the process holds on it: a second thread must never open the lock file while the first
 * holds it. The lock is not reentrant: a holder that asks again is a programming error.
 */
public final class StoreLock implements AutoCloseable {

    /** System property: how long a writer waits for another, in milliseconds. */
    public static final String WAIT_PROPERTY = "tmsh.lock.waitMs";
    static final long DEFAULT_WAIT_MS = 30_000;
    private static final long POLL_MS = 20;
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock jvm;
    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(ReentrantLock jvm, FileChannel channel, FileLock lock) {
        this.jvm = jvm;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Holds the lock of {@code lockFile} (created if missing) for the caller; {@code what} names the
     * store in the refusal ("glossary 'names'"); {@code onWait} (may be null) runs once when the lock
     * is busy and the caller begins to wait (tests use it to know that an overlap happened).
     */
    public static StoreLock acquire(Path lockFile, String what, Runnable onWait) {
        long waitMs = Long.getLong(WAIT_PROPERTY, DEFAULT_WAIT_MS);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMs);
        // the lock file is tmsh's own, and so is every folder between the home and it: a link at any of
        // them would make the lock (created if missing) a file written where it does not belong
        AtomicFiles.checkOwn(TmshHome.path(), lockFile);
        Path key = lockFile.toAbsolutePath().normalize();
        ReentrantLock jvm = IN_JVM.computeIfAbsent(key, k -> new ReentrantLock());
        if (jvm.isHeldByCurrentThread()) {
            throw new IllegalStateException(what + ": lock asked for twice by one writer");
        }
        boolean waited = false;
        try {
            if (!jvm.tryLock()) {
                waited = waiting(onWait);
                if (!jvm.tryLock(remaining(deadline), TimeUnit.NANOSECONDS)) {
                    throw busy(what, lockFile, waitMs);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TmshException(what + ": interrupted while waiting for another tmsh process to finish");
        }
        FileChannel ch = null;
        try {
            ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            while (true) {
                FileLock l;
                try {
                    l = ch.tryLock();
                } catch (OverlappingFileLockException e) {
                    l = null; // cannot happen behind the JVM lock; treated as busy all the same
                }
                if (l != null) {
                    return new StoreLock(jvm, ch, l);
                }
                if (!waited) {
                    waited = waiting(onWait);
                }
                if (remaining(deadline) <= 0) {
                    throw busy(what, lockFile, waitMs);
                }
                Thread.sleep(POLL_MS);
            }
        } catch (IOException e) {
            close(ch);
            jvm.unlock();
            throw TmshException.inFile(lockFile, 0, "cannot lock " + what + ": " + AtomicFiles.message(e), e);
        } catch (InterruptedException e) {
            close(ch);
            jvm.unlock();
            Thread.currentThread().interrupt();
            throw new TmshException(what + ": interrupted while waiting for another tmsh process to finish");
        } catch (RuntimeException e) {
            close(ch);
            jvm.unlock();
            throw e;
        }
    }

    private static boolean waiting(Runnable onWait) {
        if (onWait != null) {
            onWait.run();
        }
        return true;
    }

    private static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    private static TmshException busy(String what, Path lockFile, long waitMs) {
        return new TmshException(what + " is being changed by another tmsh command (lock " + lockFile + "); waited "
                + (waitMs >= 1000 ? waitMs / 1000 + " s" : waitMs + " ms") + "; try again when it has finished");
    }

    private static void close(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // the lock is released with the channel
            }
        }
    }

    /** Releases the lock: the system's, then this JVM's. */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        } finally {
            close(channel);
            jvm.unlock();
        }
    }
}
