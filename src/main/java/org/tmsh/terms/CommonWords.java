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
                sides.computeIfAbsent(file, k -> new java.util.ArrayList<>()).add(new Side(left,
                        left ? asWritten.computeIfAbsent(lang, k -> new HashSet<>()) : null,
                        lower.computeIfAbsent(lang, k -> new HashSet<>())));
            }
        }
        sides.forEach(CommonWords::readDing);
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

    /** One side of a Ding file and the sets its words go into ({@code written}: the left side's nouns). */
    private record Side(boolean left, Set<String> written, Set<String> low) {
    }

    /** Reads {@code file} once for all the sides asked of it. */
    private static void readDing(Path file, List<Side> sides) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                int sep = line.indexOf(" :: ");
                if (line.startsWith("#") || sep < 0) {
                    continue;
                }
                for (Side side : sides) {
                    words(side.left() ? line.substring(0, sep) : line.substring(sep + 4), side.written(), side.low());
                }
            }
        } catch (IOException e) {
            throw new TmshException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The words of one side of a Ding line, in one pass and without regular expressions (the dictionary
     * has 25 MB of them: read on every {@code term discover}): bracketed remarks, grammar and pronunciation
     * ({@code [...]}, {@code (...)}, {@code <...>}, {@code /.../}) are left out; a noun, a word before its
     * gender ({@code {m} {f} {n} {pl}}), goes into {@code written} as written (when not null); a word of a
     * letter and then letters, apostrophes and hyphens that starts in lower case and has four letters or more
     * into {@code low} (short lower-case words are mostly interjections and abbreviations, "hui", "ade", that
     * clash with short names; function words come from determiners.txt). {@code CommonWordsTest} holds this
     * to the regular expressions it replaced.
     */
    static void words(String side, Set<String> written, Set<String> low) {
        CharSequence clean = withoutRemarks(side);
        int m = clean.length();
        int i = 0;
        while (i < m) {
            int cp = Character.codePointAt(clean, i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            // a word: a letter, then letters, apostrophes and hyphens
            int start = i;
            int apostrophe = -1;
            i += Character.charCount(cp);
            while (i < m) {
                int c = Character.codePointAt(clean, i);
                if (!Character.isLetter(c) && c != '\'' && c != '-') {
                    break;
                }
                if (c == '\'') {
                    apostrophe = i;
                }
                i += Character.charCount(c);
            }
            // a String only for the words kept (most are capitalised or short)
            if (i - start >= 4 && Character.isLowerCase(clean.charAt(start))) {
                low.add(clean.subSequence(start, i).toString());
            }
            if (written != null) {
                // a noun is letters and hyphens from a letter: the word's part after its last apostrophe
                int from = apostrophe < 0 ? start : apostrophe + 1;
                while (from < i && !Character.isLetter(Character.codePointAt(clean, from))) {
                    from++;
                }
                if (from < i) {
                    noun(clean, from, i, written);
                }
            }
        }
    }

    /** {@code side} with each bracketed remark ({@code [...]}, {@code (...)}, {@code <...>}, {@code /.../}) as one space. */
    private static CharSequence withoutRemarks(String side) {
        int n = side.length();
        StringBuilder clean = null;
        for (int i = 0; i < n; i++) {
            char c = side.charAt(i);
            char close = c == '[' ? ']' : c == '(' ? ')' : c == '<' ? '>' : c == '/' ? '/' : 0;
            int end = close == 0 ? -1 : side.indexOf(close, i + 1);
            if (end >= 0 && clean == null) {
                clean = new StringBuilder(n).append(side, 0, i);
            }
            if (end >= 0) {
                clean.append(' ');
                i = end;
            } else if (clean != null) {
                clean.append(c);
            }
        }
        return clean == null ? side : clean;
    }

    /** Adds {@code text[start, end)} to {@code written} when a gender ({m} {f} {n} {pl}) follows it after spaces. */
    private static void noun(CharSequence text, int start, int end, Set<String> written) {
        int k = end;
        while (k < text.length() && isSpace(text.charAt(k))) {
            k++;
        }
        if (k < text.length() && text.charAt(k) == '{') {
            String g = gender(text, k + 1);
            if (g != null) {
                written.add(text.subSequence(start, end).toString());
            }
        }
    }

    private static String gender(CharSequence text, int at) {
        for (String g : new String[] {"m}", "f}", "n}", "pl}"}) {
            if (at + g.length() <= text.length() && text.subSequence(at, at + g.length()).toString().equals(g)) {
                return g;
            }
        }
        return null;
    }

    /** {@code \\s} of a regular expression: space, tab, line breaks, vertical tab, form feed. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
