package org.tmsh.common;

import java.util.ArrayList;
import java.util.List;

/**
 * tmsh's one word splitting, shared by fuzzy matching ({@link org.tmsh.match.Tokenizer}), glossary
 * look-up ({@link org.tmsh.terms.TermLookup}) and the QA term check: the words and numbers of a text
 * with their offsets; everything else (spaces, punctuation, symbols) separates them.
 *
 * <ul>
 * <li>a word is a run of letters, digits and other numbers ("½"), combining marks and {@code _}, in any script (German
 *     "Straße", "Gespräch"; Hangul "최선희"), with inner apostrophes and hyphens kept when a word
 *     character follows ("Son-hui's", "Jong-un", "O'Neill", "COVID-19"); a joiner at either end
 *     is not part of the word ("Kims'" gives "Kims");</li>
 * <li>a number is a run of ASCII digits with inner {@code . , : /} each followed by a digit
 *     ("1.500", "3,5", "7.4.2", "12:30"), unless it runs into letters ("3D", "MP3" are words).</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class Words {

    /** A word or a number. */
    public enum Kind { WORD, NUMBER }

    /** A word or number of a text: its characters {@code [start, end)}. */
    public record Word(String text, int start, int end, Kind kind) {
    }

    private Words() {
    }

    /** The words and numbers of {@code text}, in order, not overlapping. */
    public static List<Word> of(String text) {
        List<Word> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!wordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            Word w = at(text, i);
            out.add(w);
            i = w.end();
        }
        return out;
    }

    /**
     * As {@link #of}, but a one-letter word takes the dot that follows it, for names and glossary
     * forms, which write initials as words ("S. Lawrow" gives "S.", "Lawrow").
     */
    public static List<Word> withInitials(String text) {
        List<Word> out = new ArrayList<>();
        for (Word w : of(text)) {
            boolean initial = w.kind() == Kind.WORD && w.end() - w.start() == 1 && w.end() < text.length()
                    && text.charAt(w.end()) == '.';
            out.add(initial ? new Word(text.substring(w.start(), w.end() + 1), w.start(), w.end() + 1, Kind.WORD) : w);
        }
        return out;
    }

    /**
     * The runs of letters and of digits inside the words of {@link #of}, in order: the words cut at
     * hyphens, apostrophes and where letters meet digits ("Putin-Regierung" gives "Putin",
     * "Regierung"; "COVID-19" gives "COVID", "19"; "1.500" gives "1", "500"), digit runs as numbers.
     * For the aligner, whose dictionaries and cognates know the parts of a compound, not the compound.
     */
    public static List<Word> parts(String text) {
        List<Word> out = new ArrayList<>();
        for (Word w : of(text)) {
            int i = w.start();
            while (i < w.end()) {
                int cp = text.codePointAt(i);
                int kind = partKind(cp);
                if (kind == 0) {
                    i += Character.charCount(cp);
                    continue;
                }
                int end = i;
                while (end < w.end() && partKind(text.codePointAt(end)) == kind) {
                    end += Character.charCount(text.codePointAt(end));
                }
                out.add(new Word(text.substring(i, end), i, end, kind == 1 ? Kind.WORD : Kind.NUMBER));
                i = end;
            }
        }
        return out;
    }

    /** 1 for a letter or mark, 2 for a digit or other number, 0 for what cuts a word into parts. */
    private static int partKind(int cp) {
        if (Character.isLetter(cp) || mark(cp)) {
            return 1;
        }
        return Character.isDigit(cp) || otherNumber(cp) ? 2 : 0;
    }

    /** The word or number that starts at {@code i}, where {@link #wordChar} holds of the character. */
    public static Word at(String text, int i) {
        int cp = text.codePointAt(i);
        if (cp >= '0' && cp <= '9') {
            int end = number(text, i);
            if (end > i) {
                return new Word(text.substring(i, end), i, end, Kind.NUMBER);
            }
        }
        int n = text.length();
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
        return new Word(text.substring(i, end), i, end, Kind.WORD);
    }

    /** Letters, digits and other numbers ("½", "²"), combining marks and {@code _}: what words are made of. */
    public static boolean wordChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_' || mark(cp) || otherNumber(cp);
    }

    private static boolean mark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean otherNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_NUMBER || type == Character.LETTER_NUMBER;
    }

    /** The characters that join two parts of one word: apostrophes and the hyphen. */
    public static boolean joiner(char c) {
        return c == '\'' || c == '’' || c == '-';
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
}
