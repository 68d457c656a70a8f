package org.tmsh.qa.check;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.qa.TargetCheck;
import org.tmsh.qa.Finding;
import org.tmsh.qa.LanguageRules;
import org.tmsh.qa.QaSegment;
import org.tmsh.qa.QaText;

/**
 * Punctuation: the end mark of the target against the source's ({@code . ! ? : ; …}), brackets that
 * do not pair up in the target, and quotation marks by the target language's rules
 * ({@code quotes.txt}): a mark the language does not write (English {@code ”} in German text), or an
 * opening mark without its closing one.
 *
 * <p>End marks: a target that drops, changes or adds one is reported, with three conventions of real
 * translations tolerated: a target that adds a full stop or a colon where the source has no end mark (a
 * translator completing a sentence, a German instruction heading gaining a colon; reported only with the
 * profile option {@code punctuation.endAdded on}); a mark that stands alone after a space in the source
 * ("Replace with ?": a symbol, not an end mark); and the mark inside a closing bracket that ends both
 * texts (the bracket's own sentence), which is compared only when both sides have one.
 */
public final class PunctuationCheck extends TargetCheck {

    private static final String END = ".!?:;…。";
    private static final String CLOSERS = "\"'“”’»«›‹)]}⟩/ \u00A0\u202F";
    private static final String QUOTE_MARKS = "„“”‚‘’«»‹›\"";

    private static final String BRACKETS = ")]}";

    private final LanguageRules rules = LanguageRules.standard();
    private final boolean endAdded;

    /** The check with the default conventions (a full stop or colon the target adds is fine). */
    public PunctuationCheck() {
        this(false);
    }

    /** @param endAdded whether a target adding {@code .} or {@code :} where the source has no end mark is reported */
    public PunctuationCheck(boolean endAdded) {
        super("punctuation", Finding.Severity.WARNING);
        this.endAdded = endAdded;
    }

    @Override
    protected void checkTarget(QaSegment s, Consumer<Finding> out) {
        String src = QaText.plain(s.source()).strip();
        String tgt = QaText.plain(s.target()).strip();
        if (src.isEmpty() || tgt.isEmpty()) {
            return;
        }
        String a = end(src);
        String b = end(tgt);
        if (!a.equals(b) && !(a.equals("…") && b.equals(".")) && !(a.equals(".") && b.equals("…"))
                && !(a.isEmpty() && b.equals("…")) // a menu entry that opens a dialog gains "…" in many UIs
                && !(a.isEmpty() && !endAdded && (b.equals(".") || b.equals(":")))
                && !standsAlone(src) && !(inBrackets(src, tgt) && (a.isEmpty() || b.isEmpty()))) {
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
        doubled(s, src, tgt, out);
        quotes(s, src, tgt, out);
    }

    /** Two marks in a row that no sentence writes: ",,", ";;", "..", ",." , ";.", "!!", "??" (not "..." or "?!"). */
    private static final Pattern DOUBLED = Pattern.compile("(?<![.,;:!?])(?:,,|;;|,\\.|;\\.|\\.\\.|!!|\\?\\?)(?![.,;:!?])");

    /** A doubled mark in the target that the source does not write so, outside URLs, addresses and codes. */
    private void doubled(QaSegment s, String src, String tgt, Consumer<Finding> out) {
        Matcher m = DOUBLED.matcher(tgt);
        if (!m.find()) {
            return;
        }
        String plain = org.tmsh.qa.Tokens.withoutFixed(tgt);
        Matcher again = DOUBLED.matcher(plain);
        if (!again.find() || src.contains(again.group())) {
            return;
        }
        String around = plain.substring(Math.max(0, again.start() - 8), Math.min(plain.length(), again.end() + 4));
        out.accept(Finding.of(id(), severity(), s, null, around, "'" + again.group() + "' in the target", null));
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

    /** Whether the text's last character is a mark after a space ("Replace named parameters with ?"). */
    static boolean standsAlone(String text) {
        int n = text.length();
        return n >= 2 && END.indexOf(text.charAt(n - 1)) >= 0 && Character.isWhitespace(text.charAt(n - 2));
    }

    /** Whether both texts end with a closing bracket: their end marks belong to the bracket's sentence. */
    private static boolean inBrackets(String src, String tgt) {
        return BRACKETS.indexOf(src.charAt(src.length() - 1)) >= 0 && BRACKETS.indexOf(tgt.charAt(tgt.length() - 1)) >= 0;
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
