package org.tmsh.qa.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.tmsh.qa.TargetCheck;
import org.tmsh.qa.Finding;
import org.tmsh.qa.QaSegment;
import org.tmsh.qa.QaText;

/**
 * Length: a target longer than the {@code maxwidth}/{@code size-restriction} the file gives (an error),
 * and a target/source length ratio outside the range the language pair shows in the files themselves
 * (a warning). The range is robust: the median of the log ratios plus or minus {@code spread} times their
 * median absolute deviation (scaled to a standard deviation), so a few wild pairs do not widen it.
 *
 * <p>A target that says one sentence (15 characters or more) twice where the source repeats none is a
 * warning of its own (a pasted target doubled), whatever the ratio.
 *
 * <p>NOTE: only sources of at least {@code minChars} characters are judged (short strings vary too much),
 * and only when the pair has at least {@code minSegments} of them to learn the range from.
 */
public final class LengthCheck extends TargetCheck {

    private final double spread;
    private final int minChars;
    private final int minSegments;
    private final Map<String, List<QaSegment>> byPair = new HashMap<>();
    private final Map<String, List<Double>> ratios = new HashMap<>();

    public LengthCheck(double spread, int minChars, int minSegments) {
        super("length", Finding.Severity.WARNING);
        if (spread <= 0 || minChars < 1 || minSegments < 3) {
            throw new IllegalArgumentException("length: spread > 0, minChars >= 1, minSegments >= 3");
        }
        this.spread = spread;
        this.minChars = minChars;
        this.minSegments = minSegments;
    }

    @Override
    protected void checkTarget(QaSegment s, Consumer<Finding> out) {
        String tgt = QaText.plain(s.target());
        if (s.maxWidth() > 0 && tgt.codePointCount(0, tgt.length()) > s.maxWidth()) {
            out.accept(Finding.of(id(), Finding.Severity.ERROR, s, null, QaText.quote(tgt), "the target has "
                    + tgt.codePointCount(0, tgt.length()) + " characters; the file allows " + s.maxWidth(), null));
        }
        String src = QaText.plain(s.source()).strip();
        if (src.length() < minChars || tgt.isBlank()) {
            return;
        }
        String again = repeated(tgt);
        if (again != null && repeated(src) == null) {
            out.accept(Finding.of(id(), severity(), s, null, QaText.quote(again), "the target says '" + QaText.quote(again)
                    + "' more than once, the source says nothing twice", null));
            return;
        }
        String pair = s.sourceLanguage() + ">" + s.targetLanguage();
        byPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(s);
        ratios.computeIfAbsent(pair, k -> new ArrayList<>()).add(Math.log((double) tgt.strip().length() / src.length()));
    }

    @Override
    public void finish(Consumer<Finding> out) {
        for (Map.Entry<String, List<Double>> e : ratios.entrySet()) {
            List<Double> r = e.getValue();
            if (r.size() < minSegments) {
                continue;
            }
            double[] v = r.stream().mapToDouble(Double::doubleValue).toArray();
            double median = median(v.clone());
            double[] dev = Arrays.stream(v).map(x -> Math.abs(x - median)).toArray();
            double mad = Math.max(1.4826 * median(dev), 0.05);
            double lo = median - spread * mad;
            double hi = median + spread * mad;
            List<QaSegment> segs = byPair.get(e.getKey());
            for (int i = 0; i < v.length; i++) {
                if (v[i] < lo || v[i] > hi) {
                    QaSegment s = segs.get(i);
                    out.accept(Finding.of(id(), severity(), s, null, QaText.quote(QaText.plain(s.target())),
                            String.format(Locale.ROOT, "the target is %.2f times the source's length; in these files %s runs %.2f-%.2f",
                                    Math.exp(v[i]), e.getKey(), Math.exp(lo), Math.exp(hi)), null));
                }
            }
        }
    }

    /** A sentence of 15 characters or more that the text has twice (a pasted target doubled), or null. */
    static String repeated(String text) {
        if (text.length() < 30) {
            return null;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String sentence : text.split("(?<=[.!?。])\\s+")) {
            String k = sentence.strip();
            if (k.length() >= 15 && !seen.add(k)) {
                return k;
            }
        }
        return null;
    }

    private static double median(double[] v) {
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
