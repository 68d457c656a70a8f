package org.tmsh.qa.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.tmsh.common.TmshException;
import org.tmsh.numbers.Quantity;
import org.tmsh.numbers.ValueDiff;
import org.tmsh.numbers.Values;
import org.tmsh.qa.DateWords;
import org.tmsh.qa.TargetCheck;
import org.tmsh.qa.Finding;
import org.tmsh.qa.Fractions;
import org.tmsh.qa.QaSegment;
import org.tmsh.qa.QaText;
import org.tmsh.qa.QuantityWords;
import org.tmsh.qa.SpelledNumbers;
import org.tmsh.qa.Tokens;

/**
 * Numbers and dates by value and locale, read by {@link org.tmsh.numbers.Values} and compared by
 * {@link ValueDiff}: a value of the source that the target lacks or changes, and one it adds. The words
 * beside a number count ({@link QuantityWords}): "5 Mio." is "5 million", "14 Uhr" is "2 pm", and the
 * same number with another unit or currency ("12 Euro", "$12") is a finding.
 * Codes, placeholders, URLs and e-mail addresses are not read. Before reporting, two tolerances:
 * the same number written the same way on both sides where both languages read it alike (a version
 * "7.4" in a German text, but not "1.500", which is 1500 in German and 1.5 in English) or glued to
 * a word there ("Range127" against "Bereich 127"), and a number the other side writes as a word
 * ({@link SpelledNumbers}: "2" as "zweimal"). A number only the target has is a warning; one the
 * target lacks or changes is an error.
 */
public final class NumbersCheck extends TargetCheck {

    private final Map<String, Values> readers = new java.util.HashMap<>();
    private final QuantityWords words = QuantityWords.standard();

    public NumbersCheck() {
        super("numbers", Finding.Severity.ERROR);
    }

    @Override
    protected void checkTarget(QaSegment s, Consumer<Finding> out) {
        DateWords sw = DateWords.of(s.srcLang());
        DateWords tw = DateWords.of(s.tgtLang());
        // decades are the dates check's ("1990er" is no number 1990); ranges, ordinal days and times in words are read here
        String src = sw.withoutDecades(Tokens.withoutFixed(QaText.plain(s.source())));
        String tgt = tw.withoutDecades(Tokens.withoutFixed(QaText.plain(s.target())));
        List<Quantity> srcWords = sw.values(src);
        List<Quantity> tgtWords = tw.values(tgt);
        // fractions ("drei Viertel" / "three quarters" / "3/4"): compared when both sides name one
        List<Fractions.Fraction> fa = Fractions.of(s.srcLang()).read(src);
        List<Fractions.Fraction> fb = fa.isEmpty() ? List.of() : Fractions.of(s.tgtLang()).read(tgt);
        if (!fb.isEmpty() && fractionChanged(s, fa, fb, out)) {
            return;
        }
        if (srcWords.isEmpty() && tgtWords.isEmpty() && spelledChanged(s, src, tgt, out)) {
            return;
        }
        if (!hasDigit(src) && !hasDigit(tgt) && srcWords.isEmpty() && tgtWords.isEmpty()) {
            return;
        }
        List<QuantityWords.Read> ra = words.apply(src, s.srcLang(), DateWords.merge(reader(s.srcLang()).read(src), srcWords));
        List<QuantityWords.Read> rb = words.apply(tgt, s.tgtLang(), DateWords.merge(reader(s.tgtLang()).read(tgt), tgtWords));
        List<Quantity> a = new ArrayList<>(ra.size());
        List<Quantity> b = new ArrayList<>(rb.size());
        ra.forEach(r -> a.add(r.quantity()));
        rb.forEach(r -> b.add(r.quantity()));
        Integer fromZone = tw.zoneOffset(tgt);
        Integer toZone = sw.zoneOffset(src);
        if (fromZone != null && toZone != null && !fromZone.equals(toZone)) { // "14 Uhr MEZ" = "8 a.m. EST"
            List<Quantity> shifted = DateWords.inZone(b, fromZone, toZone);
            b.clear();
            b.addAll(shifted);
        }
        if (!fb.isEmpty()) { // "1/2" / "die Hälfte": the fraction is compared above, not as a date or two numbers
            a.removeIf(q -> inDigitFraction(q, fa));
            b.removeIf(q -> inDigitFraction(q, fb));
        }
        a.replaceAll(q -> DateWords.twelveHour(q, b)); // "halb drei" is 2:30 or 14:30
        b.replaceAll(q -> DateWords.twelveHour(q, a));
        Values sv = reader(s.srcLang());
        Values tv = reader(s.tgtLang());
        foreignFormat(s, src, sv, tv, rb, out);
        for (int i = 0; i < a.size(); i++) { // written alike on both sides (a version "7.4" in German)
            for (int j = 0; j < b.size(); j++) {
                String w = written(a.get(i));
                if (w.equals(written(b.get(j))) && (!a.get(i).kind().numeric() || sv.valueOf(w).equals(tv.valueOf(w)))) {
                    a.remove(i--);
                    b.remove(j);
                    break;
                }
            }
        }
        List<ValueDiff.Difference> diffs = ValueDiff.compare(a, b);
        if (!diffs.isEmpty()) {
            // what is left, less numbers glued to a word on the other side ("Range127" and "Bereich 127"), paired again
            List<Quantity> left = new ArrayList<>();
            List<Quantity> right = new ArrayList<>();
            for (ValueDiff.Difference d : diffs) {
                if (d.source() != null && !(d.source().kind().numeric() && gluedIn(tgt, written(d.source())))
                        && !monthNamed(d.source(), tgt, tw)) {
                    left.add(d.source());
                }
                if (d.target() != null && !(d.target().kind().numeric() && gluedIn(src, written(d.target())))
                        && !monthNamed(d.target(), src, sw)) {
                    right.add(d.target());
                }
            }
            hourAsNumber(left, right);
            hourAsNumber(right, left);
            slashDateAsNumbers(left, right);
            slashDateAsNumbers(right, left);
            shortYear(left, src, right);
            shortYear(right, tgt, left);
            diffs = ValueDiff.compare(left, right);
        }
        String unit = diffs.isEmpty() ? unitChanged(ra, rb) : null;
        if (unit != null) {
            out.accept(Finding.of(id(), severity(), s, unit.substring(0, unit.indexOf('\t')), unit.substring(unit.indexOf('\t') + 1,
                    unit.lastIndexOf('\t')), unit.substring(unit.lastIndexOf('\t') + 1), null));
            return;
        }
        if (diffs.isEmpty()) {
            return;
        }
        Map<String, Integer> wordsInTarget = SpelledNumbers.of(tgt, s.tgtLang());
        Map<String, Integer> wordsInSource = SpelledNumbers.of(src, s.srcLang());
        roman(tgt, wordsInTarget, true); // "chapter 4" / "Kapitel IV"
        roman(src, wordsInSource, true);
        List<String> inSource = new ArrayList<>();
        List<String> inTarget = new ArrayList<>();
        List<String> why = new ArrayList<>();
        for (ValueDiff.Difference d : diffs) {
            Quantity q = d.source();
            Quantity r = d.target();
            boolean sourceSpelled = q != null && q.kind().numeric() && (SpelledNumbers.take(wordsInTarget, plain(q.value()))
                    || scaled(q) && SpelledNumbers.take(wordsInTarget, leading(q.text())));
            boolean targetSpelled = r != null && r.kind().numeric() && (SpelledNumbers.take(wordsInSource, plain(r.value()))
                    || scaled(r) && SpelledNumbers.take(wordsInSource, leading(r.text())));
            if ((q == null || sourceSpelled) && (r == null || targetSpelled)) {
                continue;
            }
            if (q != null) {
                inSource.add(q.text());
            }
            if (r != null) {
                inTarget.add(r.text());
            }
            why.add(switch (d.type()) {
                case MISSING -> q.text() + " of the source is in no form in the target";
                case EXTRA -> r.text() + " is in the target but in no form in the source";
                case CHANGED -> q.text() + " of the source is " + r.text() + " in the target";
            });
        }
        if (!why.isEmpty() && inSource.isEmpty()) {
            // a number only the target has, where the source spells one the target has in no form: a changed number
            // ("zwei Prozent" / "3 per cent")
            List<String> lost = lostSpelled(wordsInSource, tgt, s.tgtLang());
            if (!lost.isEmpty()) {
                inSource.addAll(lost);
                why.add(0, "the source spells out " + String.join(", ", lost) + ", which the target has in no form");
            }
        }
        if (!why.isEmpty()) {
            // a number only the target has is worth a look; one the target lost or changed is an error
            out.accept(Finding.of(id(), inSource.isEmpty() ? Finding.Severity.WARNING : severity(), s, inSource.isEmpty() ? null : String.join(", ", inSource),
                    inTarget.isEmpty() ? null : String.join(", ", inTarget), String.join("; ", why), null));
        }
    }

    /**
     * Fractions both sides name ({@link Fractions}: "drei Viertel", "two-thirds", "die Hälfte", "½", "3/4"), compared by
     * value: one the target does not have, beside one it has instead, is a changed fraction (an error). True when
     * reported.
     */
    private boolean fractionChanged(QaSegment s, List<Fractions.Fraction> fa, List<Fractions.Fraction> fb, Consumer<Finding> out) {
        List<Fractions.Fraction> x = new ArrayList<>(fa);
        List<Fractions.Fraction> y = new ArrayList<>(fb);
        for (int i = 0; i < x.size(); i++) {
            for (int j = 0; j < y.size(); j++) {
                if (x.get(i).value().equals(y.get(j).value())) {
                    x.remove(i--);
                    y.remove(j);
                    break;
                }
            }
        }
        if (x.isEmpty() || y.isEmpty()) {
            return false; // every fraction of one side is on the other: a fraction more is free ("halb so viel wie die Hälfte")
        }
        String was = String.join(", ", x.stream().map(f -> "'" + f.text() + "' (" + f.value() + ")").toList());
        String is = String.join(", ", y.stream().map(f -> "'" + f.text() + "' (" + f.value() + ")").toList());
        out.accept(Finding.of(id(), severity(), s, String.join(", ", x.stream().map(Fractions.Fraction::text).toList()),
                String.join(", ", y.stream().map(Fractions.Fraction::text).toList()), "fraction " + was + " of the source is " + is
                        + " in the target", null));
        return true;
    }

    /** Whether {@code q} is read from a fraction written in digits ("1/2", "¾"). */
    private static boolean inDigitFraction(Quantity q, List<Fractions.Fraction> fractions) {
        for (Fractions.Fraction f : fractions) {
            if (f.digits() && q.start() < f.end() && f.start() < q.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The values of two or more the source spells out (what is left of {@code wordsInSource} after the differences took
     * theirs) that the target writes neither in words, nor as a roman numeral, nor in digits.
     */
    private static List<String> lostSpelled(Map<String, Integer> wordsInSource, String tgt, String tgtLang) {
        List<String> lost = new ArrayList<>();
        Map<String, Integer> inTarget = null;
        java.util.Set<String> digits = null;
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(wordsInSource).entrySet()) {
            double v;
            try {
                v = Double.parseDouble(e.getKey());
            } catch (NumberFormatException notAValue) {
                continue;
            }
            if (e.getValue() <= 0 || v < 2) {
                continue;
            }
            if (inTarget == null) {
                inTarget = SpelledNumbers.of(tgt, tgtLang);
                roman(tgt, inTarget, true);
                digits = digitsIn(tgt);
            }
            if (!inTarget.containsKey(e.getKey()) && !digits.contains(e.getKey())) {
                lost.add(e.getKey());
            }
        }
        // "twenty four" written without its hyphen is read as 20 and 4: their sum in digits is the number kept
        if (lost.size() > 1 && digits.contains(lost.stream().map(java.math.BigDecimal::new).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add).stripTrailingZeros().toPlainString())) {
            return List.of();
        }
        return lost;
    }

    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile(
            "(?<![\\p{N}.,])\\d{1,3}(?:([.,\\u00A0\\u202F'’])\\d{3})?(?:\\1\\d{3})*(?![\\p{N}]|[.,]\\d)|(?<![\\p{N}.,])\\d+(?![\\p{N}]|[.,]\\d)");

    /**
     * Numbers both sides spell out, compared by value ({@link SpelledNumbers}: "three" / "vier", "two thousand" /
     * "dreitausend"): a value of two or more that one side spells and the other writes neither as a word nor in
     * digits, when both sides have such a value, is a changed number (an error). One side alone is left alone:
     * translators drop or add "both", "two" and "beide" freely. Not run where a date or time is read in words
     * ("half past two" is "halb drei"). Roman numerals count the same way ("chapter IV" / "Kapitel V"; a single
     * letter only beside a numeral of two letters or more on the other side: "I" and "V" are words and units too).
     * True when reported.
     */
    private boolean spelledChanged(QaSegment s, String src, String tgt, Consumer<Finding> out) {
        if (regnalChanged(s, src, tgt, out)) {
            return true;
        }
        Map<String, Integer> a = SpelledNumbers.of(src, s.srcLang());
        boolean romanA = roman(src, a, false);
        if (!romanA && !romanCandidate(tgt) && a.keySet().stream().allMatch(v -> v.length() == 1 && v.charAt(0) < '2')) {
            return false; // nothing of two or more in the source, and no numeral in the target that could add one
        }
        Map<String, Integer> b = SpelledNumbers.of(tgt, s.tgtLang());
        boolean romanB = roman(tgt, b, false);
        if (romanA != romanB) { // a single "V" counts only beside a numeral of two letters or more on the other side
            roman(romanA ? tgt : src, romanA ? b : a, true);
        }
        a.keySet().removeIf(v -> v.length() == 1 && v.charAt(0) < '2');
        if (a.isEmpty()) {
            return false;
        }
        b.keySet().removeIf(v -> v.length() == 1 && v.charAt(0) < '2');
        if (b.isEmpty()) {
            return false;
        }
        if (!bothLeft(a, b, src, tgt)) {
            return false;
        }
        String was = String.join(", ", new java.util.TreeSet<>(a.keySet()));
        String is = String.join(", ", new java.util.TreeSet<>(b.keySet()));
        out.accept(Finding.of(id(), severity(), s, was, is, "the source spells out " + was + ", the target " + is, null));
        return true;
    }

    /**
     * Takes the values both sides hold (as often as both hold them) out of {@code a} (the source's, by value) and
     * {@code b} (the target's), then those the other side writes in digits: true when each side still holds one, a
     * number one side changed.
     */
    private static boolean bothLeft(Map<String, Integer> a, Map<String, Integer> b, String src, String tgt) {
        for (String v : new ArrayList<>(a.keySet())) {
            while (a.getOrDefault(v, 0) > 0 && b.getOrDefault(v, 0) > 0) {
                SpelledNumbers.take(a, v);
                SpelledNumbers.take(b, v);
            }
        }
        a.values().removeIf(n -> n == 0);
        b.values().removeIf(n -> n == 0);
        a.keySet().removeAll(digitsIn(tgt));
        b.keySet().removeAll(digitsIn(src));
        return !a.isEmpty() && !b.isEmpty();
    }

    /** A roman numeral after a capitalised word, as a ruler's or a pope's ("Ludwig XIV.", "Louis V", "Elizabeth I"). */
    private static final java.util.regex.Pattern REGNAL = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}+) (?=[XVI])(X{0,3}(?:IX|IV|V?I{0,3}))(?![\\p{L}\\p{N}\\-_/]|\\.\\p{L})");

    /**
     * Roman numerals after a name on both sides, single letters too ("Ludwig X." / "Louis V", "Elisabeth II." /
     * "Elizabeth I"), compared by value: a value one side has and the other writes neither so nor in digits, when the
     * other side has one of its own, is a changed number (an error). A single "I" counts after a name that does not
     * open the sentence, or before a full stop or a sign ("Yesterday I said" is the pronoun); each side must have such a
     * numeral, so a lone "V" or "X" (a letter, a unit) is never compared with nothing. True when reported.
     */
    private boolean regnalChanged(QaSegment s, String src, String tgt, Consumer<Finding> out) {
        Map<String, Integer> a = regnal(src);
        if (a.isEmpty()) {
            return false;
        }
        Map<String, Integer> b = regnal(tgt);
        if (b.isEmpty()) {
            return false;
        }
        if (!bothLeft(a, b, src, tgt)) {
            return false;
        }
        String was = romanOf(a);
        String is = romanOf(b);
        out.accept(Finding.of(id(), severity(), s, was, is, "the ruler's number " + was + " of the source is " + is + " in the target", null));
        return true;
    }

    /** The numerals after a name in a text, by value ("Ludwig XIV." as 14). */
    private static Map<String, Integer> regnal(String text) {
        Map<String, Integer> out = new java.util.HashMap<>();
        if (!regnalCandidate(text)) {
            return out;
        }
        java.util.regex.Matcher m = REGNAL.matcher(text);
        while (m.find()) {
            String r = m.group(2);
            if (r.isEmpty()) {
                continue;
            }
            if (r.equals("I")) {
                int after = m.end(2);
                boolean signAfter = after >= text.length() || ".,;:)’'!?".indexOf(text.charAt(after)) >= 0;
                int before = m.start(1);
                String head = text.substring(0, before).stripTrailing();
                boolean opens = head.isEmpty() || head.endsWith(".") || head.endsWith("!") || head.endsWith("?") || head.endsWith(":")
                        || head.endsWith("\"") || head.endsWith("“") || head.endsWith("„") || head.endsWith("(");
                if (!signAfter && opens) {
                    continue; // "Yesterday I said": the pronoun
                }
            }
            out.merge(String.valueOf(romanValue(r)), 1, Integer::sum);
        }
        return out;
    }

    /** Whether a text may hold a numeral after a name: a space before a capital I, V or X. */
    private static boolean regnalCandidate(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'I' || c == 'V' || c == 'X') && text.charAt(i - 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    private static int romanValue(String r) {
        int v = 0;
        for (int i = 0; i < r.length(); i++) {
            int value = new int[] {1, 5, 10, 50, 100, 500, 1000}["IVXLCDM".indexOf(r.charAt(i))];
            int next = i + 1 < r.length() ? new int[] {1, 5, 10, 50, 100, 500, 1000}["IVXLCDM".indexOf(r.charAt(i + 1))] : 0;
            v += value < next ? -value : value;
        }
        return v;
    }

    /** Values as roman numerals, sorted ("V, XIV"). */
    private static String romanOf(Map<String, Integer> values) {
        List<String> out = new ArrayList<>();
        for (String v : new java.util.TreeSet<>(values.keySet())) {
            int n = Integer.parseInt(v);
            StringBuilder r = new StringBuilder();
            int[] val = {10, 9, 5, 4, 1};
            String[] sym = {"X", "IX", "V", "IV", "I"};
            for (int i = 0; i < val.length; i++) {
                while (n >= val[i]) {
                    r.append(sym[i]);
                    n -= val[i];
                }
            }
            out.add(r.toString());
        }
        return String.join(", ", out);
    }

    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{N}.\\-_/])(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\\p{L}\\p{N}\\-_/]|\\.\\p{L})");

    /**
     * Adds the roman numerals of {@code text} to {@code values} ("IV" as 4, "XII" as 12): of two letters or more,
     * or of one letter too when {@code single}. True when one of two letters or more was there.
     */
    private static boolean roman(String text, Map<String, Integer> values, boolean single) {
        if (!single && !romanCandidate(text)) {
            return false;
        }
        boolean twoLetters = false;
        java.util.regex.Matcher m = ROMAN.matcher(text);
        while (m.find()) {
            String r = m.group();
            if (r.isEmpty() || r.length() == 1 && !single) {
                continue;
            }
            int v = 0;
            for (int i = 0; i < r.length(); i++) {
                int here = "IVXLCDM".indexOf(r.charAt(i));
                int value = new int[] {1, 5, 10, 50, 100, 500, 1000}[here];
                int next = i + 1 < r.length() ? new int[] {1, 5, 10, 50, 100, 500, 1000}["IVXLCDM".indexOf(r.charAt(i + 1))] : 0;
                v += value < next ? -value : value;
            }
            twoLetters |= r.length() > 1;
            values.merge(String.valueOf(v), 1, Integer::sum);
        }
        return twoLetters;
    }

    /** Whether a text may hold a roman numeral of two letters or more (a capital of C to X before another capital). */
    private static boolean romanCandidate(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) >= 'C' && text.charAt(i) <= 'X' && Character.isUpperCase(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The whole numbers a text writes in digits ("2.000", "2,000" and "2000" as 2000). */
    private static java.util.Set<String> digitsIn(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        if (!hasDigit(text)) {
            return out;
        }
        java.util.regex.Matcher m = WHOLE.matcher(text);
        while (m.find()) {
            String d = m.group().replaceAll("[^0-9]", "").replaceFirst("^0+(?=\\d)", "");
            out.add(d);
        }
        return out;
    }

    /**
     * A number of the target written the way the source language writes numbers and not the way the
     * target's does ("1.234,5" or "3,5" in an English target, "3.5" in a German one): its value is read,
     * so the comparison passes, but a reader of the target language misreads or stumbles over it. A
     * warning with the number as the target language writes it. Digits copied as the source writes
     * them are reported only where they cannot be a version or a code: with both separators
     * ("1.234,5"), as a percentage, or with a unit or currency ("3,5 km"); a copied "7.4" or "SVG 1.1" is
     * left alone.
     */
    private void foreignFormat(QaSegment s, String src, Values sv, Values tv, List<QuantityWords.Read> target,
                               Consumer<Finding> out) {
        List<String> found = new ArrayList<>();
        List<String> why = new ArrayList<>();
        for (QuantityWords.Read read : target) {
            Quantity q = read.quantity();
            if (q.kind() != Quantity.Kind.NUMBER && q.kind() != Quantity.Kind.PERCENT) {
                continue;
            }
            String digits = written(q).replaceAll("[^0-9.,'’\\u00A0\\u202F\\-−]+$", "");
            if (digits.indexOf('.') < 0 && digits.indexOf(',') < 0 || tv.writtenNatively(digits)) {
                continue;
            }
            if (!tv.reads(digits)) {
                continue; // no convention reads it: a version or a code
            }
            boolean copied = src.contains(digits);
            boolean plainlyNumber = digits.indexOf('.') >= 0 && digits.indexOf(',') >= 0
                    || q.kind() == Quantity.Kind.PERCENT || read.unit() != null;
            if (copied && !(sv.writtenNatively(digits) && plainlyNumber)) {
                continue;
            }
            String fixed = tv.inOwnFormat(digits);
            found.add(digits);
            why.add(digits + " is written as " + (sv.writtenNatively(digits) ? s.srcLang() : "another language")
                    + " writes numbers; " + s.tgtLang() + " writes " + fixed);
        }
        if (!found.isEmpty()) {
            out.accept(Finding.of(id(), Finding.Severity.WARNING, s, null, String.join(", ", found), String.join("; ", why),
                    null));
        }
    }

    /**
     * Drops a day and month written with a slash on one side ("3/4", read as a date where the language writes
     * dates so) with the two plain numbers (or a number and an ordinal: "1/8." ending a German sentence) of the other side that write the same digits (a fraction or a score
     * in a language without that date form): neither side can tell which it is, so both read alike.
     */
    private static void slashDateAsNumbers(List<Quantity> dates, List<Quantity> numbers) {
        for (int i = 0; i < dates.size(); i++) {
            Quantity d = dates.get(i);
            if (d.kind() != Quantity.Kind.DATE || !d.text().matches("\\d{1,2}/\\d{1,2}")) {
                continue;
            }
            String[] parts = d.text().split("/");
            int a = indexOfNumber(numbers, String.valueOf(Integer.parseInt(parts[0])), -1);
            int b = a < 0 ? -1 : indexOfNumber(numbers, String.valueOf(Integer.parseInt(parts[1])), a);
            if (b >= 0) {
                dates.remove(i--);
                numbers.remove(Math.max(a, b));
                numbers.remove(Math.min(a, b));
            }
        }
    }

    private static int indexOfNumber(List<Quantity> numbers, String value, int besides) {
        for (int j = 0; j < numbers.size(); j++) {
            Quantity.Kind k = numbers.get(j).kind();
            if (j != besides && (k == Quantity.Kind.NUMBER || k == Quantity.Kind.ORDINAL) && numbers.get(j).value().equals(value)) {
                return j;
            }
        }
        return -1;
    }

    /** Drops a full hour of one side ("12 Uhr") with the plain number of the other that writes it ("12", or "2" for 14:00). */
    /**
     * A year of two digits after an apostrophe ("since '98", "the class of ’05", "Sommer '89") paired with the year of four
     * digits on the other side that ends in them ("1998"): the same year. A decade ("the '90s") is the dates check's.
     */
    private static void shortYear(List<Quantity> shorts, String text, List<Quantity> years) {
        for (int i = 0; i < shorts.size(); i++) {
            Quantity q = shorts.get(i);
            if (q.kind() != Quantity.Kind.NUMBER || q.start() == 0 || q.end() - q.start() != 2
                    || q.end() < text.length() && Character.isLetterOrDigit(text.charAt(q.end()))) {
                continue;
            }
            String full = rangeEnd(text, q);
            if (full == null && ("'’‘".indexOf(text.charAt(q.start() - 1)) < 0
                    || q.start() >= 2 && Character.isLetterOrDigit(text.charAt(q.start() - 2)))) {
                continue;
            }
            for (int j = 0; j < years.size(); j++) {
                Quantity y = years.get(j);
                if (y.kind() == Quantity.Kind.NUMBER && y.value().matches("1[5-9]\\d\\d|20\\d\\d")
                        && (full == null ? y.value().endsWith(q.text()) : y.value().equals(full))) {
                    shorts.remove(i--);
                    years.remove(j);
                    break;
                }
            }
        }
    }

    /**
     * The year two digits after a year and a dash or slash stand for ("2020-24", "2020–24", "2020/24": 2024; "1998-02":
     * 2002), or null when {@code q} is no such end of a range of years.
     */
    private static String rangeEnd(String text, Quantity q) {
        int dash = q.start() - 1;
        if (dash < 4 || "-–/".indexOf(text.charAt(dash)) < 0 || dash >= 5 && Character.isLetterOrDigit(text.charAt(dash - 5))) {
            return null;
        }
        String head = text.substring(dash - 4, dash);
        if (!head.matches("1[5-9]\\d\\d|20\\d\\d")) {
            return null;
        }
        int from = Integer.parseInt(head);
        int end = from / 100 * 100 + Integer.parseInt(q.text());
        return String.valueOf(end <= from ? end + 100 : end);
    }

    private static void hourAsNumber(List<Quantity> times, List<Quantity> numbers) {
        for (int i = 0; i < times.size(); i++) {
            Quantity t = times.get(i);
            if (t.kind() != Quantity.Kind.TIME || !t.value().endsWith(":00")) {
                continue;
            }
            int hour = Integer.parseInt(t.value().substring(0, 2));
            for (int j = 0; j < numbers.size(); j++) {
                Quantity n = numbers.get(j);
                if (n.kind() == Quantity.Kind.NUMBER && (n.value().equals(String.valueOf(hour))
                        || hour > 12 && n.value().equals(String.valueOf(hour - 12)))) {
                    times.remove(i--);
                    numbers.remove(j);
                    break;
                }
            }
        }
    }

    /**
     * A number of the source whose value the target has only with another unit or currency ("12 Euro" against
     * "$12"), as "source text TAB target text TAB why", or null. A value without a unit on either side is no
     * difference (units are often left out or spelled differently).
     */
    private static String unitChanged(List<QuantityWords.Read> source, List<QuantityWords.Read> target) {
        for (QuantityWords.Read r : source) {
            String ru = unit(r);
            if (ru == null) {
                continue;
            }
            QuantityWords.Read other = null;
            boolean same = false;
            for (QuantityWords.Read t : target) {
                if (t.quantity().kind().numeric() && t.quantity().value().equals(r.quantity().value())) {
                    String tu = unit(t);
                    if (tu == null || alike(tu, ru) || tu.equals("%") && r.unit() == null) {
                        same = true;
                    } else if (other == null) {
                        other = t;
                    }
                }
            }
            if (!same && other != null && !(ru.equals("%") && other.unit() == null)) {
                return r.quantity().text() + "\t" + other.quantity().text() + "\t" + r.quantity().text() + " (" + ru
                        + ") of the source is " + other.quantity().text() + " (" + unit(other) + ") in the target";
            }
        }
        return null;
    }

    /** The unit of a value: the word beside it, else "%" for a percentage ("2 %" against "2 Prozentpunkte"). */
    private static String unit(QuantityWords.Read r) {
        return r.unit() != null ? r.unit() : r.quantity().kind() == Quantity.Kind.PERCENT ? "%" : null;
    }

    /** Units that name one thing: the same, or a percentage point and news English's "points". */
    private static boolean alike(String a, String b) {
        return a.equals(b) || POINTS.contains(a) && POINTS.contains(b);
    }

    private static final java.util.Set<String> POINTS = java.util.Set.of("pp", "pt");

    /** A value as written, without a closing dot (a German "7.4." ends a sentence or an ordinal). */
    private static String written(Quantity q) {
        String t = q.text();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    /** "2" of "2", "2.0" and "+2": the form {@code number-words.txt} keys by. */
    /** Whether a quantity's value is its written number times a scale word ("2 million", "2 Mio."): a million or more. */
    private static boolean scaled(Quantity q) {
        try {
            return new java.math.BigDecimal(q.value()).compareTo(java.math.BigDecimal.valueOf(1_000_000)) >= 0
                    && !leading(q.text()).isEmpty() && leading(q.text()).length() < 4;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The whole number a text opens with, after a currency sign ("2" of "2 million", "$3bn"), or "". */
    private static String leading(String text) {
        int i = 0;
        while (i < text.length() && !Character.isDigit(text.charAt(i)) && i < 3) {
            i++;
        }
        int from = i;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i > from && (i == text.length() || text.charAt(i) != '.' && text.charAt(i) != ',') ? text.substring(from, i) : "";
    }

    private static String plain(String value) {
        try {
            return new java.math.BigDecimal(value).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** The reader of a language (cached: checking the tag costs more than reading a short segment); English's for an unknown tag. */
    private Values reader(String lang) {
        return readers.computeIfAbsent(lang == null ? "en" : lang, l -> {
            try {
                return Values.of(l);
            } catch (TmshException unknown) {
                return Values.of("en");
            }
        });
    }

    /**
     * Whether {@code q} is a month named alone (read as a date without a day, "--10") whose month the other text names
     * in a form the numbers reader does not read as a date ("mid-Oct." / "Mitte Oktober"): the dates check compares
     * months in words, so the same month is no difference here.
     */
    private static boolean monthNamed(Quantity q, String other, DateWords otherWords) {
        if (q.kind() != Quantity.Kind.DATE || !q.value().matches("--\\d{2}")) {
            return false;
        }
        int month = Integer.parseInt(q.value().substring(2));
        for (DateWords.Fact f : otherWords.facts(other)) {
            if (f.kind() == DateWords.Kind.MONTH && f.value().equals(String.valueOf(month))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code digits} occur in {@code text} glued to a letter on either side ("Range127", "Alt1", "SVG1.1"). */
    static boolean gluedIn(String text, String digits) {
        int from = 0;
        while (true) {
            int at = text.indexOf(digits, from);
            if (at < 0) {
                return false;
            }
            int end = at + digits.length();
            boolean digitBefore = at > 0 && Character.isDigit(text.charAt(at - 1));
            boolean digitAfter = end < text.length() && Character.isDigit(text.charAt(end));
            boolean letterBefore = at > 0 && Character.isLetter(text.charAt(at - 1));
            boolean letterAfter = end < text.length() && Character.isLetter(text.charAt(end));
            if (!digitBefore && !digitAfter && (letterBefore || letterAfter)) {
                return true;
            }
            from = at + 1;
        }
    }

    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
