package org.tmsh.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes that leave either the old file or the complete new one, never half of it: write to a
 * hidden temporary sibling, then move it over the target in one step.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** A new empty temporary file beside {@code target} (its folder is created if needed). */
    public static Path tempSibling(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        return Files.createTempFile(dir, "." + abs.getFileName(), ".part");
    }

    /** Moves a finished temporary file over {@code target}. */
    public static void commit(Path temp, Path target) throws IOException {
        Files.move(temp, target.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
