package org.tmsh.terms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.CRC32;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.tmsh.common.AtomicFiles;
import org.tmsh.common.FileKeys;
import org.tmsh.common.TmshHome;

/**
 * The word lists {@link CommonWords} reads from an installed dictionary, kept under
 * {@code $TMSH_HOME/cache/common-words}, so that a 25 MB dictionary is parsed once and not on every
 * {@code term discover}.
 *
 * <p>A cache file is named by a hash of the dictionary's absolute path and what was read of it (its sides);
 * it stores its key (that path, the file's size and modification time, {@link #VERSION}) and a CRC-32 of
 * its content. A changed dictionary, a new reader or a damaged, truncated or foreign cache file is parsed
 * again and the cache rewritten atomically ({@link AtomicFiles#writeOwn}), never trusted. A symbolic link
 * where the cache file or one of its folders belongs is refused with one line, never written through. When
 * the cache cannot be written (a read-only home), the lists are parsed and used all the same.
 *
 * <p>Layout (big-endian): {@code TMSHCWL1}, key (int length, UTF-8), int number of lists, each list an int
 * byte length and its words in UTF-8, each ended by a line feed; then the CRC-32 of all that as a long.
 */
final class WordListCache {

    /** Raise when {@link CommonWords} reads a dictionary differently: every cache file is then rebuilt. */
    static final int VERSION = 1;

    private static final Logger LOG = LoggerFactory.getLogger(WordListCache.class);
    private static final byte[] MAGIC = "TMSHCWL1".getBytes(StandardCharsets.US_ASCII);

    private final Path root;
    private final Path folder;

    /** A cache in {@code folder}, which refuses links from {@code root} (tmsh's home) down. */
    WordListCache(Path root, Path folder) {
        this.root = root;
        this.folder = folder;
    }

    /** The cache under tmsh's home. */
    static WordListCache inHome() {
        Path home = TmshHome.path();
        return new WordListCache(home, home.resolve("cache").resolve("common-words"));
    }

    /** Where the lists read as {@code what} from {@code file} are kept. */
    Path fileFor(Path file, String what) {
        return folder.resolve(FileKeys.of(file.toAbsolutePath().normalize() + "\n" + what) + ".words");
    }

    /**
     * The {@code count} word lists read as {@code what} from {@code file}: from the cache when it holds them
     * for the file as it is now, else {@code parse}d and cached.
     */
    List<Set<String>> lists(Path file, String what, int count, Supplier<List<Set<String>>> parse) {
        Path cached = fileFor(file, what);
        AtomicFiles.checkOwn(root, cached);
        String key = key(file, what);
        if (key != null && Files.isRegularFile(cached)) {
            List<Set<String>> lists = load(cached, key, count);
            if (lists != null) {
                return lists;
            }
            LOG.info("{}: damaged or out of date; reading {} again", cached, file);
        }
        List<Set<String>> lists = parse.get();
        if (key == null) {
            return lists;
        }
        try {
            Files.createDirectories(folder);
            byte[] bytes = encode(key, lists);
            AtomicFiles.writeOwn(root, cached, os -> os.write(bytes));
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot keep the word lists of {} in {}: {}", file, folder, e.getMessage());
        }
        return lists;
    }

    /** The key of {@code file} as it is now (path, size, time), or null when it cannot be read. */
    static String key(Path file, String what) {
        Path a = file.toAbsolutePath().normalize();
        try {
            return "common-words " + VERSION + "; " + what + "; " + a + " " + Files.size(a) + " "
                    + Files.getLastModifiedTime(a).toMillis();
        } catch (IOException e) {
            return null;
        }
    }

    static byte[] encode(String key, List<Set<String>> lists) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(1 << 20);
        b.writeBytes(MAGIC);
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        b.writeBytes(ByteBuffer.allocate(4).putInt(k.length).array());
        b.writeBytes(k);
        b.writeBytes(ByteBuffer.allocate(4).putInt(lists.size()).array());
        for (Set<String> list : lists) {
            ByteArrayOutputStream words = new ByteArrayOutputStream(list.size() * 10);
            for (String w : list) {
                words.writeBytes(w.getBytes(StandardCharsets.UTF_8));
                words.write('\n');
            }
            b.writeBytes(ByteBuffer.allocate(4).putInt(words.size()).array());
            b.writeBytes(words.toByteArray());
        }
        byte[] body = b.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(body);
        byte[] all = Arrays.copyOf(body, body.length + 8);
        ByteBuffer.wrap(all).putLong(body.length, crc.getValue());
        return all;
    }

    /** The {@code count} lists in {@code file}, or null when it is damaged, foreign or made for another key. */
    static List<Set<String>> load(Path file, String key, int count) {
        try {
            byte[] all = Files.readAllBytes(file);
            if (all.length < MAGIC.length + 16 || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
                return null;
            }
            CRC32 crc = new CRC32();
            crc.update(all, 0, all.length - 8);
            ByteBuffer buf = ByteBuffer.wrap(all, 0, all.length - 8);
            if (ByteBuffer.wrap(all).getLong(all.length - 8) != crc.getValue()) {
                return null;
            }
            buf.position(MAGIC.length);
            int keyLength = buf.getInt();
            if (keyLength < 0 || keyLength > buf.remaining()
                    || !new String(all, buf.position(), keyLength, StandardCharsets.UTF_8).equals(key)) {
                return null;
            }
            buf.position(buf.position() + keyLength);
            if (buf.getInt() != count) {
                return null;
            }
            List<Set<String>> lists = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int length = buf.getInt();
                if (length < 0 || length > buf.remaining()) {
                    return null;
                }
                lists.add(words(all, buf.position(), buf.position() + length));
                buf.position(buf.position() + length);
            }
            return buf.hasRemaining() ? null : lists;
        } catch (IOException | RuntimeException e) {
            // a short or damaged file is parsed again, never trusted
            return null;
        }
    }

    /** The words of {@code bytes[from, to)}, each ended by a line feed. */
    private static Set<String> words(byte[] bytes, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += bytes[i] == '\n' ? 1 : 0;
        }
        Set<String> out = new HashSet<>(n * 4 / 3 + 1);
        int start = from;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                out.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start != to) {
            throw new IllegalStateException("a word list does not end with a line feed");
        }
        return out;
    }
}
