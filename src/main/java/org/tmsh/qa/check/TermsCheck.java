package org.tmsh.qa.check;

import java.util.List;
import java.util.function.Consumer;

import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.qa.TargetCheck;
import org.tmsh.qa.Finding;
import org.tmsh.qa.QaSegment;
import org.tmsh.qa.QaText;
import org.tmsh.qa.TermChecker;

/**
 * Terminology against a glossary ({@link TermChecker}): a glossary name or term of the source whose
 * target equivalent is missing, a deprecated spelling, a source-language spelling left in the target.
 * The findings keep {@link TermChecker}'s kinds ({@code missing-term}, {@code deprecated},
 * {@code untransliterated}); its number comparison is left to {@link NumbersCheck}.
 */
public final class TermsCheck extends TargetCheck {

    private final TermChecker checker;

    public TermsCheck(TermChecker checker) {
        super("terms", Finding.Severity.ERROR);
        this.checker = checker;
    }

    @Override
    protected void checkTarget(QaSegment s, Consumer<Finding> out) {
        String src = QaText.plain(s.source());
        String tgt = QaText.plain(s.target());
        TmxUnit u = new TmxUnit(s.id(), List.of(new TmxUnit.Variant(s.srcLang(), src), new TmxUnit.Variant(s.tgtLang(), tgt)), null);
        List<Finding> found = checker.checkUnit(u, s.srcLang(), s.tgtLang());
        java.util.Set<String> leftInTarget = new java.util.HashSet<>();
        for (Finding f : found) {
            if (f.kind().equals("untransliterated")) {
                leftInTarget.add(String.valueOf(f.suggestion()));
            }
        }
        for (Finding f : found) {
            if (f.kind().equals("numbers")
                    || f.kind().equals("missing-term") && leftInTarget.contains(String.valueOf(f.suggestion()))) {
                continue; // numbers are NumbersCheck's; a name left in the source spelling is one finding, not two
            }
            boolean inTarget = !f.kind().equals("missing-term") && f.severity() != Finding.Severity.INFO && tgt.contains(f.text());
            Finding g = Finding.of(f.kind(), f.severity(), s, inTarget ? null : f.text(), inTarget ? f.text() : null,
                    f.message(), f.suggestion());
            out.accept(g);
        }
    }
}
