package org.tmsh.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tmsh.common.TmshException;
import org.tmsh.formats.glossary.GlossaryReader;
import org.tmsh.terms.Concept;
import org.tmsh.terms.Glossary;
import org.tmsh.terms.GlossaryStore;

/**
 * Which glossary a command means. Reading ({@link #read}): the one named (or a {@code .tbx} file),
 * else every glossary the translator has. Writing ({@link #forWriting}): the one named, else the
 * only one there is (or {@code names} when there is none); with several, the translator must say
 * which. A name that does not exist is an error that lists the names that do.
 */
public final class Glossaries {

    private final GlossaryStore store;

    public Glossaries(GlossaryStore store) {
        this.store = store;
    }

    public static Glossaries underHome() {
        return new Glossaries(GlossaryStore.underHome());
    }

    public GlossaryStore store() {
        return store;
    }

    /** The glossary named (or a .tbx file, its path as given); with a null name, every glossary as one. */
    public Glossary read(String nameOrFile) {
        if (nameOrFile == null) {
            List<Concept> all = new ArrayList<>();
            List<String> names = store.list();
            if (names.isEmpty()) {
                throw new TmshException("no glossary yet; import one with 'term import FILE.tbx' or add names with 'term add'");
            }
            for (String n : names) {
                all.addAll(qualified(n, store.load(n).concepts(), names.size()));
            }
            return new Glossary(names.size() == 1 ? names.get(0) : String.join("+", names), all);
        }
        if (nameOrFile.endsWith(".tbx")) {
            Path f = Path.of(nameOrFile);
            if (!Files.isRegularFile(f)) {
                throw new TmshException(f + ": no such glossary file");
            }
            return GlossaryReader.read(f, "glossary");
        }
        return store.load(existing(nameOrFile));
    }

    /**
     * What {@link #readReadable} read: the glossaries that could be read, as one, and one line for each
     * that could not (its name and what is wrong with it).
     */
    public record Readable(Glossary glossary, List<String> unreadable) {
    }

    /**
     * As {@link #read}, except that with a null name a damaged glossary does not stop the others: it is
     * left out and named in {@link Readable#unreadable} (as {@code tm list} lists a damaged TM beside the
     * healthy ones). If no glossary can be read, the first one's error is thrown.
     */
    public Readable readReadable(String nameOrFile) {
        if (nameOrFile != null) {
            return new Readable(read(nameOrFile), List.of());
        }
        List<String> names = store.list();
        if (names.isEmpty()) {
            return new Readable(read(null), List.of());
        }
        List<Concept> all = new ArrayList<>();
        List<String> read = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        TmshException first = null;
        for (String n : names) {
            try {
                all.addAll(qualified(n, store.load(n).concepts(), names.size()));
                read.add(n);
            } catch (TmshException e) {
                first = first == null ? e : first;
                unreadable.add("glossary '" + n + "' is unreadable and left out: " + e.getMessage());
            }
        }
        if (read.isEmpty()) {
            throw first;
        }
        return new Readable(new Glossary(read.size() == 1 ? read.get(0) : String.join("+", read), all), unreadable);
    }

    /**
     * The concepts of glossary {@code name} as read together with others ({@code of} glossaries in all):
     * with two or more, each id is qualified by its glossary ({@code seeds:c2}), since ids are unique
     * only within one glossary; concepts of several glossaries read as one then never share an id.
     */
    static List<Concept> qualified(String name, List<Concept> concepts, int of) {
        if (of < 2) {
            return concepts;
        }
        return concepts.stream().map(c -> new Concept(name + ":" + c.id(), c.note(), c.terms())).toList();
    }

    /** {@code name} if a glossary of that name exists; an error naming the ones that do otherwise. */
    public String existing(String name) {
        if (!store.exists(name)) {
            List<String> names = store.list();
            throw new TmshException("no glossary named '" + name + "'" + (names.isEmpty()
                    ? "; import one with 'term import FILE.tbx'" : " (glossaries: " + String.join(", ", names) + ")"));
        }
        return name;
    }

    /** The one glossary a command reads whole ({@code term export}): the one named, else the only one there is. */
    public String single(String name, String command) {
        if (name != null) {
            return existing(name);
        }
        List<String> names = store.list();
        if (names.isEmpty()) {
            throw new TmshException(command + ": no glossary yet; import one with 'term import FILE.tbx'");
        }
        if (names.size() > 1) {
            throw new TmshException(command + ": there are " + names.size() + " glossaries (" + String.join(", ", names)
                    + "); say which with --glossary NAME");
        }
        return names.get(0);
    }

    /** The glossary a writing command fills: the one named, the only one, or "names" when there is none. */
    public String forWriting(String name, String command) {
        if (name != null) {
            store.file(name);
            return name;
        }
        List<String> names = store.list();
        if (names.isEmpty()) {
            return GlossaryStore.DEFAULT;
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        throw new TmshException(command + ": there are " + names.size() + " glossaries (" + String.join(", ", names)
                + "); say which with --glossary NAME");
    }
}
