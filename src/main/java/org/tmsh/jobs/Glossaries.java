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
 * Which glossary a command means. Reading ({@link #read}): the one named (or a glossary file of any format
 * tmsh reads: TBX, CSV, OmegaT's tab-separated text),
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

    /** Extensions that make a glossary option's value a file, not a glossary's name ({@link #isFile}). */
    private static final List<String> FILE_EXTENSIONS = List.of(".tbx", ".tbxm", ".csv", ".utf8", ".txt", ".tab", ".tsv",
            ".xlsx", ".xls");
    private static final List<String> OMEGAT_EXTENSIONS = List.of(".utf8", ".txt", ".tab", ".tsv");

    /**
     * True when a glossary option's value names a file rather than a glossary of the translator's: it has a
     * folder in it, or the extension of a glossary file (TBX, CSV, OmegaT's).
     */
    public static boolean isFile(String nameOrFile) {
        String v = nameOrFile.toLowerCase(java.util.Locale.ROOT);
        return v.contains("/") || v.contains(java.io.File.separator) || FILE_EXTENSIONS.stream().anyMatch(v::endsWith);
    }

    /** The glossary named (or a glossary file, its path as given); with a null name, every glossary as one. */
    public Glossary read(String nameOrFile) {
        return read(nameOrFile, null, null);
    }

    /**
     * As {@link #read(String)}; {@code srcLang} and {@code tgtLang} are the languages of an OmegaT glossary
     * file (tab-separated, it does not name them); without them such a file is refused, saying so.
     */
    public Glossary read(String nameOrFile, String srcLang, String tgtLang) {
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
        if (isFile(nameOrFile)) {
            Path f = Path.of(nameOrFile);
            if (!Files.isRegularFile(f)) {
                throw TmshException.inFile(f, 0, "file not found");
            }
            String n = nameOrFile.toLowerCase(java.util.Locale.ROOT);
            if (OMEGAT_EXTENSIONS.stream().anyMatch(n::endsWith) && (srcLang == null || tgtLang == null)) {
                throw TmshException.inFile(f, 0, "an OmegaT glossary does not name its languages: give --source-lang and"
                        + " --target-lang (or import it first: term import FILE --source-lang L --target-lang L)");
            }
            return GlossaryReader.readAny(f, "glossary", srcLang, tgtLang);
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
