package org.tmsh.memory;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.tmsh.common.AtomicFiles;
import org.tmsh.common.StoreLock;
import org.tmsh.common.TmshException;

/**
 * A TM's defaults, which every command that uses the TM applies unless given its own: filters
 * ({@link UnitFilter}), penalties ({@link Penalty}) and the import policy for a source that is already
 * in the TM with another target ({@code onConflict}). Kept in {@code $TMSH_HOME/tm/NAME/tmsh-settings.properties}
 * beside the registration, written as tmsh's own file ({@link AtomicFiles#writeOwn}) under the TM's
 * settings lock, so two shells that change settings at once do not lose a change.
 *
 * <p>Every value is checked when stored and again when read: a hand-edited file with a bad value is
 * named in one line, never half applied.
 *
 * @param filters    filter expressions (all must hold); empty: none
 * @param penalties  penalty expressions; empty: none
 * @param onConflict {@code add}, {@code overwrite}, {@code keep-newest} or {@code keep-both}; null: not set ({@link #ON_CONFLICT_DEFAULT})
 */
public record TmSettings(List<String> filters, List<String> penalties, String onConflict) {

    public static final String FILE = "tmsh-settings.properties";
    public static final String LOCK = "tmsh-settings.lock";
    /** The import policies ({@code --on-conflict}). */
    public static final Set<String> ON_CONFLICT = Set.of("add", "overwrite", "keep-newest", "keep-both");
    /** The policy when neither the command nor the TM's settings name one. */
    public static final String ON_CONFLICT_DEFAULT = "add";

    public static final TmSettings NONE = new TmSettings(List.of(), List.of(), null);

    public TmSettings {
        filters = filters == null ? List.of() : List.copyOf(filters);
        penalties = penalties == null ? List.of() : List.copyOf(penalties);
        UnitFilter.parse(filters);
        Penalty.parse(penalties);
        if (onConflict != null) {
            onConflict = onConflict.strip().toLowerCase(Locale.ROOT);
            if (!ON_CONFLICT.contains(onConflict)) {
                throw new TmshException("--on-conflict '" + onConflict + "': expected one of " + String.join(", ", new TreeSet<>(ON_CONFLICT)));
            }
        }
    }

    /** The filter these settings hold. */
    public UnitFilter filter() {
        return UnitFilter.parse(filters);
    }

    /** The penalties these settings hold. */
    public List<Penalty> penaltyList() {
        return Penalty.parse(penalties);
    }

    /** The import policy: the stored one, else {@link #ON_CONFLICT_DEFAULT}. */
    public String onConflictOrDefault() {
        return onConflict == null ? ON_CONFLICT_DEFAULT : onConflict;
    }

    public boolean isEmpty() {
        return filters.isEmpty() && penalties.isEmpty() && onConflict == null;
    }

    /** The command's own filters if it has any, else these defaults. */
    public UnitFilter filterOr(List<String> given) {
        return given != null && !given.isEmpty() ? UnitFilter.parse(given) : filter();
    }

    /** The command's own penalties if it has any, else these defaults. */
    public List<Penalty> penaltiesOr(List<String> given) {
        return given != null && !given.isEmpty() ? Penalty.parse(given) : penaltyList();
    }

    /** The command's own policy if given, else the stored one, else the default. */
    public String onConflictOr(String given) {
        if (given != null) {
            return new TmSettings(List.of(), List.of(), given).onConflict();
        }
        return onConflictOrDefault();
    }

    /** The settings in a TM's folder ({@link #NONE} when it has none). */
    public static TmSettings read(Path tmDir) {
        Path f = tmDir.resolve(FILE);
        if (Files.isSymbolicLink(f)) {
            throw TmshException.inFile(f, 0, "is a symbolic link where tmsh keeps its own file; remove the link");
        }
        if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
            return NONE;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw TmshException.inFile(f, 0, "cannot read the TM's settings: " + e.getMessage(), e);
        }
        try {
            return new TmSettings(numbered(p, "filter."), numbered(p, "penalty."), p.getProperty("on-conflict"));
        } catch (TmshException e) {
            throw TmshException.inFile(f, 0, e.getMessage(), e);
        }
    }

    private static List<String> numbered(Properties p, String prefix) {
        List<String> out = new ArrayList<>();
        for (int i = 1; p.getProperty(prefix + i) != null; i++) {
            out.add(p.getProperty(prefix + i));
        }
        return out;
    }

    /** The file's text. */
    String text() {
        Properties p = new Properties();
        for (int i = 0; i < filters.size(); i++) {
            p.setProperty("filter." + (i + 1), filters.get(i));
        }
        for (int i = 0; i < penalties.size(); i++) {
            p.setProperty("penalty." + (i + 1), penalties.get(i));
        }
        if (onConflict != null) {
            p.setProperty("on-conflict", onConflict);
        }
        StringWriter w = new StringWriter();
        try {
            p.store(w, "tmsh: this TM's defaults (tm settings)");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // Properties.store writes its entries in hash order: sort them so the file reads (and diffs) well
        List<String> lines = new ArrayList<>(w.toString().lines().toList());
        List<String> head = lines.stream().filter(l -> l.startsWith("#")).toList();
        List<String> body = new ArrayList<>(lines.stream().filter(l -> !l.startsWith("#")).toList());
        body.sort(null);
        StringBuilder sb = new StringBuilder();
        head.forEach(l -> sb.append(l).append('\n'));
        body.forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    /** How a change of settings reads the stored ones and returns the new ones. */
    @FunctionalInterface
    public interface Change {
        TmSettings apply(TmSettings current);
    }

    /**
     * Changes the settings in {@code tmDir} under its lock: reads them, applies {@code change}, writes
     * the result as tmsh's own file ({@code root}: tmsh's home, for {@link AtomicFiles#checkOwn});
     * returns what was stored.
     */
    public static TmSettings update(Path root, Path tmDir, String tmName, Change change) {
        AtomicFiles.checkOwn(root, tmDir.resolve(LOCK));
        try (StoreLock lock = StoreLock.acquire(tmDir.resolve(LOCK), "the settings of TM '" + tmName + "'", null)) {
            TmSettings next = change.apply(read(tmDir));
            String text = next.text();
            AtomicFiles.writeOwn(root, tmDir.resolve(FILE), out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
            return next;
        }
    }

    /** Reads the text {@link #text} wrote (tests). */
    static TmSettings parseText(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return new TmSettings(numbered(p, "filter."), numbered(p, "penalty."), p.getProperty("on-conflict"));
    }
}
