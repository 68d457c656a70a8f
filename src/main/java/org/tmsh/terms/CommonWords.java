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
 * lists are read once, on first use (a quarter of a second for the German-English dictionary).
 */
public final class CommonWords {

    public static final String LOCATIONS = "/tmsh/terms/common-words.txt";
    private static final Pattern GENDER = Pattern.compile("(\\p{L}[\\p{L}-]*)\\s*\\{(?:m|f|n|pl)\\}");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]*");
    /** Bracketed remarks, grammar and pronunciation of a dictionary side: compiled once, not once a line. */
    private static final Pattern REMARKS = Pattern.compile("\\[[^]]*]|\\([^)]*\\)|<[^>]*>|/[^/]*/");
    private static volatile CommonWords standard;

    /** Per language: words as written (nouns) and words in lower case. */
    private final Map<String, Set<String>> asWritten = new HashMap<>();
    private final Map<String, Set<String>> lower = new HashMap<>();
    private final Map<String, Set<String>> determiners = new HashMap<>();

    CommonWords(String locations) {
        for (RuleFiles.Row row : RuleFiles.read(locations, 3)) {
            String lang = row.get(0).strip();
            Path file = Path.of(row.get(2).strip());
            if (!Files.isReadable(file)) {
                continue;
            }
            switch (row.get(1).strip()) {
                case "ding-left" -> readDing(file, lang, true);
                case "ding-right" -> readDing(file, lang, false);
                default -> throw new TmshException(locations + ": line " + row.line() + ": unknown format '"
                        + row.get(1) + "' (ding-left, ding-right)");
            }
        }
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

    private void readDing(Path file, String lang, boolean left) {
        Set<String> written = asWritten.computeIfAbsent(lang, k -> new HashSet<>());
        Set<String> low = lower.computeIfAbsent(lang, k -> new HashSet<>());
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                int sep = line.indexOf(" :: ");
                if (line.startsWith("#") || sep < 0) {
                    continue;
                }
                String side = left ? line.substring(0, sep) : line.substring(sep + 4);
                side = REMARKS.matcher(side).replaceAll(" ");
                if (left) {
                    Matcher g = GENDER.matcher(side);
                    while (g.find()) {
                        written.add(g.group(1));
                    }
                }
                Matcher w = WORD.matcher(side);
                while (w.find()) {
                    String word = w.group();
                    // short lower-case words are mostly interjections and abbreviations ("hui", "ade")
                    // that clash with short names; function words come from determiners.txt
                    if (Character.isLowerCase(word.charAt(0)) && word.length() >= 4) {
                        low.add(word);
                    }
                }
            }
        } catch (IOException e) {
            throw new TmshException(file + ": cannot read: " + e.getMessage(), e);
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
