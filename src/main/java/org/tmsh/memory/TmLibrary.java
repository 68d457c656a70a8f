package org.tmsh.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

import org.tmsh.common.TmshException;
import org.tmsh.common.TmshHome;

/**
 * The translator's TMs: one folder each under a root ({@code $TMSH_HOME/tm}). Keeps the TMs it
 * has opened, so that an interactive session reuses their readers.
 */
public final class TmLibrary implements AutoCloseable {

    public static final String DEFAULT = "default";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Path root;
    private final Map<String, TranslationMemory> open = new HashMap<>();

    public TmLibrary(Path root) {
        this.root = root;
    }

    /** The TMs of this user: {@code $TMSH_HOME/tm}. */
    public static TmLibrary underHome() {
        return new TmLibrary(TmshHome.path().resolve("tm"));
    }

    public Path root() {
        return root;
    }

    public static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new TmshException("'" + name + "' is not a TM name (letters, digits, '.', '_', '-'; at most 64)");
        }
        return name;
    }

    public boolean exists(String name) {
        return Files.isDirectory(root.resolve(checkName(name)));
    }

    /** The TM, created (empty) if it does not exist yet. */
    public synchronized TranslationMemory openOrCreate(String name) {
        checkName(name);
        TranslationMemory tm = open.get(name);
        if (tm == null) {
            try {
                tm = new TranslationMemory(name, root.resolve(name));
            } catch (IOException e) {
                throw new TmshException("TM '" + name + "': cannot open " + root.resolve(name) + ": " + e.getMessage(), e);
            }
            open.put(name, tm);
        }
        return tm;
    }

    /** An existing TM; a clear error naming the known ones otherwise. */
    public TranslationMemory open(String name) {
        if (!exists(name)) {
            List<String> names = list();
            throw new TmshException("no TM named '" + name + "'" + (names.isEmpty() ? "; create one with 'tm import FILE.tmx --tm "
                    + name + "'" : " (TMs: " + String.join(", ", names) + ")"));
        }
        return openOrCreate(name);
    }

    /** Names of the TMs, sorted. */
    public List<String> list() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> NAME.matcher(n).matches()).sorted(Comparator.naturalOrder()).forEach(names::add);
        } catch (IOException e) {
            throw new TmshException(root + ": cannot list TMs: " + e.getMessage(), e);
        }
        return names;
    }

    /** Deletes a TM; refused while another process writes to it. */
    public synchronized void delete(String name) {
        TranslationMemory tm = open(name);
        Path dir = tm.dir();
        try {
            tm.close();
        } catch (IOException ignored) {
            // closing our own reader; the delete below decides
        }
        open.remove(name);
        try (FSDirectory d = FSDirectory.open(dir); Lock lock = d.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            lock.ensureValid();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    if (!p.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)) {
                        Files.delete(p);
                    }
                }
            }
        } catch (LockObtainFailedException e) {
            throw new TmshException("TM '" + name + "' is being changed by another tmsh process; not deleted");
        } catch (IOException e) {
            throw new TmshException("TM '" + name + "': cannot delete " + dir + ": " + e.getMessage(), e);
        }
        try {
            Files.deleteIfExists(dir.resolve(IndexWriter.WRITE_LOCK_NAME));
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new TmshException("TM '" + name + "': cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        for (TranslationMemory tm : open.values()) {
            try {
                tm.close();
            } catch (IOException ignored) {
                // shutting down
            }
        }
        open.clear();
    }
}
