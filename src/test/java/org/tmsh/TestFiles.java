package org.tmsh;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Shared helpers for tests: the project's seed texts and the shared gold data. */
public final class TestFiles {

    private TestFiles() {
    }

    public static final Path SEED_DE = Path.of("seeds/000_585da5ce89297943.txt");
    public static final Path SEED_EN = Path.of("seeds/004_676457e338a7e9c4.txt");
    public static final Path GOLD = Path.of("../shared/align-gold");

    /** The data lines of a classpath examples file, without comments and blank lines. */
    public static List<String> exampleLines(String resource) throws IOException {
        try (InputStream in = TestFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    public static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
