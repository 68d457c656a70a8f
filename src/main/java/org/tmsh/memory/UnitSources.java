package org.tmsh.memory;

import java.nio.file.Path;

import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TabbedReader;
import org.tmsh.formats.tmx.TmxProps;
import org.tmsh.formats.tmx.TmxReader;
import org.tmsh.formats.tmx.UnitSource;

/** The reader for an import file, by its name: tab-separated text or TMX. */
public final class UnitSources {

    private UnitSources() {
    }

    /** The reader, whose units get {@code props} set in their {@code <tu>} ({@link TmxProps}; none: as read). */
    public static UnitSource open(Path file, String src, String tgt, java.util.Map<String, String> props) {
        UnitSource in = open(file, src, tgt);
        if (props == null || props.isEmpty()) {
            return in;
        }
        return new UnitSource() {
            @Override
            public org.tmsh.formats.tmx.TmxUnit next() {
                org.tmsh.formats.tmx.TmxUnit u = in.next();
                return u == null ? null : TmxProps.set(u, props);
            }

            @Override
            public long bytesRead() {
                return in.bytesRead();
            }

            @Override
            public java.util.List<TmxReader.Invalid> invalid() {
                return in.invalid();
            }

            @Override
            public int invalidCount() {
                return in.invalidCount();
            }

            @Override
            public String sourceLang() {
                return in.sourceLang();
            }

            @Override
            public void close() {
                in.close();
            }
        };
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
