package org.tmsh.align;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tartarus.snowball.SnowballStemmer;

import org.tmsh.common.Languages;
import org.tmsh.common.RuleFiles;
import org.tmsh.common.TmshException;
import org.tmsh.common.Words;

/**
 * Reduces the words of one language to the forms the lexical cost compares: lower case, then the
 * Snowball stem named for the language in {@code tmsh/aligning/stemmers.txt}, or the first letters
 * for a language without a stemmer, so that an inflected word meets its dictionary headword.
 *
 * <p>NOTE: not thread-safe (a Snowball stemmer keeps state, and forms are cached); one per thread.
 */
public final class WordForms {

    public static final String TABLE = "/tmsh/aligning/stemmers.txt";

    private static volatile Map<String, String> table;

    private final SnowballStemmer stemmer;
    private final int prefix;
    private final String name;
    private final Map<String, String> cache = new HashMap<>();

    private WordForms(SnowballStemmer stemmer, int prefix, String name) {
        this.stemmer = stemmer;
        this.prefix = prefix;
        this.name = name;
    }

    /** What makes the forms ({@code snowball:German}, {@code prefix:4}, {@code lower}): equal names, equal forms. */
    public String name() {
        return name;
    }

    /** The word forms of language {@code lang} (a BCP 47 tag; its primary subtag chooses). */
    public static WordForms of(String lang) {
        Map<String, String> t = table();
        String name = t.getOrDefault(Languages.primary(lang), t.get("*"));
        if (name.startsWith("PREFIX")) {
            return new WordForms(null, Integer.parseInt(name.substring(6)), "prefix:" + name.substring(6));
        }
        try {
            Class<?> c = Class.forName("org.tartarus.snowball.ext." + name + "Stemmer");
            return new WordForms((SnowballStemmer) c.getDeclaredConstructor().newInstance(), 0, "snowball:" + name);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new TmshException(TABLE + ": no Snowball stemmer named " + name);
        }
    }

    /** Lower case only, no stemming (for exporting a dictionary to a tool that stems nothing). */
    public static WordForms lowerCase() {
        return new WordForms(null, Integer.MAX_VALUE, "lower");
    }

    private static Map<String, String> table() {
        Map<String, String> t = table;
        if (t == null) {
            t = new HashMap<>();
            for (RuleFiles.Row row : RuleFiles.read(TABLE, 2)) {
                String name = row.get(1);
                if (name.startsWith("PREFIX") && !name.substring(6).matches("[1-9]\\d?")) {
                    throw new TmshException(TABLE + ": line " + row.line() + ": bad prefix length: " + name);
                }
                t.put(row.get(0), name);
            }
            if (!t.containsKey("*")) {
                throw new TmshException(TABLE + ": no default row (*)");
            }
            table = t;
        }
        return t;
    }

    /** The form of one word. */
    public String form(String word) {
        String cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String f;
        if (stemmer == null) {
            f = lower.codePointCount(0, lower.length()) <= prefix ? lower
                    : lower.substring(0, lower.offsetByCodePoints(0, prefix));
        } else {
            stemmer.setCurrent(lower);
            stemmer.stem();
            f = stemmer.getCurrent();
        }
        if (cache.size() < 500_000) {
            cache.put(word, f);
        }
        return f;
    }

    /**
     * The forms of the letter {@link Words#parts} of two letters or more of a text, in order: hyphens,
     * apostrophes and digits cut words, because a dictionary lists a compound's parts.
     */
    public List<String> forms(String text) {
        List<String> out = new java.util.ArrayList<>();
        for (Words.Word part : Words.parts(text)) {
            if (part.kind() == Words.Kind.WORD && part.text().length() >= 2) {
                out.add(form(part.text()));
            }
        }
        return out;
    }
}
