package org.tmsh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh {@code $TMSH_HOME} for each test ({@code @RegisterExtension}): TMs and glossaries of one
 * test never meet another's, and nothing is left behind.
 */
public final class ScratchHome implements BeforeEachCallback, AfterEachCallback {

    private Path home;

    /** The home folder of the running test. */
    public Path path() {
        return home;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        home = Files.createTempDirectory("tmsh-home-");
        System.setProperty("tmsh.home", home.toString());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        System.clearProperty("tmsh.home");
        try (Stream<Path> files = Files.walk(home)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
