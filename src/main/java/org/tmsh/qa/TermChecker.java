package org.tmsh.qa;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.document.DocumentReader;
import org.tmsh.terms.Concept;
import org.tmsh.terms.Glossary;
import org.tmsh.terms.Inflections;
import org.tmsh.terms.Term;
import org.tmsh.terms.TermLookup;
import org.tmsh.formats.tmx.TmxUnit;

/**
 * Terminology QA against a glossary. Per unit: a deprecated spelling used (suggesting the preferred
 * one), a glossary name in the source whose target equivalent (in any admitted spelling, or at least
 * its family name) is missing from the target, a source-language spelling left in the target
 * ("Lawrow" in the English text), numbers that differ between the sides. Across documents of one
 * language: one concept spelled differently in different places, with counts and where.
 */
public final class TermChecker {

    /**
     * The kinds of finding this checker reports (the {@code terms} check's), each shown in qa's table: a
     * translator may name one in {@code qa --skip} or {@code --only} as well as the check.
     */
    public static final List<String> KINDS = List.of("deprecated", "missing-term", "untransliterated", "inconsistent",
            "numbers");

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final Glossary glossary;
    private final TermLookup lookup;

    public TermChecker(Glossary glossary) {
        this.glossary = glossary;
        this.lookup = new TermLookup(glossary);
    }

    /**
     * The words of every term of the glossary, lower case, split at anything not a letter, digit or mark
     * ("Choe Son-hui": choe, son, hui): the spelling check takes them as known.
     */
    public Set<String> words() {
        Set<String> out = new java.util.HashSet<>();
        for (Concept c : glossary.concepts()) {
            for (Term t : c.terms()) {
                for (String w : t.form().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}\\p{M}]+")) {
                    if (!w.isEmpty()) {
                        out.add(w);
                    }
                }
            }
        }
        return out;
    }

    public List<Finding> checkUnit(TmxUnit u, String srcLang, String tgtLang) {
        List<Finding> out = new ArrayList<>();
        String src = u.text(srcLang);
        String tgt = u.text(tgtLang);
        if (src == null || tgt == null) {
            return out;
        }
        String where = u.tuid() == null ? "unit" : u.tuid();
        for (TermLookup.Hit h : lookup.find(src, tgtLang)) {
            deprecated(h, h.term().lang(), true, where, out);
            Concept c = h.concept();
            boolean present = false;
            String misspelt = null;
            for (Term t : c.terms()) {
                if (t.lang().equals(tgtLang) && t.status() != Term.Status.DEPRECATED && contains(tgt, t.form())) {
                    present = true;
                    break;
                }
            }
            for (Term t : c.terms()) {
                if (present || !t.lang().equals(tgtLang) || t.status() == Term.Status.DEPRECATED) {
                    continue;
                }
                String family = TermLookup.familyName(c, t.form());
                if (contains(tgt, family)) {
                    // the family name alone is the name written shorter, unless it begins or ends the whole name misspelt
                    misspelt = misspeltAround(tgt, t.form(), family);
                    present = misspelt == null;
                }
            }
            if (!present && c.terms().stream().anyMatch(t -> t.lang().equals(tgtLang))) {
                out.add(new Finding("missing-term", Finding.Severity.WARNING, where, h.text(),
                        "'" + h.text() + "'" + glossaryForm(h) + " has no " + tgtLang + " equivalent in the target"
                                + (misspelt == null ? "" : " ('" + misspelt + "' is it misspelt)"),
                        h.preferredOther() == null ? null : h.preferredOther().form()));
            }
        }
        // a source spelling in the target, unless the target language writes it so too ("Putin" is a
        // word of the English "Vladimir Vladimirovich Putin")
        for (TermLookup.Hit h : lookup.find(tgt, srcLang)) {
            deprecated(h, tgtLang, false, where, out);
            boolean sourceOnly = h.term().lang().equals(srcLang) && h.concept().terms().stream()
                    .noneMatch(t -> t.lang().equals(tgtLang) && (t.form().equals(h.term().form())
                            || List.of(TermLookup.wordsOf(t.form())).contains(h.form())));
            if (sourceOnly) {
                Term preferred = h.concept().preferred(tgtLang);
                out.add(new Finding("untransliterated", Finding.Severity.ERROR, where, h.text(),
                        "the " + srcLang + " spelling '" + h.text() + "'" + glossaryForm(h) + " is left in the " + tgtLang + " text",
                        preferred == null ? null : preferred.form()));
            }
        }
        List<String> a = numbers(src);
        List<String> b = numbers(tgt);
        if (!a.equals(b)) {
            out.add(new Finding("numbers", Finding.Severity.WARNING, where, tgt, numbersMessage(a, b), null));
        }
        return out;
    }

    /**
     * A deprecated spelling found by {@code h}, its preferred form in {@code lang} as the suggestion. In the target it
     * is an error; in the source ({@code inSource}) the translator cannot change it, so it is said for the reviewer
     * (info), not counted against the translation: what the target writes is judged apart (a deprecated spelling
     * there is an error, its concept's target form missing a {@code missing-term}).
     */
    private static void deprecated(TermLookup.Hit h, String lang, boolean inSource, String where, List<Finding> out) {
        if (h.term().status() == Term.Status.DEPRECATED) {
            Term preferred = h.concept().preferred(lang);
            String note = h.term().note().isEmpty() ? "" : " (" + h.term().note() + ")";
            out.add(new Finding("deprecated", inSource ? Finding.Severity.INFO : Finding.Severity.ERROR, where, h.text(),
                    inSource ? "deprecated spelling in the source" + note + ": not the translator's to change; the target's form is what counts"
                            : "deprecated spelling" + note,
                    preferred == null ? null : preferred.form()));
        }
    }

    /** "numbers differ: 1990 only in the source; 1991 only in the target" (each number as often as it is missing). */
    static String numbersMessage(List<String> source, List<String> target) {
        List<String> onlySource = new ArrayList<>(source);
        target.forEach(onlySource::remove);
        List<String> onlyTarget = new ArrayList<>(target);
        source.forEach(onlyTarget::remove);
        List<String> parts = new ArrayList<>();
        if (!onlySource.isEmpty()) {
            parts.add(String.join(", ", onlySource) + " only in the source");
        }
        if (!onlyTarget.isEmpty()) {
            parts.add(String.join(", ", onlyTarget) + " only in the target");
        }
        return "numbers differ: " + String.join("; ", parts);
    }

    /**
     * Numbers of a text, sorted, without leading zeros: its runs of digits, not the numbers of
     * {@link org.tmsh.common.Words}, because the two sides group digits each their own way
     * ("1.500" in German is "1,500" in English) and a check compares the digits, not the separators.
     */
    static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group().replaceFirst("^0+(?=\\d)", ""));
        }
        out.sort(null);
        return out;
    }

    /** " (glossary: Lawrow)" when the text writes the name inflected or shorter, else "". */
    private static String glossaryForm(TermLookup.Hit h) {
        return h.text().equals(h.form()) ? "" : h.how() == TermLookup.How.FAMILY_NAME
                ? " (family name of " + h.term().form() + ")" : " (glossary: " + h.form() + ")";
    }

    /**
     * The words of {@code text} where the family name of {@code form} stands at its place in the form and the other
     * words of the form stand beside it each written nearly alike (one or two letters swapped, doubled, dropped or
     * changed) but not all alike: "Kim Il Snug" for "Kim Il Sung", "Kim Joong-uns" for "Kim Jong-un". Null when no such
     * run is there ("Kim" alone, "Kim sprach": the name written shorter).
     */
    static String misspeltAround(String text, String form, String family) {
        String[] f = TermLookup.wordsOf(form);
        if (f.length < 2) {
            return null;
        }
        int at = f[0].equals(family) ? 0 : f.length - 1;
        String[] w = TermLookup.wordsOf(text);
        Inflections inf = Inflections.standard();
        for (int j = 0; j < w.length; j++) {
            int start = j - at;
            if (start < 0 || start + f.length > w.length || !(w[j].equals(family) || inf.bases(w[j]).contains(family))) {
                continue;
            }
            boolean differs = false;
            boolean near = true;
            for (int k = 0; k < f.length && near; k++) {
                String word = w[start + k];
                String term = f[k];
                if (word.equalsIgnoreCase(term) || inf.bases(word).stream().anyMatch(b -> b.equalsIgnoreCase(term))) {
                    continue;
                }
                String lower = word.toLowerCase(java.util.Locale.ROOT);
                String want = term.toLowerCase(java.util.Locale.ROOT);
                int d = Math.min(distance(lower, want), inf.bases(word).stream()
                        .mapToInt(b -> distance(b.toLowerCase(java.util.Locale.ROOT), want)).min().orElse(Integer.MAX_VALUE));
                near = want.length() >= 2 && Character.isUpperCase(word.charAt(0)) == Character.isUpperCase(term.charAt(0))
                        && d <= (want.length() >= 5 ? 2 : 1);
                differs = true;
            }
            if (differs && near) {
                return String.join(" ", java.util.Arrays.copyOfRange(w, start, start + f.length));
            }
        }
        return null;
    }

    /** Edits (insert, delete, change, swap of two neighbours) from {@code a} to {@code b}. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** The form as whole words, bare or with an ending ("Putins", "Putin's"). */
    private static boolean contains(String text, String form) {
        return Inflections.standard().occursIn(text, form);
    }

    /** Across documents of one language: concepts spelled in more than one way, with counts and where. */
    public List<Finding> checkCorpus(List<Path> files, String lang) {
        Map<String, Map<String, Set<String>>> byConcept = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        List<Finding> out = new ArrayList<>();
        for (Path f : files) {
            for (String para : DocumentReader.paragraphs(f, lang, null)) {
                for (TermLookup.Hit h : lookup.find(para, lang)) {
                    if (!h.term().lang().equals(lang) || h.how() == TermLookup.How.FAMILY_NAME) {
                        // a family name alone is the name written shorter, not another spelling
                        continue;
                    }
                    if (h.term().status() == Term.Status.DEPRECATED) {
                        deprecated(h, lang, false, f.getFileName().toString(), out);
                        continue;
                    }
                    byConcept.computeIfAbsent(h.concept().id(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(h.term().form(), k -> new LinkedHashSet<>()).add(f.getFileName().toString());
                    counts.computeIfAbsent(h.concept().id(), k -> new LinkedHashMap<>()).merge(h.term().form(), 1, Integer::sum);
                }
            }
        }
        for (Map.Entry<String, Map<String, Set<String>>> e : byConcept.entrySet()) {
            Map<String, Set<String>> spellings = reduceToNameVariants(e.getValue());
            if (spellings.size() < 2) {
                continue;
            }
            Concept c = glossary.concept(e.getKey()).orElseThrow();
            Term preferred = c.preferred(lang);
            StringBuilder text = new StringBuilder();
            for (Map.Entry<String, Set<String>> s : spellings.entrySet()) {
                text.append(text.isEmpty() ? "" : "; ").append(s.getKey()).append(" x")
                        .append(counts.get(e.getKey()).get(s.getKey())).append(" (").append(String.join(", ", s.getValue())).append(')');
            }
            out.add(new Finding("inconsistent", Finding.Severity.WARNING, String.join(", ",
                    spellings.values().stream().flatMap(Set::stream).distinct().toList()), text.toString(),
                    "one name spelled " + spellings.size() + " ways in " + lang, preferred == null ? null : preferred.form()));
        }
        return out;
    }

    /**
     * "Lawrow", "Sergei Lawrow" and "S. W. Lawrow" are one spelling written longer or shorter, not an
     * inconsistency: a spelling with the same last word as another, and the same first letter of its
     * first word where both have one, is merged into the longer one.
     */
    private static Map<String, Set<String>> reduceToNameVariants(Map<String, Set<String>> spellings) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        List<String> forms = new ArrayList<>(spellings.keySet());
        forms.sort((x, y) -> y.length() - x.length());
        for (String f : forms) {
            String into = null;
            for (String kept : out.keySet()) {
                if (shortFormOf(f, kept)) {
                    into = kept;
                    break;
                }
            }
            if (into == null) {
                out.put(f, new LinkedHashSet<>(spellings.get(f)));
            } else {
                out.get(into).addAll(spellings.get(f));
            }
        }
        return out;
    }

    private static boolean shortFormOf(String shorter, String longer) {
        String[] s = TermLookup.wordsOf(shorter);
        String[] l = TermLookup.wordsOf(longer);
        if (s.length == 0 || l.length == 0) {
            return false;
        }
        if (!s[s.length - 1].equals(l[l.length - 1])) {
            return false;
        }
        // the same family name; the given names, where both have one, start with the same letter
        return s.length == 1 || l.length == 1 || Character.toLowerCase(s[0].charAt(0)) == Character.toLowerCase(l[0].charAt(0));
    }
}
