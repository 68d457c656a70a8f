package org.tmsh.terms;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.common.RuleFiles;
import org.tmsh.common.TmshException;

/**
 * Tells a capitalised common word (German "Dialog", English sentence-initial "From", "Committee")
 * from a name, with the word lists that {@code tmsh/terms/common-words.txt} locates (an installed
 * dictionary), the words of {@code not-names.txt} (months, forms of address) and the determiners of
 * {@code tmsh/names/determiners.txt}. A word is also common when, without an ending of
 * {@link Inflections}, it is ("Dialoges").
 *
 * <p>NOTE: a dictionary that is not installed is skipped, so discovery then keeps more words. The
 * lists are read once, on first use: from {@link WordListCache} (a fraction of a second), or, the first time
 * and after the dictionary changed, from the dictionary itself (seconds for the German-English one).
 */
public final class CommonWords {

    public static final String LOCATIONS = "/tmsh/terms/common-words.txt";
    private static volatile CommonWords standard;

    /** Per language: words as written (nouns) and words in lower case. */
    private final Map<String, Set<String>> asWritten = new HashMap<>();
    private final Map<String, Set<String>> lower = new HashMap<>();
    private final Map<String, Set<String>> determiners = new HashMap<>();

    CommonWords(String locations) {
        // the sides each file gives, so a file named for two languages (Ding: de left, en right) is read once
        Map<Path, List<Side>> sides = new java.util.LinkedHashMap<>();
        for (RuleFiles.Row row : RuleFiles.read(locations, 3)) {
            String lang = row.get(0).strip();
            Path file = Path.of(row.get(2).strip());
            boolean left = switch (row.get(1).strip()) {
                case "ding-left" -> true;
                case "ding-right" -> false;
                default -> throw new TmshException(locations + ": line " + row.line() + ": unknown format '"
                        + row.get(1) + "' (ding-left, ding-right)");
            };
            if (Files.isReadable(file)) {
                sides.computeIfAbsent(file, k -> new java.util.ArrayList<>()).add(new Side(left, lang));
            }
        }
        WordListCache cache = WordListCache.inHome();
        sides.forEach((file, fileSides) -> {
            List<Set<String>> lists = readDing(cache, file, fileSides);
            for (int i = 0; i < fileSides.size(); i++) {
                Side side = fileSides.get(i);
                if (side.left()) {
                    add(asWritten, side.lang(), lists.get(2 * i));
                }
                add(lower, side.lang(), lists.get(2 * i + 1));
            }
        });
        for (RuleFiles.Row row : RuleFiles.read("/tmsh/terms/not-names.txt", 2)) {
            asWritten.computeIfAbsent(row.get(0).strip(), k -> new HashSet<>()).add(row.get(1).strip());
        }
        for (RuleFiles.Row row : RuleFiles.read("/tmsh/names/determiners.txt", 2)) {
            determiners.computeIfAbsent(row.get(0).strip(), k -> new HashSet<>()).add(row.get(1).strip());
        }
    }

    public static CommonWords standard() {
        if (standard == null) {
            synchronized (CommonWords.class) {
                if (standard == null) {
                    standard = new CommonWords(LOCATIONS);
                }
            }
        }
        return standard;
    }

    /** Whether a dictionary was found for this language (else {@link #common} knows only the small lists). */
    public boolean knows(String lang) {
        return lower.containsKey(lang);
    }

    /** One side of a Ding file and the language its words are of. */
    private record Side(boolean left, String lang) {
    }

    /** {@code words} into the language's set: the set itself when the language has none yet (no copy of 100,000s of words). */
    private static void add(Map<String, Set<String>> sets, String lang, Set<String> words) {
        Set<String> had = sets.putIfAbsent(lang, words);
        if (had != null) {
            had.addAll(words);
        }
    }

    /**
     * The word lists of {@code file}, two a side asked of it (the nouns as written, empty for a right side; the
     * lower-case words), from {@link WordListCache} when it holds them for the file as it is now, else read in one
     * pass (and cached).
     */
    private static List<Set<String>> readDing(WordListCache cache, Path file, List<Side> sides) {
        String what = String.join(",", sides.stream().map(s -> s.left() ? "ding-left" : "ding-right").toList());
        return cache.lists(file, what, 2 * sides.size(), () -> parseDing(file, sides));
    }

    /** Reads {@code file} once for all the sides asked of it: per side, its nouns as written and its lower-case words. */
    private static List<Set<String>> parseDing(Path file, List<Side> sides) {
        List<Set<String>> lists = new java.util.ArrayList<>();
        for (Side side : sides) {
            lists.add(side.left() ? new HashSet<>() : null);
            lists.add(new HashSet<>());
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                int sep = line.indexOf(" :: ");
                if (line.startsWith("#") || sep < 0) {
                    continue;
                }
                for (int i = 0; i < sides.size(); i++) {
                    words(sides.get(i).left() ? line.substring(0, sep) : line.substring(sep + 4), lists.get(2 * i),
                            lists.get(2 * i + 1));
                }
            }
        } catch (IOException e) {
            throw new TmshException(file + ": cannot read: " + e.getMessage(), e);
        }
        lists.replaceAll(l -> l == null ? new HashSet<>() : l);
        return lists;
    }

    /** A noun: a word of letters and hyphens before its gender ({m} {f} {n} {pl}). */
    private static final Pattern GENDER = Pattern.compile("(\\p{L}[\\p{L}-]*)\\s*\\{(?:m|f|n|pl)\\}");
    /** A word: a letter, then letters, apostrophes and hyphens. */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]*");
    /** Bracketed remarks, grammar and pronunciation: {@code [...]}, {@code (...)}, {@code <...>}, {@code /.../}. */
    private static final Pattern REMARKS = Pattern.compile("\\[[^]]*]|\\([^)]*\\)|<[^>]*>|/[^/]*/");

    /**
     * The words of one side of a Ding line, its remarks left out: a noun goes into {@code written} as written
     * (when not null); a word that starts in lower case and has four letters or more into {@code low} (short
     * lower-case words are mostly interjections and abbreviations, "hui", "ade", that clash with short names;
     * function words come from determiners.txt).
     *
     * <p>NOTE: regular expressions, run over the 25 MB dictionary only when {@link WordListCache} has no lists
     * for it (the first {@code term discover}, and after the dictionary changed): 2-3 CPU seconds more than a
     * hand-written one-pass reader took, once, against simpler code.
     */
    static void words(String side, Set<String> written, Set<String> low) {
        String clean = REMARKS.matcher(side).replaceAll(" ");
        if (written != null) {
            Matcher g = GENDER.matcher(clean);
            while (g.find()) {
                written.add(g.group(1));
            }
        }
        Matcher w = WORD.matcher(clean);
        while (w.find()) {
            String word = w.group();
            if (word.length() >= 4 && Character.isLowerCase(word.charAt(0))) {
                low.add(word);
            }
        }
    }

    /** Whether a word of a text in {@code lang} is a common word, not a name. */
    public boolean common(String word, String lang) {
        Set<String> written = asWritten.getOrDefault(lang, Set.of());
        Set<String> low = lower.getOrDefault(lang, Set.of());
        if (written.contains(word) || low.contains(word.toLowerCase(Locale.ROOT))
                || determiners.getOrDefault(lang, Set.of()).contains(word.toLowerCase(Locale.ROOT))) {
            return true;
        }
        List<String> bases = Inflections.standard().bases(word);
        for (String b : bases) {
            if (written.contains(b)) {
                return true;
            }
        }
        return false;
    }
}
