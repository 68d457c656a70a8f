package org.tmsh.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.common.TmshException;
import org.tmsh.common.LanguageTags;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.match.Folding;
import org.tmsh.match.Token;
import org.tmsh.match.Tokenizer;

/**
 * A concordance query, whatever index answers it: its folded words (candidates are units that have
 * each word, a word of four letters or more also inside a longer word), and the exact check of a
 * candidate (the words in this order, ignoring case and accents, separated only by non-letters).
 *
 * <p>NOTE: a query has at most {@link #MAX_WORDS} words; a longer one is refused with one line,
 * since every word is a clause of the index query (Lucene allows 1,024) and a concordance of a
 * whole paragraph is not what a translator means.
 */
public final class Concordance {

    public static final int MAX_WORDS = 64;

    private final List<String> words = new ArrayList<>();
    private final Pattern phrase;

    public Concordance(Tokenizer tokenizer, String text) {
        for (Token t : tokenizer.tokens(text)) {
            if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER) {
                words.add(Folding.fold(t.text()));
                if (words.size() > MAX_WORDS) {
                    throw new TmshException("concordance: the query has more than " + MAX_WORDS
                            + " words; search for a shorter phrase");
                }
            }
        }
        StringBuilder regex = new StringBuilder();
        for (String w : words) {
            regex.append(regex.isEmpty() ? "" : "[^\\p{L}\\p{N}]+").append(Pattern.quote(w));
        }
        phrase = Pattern.compile(regex.toString());
    }

    /** The folded words, in order. */
    public List<String> words() {
        return words;
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** Characters of a word the "inside" query asks for: its automaton stays small (Lucene refuses one of about 1,000). */
    public static final int INSIDE_CHARS = 64;

    /**
     * The start of a long word, as the candidates' pattern: every unit that has the word has it, and
     * {@link #verify} checks the whole word.
     */
    public static String leading(String w) {
        return w.codePointCount(0, w.length()) <= INSIDE_CHARS ? w : w.substring(0, w.offsetByCodePoints(0, INSIDE_CHARS));
    }

    /** True if the word is matched inside longer words (four letters or more, not a number). */
    public static boolean inside(String word) {
        return word.length() >= 4 && !isNumber(word);
    }

    public static boolean isNumber(String word) {
        return word.chars().allMatch(Character::isDigit);
    }

    /**
     * The hit in a candidate unit, or null: the first of {@code langs} whose text has the phrase; the
     * other side is {@code otherLang} if given, else the first of {@code all} other than that one.
     */
    public ConcordanceHit verify(Map<String, String> texts, String tuid, List<String> langs, List<String> all,
                                 String otherLang) {
        for (String lang : langs) {
            String text = texts.get(lang);
            if (text == null) {
                continue;
            }
            Folding f = Folding.of(text);
            Matcher m = phrase.matcher(f.folded());
            if (!m.find()) {
                continue;
            }
            String other = null;
            String otherText = null;
            for (String o : otherLang != null ? LanguageTags.matching(otherLang, all) : all) {
                if (!o.equals(lang) && texts.get(o) != null) {
                    other = o;
                    otherText = texts.get(o);
                    break;
                }
            }
            return new ConcordanceHit(lang, text, f.origin()[m.start()], f.origin()[m.end() - 1] + 1, other, otherText, tuid);
        }
        return null;
    }
}
