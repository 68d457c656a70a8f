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
        Boolean percentSpace = rules.percentSpace(s.tgtLang());
        if (percentSpace != null) {
            Matcher p = PERCENT.matcher(tgt);
            while (p.find()) {
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
