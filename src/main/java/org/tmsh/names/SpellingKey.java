package org.tmsh.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.ibm.icu.text.Transliterator;

import org.tmsh.common.RuleFiles;
import org.tmsh.common.TmshException;

/**
 * Reduces a word to a key shared by its spellings in different transliteration conventions.
 *
 * <p>The word is transliterated to Latin and folded to lower-case ASCII with ICU
 * ({@code Any-Latin; Latin-ASCII}), then the rewrite rules of {@code tmsh/names/spelling-key.txt}
 * for its language, and those for every language, run in file order. "Lawrow" (de) and
 * "Lavrov" (en) both give "lavrov".
 *
 * <p>NOTE: a key is a coarse equivalence meant for anchoring and candidate search; it merges
 * some distinct names (vowel-only differences survive, so Kim/Kin stay apart). Decisions that
 * matter are made on top of it, not by it alone.
 */
public final class SpellingKey {

    public static final String RULES = "/tmsh/names/spelling-key.txt";

    private record Rule(String lang, Pattern pattern, String replacement) {
    }

    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");
    private static final SpellingKey DEFAULT = new SpellingKey(RULES);

    private final List<Rule> rules = new ArrayList<>();
    private final ThreadLocal<Transliterator> fold =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    SpellingKey(String resource) {
        for (RuleFiles.Row row : RuleFiles.read(resource, 3)) {
            try {
                rules.add(new Rule(row.get(0).trim(), Pattern.compile(row.get(1)), row.get(2)));
            } catch (PatternSyntaxException e) {
                throw new TmshException(resource + ": line " + row.line() + ": bad pattern: " + e.getDescription());
            }
        }
    }

    /** The key rules shipped with tmsh. */
    public static SpellingKey standard() {
        return DEFAULT;
    }

    /** Lower-case ASCII form of a word, before any rule. */
    public String fold(String word) {
        // ASCII is its own Latin-ASCII transliteration: only non-ASCII words need ICU (the costly part)
        String ascii = isAscii(word) ? word : fold.get().transliterate(word);
        return NOT_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The key of {@code word} written in language {@code lang} (a primary subtag such as "de"). */
    public String key(String word, String lang) {
        String s = fold(word);
        for (Rule rule : rules) {
            if (rule.lang.equals("*") || rule.lang.equals(lang)) {
                s = rule.pattern.matcher(s).replaceAll(rule.replacement);
            }
        }
        return s.toLowerCase(Locale.ROOT);
    }
}
