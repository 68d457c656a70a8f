package org.tmsh.memory;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TabbedReader;
import org.tmsh.formats.tmx.TmxProps;
import org.tmsh.formats.tmx.TmxReader;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.formats.tmx.UnitSource;

/**
 * The reader for an import file, by its name: tab-separated text or TMX.
 *
 * <p>Units still marked for review ({@code x-needs-review} yes, as {@code align} and {@code review}
 * leave undecided links) are held back from the imports of a thread that opened a {@link Screen}
 * that holds them ({@code tm import} does); the screen counts the units held back. Without a screen
 * (tmsh's own writers, tests, benchmarks) every unit is read. A screen belongs to the thread that opens
 * the import's reader (both backends open it on the thread that called the import), so imports in
 * other threads are not affected.
 */
public final class UnitSources {

    private static final ThreadLocal<Screen> SCREEN = new ThreadLocal<>();

    private UnitSources() {
    }

    /**
     * What the imports started in this thread while it is open do with units marked for review, and
     * how many they held back. Opened by an import job around its call of the memory's import.
     */
    public static final class Screen implements AutoCloseable {
        private final boolean takeMarked;
        private final Screen outer;
        private final AtomicLong heldBack = new AtomicLong();

        private Screen(boolean takeMarked, Screen outer) {
            this.takeMarked = takeMarked;
            this.outer = outer;
        }

        /** Units held back so far: still marked for review. */
        public long heldBack() {
            return heldBack.get();
        }

        @Override
        public void close() {
            if (outer == null) {
                SCREEN.remove();
            } else {
                SCREEN.set(outer);
            }
        }
    }

    /** Opens a screen for the imports of this thread: {@code takeMarked} takes the units marked for review too. */
    public static Screen screen(boolean takeMarked) {
        Screen s = new Screen(takeMarked, SCREEN.get());
        SCREEN.set(s);
        return s;
    }

    /** True when the unit is still marked for review ({@code x-needs-review} yes). */
    public static boolean markedForReview(TmxUnit u) {
        String xml = u.xml();
        return xml != null && xml.contains(UnitMeta.NEEDS_REVIEW)
                && "yes".equalsIgnoreCase(String.valueOf(UnitMeta.of(xml).prop(UnitMeta.NEEDS_REVIEW)).strip());
    }

    /**
     * The reader, whose units get {@code props} set in their {@code <tu>} ({@link TmxProps}; none: as read),
     * without the units still marked for review unless this thread's {@link Screen} takes them.
     */
    public static UnitSource open(Path file, String src, String tgt, java.util.Map<String, String> props) {
        UnitSource in = open(file, src, tgt);
        Screen screen = SCREEN.get();
        boolean hold = screen != null && !screen.takeMarked;
        boolean set = props != null && !props.isEmpty();
        if (!hold && !set) {
            return in;
        }
        return new UnitSource() {
            @Override
            public TmxUnit next() {
                TmxUnit u = in.next();
                while (hold && u != null && markedForReview(u)) {
                    screen.heldBack.incrementAndGet();
                    u = in.next();
                }
                return u == null || !set ? u : TmxProps.set(u, props);
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
