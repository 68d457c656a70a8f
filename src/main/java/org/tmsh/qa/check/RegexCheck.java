package org.tmsh.qa.check;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.qa.TargetCheck;
import org.tmsh.qa.Finding;
import org.tmsh.qa.QaSegment;
import org.tmsh.qa.QaText;

/**
 * A team's own check, a regular expression from a profile: a finding where the pattern matches the
 * target ({@code target}), the source ({@code source}), or the source more often than the target
 * ({@code kept}: what the source has must stay, such as a product name).
 */
public final class RegexCheck extends TargetCheck {

    /** Where the pattern looks. */
    public enum Side { TARGET, SOURCE, KEPT }

    private final Pattern pattern;
    private final Side side;
    private final String message;

    public RegexCheck(String id, Finding.Severity severity, Pattern pattern, Side side, String message) {
        super(id, severity);
        this.pattern = pattern;
        this.side = side;
        this.message = message;
    }

    @Override
    protected void checkTarget(QaSegment s, Consumer<Finding> out) {
        String src = QaText.plain(s.source());
        String tgt = QaText.plain(s.target());
        switch (side) {
            case TARGET -> {
                Matcher m = pattern.matcher(tgt);
                if (m.find()) {
                    out.accept(Finding.of(id(), severity(), s, null, m.group(), message, null));
                }
            }
            case SOURCE -> {
                Matcher m = pattern.matcher(src);
                if (m.find()) {
                    out.accept(Finding.of(id(), severity(), s, m.group(), null, message, null));
                }
            }
            case KEPT -> {
                Matcher m = pattern.matcher(src);
                int a = 0;
                String first = null;
                while (m.find()) {
                    a++;
                    first = first == null ? m.group() : first;
                }
                int b = 0;
                Matcher n = pattern.matcher(tgt);
                while (n.find()) {
                    b++;
                }
                if (a > b) {
                    out.accept(Finding.of(id(), severity(), s, first, null, message, null));
                }
            }
            default -> throw new IllegalStateException(side.name());
        }
    }
}
