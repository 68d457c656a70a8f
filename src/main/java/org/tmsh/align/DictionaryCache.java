package org.tmsh.align;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.tmsh.common.AtomicFiles;
import org.tmsh.common.FileKeys;
import org.tmsh.common.TmshHome;

/**
 * The parsed (stemmed) word pairs of a dictionary file, kept in a compact binary file under
 * {@code $TMSH_HOME/cache/dictionaries}, so that a large installed dictionary is parsed once and not
 * on every {@code align}.
 *
 * <p>A cache file is named by a hash of its key: the dictionary's files (absolute paths, sizes,
 * modification times), its format and direction, the two languages' {@link WordForms#name() word
 * forms}, the Lucene version (whose Snowball stemmers make the forms) and {@link #PARSER_VERSION}.
 * The key is also stored in the file and compared, and a CRC-32 of the whole content is checked: a
 * changed dictionary, a new parser or a damaged, truncated or foreign file is parsed again and the
 * cache rewritten (atomically, through {@link AtomicFiles}), never trusted. When the cache cannot
 * be written (a read-only home), the dictionary is parsed and used all the same. A symbolic link where
 * a cache file (or a folder of the cache) belongs is refused with one line, never written through. After writing a
 * file, the cache removes the files of dictionaries that have changed or gone since they were
 * cached (their keys name the files' paths, sizes and times).
 *
 * <p>Layout (big-endian): {@code TMSHLEX1}, key (int length, UTF-8), source forms and target forms
 * (each: int count, int byte length, UTF-8 bytes, count + 1 int offsets), int pair count, count + 1
 * int offsets of each source form's targets, the pairs' target ids, then the CRC-32 as a long.
 */
public final class DictionaryCache {

    /** Raise when {@link Dictionaries} parses differently: every cache file is then rebuilt. */
    static final int PARSER_VERSION = 2;

    private static final Logger LOG = LoggerFactory.getLogger(DictionaryCache.class);
    /** One warning a process when the cache cannot be written. */
    private static final AtomicBoolean WARNED = new AtomicBoolean();
    /** Notices for the person at the terminal (logback.xml prints them bare on standard error). */
    private static final Logger NOTICE = LoggerFactory.getLogger("tmsh.notice");
    /** The cache folders whose first read this process has announced. */
    private static final Set<Path> TOLD = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final byte[] MAGIC = "TMSHLEX1".getBytes(StandardCharsets.US_ASCII);

    private final Path folder;

    /** A cache kept in {@code folder} (created when first written). */
    public DictionaryCache(Path folder) {
        this.folder = folder;
    }

    /** The system property naming another folder for the cache (tests whose homes are fresh share one). */
    public static final String FOLDER_PROPERTY = "tmsh.dictionaryCache";

    /** The cache under the tmsh home folder, or in the folder named by {@value #FOLDER_PROPERTY}. */
    public static DictionaryCache inHome() {
        String folder = System.getProperty(FOLDER_PROPERTY);
        return new DictionaryCache(folder != null && !folder.isBlank() ? Path.of(folder)
                : TmshHome.path().resolve("cache").resolve("dictionaries"));
    }

    /** Where links are refused from: the tmsh home when the cache is under it, else the cache's own folder. */
    private Path root() {
        Path home = TmshHome.path();
        return folder.toAbsolutePath().normalize().startsWith(home) ? home : folder;
    }

    /** The folder of the cache files. */
    public Path folder() {
        return folder;
    }

    /**
     * Every pair of the dictionary made of {@code files}: read from the cache when it holds them for
     * {@code key} and these files as they are now, else {@code parse}d and cached.
     */
    Table table(List<Path> files, String key, Supplier<Table> parse) {
        String fullKey = fullKey(files, key);
        Path file = folder.resolve(FileKeys.of(fullKey) + ".lex");
        // a link planted where the cache file goes would make the rewrite below replace what it points to
        AtomicFiles.checkOwn(root(), file);
        if (Files.isRegularFile(file)) {
            Table t = load(file, fullKey);
            if (t != null) {
                return t;
            }
            LOG.info("{}: damaged or out of date; parsing the dictionary again", file);
        }
        String notice = firstReadNotice();
        if (notice != null) {
            NOTICE.info(notice);
        }
        Table t = parse.get();
        try {
            Files.createDirectories(folder);
            byte[] bytes = t.encode(fullKey);
            AtomicFiles.writeOwn(root(), file, os -> os.write(bytes));
        } catch (IOException | RuntimeException e) {
            if (!WARNED.getAndSet(true)) {
                LOG.warn("cannot keep parsed dictionaries in {} ({}); they are parsed again on every align", folder,
                        e.getMessage());
            }
            return t;
        }
        prune(file);
        return t;
    }

    /**
     * The notice that the dictionaries are being read into this cache, the first time in this process it is
     * asked for of this cache folder; null after that. {@link Dictionaries#warm} gives it to the command's progress (which clears
     * its bar's line before the notice); a parse that nobody warmed logs it.
     */
    String firstReadNotice() {
        // a link where the cache goes is refused before the notice promises a read into it
        AtomicFiles.checkOwn(root(), folder.resolve("any.lex"));
        if (!TOLD.add(folder.toAbsolutePath().normalize())) {
            return null;
        }
        return "reading the installed dictionaries once into " + folder + " (half a minute of computing on a quiet"
                + " machine, minutes on a busy one; later runs take about a second)";
    }

    /** Whether the cache holds the table of {@code files} for {@code key}, as the files are now (no parse needed). */
    boolean holds(List<Path> files, String key) {
        String fullKey = fullKey(files, key);
        Path file = folder.resolve(FileKeys.of(fullKey) + ".lex");
        try {
            return Files.isRegularFile(file) && fullKey.equals(storedKey(file));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Deletes the cache files, other than {@code kept}, made from dictionary files that have since
     * changed (size or modification time) or gone: no key can ask for them again. Files that are
     * not cache files, or whose key cannot be read, are left alone; a failure deletes nothing more.
     */
    private void prune(Path kept) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".lex") && !p.equals(kept)).toList()) {
                String key = storedKey(f);
                if (key != null && stale(key)) {
                    Files.deleteIfExists(f);
                    LOG.info("{}: its dictionary changed or went away; removed", f);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot prune {}: {}", folder, e.getMessage());
        }
    }

    /** The key stored at the start of cache file {@code file}, or null when it is no cache file. */
    static String storedKey(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(
                new BufferedInputStream(Files.newInputStream(file)))) {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            int length = in.readInt();
            if (!Arrays.equals(magic, MAGIC) || length < 0 || length > 1 << 20) {
                return null;
            }
            byte[] key = new byte[length];
            in.readFully(key);
            return new String(key, StandardCharsets.UTF_8);
        } catch (EOFException e) {
            return null;
        }
    }

    /**
     * Whether a {@link #fullKey} names a dictionary file that is no longer as it was: each of its
     * {@code ; /ABSOLUTE/PATH SIZE TIME} parts is compared with the file as it is now.
     */
    static boolean stale(String fullKey) {
        for (String part : fullKey.split("; ")) {
            Matcher m = FILE_PART.matcher(part);
            if (!m.matches()) {
                continue;
            }
            Path p = Path.of(m.group(1));
            try {
                if (m.group(2) == null || Files.size(p) != Long.parseLong(m.group(2))
                        || Files.getLastModifiedTime(p).toMillis() != Long.parseLong(m.group(3))) {
                    return true;
                }
            } catch (IOException | NumberFormatException e) {
                return true;
            }
        }
        return false;
    }

    /** A dictionary file's part of a key: its absolute path, then its size and time, or "unreadable". */
    private static final Pattern FILE_PART =
            Pattern.compile("(/.*) (?:(\\d+) (-?\\d+)|unreadable)");

    private static String fullKey(List<Path> files, String key) {
        StringBuilder b = new StringBuilder("parser ").append(PARSER_VERSION)
                .append("; lucene ").append(org.apache.lucene.util.Version.LATEST)
                .append("; ").append(key);
        for (Path f : files) {
            Path a = f.toAbsolutePath().normalize();
            b.append("; ").append(a);
            try {
                b.append(' ').append(Files.size(a)).append(' ').append(Files.getLastModifiedTime(a).toMillis());
            } catch (IOException e) {
                b.append(" unreadable");
            }
        }
        return b.toString();
    }

    /** The table in {@code file}, or null when it is damaged or made for another key. */
    static Table load(Path file, String fullKey) {
        try {
            byte[] all = Files.readAllBytes(file);
            if (all.length < MAGIC.length + 8 || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
                return null;
            }
            CRC32 crc = new CRC32();
            crc.update(all, 0, all.length - 8);
            ByteBuffer buf = ByteBuffer.wrap(all);
            if (buf.getLong(all.length - 8) != crc.getValue()) {
                return null;
            }
            buf.position(MAGIC.length);
            buf.limit(all.length - 8);
            int keyLength = buf.getInt();
            if (keyLength < 0 || keyLength > buf.remaining()) {
                return null;
            }
            String stored = new String(all, buf.position(), keyLength, StandardCharsets.UTF_8);
            if (!stored.equals(fullKey)) {
                return null;
            }
            buf.position(buf.position() + keyLength);
            Forms sources = Forms.read(buf);
            Forms targets = Forms.read(buf);
            int pairs = buf.getInt();
            int[] start = ints(buf, sources.size() + 1);
            int[] to = ints(buf, pairs);
            if (buf.hasRemaining() || start[0] != 0 || start[sources.size()] != pairs) {
                return null;
            }
            for (int i = 0; i < sources.size(); i++) {
                if (start[i] > start[i + 1]) {
                    return null;
                }
            }
            for (int t : to) {
                if (t < 0 || t >= targets.size()) {
                    return null;
                }
            }
            return new Table(sources, targets, start, to);
        } catch (IOException | RuntimeException e) {
            // BufferUnderflowException, bad lengths: a damaged file is rebuilt, never trusted
            return null;
        }
    }

    private static int[] ints(ByteBuffer buf, int n) {
        if (n < 0 || (long) n * 4 > buf.remaining()) {
            throw new BufferUnderflowException();
        }
        int[] out = new int[n];
        buf.asIntBuffer().get(out);
        buf.position(buf.position() + n * 4);
        return out;
    }

    /**
     * The forms of one side, sorted by their UTF-8 bytes (unsigned), kept as bytes: looking up the
     * documents' words decodes nothing else.
     */
    static final class Forms {
        private final byte[] blob;
        private final int base;
        private final int[] off;

        private Forms(byte[] blob, int base, int[] off) {
            this.blob = blob;
            this.base = base;
            this.off = off;
        }

        /** Forms already sorted by {@link #order}. */
        static Forms of(byte[][] sorted) {
            ByteArrayOutputStream b = new ByteArrayOutputStream(sorted.length * 8);
            int[] off = new int[sorted.length + 1];
            for (int i = 0; i < sorted.length; i++) {
                b.writeBytes(sorted[i]);
                off[i + 1] = b.size();
            }
            return new Forms(b.toByteArray(), 0, off);
        }

        static Forms read(ByteBuffer buf) {
            int n = buf.getInt();
            int bytes = buf.getInt();
            if (n < 0 || bytes < 0 || bytes > buf.remaining()) {
                throw new BufferUnderflowException();
            }
            int base = buf.position();
            buf.position(base + bytes);
            int[] off = ints(buf, n + 1);
            if (off[0] != 0 || off[n] != bytes) {
                throw new BufferUnderflowException();
            }
            for (int i = 0; i < n; i++) {
                if (off[i] > off[i + 1]) {
                    throw new BufferUnderflowException();
                }
            }
            return new Forms(buf.array(), base, off);
        }

        void write(DataOutputStream out) throws IOException {
            int bytes = off[off.length - 1];
            out.writeInt(off.length - 1);
            out.writeInt(bytes);
            out.write(blob, base, bytes);
            for (int v : off) {
                out.writeInt(v);
            }
        }

        int size() {
            return off.length - 1;
        }

        String get(int i) {
            return new String(blob, base + off[i], off[i + 1] - off[i], StandardCharsets.UTF_8);
        }

        /** The id of {@code form}, or -1. */
        int find(String form) {
            byte[] key = form.getBytes(StandardCharsets.UTF_8);
            int lo = 0;
            int hi = size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = Arrays.compareUnsigned(blob, base + off[mid], base + off[mid + 1], key, 0, key.length);
                if (c < 0) {
                    lo = mid + 1;
                } else if (c > 0) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        static int order(byte[] a, byte[] b) {
            return Arrays.compareUnsigned(a, b);
        }
    }

    /**
     * A dictionary's pairs of source and target forms: each source form's target ids in
     * {@code to[start[s] .. start[s + 1])}.
     */
    static final class Table {
        private final Forms sources;
        private final Forms targets;
        private final int[] start;
        private final int[] to;
        /** For each target id, the number of its pairs; counted when first asked. */
        private int[] sourceCounts;

        Table(Forms sources, Forms targets, int[] start, int[] to) {
            this.sources = sources;
            this.targets = targets;
            this.start = start;
            this.to = to;
        }

        int size() {
            return to.length;
        }

        /** The number of translations of source form {@code form} (0 when it is no headword). */
        int translationCount(String form) {
            int s = sources.find(form);
            return s < 0 ? 0 : start[s + 1] - start[s];
        }

        /** The number of source forms that target form {@code form} translates (0 when it is no target form). */
        int sourceCount(String form) {
            int t = targets.find(form);
            if (t < 0) {
                return 0;
            }
            if (sourceCounts == null) {
                int[] c = new int[targets.size()];
                for (int id : to) {
                    c[id]++;
                }
                sourceCounts = c;
            }
            return sourceCounts[t];
        }

        /**
         * Calls {@code action} with each pair whose target form is one of {@code forms} and whose source
         * form {@code keep} holds (target form, source form); one pass over the pairs.
         */
        void sourcesOf(Collection<String> forms, Set<String> keep,
                       BiConsumer<String, String> action) {
            String[] wanted = new String[targets.size()];
            boolean any = false;
            for (String f : forms) {
                int t = targets.find(f);
                if (t >= 0) {
                    wanted[t] = f;
                    any = true;
                }
            }
            if (!any) {
                return;
            }
            for (int s = 0; s < sources.size(); s++) {
                String source = null;
                for (int k = start[s]; k < start[s + 1]; k++) {
                    if (wanted[to[k]] != null) {
                        if (source == null) {
                            source = sources.get(s);
                            if (!keep.contains(source)) {
                                break;
                            }
                        }
                        action.accept(wanted[to[k]], source);
                    }
                }
            }
        }

        /** Calls {@code action} with each translation of source form {@code form} that {@code keep} holds. */
        void translations(String form, Set<String> keep, Consumer<String> action) {
            int s = sources.find(form);
            if (s < 0) {
                return;
            }
            for (int k = start[s]; k < start[s + 1]; k++) {
                String t = targets.get(to[k]);
                if (keep.contains(t)) {
                    action.accept(t);
                }
            }
        }

        /** Whether the table pairs source form {@code source} with target form {@code target}. */
        boolean has(String source, String target) {
            int s = sources.find(source);
            if (s < 0) {
                return false;
            }
            int t = targets.find(target);
            if (t < 0) {
                return false;
            }
            for (int k = start[s]; k < start[s + 1]; k++) {
                if (to[k] == t) {
                    return true;
                }
            }
            return false;
        }

        /** The pairs whose source form is in {@code sourceWords} and target form in {@code targetWords}. */
        Lexicon lexicon(Collection<String> sourceWords, Collection<String> targetWords) {
            String[] keptTarget = new String[targets.size()];
            for (String w : targetWords) {
                int t = targets.find(w);
                if (t >= 0) {
                    keptTarget[t] = w;
                }
            }
            Lexicon.Builder b = Lexicon.builder();
            for (String w : sourceWords) {
                int s = sources.find(w);
                if (s < 0) {
                    continue;
                }
                for (int k = start[s]; k < start[s + 1]; k++) {
                    if (keptTarget[to[k]] != null) {
                        b.add(w, keptTarget[to[k]]);
                    }
                }
            }
            return b.build();
        }

        /** The pairs whose two forms the predicates keep. */
        Lexicon lexicon(Predicate<String> keepSource, Predicate<String> keepTarget) {
            String[] keptTarget = new String[targets.size()];
            for (int t = 0; t < targets.size(); t++) {
                String w = targets.get(t);
                keptTarget[t] = keepTarget.test(w) ? w : null;
            }
            Lexicon.Builder b = Lexicon.builder();
            for (int s = 0; s < sources.size(); s++) {
                if (start[s] == start[s + 1]) {
                    continue;
                }
                String w = sources.get(s);
                if (!keepSource.test(w)) {
                    continue;
                }
                for (int k = start[s]; k < start[s + 1]; k++) {
                    if (keptTarget[to[k]] != null) {
                        b.add(w, keptTarget[to[k]]);
                    }
                }
            }
            return b.build();
        }

        byte[] encode(String fullKey) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + to.length * 4 + start.length * 4
                    + (sources.size() + targets.size()) * 16);
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            byte[] key = fullKey.getBytes(StandardCharsets.UTF_8);
            out.writeInt(key.length);
            out.write(key);
            sources.write(out);
            targets.write(out);
            out.writeInt(to.length);
            for (int v : start) {
                out.writeInt(v);
            }
            for (int v : to) {
                out.writeInt(v);
            }
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
            out.flush();
            return bytes.toByteArray();
        }
    }

    /** Collects the pairs of a whole dictionary with little memory: forms as ids, pairs as longs. */
    static final class TableBuilder implements BiConsumer<String, String> {
        private final Map<String, Integer> sourceIds = new HashMap<>();
        private final Map<String, Integer> targetIds = new HashMap<>();
        private long[] pairs = new long[1 << 16];
        private int n;

        @Override
        public void accept(String s, String t) {
            long si = sourceIds.computeIfAbsent(s, k -> sourceIds.size());
            long ti = targetIds.computeIfAbsent(t, k -> targetIds.size());
            if (n == pairs.length) {
                // drop repeated pairs before growing
                n = dedupe(pairs, n);
                if (n > pairs.length / 2) {
                    pairs = Arrays.copyOf(pairs, pairs.length * 2);
                }
            }
            pairs[n++] = si << 32 | ti;
        }

        private static int dedupe(long[] a, int n) {
            Arrays.sort(a, 0, n);
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (m == 0 || a[m - 1] != a[i]) {
                    a[m++] = a[i];
                }
            }
            return m;
        }

        Table build() {
            int m = dedupe(pairs, n);
            int[] sourceNew = new int[sourceIds.size()];
            Forms sources = sorted(sourceIds, sourceNew);
            int[] targetNew = new int[targetIds.size()];
            Forms targets = sorted(targetIds, targetNew);
            for (int i = 0; i < m; i++) {
                pairs[i] = (long) sourceNew[(int) (pairs[i] >>> 32)] << 32 | targetNew[(int) pairs[i]];
            }
            Arrays.sort(pairs, 0, m);
            int[] start = new int[sources.size() + 1];
            int[] to = new int[m];
            for (int i = 0; i < m; i++) {
                start[(int) (pairs[i] >>> 32) + 1]++;
                to[i] = (int) pairs[i];
            }
            for (int s = 0; s < sources.size(); s++) {
                start[s + 1] += start[s];
            }
            return new Table(sources, targets, start, to);
        }

        /** The forms in byte order; {@code newId[old]} their places. */
        private static Forms sorted(Map<String, Integer> ids, int[] newId) {
            byte[][] bytes = new byte[ids.size()][];
            ids.forEach((k, v) -> bytes[v] = k.getBytes(StandardCharsets.UTF_8));
            Integer[] order = new Integer[bytes.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Forms.order(bytes[a], bytes[b]));
            byte[][] sorted = new byte[bytes.length][];
            for (int i = 0; i < order.length; i++) {
                newId[order[i]] = i;
                sorted[i] = bytes[order[i]];
            }
            return Forms.of(sorted);
        }
    }
}
