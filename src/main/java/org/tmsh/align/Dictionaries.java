package org.tmsh.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.tmsh.common.Languages;
import org.tmsh.common.RuleFiles;
import org.tmsh.common.StrictDecoder;
import org.tmsh.common.TextFiles;
import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;

/**
 * Reads bilingual dictionaries into a {@link Lexicon} of word forms: hunalign's {@code target @
 * source} lines, Ding's {@code from :: to} lines ({@code |} between numbered senses, {@code ;} between
 * synonyms) and FreeDict's dictd files ({@code NAME.index} + {@code NAME.dict.dz}); and finds the
 * dictionaries installed for a language pair through {@code tmsh/aligning/dictionaries.txt}.
 *
 * <p>Phrases of up to three words are kept (each of their words of four letters or more pairs with
 * each of the other side's); longer ones are examples or definitions and are dropped. Notes in
 * brackets, braces, parentheses and angle brackets are removed. A vocabulary filter keeps only the
 * pairs whose forms occur in the documents to align, so a 200,000-line dictionary costs little memory.
 * {@link #cachedIn} parses a file whole once and keeps all its pairs in a {@link DictionaryCache}, from
 * which later reads take the documents' pairs without parsing.
 *
 * <p>NOTE: dictd entries have no fixed layout; this reader takes the line after the headword and
 * every line that opens with a sense number ("2. ") as translations, which is how the FreeDict
 * German-English and WikDict-made dictionaries write them; the rest (notes, examples, definitions in
 * the source language) is skipped.
 */
public final class Dictionaries {

    public static final String LOCATIONS = "/tmsh/aligning/dictionaries.txt";

    /** The formats read. */
    public enum Format { HUNALIGN, DING, DICTD }

    private static final Pattern NOTES = Pattern.compile("\\[[^\\]]*\\]|\\{[^}]*\\}|\\([^)]*\\)|<[^>]*>|/[^/]*/");
    private static final Pattern SENSE = Pattern.compile("^\\s*\\d+\\.\\s+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final WordForms src;
    private final WordForms tgt;
    private final Predicate<String> keepSource;
    private final Predicate<String> keepTarget;
    private final Set<String> sourceWords;
    private final Set<String> targetWords;
    private final DictionaryCache cache;

    /**
     * A reader producing pairs of {@code src} forms and {@code tgt} forms, keeping those that the
     * two predicates accept (the documents' vocabularies; {@code f -> true} for all).
     */
    public Dictionaries(WordForms src, WordForms tgt, Predicate<String> keepSource, Predicate<String> keepTarget) {
        this(src, tgt, keepSource, keepTarget, null, null, null);
    }

    /** A reader keeping the pairs of the forms in the two vocabularies (the documents' forms). */
    public Dictionaries(WordForms src, WordForms tgt, Set<String> sourceWords, Set<String> targetWords) {
        this(src, tgt, sourceWords::contains, targetWords::contains, sourceWords, targetWords, null);
    }

    private Dictionaries(WordForms src, WordForms tgt, Predicate<String> keepSource, Predicate<String> keepTarget,
                         Set<String> sourceWords, Set<String> targetWords, DictionaryCache cache) {
        this.src = src;
        this.tgt = tgt;
        this.keepSource = keepSource;
        this.keepTarget = keepTarget;
        this.sourceWords = sourceWords;
        this.targetWords = targetWords;
        this.cache = cache;
    }

    /**
     * This reader parsing each dictionary file whole once and keeping all its pairs in {@code
     * cache}, then taking the pairs it keeps from there: the same pairs as without a cache, and
     * with vocabularies given, looked up without decoding the rest.
     */
    public Dictionaries cachedIn(DictionaryCache cache) {
        return new Dictionaries(src, tgt, keepSource, keepTarget, sourceWords, targetWords, cache);
    }

    /** The format of {@code file}: dictd for {@code .index}/{@code .dict.dz}, else from its first entry. */
    public static Format detect(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".index") || name.endsWith(".dict.dz") || name.endsWith(".dict")) {
            return Format.DICTD;
        }
        if (!Files.isRegularFile(file)) {
            throw TmshException.inFile(file, 0, "no such dictionary file");
        }
        try (BufferedReader r = reader(file)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.contains(" :: ")) {
                    return Format.DING;
                }
                if (line.contains(" @ ")) {
                    return Format.HUNALIGN;
                }
                throw TmshException.inFile(file, n, "not a dictionary line (no \" :: \" nor \" @ \"): "
                        + abbreviate(line));
            }
        } catch (StrictDecoder.BadBytes e) {
            throw TextFiles.badBytes(file, e, null);
        } catch (IOException e) {
            throw TmshException.inFile(file, 0, "cannot read: " + e.getMessage(), e);
        }
        throw TmshException.inFile(file, 0, "empty dictionary");
    }

    /**
     * Reads {@code file}; {@code reversed} when its left side (Ding, dictd headwords; hunalign's
     * right side) is the target language.
     */
    public Lexicon read(Path file, Format format, boolean reversed) {
        DictionaryCache.Table table = table(file, format, reversed);
        if (table != null) {
            return lexicon(table);
        }
        Lexicon.Builder b = Lexicon.builder();
        parse(file, format, reversed, b::add);
        return b.build();
    }

    /** Every pair of {@code file}, from the cache (parsed whole the first time); null for a reader without cache. */
    DictionaryCache.Table table(Path file, Format format, boolean reversed) {
        return table(file, format, reversed, null);
    }

    /** {@link #table(Path, Format, boolean)}, told every {@value #PAIRS_A_REPORT} pairs a parse reads ({@code pairsRead} may be null). */
    private DictionaryCache.Table table(Path file, Format format, boolean reversed, java.util.function.LongConsumer pairsRead) {
        if (cache == null) {
            return null;
        }
        return cache.table(files(file, format), cacheKey(format, reversed),
                () -> {
                    DictionaryCache.TableBuilder all = new DictionaryCache.TableBuilder();
                    long[] n = {0};
                    BiConsumer<String, String> add = pairsRead == null ? all : (s, t) -> {
                        all.accept(s, t);
                        if (++n[0] % PAIRS_A_REPORT == 0) {
                            pairsRead.accept(n[0]);
                        }
                    };
                    new Dictionaries(src, tgt, f -> true, f -> true).parse(file, format, reversed, add);
                    return all.build();
                });
    }

    private static final int PAIRS_A_REPORT = 20_000;

    private String cacheKey(Format format, boolean reversed) {
        return format + (reversed ? " reversed" : "") + "; " + src.name() + " -> " + tgt.name();
    }

    /**
     * Parses into the cache now those of {@code files} it does not hold yet, with progress (the share
     * of their bytes, a pair taken for about {@value #BYTES_A_PAIR} bytes within a file): what makes a
     * first alignment on a new machine say what it does, and cancellable at each report. Nothing
     * happens, and nothing is reported, when the cache holds them all. The first read of a process first says
     * so through {@code progress}'s {@link Progress#notice notice} (a bar clears its line for it), not the log.
     */
    public void warm(List<Installed> files, Progress progress) {
        if (cache == null) {
            return;
        }
        List<Installed> cold = files.stream()
                .filter(f -> !cache.holds(files(f.path(), f.format()), cacheKey(f.format(), f.reversed()))).toList();
        if (!cold.isEmpty() && progress != Progress.NONE) {
            String notice = cache.firstReadNotice();
            if (notice != null) {
                progress.notice(notice);
            }
        }
        long total = 0;
        for (Installed f : cold) {
            total += bytes(f);
        }
        long done = 0;
        long all = Math.max(1, total);
        for (Installed f : cold) {
            long size = bytes(f);
            long before = done;
            progress.update(before, all);
            table(f.path(), f.format(), f.reversed(), pairs -> progress.update(before + Math.min(size - 1, pairs * BYTES_A_PAIR), all));
            done += size;
        }
        if (!cold.isEmpty()) {
            progress.update(all, all);
        }
    }

    private static final long BYTES_A_PAIR = 40;

    private static long bytes(Installed f) {
        long n = 0;
        for (Path p : files(f.path(), f.format())) {
            try {
                n += Files.size(p);
            } catch (IOException e) {
                // a file that cannot be read is said when it is parsed
            }
        }
        return Math.max(1, n);
    }

    /**
     * Whether the words {@code source} and {@code target} (as written) translate each other in one of
     * {@code files}, their forms compared as the aligner compares them: the installed dictionaries as
     * a question about two words (where an inline code goes in a target made from a match). The tables
     * come from the cache (parsed once when it lacks them).
     */
    public java.util.function.BiPredicate<String, String> pairs(List<Installed> files) {
        List<java.util.function.BiPredicate<String, String>> known = new ArrayList<>();
        for (Installed f : files) {
            DictionaryCache.Table t = table(f.path(), f.format(), f.reversed());
            if (t != null) {
                known.add(t::has);
            } else {
                Lexicon lex = read(f.path(), f.format(), f.reversed()); // no cache: parsed here
                known.add(lex::has);
            }
        }
        if (known.isEmpty()) {
            return (s, t) -> false;
        }
        return (s, t) -> {
            String sf = src.form(s);
            String tf = tgt.form(t);
            for (java.util.function.BiPredicate<String, String> k : known) {
                if (k.test(sf, tf)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** {@link #pairs} of the dictionaries installed for {@code sourceLang} to {@code targetLang}, through the home's cache. */
    public static java.util.function.BiPredicate<String, String> installedPairs(String sourceLang, String targetLang) {
        return new Dictionaries(WordForms.of(sourceLang), WordForms.of(targetLang), f -> true, f -> true)
                .cachedIn(DictionaryCache.inHome()).pairs(installedFiles(sourceLang, targetLang));
    }

    /** The pairs of {@code table} that this reader keeps. */
    Lexicon lexicon(DictionaryCache.Table table) {
        return sourceWords != null ? table.lexicon(sourceWords, targetWords) : table.lexicon(keepSource, keepTarget);
    }

    private void parse(Path file, Format format, boolean reversed, BiConsumer<String, String> b) {
        switch (format) {
            case DING -> readLines(file, " :: ", false ^ reversed, b);
            case HUNALIGN -> readLines(file, " @ ", true ^ reversed, b);
            case DICTD -> readDictd(file, reversed, b);
        }
    }

    /** The files a dictionary is read from: the file, or a dictd dictionary's index and data. */
    private static List<Path> files(Path file, Format format) {
        if (format != Format.DICTD) {
            return List.of(file);
        }
        String base = dictdBase(file);
        Path dz = Path.of(base + ".dict.dz");
        return List.of(Path.of(base + ".index"), Files.isRegularFile(dz) ? dz : Path.of(base + ".dict"));
    }

    private static String dictdBase(Path file) {
        return file.toString().replaceFirst("\\.(index|dict\\.dz|dict)$", "");
    }

    /** Reads {@code file} in its detected format, its left side in the source language. */
    public Lexicon read(Path file) {
        return read(file, detect(file), false);
    }

    /**
     * Every dictionary installed for {@code sourceLang}-{@code targetLang} (listed in {@link #LOCATIONS}
     * and present), read and merged; {@link Lexicon#EMPTY} when none is installed.
     */
    public Lexicon installed(String sourceLang, String targetLang) {
        Lexicon lex = Lexicon.EMPTY;
        for (Installed d : installedFiles(sourceLang, targetLang)) {
            lex = lex.with(read(d.path(), d.format(), d.reversed()));
        }
        return lex;
    }

    /** An installed dictionary file for a pair. */
    public record Installed(Path path, Format format, boolean reversed) {
    }

    /** The installed dictionaries for a pair, in the order of the locations file. */
    public static List<Installed> installedFiles(String sourceLang, String targetLang) {
        String sl = Languages.primary(sourceLang);
        String tl = Languages.primary(targetLang);
        List<Installed> out = new ArrayList<>();
        for (RuleFiles.Row row : RuleFiles.read(LOCATIONS, 4)) {
            Format f;
            try {
                f = Format.valueOf(row.get(2).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TmshException(LOCATIONS + ": line " + row.line() + ": unknown format " + row.get(2));
            }
            boolean forward = row.get(0).equals(sl) && row.get(1).equals(tl);
            boolean backward = row.get(0).equals(tl) && row.get(1).equals(sl);
            Path p = Path.of(row.get(3));
            boolean present = f == Format.DICTD ? Files.isRegularFile(Path.of(row.get(3) + ".index"))
                    : Files.isRegularFile(p);
            if ((forward || backward) && present) {
                out.add(new Installed(f == Format.DICTD ? Path.of(row.get(3) + ".index") : p, f, backward));
            }
        }
        return out;
    }

    private void readLines(Path file, String separator, boolean rightIsSource, BiConsumer<String, String> b) {
        try (BufferedReader r = reader(file)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int at = line.indexOf(separator);
                if (at < 0) {
                    throw TmshException.inFile(file, n, "no \"" + separator.trim() + "\" in: " + abbreviate(line));
                }
                String left = line.substring(0, at);
                String right = line.substring(at + separator.length());
                // Cheap test first: the pairs of a line need a kept form on each side, and the forms
                // of a side's phrases are among the forms of the whole side (notes only remove words).
                if (!anyKept(rightIsSource ? right : left, src, keepSource)
                        || !anyKept(rightIsSource ? left : right, tgt, keepTarget)) {
                    continue;
                }
                String[] ls = left.split("\\|");
                String[] rs = right.split("\\|");
                int senses = ls.length == rs.length ? ls.length : 1;
                for (int k = 0; k < senses; k++) {
                    if (rightIsSource) {
                        pairPhrases(rs[k], ls[k], b);
                    } else {
                        pairPhrases(ls[k], rs[k], b);
                    }
                }
            }
        } catch (StrictDecoder.BadBytes e) {
            throw TextFiles.badBytes(file, e, null);
        } catch (IOException e) {
            throw TmshException.inFile(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private void readDictd(Path file, boolean reversed, BiConsumer<String, String> b) {
        String base = dictdBase(file);
        Path index = Path.of(base + ".index");
        Path dz = Path.of(base + ".dict.dz");
        Path plain = Path.of(base + ".dict");
        Path data = Files.isRegularFile(dz) ? dz : plain;
        if (!Files.isRegularFile(index) || !Files.isRegularFile(data)) {
            throw TmshException.inFile(index, 0, "a dictd dictionary needs NAME.index and NAME.dict.dz beside it");
        }
        byte[] text;
        try (InputStream in = data == dz ? new GZIPInputStream(Files.newInputStream(dz), 1 << 16)
                : Files.newInputStream(plain)) {
            text = in.readAllBytes();
        } catch (IOException e) {
            throw TmshException.inFile(data, 0, "cannot read: " + e.getMessage(), e);
        }
        WordForms head = reversed ? tgt : src;
        Predicate<String> keepHead = reversed ? keepTarget : keepSource;
        try (BufferedReader r = reader(index)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String[] f = line.split("\t");
                if (f.length < 3) {
                    throw TmshException.inFile(index, n, "not a dictd index line (word, offset, length): "
                            + abbreviate(line));
                }
                if (f[0].startsWith("00database") || f[0].startsWith("00-database") || !anyKept(f[0], head, keepHead)) {
                    continue;
                }
                long off = base64(f[1], index, n);
                long len = base64(f[2], index, n);
                if (off + len > text.length) {
                    throw TmshException.inFile(index, n, "entry beyond the end of " + data.getFileName());
                }
                String entry = new String(text, (int) off, (int) len, StandardCharsets.UTF_8);
                List<String> lines = entry.lines().toList();
                if (lines.isEmpty()) {
                    continue;
                }
                for (int k = 1; k < lines.size(); k++) {
                    String l = lines.get(k);
                    boolean sense = SENSE.matcher(l).find();
                    if (k == 1 || sense) {
                        String translations = SENSE.matcher(l).replaceFirst("");
                        for (String t : translations.split("[,;]")) {
                            if (reversed) {
                                pairPhrase(t, f[0], b);
                            } else {
                                pairPhrase(f[0], t, b);
                            }
                        }
                    }
                }
            }
        } catch (StrictDecoder.BadBytes e) {
            throw TextFiles.badBytes(index, e, null);
        } catch (IOException e) {
            throw TmshException.inFile(index, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private static boolean anyKept(String phrase, WordForms forms, Predicate<String> keep) {
        for (String w : forms.forms(phrase)) {
            if (keep.test(w)) {
                return true;
            }
        }
        return false;
    }

    /** dictd's base64 numbers: digits A-Z a-z 0-9 + /, most significant first. */
    static long base64(String s, Path file, int line) {
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26
                    : c >= '0' && c <= '9' ? c - '0' + 52 : c == '+' ? 62 : c == '/' ? 63 : -1;
            if (d < 0) {
                throw TmshException.inFile(file, line, "bad dictd number: " + s);
            }
            v = v * 64 + d;
        }
        return v;
    }

    /** Pairs the synonyms ({@code ;}) of a source sense with those of a target sense. */
    private void pairPhrases(String source, String target, BiConsumer<String, String> b) {
        String[] ts = target.split(";");
        List<List<String>> tw = new ArrayList<>(ts.length);
        for (String t : ts) {
            tw.add(words(t, tgt));
        }
        for (String s : source.split(";")) {
            List<String> sw = words(s, src);
            for (List<String> t : tw) {
                pair(sw, t, b);
            }
        }
    }

    /**
     * Pairs each word of a source phrase (of up to three words; of two or three, only its words of
     * four letters or more) with each of a target phrase's, as one dictionary entry.
     */
    void pairPhrase(String source, String target, BiConsumer<String, String> b) {
        pair(words(source, src), words(target, tgt), b);
    }

    private void pair(List<String> s, List<String> t, BiConsumer<String, String> b) {
        for (String a : s) {
            if (!keepSource.test(a)) {
                continue;
            }
            for (String c : t) {
                if (keepTarget.test(c)) {
                    b.accept(a, c);
                }
            }
        }
    }

    /** The forms of a phrase's words: all of a one-word phrase, the long ones of two or three, none beyond. */
    private static List<String> words(String phrase, WordForms forms) {
        String clean = NOTES.matcher(phrase).replaceAll(" ").strip();
        if (clean.isEmpty()) {
            return List.of();
        }
        String[] raw = SPACE.split(clean);
        if (raw.length > 3) {
            return List.of();
        }
        List<String> out = new ArrayList<>(raw.length);
        for (String w : raw) {
            if (raw.length == 1 || w.codePointCount(0, w.length()) >= 4) {
                out.addAll(forms.forms(w));
            }
        }
        return out;
    }

    /** The file through the project's one strict decoder and byte-order-mark rule (UTF-8 by default). */
    private static BufferedReader reader(Path file) throws IOException {
        return new BufferedReader(TextFiles.reader(file, Files.newInputStream(file), null), 1 << 16);
    }

    private static String abbreviate(String line) {
        return line.length() > 60 ? line.substring(0, 60) + "..." : line;
    }
}
