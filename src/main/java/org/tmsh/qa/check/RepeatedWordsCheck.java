package org.tmsh.qa.check;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.qa.TargetCheck;
import org.tmsh.qa.Finding;
import org.tmsh.qa.LanguageRules;
import org.tmsh.qa.QaSegment;
import org.tmsh.qa.QaText;

/**
 * A word written twice in a row in the target ("the the"), unless the source repeats it too or the
 * target language may write it so ({@code repeated-words.txt}: "that that", "die die").
 */
public final class RepeatedWordsCheck extends TargetCheck {

    private static final Pattern TWICE = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L}+)\\s+(\\1)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A quick scan: does any word follow a word of the same letters (case aside)? */
    static boolean maybeTwice(String t) {
        int prevStart = -1;
        int prevEnd = -1;
        int i = 0;
        int n = t.length();
        while (i < n) {
            while (i < n && !Character.isLetter(t.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(t.charAt(i))) {
                i++;
            }
            if (start < i && prevStart >= 0 && i - start == prevEnd - prevStart
                    && t.regionMatches(true, start, t, prevStart, i - start)) {
                return true;
            }
            prevStart = start;
            prevEnd = i;
        }
        return false;
    }

    /** "UND und": an operator or emphasis in capitals beside the ordinary word, not a doubled word. */
    private static boolean capsAgainstLower(String a, String b) {
        return a.length() > 1 && !a.equals(b) && (a.equals(a.toUpperCase(Locale.ROOT)) || b.equals(b.toUpperCase(Locale.ROOT)));
    }

    public RepeatedWordsCheck() {
        super("repeated-words", Finding.Severity.WARNING);
    }

    @Override
    protected void checkTarget(QaSegment s, Consumer<Finding> out) {
        String tgt = QaText.plain(s.target());
        if (!maybeTwice(tgt)) {
            return;
        }
        Matcher m = TWICE.matcher(tgt);
        while (m.find()) {
            String twice = m.group();
            if (LanguageRules.standard().mayRepeat(s.tgtLang(), m.group(1)) || capsAgainstLower(m.group(1), m.group(2))) {
                continue;
            }
            Matcher inSource = TWICE.matcher(QaText.plain(s.source()));
            boolean alsoInSource = false;
            while (inSource.find()) {
                alsoInSource |= inSource.group(1).toLowerCase(Locale.ROOT).equals(m.group(1).toLowerCase(Locale.ROOT));
            }
            if (!alsoInSource) {
                out.accept(Finding.of(id(), severity(), s, null, twice, "'" + m.group(1) + "' twice in a row", null));
                return;
            }
        }
    }
}
