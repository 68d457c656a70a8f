package org.tmsh.terms;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.tmsh.common.RuleFiles;
import org.tmsh.common.Words;

/**
 * Guesses the language of a document from the share of its words that are function words of each
 * language ({@code tmsh/terms/function-words.txt}).
 *
 * <p>NOTE: written by hand rather than with a language-identification library: tmsh only needs to
 * tell its few document languages apart on whole articles, where function words decide reliably,
 * and no such library is on tmsh's classpath. A text with fewer than three function words, or
 * where no language has clearly more, gets no guess.
 */
public final class LanguageGuess {

    private static final LanguageGuess STANDARD = new LanguageGuess("/tmsh/terms/function-words.txt");

    private final Map<String, Set<String>> words = new HashMap<>();

    LanguageGuess(String resource) {
        for (RuleFiles.Row row : RuleFiles.read(resource, 2)) {
            words.computeIfAbsent(row.get(0).strip(), k -> new HashSet<>()).add(row.get(1).strip());
        }
    }

    public static LanguageGuess standard() {
        return STANDARD;
    }

    /** Whether this guesser can tell {@code lang} (a primary subtag) at all. */
    public boolean knows(String lang) {
        return words.containsKey(lang);
    }

    /** The language (a primary subtag) of {@code text}, or null when it cannot tell. */
    public String guess(String text) {
        Map<String, Integer> hits = new HashMap<>();
        // the letter parts of the words: a function word is often elided onto the next ("l'État")
        for (Words.Word part : Words.parts(text)) {
            if (part.kind() != Words.Kind.WORD) {
                continue;
            }
            String w = part.text().toLowerCase(Locale.ROOT);
            words.forEach((lang, set) -> {
                if (set.contains(w)) {
                    hits.merge(lang, 1, Integer::sum);
                }
            });
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return first >= 3 && first >= 1.5 * second ? best : null;
    }
}
