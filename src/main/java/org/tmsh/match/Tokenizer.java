package org.tmsh.match;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.common.RuleFiles;
import org.tmsh.common.TmshException;

/**
 * Cuts a segment into {@link Token}s: words (letters and digits, with inner apostrophes and
 * hyphens: "Son-hui's"), numbers ("1.500", "3,5", "7.4.2"), placeholders (the patterns of the data
 * file {@code tmsh/matching/placeholders.txt}), inline tags (tmsh's markers {@code ⟨1⟩ ⟨/1⟩ ⟨2/⟩},
 * see {@link org.tmsh.formats.tmx.TmxReader}) and single punctuation characters. Immutable and thread-safe.
 */
public final class Tokenizer {

    public static final String PLACEHOLDERS = "/tmsh/matching/placeholders.txt";

    private static final Pattern TAG = Pattern.compile("⟨/?\\d+/?⟩");
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

    private static boolean wordChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_' || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean joiner(char c) {
        return c == '\'' || c == '’' || c == '-';
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
            if (!wordChar(cp)) {
                if (cp == '⟨') {
                    tag = tag == null ? TAG.matcher(text) : tag;
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
            if (cp >= '0' && cp <= '9') {
                int end = number(text, i);
                if (end > i) {
                    out.add(Token.of(Token.Kind.NUMBER, text.substring(i, end), i, end));
                    i = end;
                    continue;
                }
            }
            int end = i;
            while (true) {
                while (end < n && wordChar(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                if (end + 1 < n && joiner(text.charAt(end)) && wordChar(text.codePointAt(end + 1))) {
                    end++;
                } else {
                    break;
                }
            }
            out.add(Token.of(Token.Kind.WORD, text.substring(i, end), i, end));
            i = end;
        }
        return out;
    }

    /** The end of a number starting at {@code i}, or {@code i} if the digits run into letters (a word: "3D", "MP3"). */
    private static int number(String text, int i) {
        int n = text.length();
        int end = i;
        while (end < n && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        while (end + 1 < n && ".,:/".indexOf(text.charAt(end)) >= 0 && Character.isDigit(text.charAt(end + 1))) {
            end++;
            while (end < n && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                end++;
            }
        }
        if (end < n && wordChar(text.codePointAt(end))) {
            return i;
        }
        return end;
    }

    /** The keys of the content tokens (no punctuation): what the edit distance and the index see. */
    public List<String> contentKeys(String text) {
        List<String> keys = new ArrayList<>();
        for (Token t : tokens(text)) {
            if (t.content()) {
                keys.add(t.key());
            }
        }
        return keys;
    }
}
