package org.tmsh.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Temporary files of tmsh ({@code qa --tm} exports the TM to one): named after the process that made
 * them, so that the next one removes those a killed process left behind, and removed after use.
 *
 * <p>A name is {@code tmsh-WHAT-PID-RANDOM.EXT} in the system's temporary folder; a hidden
 * {@code .tmsh-...part} beside it is the atomic write under way. {@link #create} first deletes every
 * such file whose process is gone.
 */
public final class TempFiles {

    private static final Pattern OURS = Pattern.compile("^\\.?tmsh-[a-z]+-(\\d+)-.*");

    private TempFiles() {
    }

    /** A path for a new temporary file (not created); the caller deletes it with {@link #delete}. */
    public static Path create(String what, String extension) {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        sweep(dir);
        return dir.resolve("tmsh-" + what + "-" + ProcessHandle.current().pid() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + extension);
    }

    /** Deletes the file, quietly (a temporary file that cannot be deleted is swept next time). */
    public static void delete(Path p) {
        AtomicFiles.discard(p);
    }

    /** Deletes tmsh's temporary files in {@code dir} whose process has ended. */
    static void sweep(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            s.forEach(p -> {
                Matcher m = OURS.matcher(p.getFileName().toString());
                if (m.matches() && Files.isRegularFile(p) && !alive(m.group(1))) {
                    AtomicFiles.discard(p);
                }
            });
        } catch (IOException | RuntimeException e) {
            // sweeping is a courtesy; nothing depends on it
        }
    }

    static boolean alive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
