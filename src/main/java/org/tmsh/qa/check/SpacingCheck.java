package org.tmsh.qa.check;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.qa.TargetCheck;
import org.tmsh.qa.Finding;
import org.tmsh.qa.LanguageRules;
import org.tmsh.qa.QaSegment;

/**
 * Spacing: a double space in the target that the source does not have, leading or trailing white
 * space that differs between the two, and a space before {@code : ; ! ?} against the target language's
 * rule ({@code spacing.txt}: none in German and English, a (narrow) no-break space in French).
 */
public final class SpacingCheck extends TargetCheck {

    private static final Pattern DOUBLE = Pattern.compile("(\\S*) {2,}(\\S*)");
    /** A number and the percent sign, with or without a space between ("45 %", "45%"; not "%d%%" or "100%-ig"'s code). */
    private static final Pattern PERCENT = Pattern.compile("(?<![\\p{L}\\p{N}%$.,])\\d+(?:[.,]\\d+)?([ \\u00A0\\u202F]?)%(?![%\\p{L}])");

    private final LanguageRules rules = LanguageRules.standard();
    /** A spreadsheet formula or a function call in the text ("=ZINSZ(8%;5)", "RMZ(2%/12;..."). */
    private static final Pattern FORMULA = Pattern.compile("(?:^|[\\s=])=?\\p{Lu}{2,}[\\p{Lu}\\p{N}._]*\\([^)]*%");

    /**
     * Two words glued by a sentence's end mark or a comma: a word of two letters or more ending in a small letter,
     * {@code . ! ? ,} and a word that goes on ("Datei.Dann", "Datei,dann"; a capital after a comma only before a
     * small letter). Not file names, URLs, domains or code (the word after is followed by no dot, slash or
     * bracket, and the words stand apart from {@code . @ / _}), nor when the source glues words so too.
     */
    private static final Pattern GLUED = Pattern.compile(
            "(?<![\\p{L}\\p{N}.@/_\\\\-])\\p{L}\\p{Ll}+(?:[.!?]\\p{Lu}\\p{Ll}+|,\\p{L}\\p{Ll}+)(?![\\p{L}\\p{N}.@/_(\\\\-])");

    /** The first glued place of the target that the source does not also have in kind, else null. */
    static String glued(String tgt, String src) {
        if (!markBetweenLetters(tgt)) {
            return null; // the pattern needs a small letter, a mark and a letter: most texts have none, and a scan is cheap
        }
        Matcher m = GLUED.matcher(org.tmsh.qa.Tokens.withoutFixed(org.tmsh.qa.QaText.plain(tgt)));
        if (!m.find()) {
            return null;
        }
        String found = m.group();
        Matcher n = GLUED.matcher(org.tmsh.qa.Tokens.withoutFixed(org.tmsh.qa.QaText.plain(src)));
        while (n.find()) {
            if (n.group().charAt(firstMark(n.group())) == found.charAt(firstMark(found))) {
                return null;
            }
        }
        return found;
    }

    /** Whether the text has a small letter, one of {@code . ! ? ,} and a letter in a row. */
    private static boolean markBetweenLetters(String t) {
        for (int i = 1; i + 1 < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == ',' || c == '!' || c == '?') && Character.isLowerCase(t.charAt(i - 1)) && Character.isLetter(t.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static int firstMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (".!?,".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return 0;
    }

    public SpacingCheck() {
        super("spacing", Finding.Severity.WARNING);
    }

    @Override
    protected void checkTarget(QaSegment s, Consumer<Finding> out) {
        String tgt = s.target();
        if (tgt.isBlank()) {
            return;
        }
        String src = s.source();
        if (tgt.contains("  ") && !src.contains("  ")) {
            Matcher m = DOUBLE.matcher(tgt);
            m.find();
            out.accept(Finding.of(id(), severity(), s, null, m.group(), "double space in the target after '" + m.group(1) + "'", null));
        }
        boolean lead = !src.isEmpty() && Character.isWhitespace(src.charAt(0));
        boolean lead2 = Character.isWhitespace(tgt.charAt(0));
        boolean trail = !src.isEmpty() && Character.isWhitespace(src.charAt(src.length() - 1));
        boolean trail2 = Character.isWhitespace(tgt.charAt(tgt.length() - 1));
        if (lead != lead2 || trail != trail2) {
            out.accept(Finding.of(id(), severity(), s, null, null, (lead != lead2 ? "leading" : "trailing")
                    + " white space differs: the " + ((lead != lead2 ? lead : trail) ? "source" : "target") + " has it", null));
        }
        String glued = glued(tgt, src);
        if (glued != null) {
            out.accept(Finding.of(id(), severity(), s, null, glued, "no space after '" + glued.charAt(firstMark(glued)) + "' in the target", null));
        }
        Boolean percentSpace = rules.percentSpace(s.tgtLang());
        if (percentSpace != null) {
            Matcher p = PERCENT.matcher(tgt);
            boolean formula = FORMULA.matcher(tgt).find();
            while (p.find()) {
                if (percentSpace && p.group(1).isEmpty() && (formula || p.end() < tgt.length() && ";/'\"]".indexOf(tgt.charAt(p.end())) >= 0
                        || p.start() > 0 && "/=;'\"".indexOf(tgt.charAt(p.start() - 1)) >= 0)) {
                    continue; // style guides ask for the space in running text, not inside a formula, a value or a ratio ("=ZINS(8%;5)", "'10%'", "100%/100%")
                }
                if (!p.group(1).isEmpty() != percentSpace) {
                    out.accept(Finding.of(id(), severity(), s, null, "'" + p.group() + "'", (percentSpace ? "no space" : "a space")
                            + " between the number and '%' in " + s.tgtLang() + " (" + s.tgtLang() + " writes '"
                            + p.group().substring(0, p.start(1) - p.start()) + (percentSpace ? "\u00A0" : "") + "%')", null));
                    break;
                }
            }
        }
        LanguageRules.SpaceBefore rule = rules.spaceBefore(s.tgtLang());
        if (rule == null) {
            return;
        }
        for (int i = 1; i < tgt.length(); i++) {
            char c = tgt.charAt(i);
            if (rule.marks().indexOf(c) < 0) {
                continue;
            }
            char before = tgt.charAt(i - 1);
            boolean spaced = before == ' ' || before == '\u00A0' || before == '\u202F';
            boolean word = Character.isLetterOrDigit(before) || spaced && i >= 2 && Character.isLetterOrDigit(tgt.charAt(i - 2));
            if (!word || (i + 1 < tgt.length() && !Character.isWhitespace(tgt.charAt(i + 1)) && c == ':')) {
                continue; // "a :", "12:30", "C:\" are not the case
            }
            if (spaced != rule.required()) {
                String piece = tgt.substring(Math.max(0, i - 6), i + 1);
                if (!rule.required() && src.contains(piece.substring(piece.length() - 2))) {
                    continue; // the source spaces it so too: a quoted command or a pattern
                }
                out.accept(Finding.of(id(), severity(), s, null, "'" + piece + "'",
                        (rule.required() ? "no space" : "a space") + " before '" + c + "' in " + s.tgtLang(), null));
                return;
            }
        }
    }
}
