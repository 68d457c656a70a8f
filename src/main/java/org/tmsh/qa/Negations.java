package org.tmsh.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.common.Lazy;
import org.tmsh.common.RuleFiles;

/**
 * The words by which a language negates, read from {@code negation.txt}: how often a text negates, and whether it
 * holds forms that negate without such a word ("without", "ungültig", "kostenlos").
 *
 * <p>NOTE: negation is counted by words, not parsed: a "not" inside an idiom the file lists ("whether or not") is
 * taken out first; a language the file does not name is never judged (null).
 */
public final class Negations {

    private record Rules(List<Pattern> words, List<Pattern> weak, List<Pattern> idioms) {
    }

    private static final Supplier<Negations> STANDARD = Lazy.of(Negations::new);
    private final Map<String, Rules> byLanguage = new HashMap<>();

    private Negations() {
        for (RuleFiles.Row r : RuleFiles.read("/tmsh/qa/negation.txt", 3)) {
            Rules rules = byLanguage.computeIfAbsent(r.get(0), k -> new Rules(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
            Pattern p = Pattern.compile(r.get(2));
            switch (r.get(1)) {
                case "word" -> rules.words().add(p);
                case "weak" -> rules.weak().add(p);
                case "idiom" -> rules.idioms().add(p);
                default -> throw new IllegalArgumentException("negation.txt line " + r.line() + ": kind '" + r.get(1)
                        + "' is none of word, weak, idiom");
            }
        }
    }

    /** The data of tmsh's file, read once. */
    public static Negations standard() {
        return STANDARD.get();
    }

    /** What a text of a language negates: its negation words, and how many weak forms it has. */
    public record Reading(List<String> words, int weak) {
    }

    /** Whether tmsh knows the negations of language {@code lang} ("de", "en-GB"). */
    public boolean knows(String lang) {
        return byLanguage.containsKey(QaSegment.primary(lang));
    }

    /** Whether {@code text} holds a negation word of {@code lang}, idioms not yet taken out (a quick first look). */
    public boolean mayNegate(String text, String lang) {
        Rules r = byLanguage.get(QaSegment.primary(lang));
        if (r == null) {
            return false;
        }
        for (Pattern w : r.words()) {
            if (w.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** Reads {@code text} (plain, codes taken out) in language {@code lang}; null when the language is unknown. */
    public Reading read(String text, String lang) {
        Rules r = byLanguage.get(QaSegment.primary(lang));
        if (r == null) {
            return null;
        }
        String t = text;
        for (Pattern idiom : r.idioms()) {
            t = idiom.matcher(t).replaceAll(" ");
        }
        List<String> found = new ArrayList<>();
        for (Pattern w : r.words()) {
            Matcher m = w.matcher(t);
            while (m.find()) {
                found.add(m.group());
            }
        }
        int weak = 0;
        for (Pattern w : r.weak()) {
            Matcher m = w.matcher(t);
            while (m.find()) {
                weak++;
            }
        }
        return new Reading(found, weak);
    }
}
