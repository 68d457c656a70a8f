package org.tmsh.match;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.common.Markers;
import org.tmsh.common.RuleFiles;
import org.tmsh.common.TmshException;
import org.tmsh.common.Words;

/**
 * Cuts a segment into {@link Token}s: words and numbers as {@link Words} splits them (the one word
 * rule tmsh shares), and, between them, what only a fuzzy match weighs apart from words: placeholders
 * (the patterns of the data file {@code tmsh/matching/placeholders.txt}), inline tags (tmsh's markers
 * {@code ⟨1⟩ ⟨/1⟩ ⟨2/⟩}, see {@link org.tmsh.formats.tmx.TmxReader}) and single punctuation
 * characters. Immutable and thread-safe.
 */
public final class Tokenizer {

    public static final String PLACEHOLDERS = "/tmsh/matching/placeholders.txt";

    private static final Tokenizer STANDARD = new Tokenizer(loadPlaceholders());

    private final Pattern placeholder;

    public Tokenizer(Pattern placeholder) {
        this.placeholder = placeholder;
    }

    /** The tokenizer with tmsh's placeholder patterns. */
    public static Tokenizer standard() {
        return STANDARD;
    }

    private static Pattern loadPlaceholders() {
        StringBuilder alternation = new StringBuilder();
        for (RuleFiles.Row row : RuleFiles.read(PLACEHOLDERS, 2)) {
            try {
                Pattern.compile(row.get(1));
            } catch (RuntimeException e) {
                throw new TmshException(PLACEHOLDERS + ": line " + row.line() + ": bad pattern: "
                        + e.getMessage().lines().findFirst().orElse(""));
            }
            alternation.append(alternation.isEmpty() ? "" : "|").append("(?:").append(row.get(1)).append(')');
        }
        return Pattern.compile(alternation.toString());
    }

    public List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher ph = null;
        Matcher tag = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            if (!Words.wordChar(cp)) {
                if (cp == '⟨') {
                    tag = tag == null ? Markers.MARKER.matcher(text) : tag;
                    if (tag.region(i, n).lookingAt()) {
                        out.add(Token.of(Token.Kind.TAG, text.substring(i, tag.end()), i, tag.end()));
                        i = tag.end();
                        continue;
                    }
                }
                ph = ph == null ? placeholder.matcher(text) : ph;
                if (ph.region(i, n).lookingAt() && ph.end() > i) {
                    out.add(Token.of(Token.Kind.PLACEHOLDER, text.substring(i, ph.end()), i, ph.end()));
                    i = ph.end();
                    continue;
                }
                int end = i + Character.charCount(cp);
                out.add(Token.of(Token.Kind.PUNCT, text.substring(i, end), i, end));
                i = end;
                continue;
            }
            Words.Word w = Words.at(text, i);
            out.add(Token.of(w.kind() == Words.Kind.NUMBER ? Token.Kind.NUMBER : Token.Kind.WORD, w.text(), i, w.end()));
            i = w.end();
        }
        return out;
    }

    /** The keys of the content tokens (no punctuation): what the edit distance and the index see. */
    public List<String> contentKeys(String text) {
        return contentKeys(tokens(text));
    }

    /** The keys of the content tokens among {@code tokens}. */
    public static List<String> contentKeys(List<Token> tokens) {
        List<String> keys = new ArrayList<>();
        for (Token t : tokens) {
            if (t.content()) {
                keys.add(t.key());
            }
        }
        return keys;
    }
}
