package org.tmsh.qa;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers and dates of a text by value, read the way the text's language writes them:
 * {@code 1.500} in German and {@code 1,500} in English are both 1500, {@code 3,5} and {@code 3.5}
 * both 3.5, {@code 2. November}, {@code November 2} and {@code 2 November} the same day, and
 * {@code 2.11.2024} (German) the same day as {@code 11/2/2024} (American English).
 *
 * <p>Each number found carries a set of keys: its value by the language's rules, and the text as
 * written (so that a version number {@code 7.4} matches {@code 7.4} whatever the language). Two
 * numbers are the same when their keys meet.
 *
 * <p>NOTE: a minimal extraction of tmsh's QA, written because the shared number module was not on
 * the main branch when this check was built. Numbers glued to letters ({@code MP3}, {@code F5}) are
 * left to the acronym check; Roman numerals and spelled numbers beyond the data's words are not read.
 */
public final class NumberValues {

    /** One number or date of a text: as written, and its keys. */
    public record Value(String shown, Set<String> keys) {
        boolean sameAs(Value o) {
            for (String k : keys) {
                if (o.keys.contains(k)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}_])[-−]?\\d+(?:[.,'\\u00A0\\u202F\\u2009]\\d+)*");
    private static final Pattern ORDINAL = Pattern.compile("^(?:st|nd|rd|th|er|e|ème|ers?)(?![\\p{L}])");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,/-])(\\d{1,4})([./-])(\\d{1,2})\\2(\\d{2,4})(?![\\p{N}]|[./-]\\d)");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Map<String, Pattern[]> DATE_PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    private final LanguageRules rules;

    public NumberValues(LanguageRules rules) {
        this.rules = rules;
    }

    /** The numbers and dates of {@code text} (markers, placeholders and URLs already blanked out) in language {@code lang}. */
    public List<Value> of(String text, String lang) {
        List<Value> out = new ArrayList<>();
        if (!hasDigit(text)) {
            return out;
        }
        StringBuilder rest = new StringBuilder(text);
        for (Pattern p : datePatterns(lang)) {
            Matcher m = p.matcher(rest);
            while (m.find()) {
                int month = rules.month(lang, m.group("m"));
                String mw = m.group("m");
                if (month == 0 || (!QaSegment.primary(lang).equals("fr") && !Character.isUpperCase(mw.charAt(0)))) {
                    continue;
                }
                String d = group(m, "d");
                String y = group(m, "y");
                String key = "date:" + (y == null ? "" : year(y)) + "-" + month + "-" + (d == null ? "" : Integer.parseInt(d));
                out.add(new Value(m.group().strip(), Set.of(key)));
                blank(rest, m.start(), m.end());
            }
        }
        Matcher m = NUMERIC_DATE.matcher(rest);
        while (m.find()) {
            Set<String> keys = new LinkedHashSet<>();
            keys.add("lit:" + m.group());
            String k = numericDate(m.group(1), m.group(2), m.group(3), m.group(4), lang);
            if (k != null) {
                keys.add(k);
            }
            out.add(new Value(m.group(), keys));
            blank(rest, m.start(), m.end());
        }
        m = NUMBER.matcher(rest);
        while (m.find()) {
            int end = m.end();
            if (end < rest.length() && Character.isLetter(rest.charAt(end))) {
                Matcher o = ORDINAL.matcher(rest.subSequence(end, Math.min(rest.length(), end + 4)));
                if (!o.lookingAt()) {
                    continue; // glued to a word: MP3, 3D, 64bit
                }
            }
            String t = m.group().replace('−', '-');
            Set<String> keys = new LinkedHashSet<>();
            keys.add("lit:" + t.replaceFirst("^-", ""));
            String v = value(t.replaceFirst("^-", ""), lang);
            if (v != null) {
                keys.add("num:" + v);
            }
            out.add(new Value(m.group(), keys));
        }
        return out;
    }

    /** The source's values not in the target ({@code missing}) and the target's not in the source ({@code extra}). */
    public record Difference(List<Value> missing, List<Value> extra) {
        public boolean none() {
            return missing.isEmpty() && extra.isEmpty();
        }
    }

    /** Compares the numbers of a source and a target; numbers written as words on the other side count as there. */
    public Difference compare(String source, String srcLang, String target, String tgtLang) {
        List<Value> a = of(source, srcLang);
        List<Value> b = of(target, tgtLang);
        if (a.isEmpty() && b.isEmpty()) {
            return new Difference(List.of(), List.of());
        }
        List<Value> missing = new ArrayList<>();
        List<Value> extra = new ArrayList<>(b);
        for (Value v : a) {
            Value hit = null;
            for (Value w : extra) {
                if (v.sameAs(w)) {
                    hit = w;
                    break;
                }
            }
            if (hit != null) {
                extra.remove(hit);
            } else {
                missing.add(v);
            }
        }
        if (!missing.isEmpty()) {
            missing = notAsWords(missing, target, tgtLang);
        }
        if (!extra.isEmpty()) {
            extra = notAsWords(extra, source, srcLang);
        }
        return new Difference(missing, extra);
    }

    /** The values of {@code values} not written as a number word in {@code text}. */
    private List<Value> notAsWords(List<Value> values, String text, String lang) {
        Map<String, Integer> words = new HashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int v = wordValue(m.group(), lang);
            if (v > 0) {
                words.merge("num:" + v, 1, Integer::sum);
            }
        }
        if (words.isEmpty()) {
            return values;
        }
        List<Value> out = new ArrayList<>();
        for (Value v : values) {
            String k = v.keys().stream().filter(x -> x.startsWith("num:")).findFirst().orElse(null);
            if (k != null && words.getOrDefault(k, 0) > 0) {
                words.merge(k, -1, Integer::sum);
            } else {
                out.add(v);
            }
        }
        return out;
    }

    private int wordValue(String w, String lang) {
        int v = rules.numberWord(lang, w);
        if (v == 0 && QaSegment.primary(lang).equals("de")) {
            for (String ending : new String[] {"en", "er", "es", "em", "e", "n", "s"}) {
                if (w.length() > ending.length() + 2 && w.endsWith(ending)) {
                    v = rules.numberWord(lang, w.substring(0, w.length() - ending.length()));
                    if (v > 0) {
                        break;
                    }
                }
            }
        }
        return v;
    }

    /** The value of a number as the language writes it, plain ("1500", "3.5"), or null when it is no number there. */
    String value(String t, String lang) {
        LanguageRules.NumberFormat f = rules.numberFormat(lang);
        String v = value(t, f.decimal(), f.grouping());
        if (v == null) {
            // written the other way ("7.4" in German, a version or an English habit)
            v = f.decimal() == '.' ? value(t, ',', ".") : value(t, '.', ",");
        }
        return v;
    }

    private static String value(String t, char decimal, String grouping) {
        StringBuilder digits = new StringBuilder();
        int lastGroup = -1;
        boolean seenDecimal = false;
        int groupLen = 0;
        boolean grouped = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c)) {
                digits.append(c);
                groupLen++;
            } else if (c == decimal && !seenDecimal) {
                if (grouped && groupLen != 3) {
                    return null;
                }
                seenDecimal = true;
                digits.append('.');
                groupLen = 0;
            } else if (grouping.indexOf(c) >= 0 || (c == '\u00A0' || c == '\u202F' || c == '\u2009') && grouping.indexOf(' ') >= 0) {
                if (seenDecimal || (grouped && groupLen != 3) || (!grouped && groupLen > 3)) {
                    return null;
                }
                grouped = true;
                lastGroup = i;
                groupLen = 0;
            } else {
                return null;
            }
        }
        if (grouped && !seenDecimal && groupLen != 3) {
            return null;
        }
        try {
            return new BigDecimal(digits.toString()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String numericDate(String a, String sep, String b, String c, String lang) {
        int x = Integer.parseInt(a);
        int y = Integer.parseInt(b);
        int z = Integer.parseInt(c);
        int day;
        int month;
        int year;
        if (a.length() == 4) {
            year = x;
            month = y;
            day = z;
        } else {
            if (sep.equals("-") && c.length() != 4) {
                return null;
            }
            year = Integer.parseInt(year(c));
            boolean mdy = sep.equals("/") && rules.numberFormat(lang).dateOrder().equals("MDY");
            day = mdy ? y : x;
            month = mdy ? x : y;
            if (month > 12 && day <= 12) {
                int s = day;
                day = month;
                month = s;
            }
        }
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        return "date:" + year + "-" + month + "-" + day;
    }

    private static String year(String y) {
        if (y.length() == 2) {
            int v = Integer.parseInt(y);
            return String.valueOf(v < 50 ? 2000 + v : 1900 + v);
        }
        return String.valueOf(Integer.parseInt(y));
    }

    private Pattern[] datePatterns(String lang) {
        return DATE_PATTERNS.computeIfAbsent(QaSegment.primary(lang), l -> {
            List<String> names = new ArrayList<>(rules.monthNames(l));
            if (names.isEmpty()) {
                return new Pattern[0];
            }
            names.sort(Comparator.comparingInt(String::length).reversed());
            StringBuilder alt = new StringBuilder();
            for (String n : names) {
                alt.append(alt.isEmpty() ? "" : "|").append(Pattern.quote(n));
            }
            String m = "(?<m>" + alt + ")\\.?";
            int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            return new Pattern[] {
                    Pattern.compile("(?<![\\p{L}\\p{N}.,])(?<d>\\d{1,2})(?:\\.|st|nd|rd|th|er)?\\s+(?:of\\s+)?" + m
                            + "(?![\\p{L}])(?:,?\\s+(?<y>\\d{4}))?(?!\\p{N})", flags),
                    Pattern.compile("(?<![\\p{L}])" + m + "(?![\\p{L}])\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?![\\p{N}]|[.,]\\d)"
                            + "(?:,?\\s+(?<y>\\d{4}))?(?!\\p{N})", flags),
                    Pattern.compile("(?<![\\p{L}])" + m + "(?![\\p{L}])\\s+(?<y>\\d{4})(?!\\p{N})", flags)};
        });
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void blank(StringBuilder sb, int start, int end) {
        for (int i = start; i < end; i++) {
            sb.setCharAt(i, ' ');
        }
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
