package org.tmsh.numbers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;

import org.tmsh.common.RuleFiles;
import org.tmsh.common.TmshException;

/**
 * The month names of one language: ICU's (wide and abbreviated, format and stand-alone forms, so
 * Russian "ноября" and "ноябрь" both count) and the extra spellings of {@code months.txt}, each also
 * with a capital first letter (a French month opens a sentence as "Novembre").
 *
 * <p>Names are matched with their case, so English "may" and "march" are not months; an
 * abbreviation written with a final period ("Nov.") matches with or without it.
 */
public final class MonthNames {

    private final Map<String, Integer> month = new HashMap<>();
    private final List<String> wide = new ArrayList<>();
    private final List<String> all = new ArrayList<>();

    public MonthNames(String tag) {
        DateFormatSymbols symbols = new DateFormatSymbols(ULocale.forLanguageTag(tag));
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            String[] w = symbols.getMonths(context, DateFormatSymbols.WIDE);
            String[] a = symbols.getMonths(context, DateFormatSymbols.ABBREVIATED);
            for (int i = 0; i < 12; i++) {
                add(w[i], i + 1, true);
                add(a[i], i + 1, false);
            }
        }
        for (RuleFiles.Row r : DataFiles.rows(DataFiles.MONTHS, 3, tag)) {
            int m;
            try {
                m = Integer.parseInt(r.get(1));
            } catch (NumberFormatException e) {
                m = 0;
            }
            if (m < 1 || m > 12) {
                throw new TmshException(DataFiles.MONTHS + ": line " + r.line() + ": month must be 1 to 12, found '"
                        + r.get(1) + "'");
            }
            add(r.get(2), m, !r.get(2).endsWith("."));
        }
    }

    private void add(String name, int m, boolean isWide) {
        String bare = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (bare.isEmpty() || bare.chars().allMatch(Character::isDigit)) {
            return;
        }
        for (String form : List.of(bare, Character.toUpperCase(bare.charAt(0)) + bare.substring(1))) {
            if (month.putIfAbsent(form, m) == null) {
                all.add(form);
            }
            if (isWide && !wide.contains(form)) {
                wide.add(form);
            }
        }
    }

    /** The month (1-12) of a name as matched (a final period ignored), or 0. */
    public int month(String name) {
        String bare = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        return month.getOrDefault(bare, 0);
    }

    /** Whether a word of {@code text} (a run of letters) is a month name: the forms with names need one. */
    public boolean anyIn(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start && month.containsKey(text.substring(start, i))) {
                return true;
            }
        }
        return false;
    }

    /** A regular expression of every name, longest first, an abbreviation's period optional. */
    public String anyName() {
        return alternation(all) + "\\.?";
    }

    /** A regular expression of the wide names only. */
    public String wideName() {
        return alternation(wide);
    }

    private static String alternation(List<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder sb = new StringBuilder("(?:");
        for (String n : sorted) {
            sb.append(sb.length() > 3 ? "|" : "").append(Pattern.quote(n));
        }
        return sb.append(')').toString();
    }
}
