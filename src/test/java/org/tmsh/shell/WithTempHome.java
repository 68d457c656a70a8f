package org.tmsh.shell;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of command tests that need their own {@code $TMSH_HOME}: {@code dir/home}, fresh for each test. */
abstract class WithTempHome {

    @TempDir
    Path dir;

    @BeforeEach
    void home() {
        System.setProperty("tmsh.home", dir.resolve("home").toString());
    }

    @AfterEach
    void clearHome() {
        System.clearProperty("tmsh.home");
    }
}
