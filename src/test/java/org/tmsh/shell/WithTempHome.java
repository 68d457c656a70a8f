package org.tmsh.shell;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.ScratchHome;

/** Base of command tests with files of their own ({@code dir}) and their own {@code $TMSH_HOME} ({@code home}). */
abstract class WithTempHome {

    @TempDir
    Path dir;

    @RegisterExtension
    final ScratchHome home = new ScratchHome();
}
