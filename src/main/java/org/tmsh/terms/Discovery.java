package org.tmsh.terms;

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
import org.tmsh.names.NameMatcher;
import org.tmsh.formats.tmx.TmxReader;
import org.tmsh.formats.tmx.TmxUnit;

/**
 * Proposes spelling variants of names for the glossary: (a) across languages, from aligned units
 * (German "Lawrow" in a unit whose English says "Lavrov"); (b) within one language, across
 * documents ("Choe Son Hui" in one report, "Choe Son-hui" in another). Names are taken to be runs of
 * capitalised words (with initials, "S. W. Lawrow", and lower-case hyphenated given names,
 * "Kim jong-un"); two of them are proposed when {@link NameMatcher} finds them the same name but
 * they are spelled differently.
 */
public final class Discovery {

    /** A proposal: two spellings, where each was seen, and why they look like one name. */
    public record Proposal(String kind, String a, String langA, String b, String langB, double score, String reason,
                           List<String> seenA, List<String> seenB) {
    }

    private static final Pattern NAME = Pattern.compile(
            "(?:\\p{Lu}\\.\\s?)*\\p{Lu}[\\p{L}\\p{M}'’]*(?:-\\p{L}+)?(?:\\s(?:\\p{Lu}\\.\\s?)*\\p{Lu}[\\p{L}\\p{M}'’]*(?:-\\p{L}+)?"
                    + "|\\s\\p{Ll}+-\\p{Ll}+)*");

    private final NameMatcher matcher;

    public Discovery(NameMatcher matcher) {
        this.matcher = matcher;
    }

    private static final Map<String, Set<String>> DETERMINERS = new LinkedHashMap<>();

    static {
        for (org.tmsh.common.RuleFiles.Row row : org.tmsh.common.RuleFiles.read("/tmsh/names/determiners.txt", 2)) {
            DETERMINERS.computeIfAbsent(row.get(0).strip(), k -> new java.util.HashSet<>()).add(row.get(1).strip());
        }
    }

    /** Name-like spans of a text and their runs of consecutive words ("Bahnhof Yaroslabli" gives "Yaroslabli"). */
    static List<String> names(String text, String lang) {
        List<String> out = new ArrayList<>();
        Set<String> dets = DETERMINERS.getOrDefault(lang, Set.of());
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String span = m.group().strip();
            String before = text.substring(0, m.start()).stripTrailing();
            String prev = before.substring(Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n')) + 1)
                    .toLowerCase(java.util.Locale.ROOT);
            List<String> words = List.of(span.split("\\s+(?![\\p{Lu}]\\.)"));
            for (int i = 0; i < words.size(); i++) {
                for (int j = i + 1; j <= Math.min(words.size(), i + 4); j++) {
                    String n = String.join(" ", words.subList(i, j)).strip();
                    boolean single = j - i == 1;
                    boolean afterDeterminer = i == 0 && dets.contains(prev);
                    boolean initialsOnly = n.matches("(\\p{Lu}\\.\\s?)+");
                    if (n.length() >= 3 && !initialsOnly && !(single && afterDeterminer) && Character.isUpperCase(n.charAt(0))) {
                        out.add(n);
                    }
                }
            }
        }
        return out;
    }

    /** (a) Cross-language pairs from the units of a TMX file. */
    public List<Proposal> fromTmx(Path tmx, String srcLang, String tgtLang) {
        Map<String, Proposal> out = new LinkedHashMap<>();
        try (TmxReader r = TmxReader.open(tmx)) {
            for (TmxUnit u = r.next(); u != null; u = r.next()) {
                String s = u.text(srcLang);
                String t = u.text(tgtLang);
                if (s == null || t == null) {
                    continue;
                }
                String where = u.tuid() == null ? tmx.getFileName().toString() : u.tuid();
                for (String a : new LinkedHashSet<>(names(s, srcLang))) {
                    for (String b : new LinkedHashSet<>(names(t, tgtLang))) {
                        if (oneInTheOther(a, b)) {
                            continue;
                        }
                        String key = a + "\u0000" + b;
                        Proposal known = out.get(key);
                        if (known != null) {
                            known.seenA().add(where);
                            continue;
                        }
                        NameMatcher.Result m = matcher.match(a, b);
                        if (m.same()) {
                            out.put(key, new Proposal("cross-language", a, srcLang, b, tgtLang, m.score(), m.reason(),
                                    new ArrayList<>(List.of(where)), new ArrayList<>(List.of(where))));
                        }
                    }
                }
            }
        }
        return keepBest(new ArrayList<>(out.values()));
    }

    /** (b) Same-language variants across documents. */
    public List<Proposal> fromDocuments(List<Path> files, String lang) {
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        for (Path f : files) {
            for (String para : DocumentReader.paragraphs(f, lang, null)) {
                for (String n : names(para, lang)) {
                    seen.computeIfAbsent(n, k -> new LinkedHashSet<>()).add(f.getFileName().toString());
                }
            }
        }
        List<String> all = new ArrayList<>(seen.keySet());
        List<Proposal> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                String a = all.get(i);
                String b = all.get(j);
                if (oneInTheOther(a, b)
                        || Character.toLowerCase(a.charAt(0)) != Character.toLowerCase(b.charAt(0)) && !eitherIsAnExonym(a, b)) {
                    continue;
                }
                NameMatcher.Result m = matcher.match(a, b);
                if (m.same()) {
                    out.add(new Proposal("variant", a, lang, b, lang, m.score(), m.reason(),
                            new ArrayList<>(seen.get(a)), new ArrayList<>(seen.get(b))));
                }
            }
        }
        return out;
    }

    /** Pjöngjang / Pyongyang start alike but Moskau / Moscow too; only exonyms can start differently. */
    private static boolean eitherIsAnExonym(String a, String b) {
        return !org.tmsh.names.Romanizer.standard().originalsOf(a).isEmpty()
                || !org.tmsh.names.Romanizer.standard().originalsOf(b).isEmpty();
    }

    /** "Lawrow" and "Sergei Lawrow" name one person at two lengths; they are not two spellings. */
    private static boolean oneInTheOther(String a, String b) {
        return a.contains(b) || b.contains(a);
    }

    /** For each source spelling keep the best-scoring target spellings only (a name and its longer form). */
    private static List<Proposal> keepBest(List<Proposal> all) {
        List<Proposal> out = new ArrayList<>();
        for (Proposal p : all) {
            boolean dominated = false;
            for (Proposal q : all) {
                if (q != p && q.a().equals(p.a()) && q.score() > p.score() && (q.b().contains(p.b()) || p.b().contains(q.b()))) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) {
                out.add(p);
            }
        }
        return out;
    }
}
