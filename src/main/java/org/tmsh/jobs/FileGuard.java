package org.tmsh.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.tmsh.common.AtomicFiles;
import org.tmsh.common.TmshException;
import org.tmsh.common.TmshHome;

/**
 * The one place where a command's files are checked: each command declares the files it reads
 * ({@link #reads}) and the files it writes, with the format it writes into each ({@link #writes}),
 * and {@link #check} applies every rule before the command reads anything. A refused file gives one
 * line naming it and why; nothing is written.
 *
 * <p>The rules, for each output:
 * <ol>
 * <li>a name the file system takes ({@link AtomicFiles#NAME_MAX} bytes at most; the hidden temporary
 *     name beside it is shortened by {@link AtomicFiles} when needed);</li>
 * <li>not a folder, a device, a FIFO or a socket, and not read-only ({@link AtomicFiles#checkOutput});</li>
 * <li>not one of the inputs under any spelling: {@code ./././x}, {@code ../d/x}, a symbolic link to it,
 *     or a hard link to it (the same file key: device and inode);</li>
 * <li>not the same file as another output of the same call;</li>
 * <li>not inside the stores tmsh keeps under its home ({@link #stores}): only tmsh's own commands
 *     change them;</li>
 * <li>a name whose extension is one of the format's ({@code pretranslate --out p.docx} writes XLIFF,
 *     so it is refused); formats of plain text take any extension that no other format claims.</li>
 * </ol>
 */
public final class FileGuard {

    /**
     * What an output holds, and the extensions its name may end in. An open format (plain text lines)
     * takes any name whose extension no closed format claims, or none.
     */
    public record Format(String name, List<String> extensions, boolean open) {

        public static final Format TMX = closed("TMX", ".tmx");
        public static final Format XLIFF = closed("XLIFF", ".xlf", ".xliff");
        public static final Format HTML = closed("HTML", ".html", ".htm", ".xhtml");
        public static final Format CSV = closed("CSV", ".csv");
        public static final Format TBX = closed("TBX", ".tbx");
        public static final Format DOCX = closed("DOCX", ".docx");
        /** OmegaT's tab-separated glossary. */
        public static final Format OMEGAT_GLOSSARY = closed("OmegaT glossary", ".utf8", ".txt", ".tab");
        /** Lines of text: alignment links, a plain-text document. */
        public static final Format TEXT = new Format("text", List.of(), true);

        /** Formats whose extensions no other output may take, with other binary formats no command writes. */
        private static final List<Format> CLOSED = List.of(TMX, XLIFF, HTML, CSV, TBX, DOCX,
                closed("document", ".odt", ".ods", ".odp", ".pptx", ".xlsx", ".doc", ".pdf", ".zip", ".idml"));

        /** A format whose files' names end in one of {@code extensions} (lower case, with the dot). */
        public static Format closed(String name, String... extensions) {
            return new Format(name, List.of(extensions), false);
        }

        /**
         * The format of a document written like {@code original} (merge writes the translation in the
         * original's format): the known format its extension names, else a format of that extension only,
         * else (no extension) plain text.
         */
        public static Format like(Path original) {
            String ext = extension(original);
            if (ext.isEmpty()) {
                return TEXT;
            }
            for (Format f : CLOSED) {
                if (f.extensions.contains(ext)) {
                    return f;
                }
            }
            if (ext.equals(".txt") || ext.equals(".text")) {
                return TEXT;
            }
            return closed(ext.substring(1).toUpperCase(Locale.ROOT) + " (as the original)", ext);
        }

        /**
         * This format, also under a name whose extension no closed format claims (or none): what a user
         * who names the format ({@code tm export x.po --format tmx}) asks for. A name another format
         * claims ({@code .xlf}, {@code .docx}) is still refused.
         */
        public Format orUnclaimed() {
            return new Format(name, extensions, true);
        }

        /** Whether a file named {@code file} may hold this format. */
        boolean fits(Path file) {
            String ext = extension(file);
            if (extensions.contains(ext)) {
                return true;
            }
            return open && (ext.isEmpty() || CLOSED.stream().noneMatch(f -> f.extensions.contains(ext)));
        }

        /** "a name ending in .xlf or .xliff", for the message of a refused name. */
        String expected() {
            if (open && !extensions.isEmpty()) {
                return "a name ending in " + String.join(" or ", extensions) + ", or one whose extension is not one of "
                        + String.join(" ", CLOSED.stream().flatMap(f -> f.extensions.stream()).toList());
            }
            if (open) {
                return "a name whose extension is not one of " + String.join(" ", CLOSED.stream()
                        .flatMap(f -> f.extensions.stream()).toList());
            }
            return "a name ending in " + String.join(" or ", extensions);
        }
    }

    private record Output(Path path, Format format, String what) {
    }

    private final String command;
    private final List<Path> inputs = new ArrayList<>();
    private final List<Output> outputs = new ArrayList<>();
    private final List<Path> inPlace = new ArrayList<>();

    /** A guard for one call of {@code command} (named in messages). */
    public FileGuard(String command) {
        this.command = command;
    }

    /** Declares a file the command reads (a missing one is ignored: the command reports it). */
    public FileGuard reads(Path file) {
        if (file != null) {
            inputs.add(file);
        }
        return this;
    }

    /** Declares a file the command writes in {@code format}; {@code what} names that output in messages ("--out"). */
    public FileGuard writes(Path file, Format format, String what) {
        if (format == null) {
            throw new IllegalStateException(command + ": no format declared for the output " + what);
        }
        if (file != null) {
            outputs.add(new Output(file, format, what));
        }
        return this;
    }

    /**
     * Declares an input the command changes in place ({@code qa --annotate} adds notes to the XLIFF it
     * checks): it must be a regular, writable file outside tmsh's stores, as any output; being an input
     * is its point. A missing one is ignored (the command reports it).
     */
    public FileGuard rewrites(Path file) {
        if (file != null) {
            inPlace.add(file);
        }
        return this;
    }

    /** The files declared as written, in order. */
    public List<Path> outputs() {
        return outputs.stream().map(Output::path).toList();
    }

    /** The files declared as read, in order. */
    public List<Path> inputs() {
        return List.copyOf(inputs);
    }

    /**
     * The folders and files tmsh keeps under its home ({@code tm/}, {@code glossaries/}, {@code cache/},
     * {@code reviews/}, the shell history): no output of a command may be inside them.
     */
    public static Set<Path> stores() {
        Path home = TmshHome.path();
        Set<Path> s = new LinkedHashSet<>();
        for (String n : List.of("tm", "glossaries", "cache", "reviews", "history", ".welcomed")) {
            s.add(home.resolve(n));
        }
        return s;
    }

    /** Applies every rule to every declared output; the first broken one is thrown as one line. */
    public void check() {
        List<Path> paths = outputs();
        for (Path p : paths) {
            AtomicFiles.checkOutputs(List.of(p), inputs);
        }
        for (int i = 0; i < outputs.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (AtomicFiles.sameFile(outputs.get(i).path, outputs.get(j).path)) {
                    throw TmshException.inFile(outputs.get(i).path, 0, "is given for two outputs of this command ("
                            + outputs.get(j).what + " and " + outputs.get(i).what + "); give each its own file");
                }
            }
        }
        AtomicFiles.checkOutsideOf(paths, stores());
        for (Path p : inPlace) {
            if (java.nio.file.Files.exists(p)) {
                AtomicFiles.checkOutput(p);
            }
        }
        AtomicFiles.checkOutsideOf(inPlace, stores());
        for (Output o : outputs) {
            if (!o.format.fits(o.path)) {
                // an output's format can depend on an input (merge writes the original's format): a
                // missing input is then the mistake to name, not the output's extension
                for (Path in : inputs) {
                    if (java.nio.file.Files.notExists(in)) {
                        throw TmshException.inFile(in, 0, "file not found");
                    }
                }
                throw TmshException.inFile(o.path, 0, command + " writes " + o.format.name() + " into " + o.what
                        + "; give " + o.format.expected());
            }
        }
    }

    /** The extension of {@code file}'s name, lower case, with its dot; "" when it has none. */
    static String extension(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return "";
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot <= 0 ? "" : n.substring(dot);
    }
}
