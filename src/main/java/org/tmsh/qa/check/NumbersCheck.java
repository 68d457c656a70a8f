package org.tmsh.qa.check;

import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.tmsh.qa.Check;
import org.tmsh.qa.Finding;
import org.tmsh.qa.LanguageRules;
import org.tmsh.qa.NumberValues;
import org.tmsh.qa.QaSegment;
import org.tmsh.qa.QaText;
import org.tmsh.qa.Tokens;

/**
 * Numbers and dates by value and locale ({@link NumberValues}): a number or date of the source that
 * the target lacks or changes, and one the target adds. Codes, placeholders and URLs are not read.
 */
public final class NumbersCheck implements Check {

    private final NumberValues values = new NumberValues(LanguageRules.standard());

    @Override
    public String id() {
        return "numbers";
    }

    @Override
    public Finding.Severity severity() {
        return Finding.Severity.ERROR;
    }

    @Override
    public void check(QaSegment s, Consumer<Finding> out) {
        if (s.target() == null) {
            return;
        }
        String src = Tokens.withoutFixed(QaText.plain(s.source()));
        String tgt = Tokens.withoutFixed(QaText.plain(s.target()));
        NumberValues.Difference d = values.compare(src, s.srcLang(), tgt, s.tgtLang());
        if (d.none()) {
            return;
        }
        String a = d.missing().stream().map(NumberValues.Value::shown).collect(Collectors.joining(", "));
        String b = d.extra().stream().map(NumberValues.Value::shown).collect(Collectors.joining(", "));
        String why = d.missing().isEmpty() ? b + " is in the target but in no form in the source"
                : d.extra().isEmpty() ? a + " of the source is in no form in the target"
                : a + " of the source is " + b + " in the target";
        out.accept(Finding.of(id(), severity(), s, a.isEmpty() ? null : a, b.isEmpty() ? null : b, why, null));
    }
}
