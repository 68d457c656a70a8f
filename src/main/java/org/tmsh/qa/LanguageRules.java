package org.tmsh.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tmsh.common.RuleFiles;

/**
 * What the checks know about languages, read from the data files under {@code tmsh/qa/}: quotation
 * marks ({@code quotes.txt}), space before {@code :;!?} ({@code spacing.txt}), number words
 * ({@code number-words.txt}), words a language may repeat ({@code repeated-words.txt}) and acronyms two
 * languages write differently ({@code acronyms.txt}). Look-ups take a BCP 47 tag and use its language ({@code en} of {@code en-GB}); numbers and dates
 * themselves are {@link org.tmsh.numbers.Values}'s.
 */
public final class LanguageRules {

    /** A pair of quotation marks; {@code counted}: opening and closing must pair up. */
    public record Quotes(char open, char close, boolean counted) {
    }

    /** Space before marks: {@code required} (French) or not allowed. */
    public record SpaceBefore(String marks, boolean required) {
    }

    private static final String DIR = "/tmsh/qa/";
    private static volatile LanguageRules standard;

    private final Map<String, List<Quotes>> quotes = new HashMap<>();
    private final Map<String, SpaceBefore> spacing = new HashMap<>();
    private final Map<String, Boolean> percent = new HashMap<>();
    private final Map<String, Map<String, Integer>> numberWords = new HashMap<>();
    private final Map<String, java.util.Set<String>> twice = new HashMap<>();
    private final Map<String, List<String>> numberParts = new HashMap<>();
    private final Map<String, List<String>> halves = new HashMap<>();
    private final Map<String, Map<String, String>> fractions = new HashMap<>();
    private final Map<String, java.util.Set<String>> abbreviations = new HashMap<>();
    private final Map<String, List<String>> acronyms = new HashMap<>();

    private LanguageRules() {
        for (RuleFiles.Row r : RuleFiles.read(DIR + "quotes.txt", 4)) {
            quotes.computeIfAbsent(r.get(0), k -> new ArrayList<>())
                    .add(new Quotes(r.get(1).charAt(0), r.get(2).charAt(0), r.get(3).equals("yes")));
        }
        for (RuleFiles.Row r : RuleFiles.read(DIR + "spacing.txt", 3)) {
            if (r.get(1).equals("%")) {
                percent.put(r.get(0), r.get(2).equals("space"));
            } else {
                spacing.put(r.get(0), new SpaceBefore(r.get(1), r.get(2).equals("space")));
            }
        }
        for (RuleFiles.Row r : RuleFiles.read(DIR + "repeated-words.txt", 2)) {
            for (String w : r.get(1).split(",")) {
                twice.computeIfAbsent(r.get(0), k -> new java.util.HashSet<>()).add(w.strip().toLowerCase(Locale.ROOT));
            }
        }
        for (RuleFiles.Row r : RuleFiles.read(DIR + "acronyms.txt", 4)) {
            acronyms.computeIfAbsent(r.get(0) + ">" + r.get(2) + ":" + r.get(1), k -> new ArrayList<>()).add(r.get(3));
            acronyms.computeIfAbsent(r.get(2) + ">" + r.get(0) + ":" + r.get(3), k -> new ArrayList<>()).add(r.get(1));
        }
        for (RuleFiles.Row r : RuleFiles.read(DIR + "abbreviations.txt", 2)) {
            for (String w : r.get(1).split(",")) {
                abbreviations.computeIfAbsent(r.get(0), k -> new java.util.HashSet<>()).add(w.strip().toLowerCase(Locale.ROOT));
            }
        }
        for (RuleFiles.Row r : RuleFiles.read(DIR + "number-words.txt", 3)) {
            if (r.get(1).equals("compound") || r.get(1).equals("half")) {
                for (String f : r.get(2).split(",")) {
                    (r.get(1).equals("half") ? halves : numberParts).computeIfAbsent(r.get(0), k -> new ArrayList<>())
                            .add(f.strip().toLowerCase(Locale.ROOT));
                }
                continue;
            }
            if (r.get(1).indexOf('.') > 0) { // "anderthalb" = 1.5
                for (String f : r.get(2).split(",")) {
                    fractions.computeIfAbsent(r.get(0), k -> new HashMap<>()).put(f.strip().toLowerCase(Locale.ROOT),
                            new java.math.BigDecimal(r.get(1)).toPlainString());
                }
                continue;
            }
            for (String f : r.get(2).split(",")) {
                numberWords.computeIfAbsent(r.get(0), k -> new HashMap<>()).put(f.strip().toLowerCase(Locale.ROOT),
                        Integer.parseInt(r.get(1)));
            }
        }
    }

    /** The rules of tmsh's data files, read once. */
    public static LanguageRules standard() {
        LanguageRules r = standard;
        if (r == null) {
            synchronized (LanguageRules.class) {
                if (standard == null) {
                    standard = new LanguageRules();
                }
                r = standard;
            }
        }
        return r;
    }

    /** The quotation marks of a language, with those every language uses. */
    public List<Quotes> quotes(String tag) {
        List<Quotes> out = new ArrayList<>(quotes.getOrDefault(QaSegment.primary(tag), List.of()));
        out.addAll(quotes.getOrDefault("*", List.of()));
        return out;
    }

    /** Whether the language's quotation marks are known (else the quotes check stays quiet). */
    public boolean knowsQuotes(String tag) {
        return quotes.containsKey(QaSegment.primary(tag));
    }

    /** The space-before rule of a language, or null when the data has none. */
    public SpaceBefore spaceBefore(String tag) {
        return spacing.get(QaSegment.primary(tag));
    }

    /**
     * Whether a language puts a (no-break) space between a number and the percent sign ("45 %" in German and French,
     * "45%" in English), or null when {@code spacing.txt} gives no rule for it.
     */
    public Boolean percentSpace(String tag) {
        return percent.get(QaSegment.primary(tag));
    }

    /** Whether a language may write {@code word} twice in a row ({@code repeated-words.txt}). */
    public boolean mayRepeat(String tag, String word) {
        return twice.getOrDefault(QaSegment.primary(tag), java.util.Set.of()).contains(word.toLowerCase(Locale.ROOT));
    }

    /** The value a number word stands for in a language ("null" and "zero": 0), or -1 when it is no number word. */
    public int numberWord(String tag, String word) {
        return numberWords.getOrDefault(QaSegment.primary(tag), Map.of()).getOrDefault(word.toLowerCase(Locale.ROOT), -1);
    }

    /**
     * How language {@code tag} adds a half to a spelled number ({@code number-words.txt} rows {@code half}): words
     * after the number ("and a half": "two and a half") or, written without a space, an ending glued to it
     * ("einhalb": "zweieinhalb"); empty when none.
     */
    public List<String> halves(String tag) {
        return halves.getOrDefault(QaSegment.primary(tag), List.of());
    }

    /** The words {@code number-words.txt} gives for {@code value} in language {@code tag} ("hundert" for 100). */
    public List<String> wordsOf(String tag, int value) {
        List<String> out = new ArrayList<>();
        numberWords.getOrDefault(QaSegment.primary(tag), Map.of()).forEach((w, v) -> {
            if (v == value) {
                out.add(w);
            }
        });
        java.util.Collections.sort(out);
        return out;
    }

    /** The value of a word that names a number with a fraction ("anderthalb": "1.5"), else null. */
    public String fractionWord(String tag, String word) {
        return fractions.getOrDefault(QaSegment.primary(tag), Map.of()).get(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word} (without its stop) is an abbreviation of language {@code tag} ({@code abbreviations.txt}). */
    public boolean abbreviation(String tag, String word) {
        return abbreviations.getOrDefault(QaSegment.primary(tag), java.util.Set.of()).contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The pieces that mark a word as a spelled number of several parts in language {@code tag}
     * ({@code number-words.txt} rows {@code compound}: "tausend", "zig", "hundred"); empty when none.
     */
    public List<String> numberParts(String tag) {
        return numberParts.getOrDefault(QaSegment.primary(tag), List.of());
    }

    /** How language {@code to} writes the acronym or key name {@code form} of language {@code from} ({@code acronyms.txt}); empty when the data has no row. */
    public List<String> acronymForms(String from, String to, String form) {
        return acronyms.getOrDefault(QaSegment.primary(from) + ">" + QaSegment.primary(to) + ":" + form, List.of());
    }
}
