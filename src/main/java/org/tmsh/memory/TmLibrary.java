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

import org.tmsh.common.TmshException;
import org.tmsh.common.TmshHome;
import org.tmsh.memory.lucene.LuceneMemory;

/**
 * The translator's TMs: one folder each under a root ({@code $TMSH_HOME/tm}), holding either an
 * embedded index or the registration of a Solr collection ({@link TmRegistration}). Opens the right
 * implementation, and keeps the TMs it has opened, so that an interactive session reuses them.
 */
public final class TmLibrary implements AutoCloseable {

    public static final String DEFAULT = "default";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Path root;
    private final Map<String, TranslationMemory> open = new HashMap<>();
    private final boolean warm;

    public TmLibrary(Path root) {
        this(root, false);
    }

    private TmLibrary(Path root, boolean warm) {
        this.root = root;
        this.warm = warm;
    }

    /**
     * The TMs under {@code root} as an interactive shell holds them: each TM is asked to warm in the background when
     * the shell first opens it ({@link TranslationMemory#warm}; the embedded TM's warmer is off unless
     * {@code -Dtmsh.tm.warm=true}). A one-shot command exits too soon for that to pay and uses {@link #underHome()}. The look-up
     * benchmark opens its TM through this too, as the shell does.
     */
    public static TmLibrary interactive(Path root) {
        return new TmLibrary(root, true);
    }

    /** The TMs of this user: {@code $TMSH_HOME/tm}. */
    public static TmLibrary underHome() {
        return new TmLibrary(TmshHome.path().resolve("tm"));
    }

    public Path root() {
        return root;
    }

    /**
     * {@code name} if it is a TM name ({@link org.tmsh.common.StoreNames}), or the name of a TM under
     * {@code $TMSH_HOME/tm} made before the rule refused it ({@code CON}): that one stays reachable, to be
     * exported or deleted.
     */
    public static String checkName(String name) {
        return org.tmsh.common.StoreNames.checkExisting(name, "TM", TmshHome.path().resolve("tm"), "");
    }

    /** As {@link #checkName}, for a TM of this library's root. */
    private String name(String name) {
        return org.tmsh.common.StoreNames.checkExisting(name, "TM", root, "");
    }

    /**
     * The folder of TMs, and the TM's own folder when {@code name} is given, are folders (or absent):
     * a file where tmsh keeps a folder is named in one line, never read as "no TMs" or a failed open.
     */
    private void checkFolders(String name) {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new TmshException(root + ": is a file, not the folder of translation memories; move it away"
                    + " (tmsh makes the folder again at the next import)");
        }
        Path dir = name == null ? null : root.resolve(name);
        if (dir != null && Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir)) {
            throw new TmshException("TM '" + name + "': " + dir + " is a file, not a TM folder; move it away or use"
                    + " another name");
        }
    }

    public boolean exists(String name) {
        return Files.isDirectory(root.resolve(name(name)));
    }

    /** The TM, created (an empty embedded one) if it does not exist yet. */
    public synchronized TranslationMemory openOrCreate(String name) {
        name(name);
        checkFolders(name);
        TranslationMemory tm = open.get(name);
        if (tm == null) {
            Path dir = root.resolve(name);
            if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                org.tmsh.common.StoreNames.checkNoCaseTwin(root, name, "", "TM");
            }
            // a TM's folder (and tm/ itself) is tmsh's own: a link there would send its writes elsewhere
            org.tmsh.common.AtomicFiles.checkOwn(root.toAbsolutePath().getParent(), dir.resolve(TmRegistration.FILE));
            TmRegistration reg = TmRegistration.read(dir);
            tm = switch (reg.backend()) {
                case "solr" -> org.tmsh.memory.solr.SolrMemory.open(name, reg);
                default -> lucene(name, dir);
            };
            open.put(name, tm);
            if (warm) {
                tm.warm();
            }
        }
        return tm;
    }

    private static TranslationMemory lucene(String name, Path dir) {
        try {
            return new LuceneMemory(name, dir);
        } catch (IOException e) {
            throw new TmshException("TM '" + name + "': cannot open " + dir + ": " + org.tmsh.common.AtomicFiles.message(e), e);
        }
    }

    /** An existing TM; a clear error naming the known ones otherwise. */
    public TranslationMemory open(String name) {
        checkFolders(name(name));
        if (!exists(name)) {
            List<String> names = list();
            throw new TmshException("no TM named '" + name + "'" + (names.isEmpty() ? "; create one with 'tm import FILE.tmx --tm "
                    + name + "'" : " (TMs: " + String.join(", ", names) + ")"));
        }
        return openOrCreate(name);
    }

    /** Registers a TM that lives elsewhere (a Solr collection); refused if the name is taken. */
    public synchronized void register(String name, TmRegistration reg) {
        checkFolders(org.tmsh.common.StoreNames.check(name, "TM"));
        if (exists(name)) {
            throw new TmshException("a TM named '" + name + "' exists already (" + root.resolve(name) + ")");
        }
        org.tmsh.common.StoreNames.checkNoCaseTwin(root, name, "", "TM");
        org.tmsh.common.AtomicFiles.checkOwn(root.toAbsolutePath().getParent(), root.resolve(name).resolve(TmRegistration.FILE));
        reg.write(root.resolve(name));
    }

    /** Names of the TMs, sorted. */
    public List<String> list() {
        checkFolders(null);
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

    /** The defaults kept for a TM ({@code tm settings}); {@link TmSettings#NONE} when it has none. */
    public TmSettings settings(String name) {
        checkFolders(name(name));
        Path dir = root.resolve(name);
        org.tmsh.common.AtomicFiles.checkOwn(root.toAbsolutePath().getParent(), dir.resolve(TmSettings.FILE));
        return TmSettings.read(dir);
    }

    /** Changes an existing TM's defaults under its settings lock; returns what was stored. */
    public TmSettings updateSettings(String name, TmSettings.Change change) {
        open(name);
        return TmSettings.update(root.toAbsolutePath().getParent(), root.resolve(name), name, change);
    }

    /**
     * A look-up's options in TM {@code name}: the command's own filters and penalties where it gives any,
     * else the TM's defaults ({@link #settings}).
     */
    public SearchOptions searchOptions(String name, List<String> filters, List<String> penalties) {
        TmSettings s = exists(name) ? settings(name) : TmSettings.NONE;
        return new SearchOptions(s.filterOr(filters), s.penaltiesOr(penalties), null);
    }

    /** Deletes a TM: its units and storage, then its folder. */
    public synchronized void delete(String name) {
        TranslationMemory tm = open(name);
        try {
            tm.drop();
        } catch (IOException e) {
            throw new TmshException("TM '" + name + "': cannot delete " + tm.location() + ": " + e.getMessage(), e);
        }
        open.remove(name);
        Path dir = root.resolve(name);
        try {
            Files.deleteIfExists(dir.resolve(TmRegistration.FILE));
            Files.deleteIfExists(dir.resolve(TmSettings.FILE));
            Files.deleteIfExists(dir.resolve(TmSettings.LOCK));
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
