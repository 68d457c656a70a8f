package org.tmsh.terms;

import org.tmsh.formats.glossary.GlossaryWriter;
import org.tmsh.formats.glossary.GlossaryReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.tmsh.common.StoreLock;
import org.tmsh.common.StoreNames;
import org.tmsh.common.TmshException;
import org.tmsh.common.TmshHome;

/**
 * The translator's glossaries: one TBX-Basic file each under {@code $TMSH_HOME/glossaries}, the source of truth.
 *
 * <p>Every change is a read-modify-write under the glossary's {@link StoreLock} ({@link #update}): the
 * glossary is read once the lock is held, changed, and its file replaced atomically, so two commands that
 * change one glossary at once (in two processes or two threads) both keep their changes, one after the
 * other; a writer that cannot get the lock within the wait is refused and changes nothing. Readers take
 * no lock: the atomic replacement means they see the old file or the new one, never a part.
 *
 * <p>A glossary whose file is damaged (a folder where the file belongs, unreadable TBX) is named with
 * what is wrong when it is read; {@link #list} still lists it, so that commands reading every glossary
 * can name it beside the healthy ones.
 */
public final class GlossaryStore {

    public static final String DEFAULT = "names";

    private final Path root;
    private volatile Runnable onWait;

    public GlossaryStore(Path root) {
        this.root = root;
    }

    public static GlossaryStore underHome() {
        return new GlossaryStore(TmshHome.path().resolve("glossaries"));
    }

    /** For tests: runs when a change finds the glossary locked by another writer and begins to wait. */
    public void onWait(Runnable r) {
        this.onWait = r;
    }

    /**
     * The file of glossary {@code name}; a name that breaks {@link StoreNames}' rule is refused, unless a
     * glossary of that name was made before the rule refused it ({@link StoreNames#legacy}: it stays
     * reachable, to be renamed or deleted).
     */
    public Path file(String name) {
        return root.resolve(StoreNames.checkExisting(name, "glossary", root, ".tbx") + ".tbx");
    }

    private Path lockFile(String name) {
        return root.resolve("." + name + ".tbx.lock");
    }

    /** True when glossary {@code name} has a file (or something damaged in its place). */
    public boolean exists(String name) {
        checkRoot();
        return Files.exists(file(name), java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    /** The glossary, empty if it has no file yet. */
    public Glossary load(String name) {
        Path f = file(name);
        checkRoot();
        org.tmsh.common.AtomicFiles.checkOwn(root.toAbsolutePath().getParent(), f);
        if (Files.isDirectory(f)) {
            throw TmshException.inFile(f, 0, "glossary '" + name + "' is damaged: a folder stands where its file belongs;"
                    + " move the folder away");
        }
        if (Files.exists(f) && !Files.isRegularFile(f)) {
            throw TmshException.inFile(f, 0, "glossary '" + name + "' is damaged: not a regular file; move it away");
        }
        return Files.exists(f) ? GlossaryReader.read(f, name) : new Glossary(name, List.of());
    }

    /** Replaces glossary {@code g.name()} with {@code g} whole (under the lock; what was there is not read). */
    public void save(Glossary g) {
        update(g.name(), current -> new Edited<>(g, null));
    }

    /** What an edit of {@link #update} returns: the glossary to write (null: nothing to write) and a result for the caller. */
    public record Edited<T>(Glossary glossary, T result) {
    }

    /**
     * Changes glossary {@code name}: holds its lock, reads it (empty if it has no file yet), applies
     * {@code edit}, writes what {@code edit} returns atomically, and releases the lock. An exception
     * from {@code edit} changes nothing.
     */
    public <T> T update(String name, Function<Glossary, Edited<T>> edit) {
        Path f = file(name);
        checkRoot();
        // before the folder is made: a link at the glossaries' folder must not be followed to make one
        org.tmsh.common.AtomicFiles.checkOwn(root.toAbsolutePath().getParent(), lockFile(name));
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new TmshException(root + ": cannot create the glossaries folder: " + e.getMessage(), e);
        }
        try (StoreLock lock = StoreLock.acquire(lockFile(name), "glossary '" + name + "'", onWait)) {
            if (!Files.exists(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                StoreNames.checkNoCaseTwin(root, name, ".tbx", "glossary");
            }
            Edited<T> e = edit.apply(load(name));
            if (e.glossary() != null) {
                // the stored glossary is tmsh's own file: replaced, never written through a link planted there
                org.tmsh.common.AtomicFiles.checkOwn(root.toAbsolutePath().getParent(), f);
                GlossaryWriter.write(new Glossary(name, e.glossary().concepts()), f, GlossaryWriter.Format.TBX3, null, null);
            }
            return e.result();
        }
    }

    /** What {@link #importInto} did. */
    public record Imported(String name, boolean existed, boolean replaced, int conceptsAdded, int conceptsMerged,
                           int termsAdded, int concepts, int terms) {
    }

    /**
     * Fills glossary {@code name} from {@code incoming} (read from {@code from}): merged into the glossary
     * if it exists ({@link Glossary#merge}), or replacing it when {@code replace}. A file without a single
     * concept is an error and changes nothing. The glossary is read and written under its lock.
     */
    public Imported importInto(String name, Glossary incoming, Path from, boolean replace) {
        if (incoming.concepts().isEmpty()) {
            throw TmshException.inFile(from, 0, "no concepts in the file (empty, or only a header); glossary '" + name
                    + "' left as it was");
        }
        return update(name, current -> {
            boolean existed = Files.exists(file(name));
            Glossary.Merge m = existed && !replace ? current.merge(incoming)
                    : new Glossary.Merge(new Glossary(name, incoming.concepts()), incoming.concepts().size(), 0,
                            incoming.concepts().stream().mapToInt(c -> c.terms().size()).sum());
            int terms = m.glossary().concepts().stream().mapToInt(c -> c.terms().size()).sum();
            return new Edited<>(m.glossary(), new Imported(name, existed, existed && replace, m.conceptsAdded(),
                    m.conceptsMerged(), m.termsAdded(), m.glossary().concepts().size(), terms));
        });
    }

    /**
     * Renames glossary {@code from} to {@code to}, under both glossaries' locks (taken in the order of their
     * names, so two renames never wait for each other): the glossary is written whole under its new name
     * (atomically) and then its old file is deleted, so a crash between the two leaves both, never neither.
     * Refused when {@code from} does not exist or {@code to} does. Returns the number of concepts.
     */
    public int rename(String from, String to) {
        Path f = file(from);
        Path t = file(to);
        if (from.equals(to)) {
            throw new TmshException("glossary '" + from + "' has that name already");
        }
        checkRoot();
        String first = from.compareTo(to) < 0 ? from : to;
        String second = first.equals(from) ? to : from;
        try (StoreLock a = StoreLock.acquire(lockFile(first), "glossary '" + first + "'", onWait);
             StoreLock b = StoreLock.acquire(lockFile(second), "glossary '" + second + "'", onWait)) {
            if (!Files.exists(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new TmshException("no glossary named '" + from + "'");
            }
            if (Files.exists(t, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new TmshException("there is a glossary named '" + to + "' already; delete it first or choose another name");
            }
            if (!to.equalsIgnoreCase(from)) {
                StoreNames.checkNoCaseTwin(root, to, ".tbx", "glossary");
            }
            Glossary g = load(from);
            org.tmsh.common.AtomicFiles.checkOwn(root.toAbsolutePath().getParent(), t);
            GlossaryWriter.write(new Glossary(to, g.concepts()), t, GlossaryWriter.Format.TBX3, null, null);
            deleteFile(f);
            return g.concepts().size();
        }
    }

    /**
     * Deletes glossary {@code name} under its lock (a damaged one too: that is what its error offers). The
     * lock file stays, as Lucene's {@code write.lock} does. Refused when there is no such glossary.
     */
    public void delete(String name) {
        Path f = file(name);
        checkRoot();
        try (StoreLock lock = StoreLock.acquire(lockFile(name), "glossary '" + name + "'", onWait)) {
            if (!Files.exists(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new TmshException("no glossary named '" + name + "'");
            }
            org.tmsh.common.AtomicFiles.checkOwn(root.toAbsolutePath().getParent(), f);
            if (Files.isDirectory(f)) {
                throw TmshException.inFile(f, 0, "a folder stands where glossary '" + name + "' belongs; tmsh deletes no"
                        + " folder: move it away");
            }
            deleteFile(f);
        }
    }

    private static void deleteFile(Path f) {
        try {
            Files.delete(f);
        } catch (IOException e) {
            throw new TmshException(f + ": cannot delete: " + org.tmsh.common.AtomicFiles.message(e), e);
        }
    }

    /** Names of the glossaries, sorted (damaged ones included: reading them says what is wrong). */
    public List<String> list() {
        List<String> out = new ArrayList<>();
        checkRoot();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> s = Files.list(root)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tbx"))
                    .map(n -> n.substring(0, n.length() - 4))
                    .filter(n -> StoreNames.valid(n) || StoreNames.legacy(n)).sorted().forEach(out::add);
        } catch (IOException e) {
            throw new TmshException(root + ": cannot list the glossaries: " + e.getMessage(), e);
        }
        return out;
    }

    /** Refuses a glossaries folder that is something else (a file), which would otherwise read as "no glossary". */
    private void checkRoot() {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw TmshException.inFile(root, 0, "is not a folder, but tmsh keeps its glossaries there; move it away");
        }
    }
}
