package org.tmsh.terms;

import org.tmsh.formats.glossary.GlossaryWriter;
import org.tmsh.formats.glossary.GlossaryReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.tmsh.common.TmshException;
import org.tmsh.common.TmshHome;

/** The translator's glossaries: one TBX-Basic file each under {@code $TMSH_HOME/glossaries}, the source of truth. */
public final class GlossaryStore {

    public static final String DEFAULT = "names";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Path root;

    public GlossaryStore(Path root) {
        this.root = root;
    }

    public static GlossaryStore underHome() {
        return new GlossaryStore(TmshHome.path().resolve("glossaries"));
    }

    public Path file(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new TmshException("'" + name + "' is not a glossary name (letters, digits, '.', '_', '-')");
        }
        return root.resolve(name + ".tbx");
    }

    /** The glossary, empty if it has no file yet. */
    public Glossary load(String name) {
        Path f = file(name);
        return Files.exists(f) ? GlossaryReader.read(f, name) : new Glossary(name, List.of());
    }

    public void save(Glossary g) {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new TmshException(root + ": cannot create: " + e.getMessage(), e);
        }
        GlossaryWriter.write(g, file(g.name()), GlossaryWriter.Format.TBX3, null, null);
    }

    /** What {@link #importInto} did. */
    public record Imported(String name, boolean existed, boolean replaced, int conceptsAdded, int conceptsMerged,
                           int termsAdded, int concepts, int terms) {
    }

    /**
     * Fills glossary {@code name} from {@code incoming} (read from {@code from}): merged into the glossary
     * if it exists ({@link Glossary#merge}), or replacing it when {@code replace}. A file without a single
     * concept is an error and changes nothing.
     */
    public Imported importInto(String name, Glossary incoming, Path from, boolean replace) {
        if (incoming.concepts().isEmpty()) {
            throw TmshException.inFile(from, 0, "no concepts in the file (empty, or only a header); glossary '" + name
                    + "' left as it was");
        }
        boolean existed = Files.exists(file(name));
        Glossary.Merge m = existed && !replace ? load(name).merge(incoming)
                : new Glossary.Merge(new Glossary(name, incoming.concepts()), incoming.concepts().size(), 0,
                        incoming.concepts().stream().mapToInt(c -> c.terms().size()).sum());
        save(m.glossary());
        int terms = m.glossary().concepts().stream().mapToInt(c -> c.terms().size()).sum();
        return new Imported(name, existed, existed && replace, m.conceptsAdded(), m.conceptsMerged(), m.termsAdded(),
                m.glossary().concepts().size(), terms);
    }

    public List<String> list() {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> s = Files.list(root)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tbx"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().forEach(out::add);
        } catch (IOException e) {
            throw new TmshException(root + ": cannot list: " + e.getMessage(), e);
        }
        return out;
    }
}
