package org.tmsh.qa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.tmsh.common.AtomicFiles;
import org.tmsh.common.TmshException;

/**
 * The findings a reviewer accepted: a text file, one finding a line, keyed by its check, the
 * segment's source and target, and the offending text (tab-separated, tabs and line breaks escaped).
 * An accepted finding stays quiet on the next run and comes back when any of those texts changes.
 */
public final class Suppressions {

    private static final String HEADER = "# tmsh qa: accepted findings (check, source, target, offending text; tab-separated)";

    private final Path file;
    private final Set<String> keys = new LinkedHashSet<>();

    private Suppressions(Path file) {
        this.file = file;
    }

    /** The accepted findings of {@code file}; none when it does not exist yet. */
    public static Suppressions read(Path file) {
        Suppressions s = new Suppressions(file);
        if (Files.isSymbolicLink(file)) {
            throw new TmshException(file + ": a symbolic link; tmsh writes its suppression file only as a plain file");
        }
        if (Files.exists(file)) {
            try {
                int n = 0;
                for (String line : Files.readAllLines(file)) {
                    n++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    if (line.split("\t", -1).length != 4) {
                        throw new TmshException(file + ": line " + n + ": expected 4 tab-separated fields (check, source, target, text)");
                    }
                    s.keys.add(line);
                }
            } catch (IOException e) {
                throw new TmshException(file + ": cannot read: " + e.getMessage(), e);
            }
        }
        return s;
    }

    /** The line that stands for a finding. */
    public static String key(Finding f) {
        return escape(f.kind()) + "\t" + escape(f.source()) + "\t" + escape(f.target()) + "\t"
                + escape(f.inSource() == null && f.inTarget() == null ? f.text()
                : (f.inSource() == null ? "" : f.inSource()) + " | " + (f.inTarget() == null ? "" : f.inTarget()));
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    public boolean accepts(Finding f) {
        return keys.contains(key(f));
    }

    public int size() {
        return keys.size();
    }

    /** Adds findings as accepted and writes the file (atomically). */
    public void accept(List<Finding> findings) {
        for (Finding f : findings) {
            keys.add(key(f));
        }
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(keys);
        AtomicFiles.writeString(file, String.join("\n", lines) + "\n");
    }

    public Path file() {
        return file;
    }
}
