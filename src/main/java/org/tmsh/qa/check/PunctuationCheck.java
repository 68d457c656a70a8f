package org.tmsh.qa.check;

import java.util.List;
import java.util.function.Consumer;

import org.tmsh.qa.Check;
import org.tmsh.qa.Finding;
import org.tmsh.qa.LanguageRules;
import org.tmsh.qa.QaSegment;
import org.tmsh.qa.QaText;

/**
 * Punctuation: the end mark of the target against the source's ({@code . ! ? : ; …}), brackets that
 * do not pair up in the target, and quotation marks by the target language's rules
 * ({@code quotes.txt}): a mark the language does not write (English {@code ”} in German text), or an
 * opening mark without its closing one.
 */
public final class PunctuationCheck implements Check {

    private static final String END = ".!?:;…。";
    private static final String CLOSERS = "\"'“”’»«›‹)]}⟩/ \u00A0\u202F";
    private static final String QUOTE_MARKS = "„“”‚‘’«»‹›\"";

    private final LanguageRules rules = LanguageRules.standard();

    @Override
    public String id() {
        return "punctuation";
    }

    @Override
    public Finding.Severity severity() {
        return Finding.Severity.WARNING;
    }

    @Override
    public void check(QaSegment s, Consumer<Finding> out) {
        if (s.target() == null) {
            return;
        }
        String src = QaText.plain(s.source()).strip();
        String tgt = QaText.plain(s.target()).strip();
        if (src.isEmpty() || tgt.isEmpty()) {
            return;
        }
        String a = end(src);
        String b = end(tgt);
        if (!a.equals(b) && !(a.equals("…") && b.equals(".")) && !(a.equals(".") && b.equals("…"))
                && !(a.isEmpty() && b.equals("…"))) { // a menu entry that opens a dialog gains "…" in many UIs
            out.accept(Finding.of(id(), severity(), s, a.isEmpty() ? null : a, b.isEmpty() ? null : b,
                    a.isEmpty() ? "the target ends with '" + b + "', the source with no end mark"
                            : b.isEmpty() ? "the source ends with '" + a + "', the target with no end mark"
                            : "the source ends with '" + a + "', the target with '" + b + "'", null));
        }
        for (String pair : new String[] {"()", "[]", "{}"}) {
            int open = count(tgt, pair.charAt(0));
            int close = count(tgt, pair.charAt(1));
            if (open != close && count(src, pair.charAt(0)) == count(src, pair.charAt(1))) {
                String mark = String.valueOf(open > close ? pair.charAt(0) : pair.charAt(1));
                out.accept(Finding.of(id(), severity(), s, null, mark, "'" + mark + "' without its partner in the target", null));
            }
        }
        quotes(s, src, tgt, out);
    }

    private void quotes(QaSegment s, String src, String tgt, Consumer<Finding> out) {
        if (!rules.knowsQuotes(s.tgtLang())) {
            return;
        }
        List<LanguageRules.Quotes> allowed = rules.quotes(s.tgtLang());
        for (int i = 0; i < tgt.length(); i++) {
            char c = tgt.charAt(i);
            if (QUOTE_MARKS.indexOf(c) >= 0 && allowed.stream().noneMatch(q -> q.open() == c || q.close() == c)) {
                out.accept(Finding.of(id(), severity(), s, null, String.valueOf(c),
                        "'" + c + "' is not a quotation mark of " + s.tgtLang(), null));
                return;
            }
        }
        for (LanguageRules.Quotes q : allowed) {
            if (!q.counted()) {
                continue;
            }
            boolean bad = q.open() == q.close() ? count(tgt, q.open()) % 2 != 0 && count(src, q.open()) % 2 == 0
                    : count(tgt, q.open()) != count(tgt, q.close());
            if (bad) {
                out.accept(Finding.of(id(), severity(), s, null, q.open() + "…" + q.close(),
                        "quotation marks " + q.open() + "…" + q.close() + " do not pair up in the target", null));
                return;
            }
        }
    }

    /** The text's end mark ("." "?" "..." as "…"), looking through closing quotes, brackets and codes; "" when none. */
    static String end(String text) {
        int i = text.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return "";
        }
        if (text.startsWith("...", Math.max(0, i - 2)) && i >= 2) {
            return "…";
        }
        char c = text.charAt(i);
        return END.indexOf(c) >= 0 ? String.valueOf(c) : "";
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
