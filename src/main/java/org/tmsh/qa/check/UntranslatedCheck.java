package org.tmsh.qa.check;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.qa.Check;
import org.tmsh.qa.Finding;
import org.tmsh.qa.QaSegment;
import org.tmsh.qa.QaText;
import org.tmsh.qa.Tokens;

/**
 * An empty target (an error: the file goes back untranslated there), and a target equal to its source
 * (a warning), except where the source holds nothing to translate: only names (each word capitalised,
 * CamelCase or all capitals), numbers, codes, placeholders, URLs, or a single word.
 */
public final class UntranslatedCheck implements Check {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

    @Override
    public String id() {
        return "untranslated";
    }

    @Override
    public Finding.Severity severity() {
        return Finding.Severity.WARNING;
    }

    @Override
    public void check(QaSegment s, Consumer<Finding> out) {
        String src = QaText.plain(s.source()).strip();
        if (s.target() == null || QaText.plain(s.target()).isBlank()) {
            if (!src.isEmpty()) {
                out.accept(Finding.of(id(), Finding.Severity.ERROR, s, QaText.quote(src), null, "the target is empty", null));
            }
            return;
        }
        String tgt = QaText.plain(s.target()).strip();
        if (tgt.equals(src) && translatable(src)) {
            out.accept(Finding.of(id(), severity(), s, src, tgt, "the target is the source, untranslated", null));
        }
    }

    /** True when a text has words that a translation would change: two or more words, one of them not a name. */
    static boolean translatable(String text) {
        String t = Tokens.withoutFixed(text);
        Matcher m = WORD.matcher(t);
        int words = 0;
        boolean common = false;
        while (m.find()) {
            words++;
            String w = m.group();
            if (Character.isLowerCase(w.charAt(0)) && w.chars().skip(1).noneMatch(Character::isUpperCase)) {
                common = true;
            }
        }
        return words >= 2 && common;
    }
}
