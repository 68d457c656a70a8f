package org.tmsh.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder where tmsh keeps its state (history, TMs, glossaries): the system property
 * {@code tmsh.home} if set (tests), else {@code $TMSH_HOME}, else {@code ~/.tmsh}.
 */
public final class TmshHome {

    private TmshHome() {
    }

    public static Path path() {
        String env = System.getProperty("tmsh.home", System.getenv("TMSH_HOME"));
        Path p = env == null || env.isBlank() ? Path.of(System.getProperty("user.home"), ".tmsh") : Path.of(env);
        return p.toAbsolutePath();
    }

    /** The folder, created if needed. */
    public static Path ensure() {
        Path p = path();
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            throw new TmshException(p + ": cannot create the tmsh home folder: " + e.getMessage(), e);
        }
        return p;
    }
}
