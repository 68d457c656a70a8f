package org.tmsh.memory;

import java.nio.file.Path;

import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TabbedReader;
import org.tmsh.formats.tmx.TmxReader;
import org.tmsh.formats.tmx.UnitSource;

/** The reader for an import file, by its name: tab-separated text or TMX. */
public final class UnitSources {

    private UnitSources() {
    }

    public static UnitSource open(Path file, String src, String tgt) {
        if (TabbedReader.handles(file)) {
            if (src == null || tgt == null) {
                throw TmshException.inFile(file, 0, "tab-separated text needs --source-lang and --target-lang");
            }
            return TabbedReader.open(file, src, tgt);
        }
        return TmxReader.open(file);
    }
}
