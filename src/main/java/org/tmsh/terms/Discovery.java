package org.tmsh.terms;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tmsh.common.Words;
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

    /**
     * A proposal: two spellings, where each was seen, why they look like one name, and every
     * spelling of the concept found (language to spellings, a and b first).
     */
    public record Proposal(String kind, String a, String langA, String b, String langB, double score, String reason,
                           List<String> seenA, List<String> seenB, Map<String, List<String>> spellings) {
    }

    private final NameMatcher matcher;
    private org.tmsh.common.Progress progress = org.tmsh.common.Progress.NONE;

    public Discovery(NameMatcher matcher) {
        this.matcher = matcher;
    }

    /** This discovery, reporting to {@code p} as it goes through units or documents (one bar, never going back). */
    public Discovery withProgress(org.tmsh.common.Progress p) {
        this.progress = p;
        return this;
    }

    private static final Map<String, Set<String>> DETERMINERS = new LinkedHashMap<>();

    static {
        for (org.tmsh.common.RuleFiles.Row row : org.tmsh.common.RuleFiles.read("/tmsh/names/determiners.txt", 2)) {
            DETERMINERS.computeIfAbsent(row.get(0).strip(), k -> new java.util.HashSet<>()).add(row.get(1).strip());
        }
    }

    /**
     * The name-like spans of a text: runs of capitalised words of {@link Words} (tmsh's one word
     * splitting), one space apart, with initials ("S. Lawrow") and lower-case hyphenated words inside a
     * run ("Kim Jong-un"); discovery needs runs, not words, because a name is often several words.
     */
    static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        List<Words.Word> words = Words.of(text);
        int start = -1;
        int end = -1;
        boolean afterInitial = false;
        for (Words.Word w : words) {
            boolean initial = initial(text, w);
            boolean capital = w.kind() == Words.Kind.WORD && Character.isUpperCase(w.text().codePointAt(0));
            boolean lowerHyphenated = !capital && w.kind() == Words.Kind.WORD && w.text().indexOf('-') > 0
                    && w.text().chars().noneMatch(Character::isUpperCase);
            int gap = afterInitial ? end + 1 : end;
            boolean adjacent = start >= 0 && (w.start() == gap + 1 && Character.isWhitespace(text.charAt(gap))
                    || afterInitial && w.start() == gap);
            if ((capital || lowerHyphenated && start >= 0) && (adjacent || start < 0)) {
                start = start < 0 ? w.start() : start;
                end = w.end();
                afterInitial = initial;
                continue;
            }
            if (start >= 0) {
                out.add(new int[] {start, end});
                start = -1;
            }
            if (capital) {
                start = w.start();
                end = w.end();
                afterInitial = initial;
            }
        }
        if (start >= 0) {
            out.add(new int[] {start, end});
        }
        return out;
    }

    /** A capital letter alone followed by a dot: an initial. */
    private static boolean initial(String text, Words.Word w) {
        return w.end() - w.start() == 1 && Character.isUpperCase(w.text().charAt(0)) && w.end() < text.length()
                && text.charAt(w.end()) == '.';
    }

    /** Name-like spans of a text and their runs of consecutive words ("Bahnhof Yaroslabli" gives "Yaroslabli"). */
    static List<String> names(String text, String lang) {
        List<String> out = new ArrayList<>();
        Set<String> dets = DETERMINERS.getOrDefault(lang, Set.of());
        for (int[] m : spans(text)) {
            String span = text.substring(m[0], m[1]).strip();
            String before = text.substring(0, m[0]).stripTrailing();
            String prev = before.substring(Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n')) + 1)
                    .toLowerCase(java.util.Locale.ROOT);
            List<String> words = List.of(span.split("\\s+(?![\\p{Lu}]\\.)"));
            for (int i = 0; i < words.size(); i++) {
                for (int j = i + 1; j <= Math.min(words.size(), i + 4); j++) {
                    String n = String.join(" ", words.subList(i, j)).strip();
                    boolean single = j - i == 1;
                    boolean afterDeterminer = i == 0 && dets.contains(prev);
                    boolean initialsOnly = n.matches("(\\p{Lu}\\.\\s?)+");
                    boolean common = words.subList(i, j).stream().anyMatch(w -> !w.endsWith(".") && commonWord(w, lang));
                    if (n.length() >= 3 && !initialsOnly && !common && !(single && afterDeterminer)
                            && Character.isUpperCase(n.charAt(0))) {
                        out.add(n);
                    }
                }
            }
        }
        return out;
    }

    /** A common word of the language ("Dialog", "Juni", sentence-initial "From"): no name, nor part of one. */
    static boolean commonWord(String word, String lang) {
        for (String part : word.split("-")) {
            if (!part.isEmpty() && Character.isUpperCase(part.codePointAt(0)) && CommonWords.standard().common(part, lang)) {
                return true;
            }
        }
        return false;
    }

    /** (a) Cross-language pairs from the units of a TMX file. */
    public List<Proposal> fromTmx(Path tmx, String srcLang, String tgtLang) {
        Map<String, Proposal> out = new LinkedHashMap<>();
        List<TmxUnit> units = new ArrayList<>();
        try (TmxReader r = TmxReader.open(tmx)) {
            for (TmxUnit u = r.next(); u != null; u = r.next()) {
                units.add(u);
            }
        }
        progress.update(0, units.size() + 1L);
        CommonWords.standard(); // the word lists are read once, before the first unit (a step of its own)
        progress.update(1, units.size() + 1L);
        int done = 1;
        for (TmxUnit u : units) {
            progress.update(done++, units.size() + 1L);
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
                                new ArrayList<>(List.of(where)), new ArrayList<>(List.of(where)), Map.of()));
                    }
                }
            }
        }
        progress.update(units.size() + 1L, units.size() + 1L);
        return oneForEachConcept(keepBest(withoutParts(new ArrayList<>(out.values()))));
    }

    /**
     * (b) Same-language variants across documents. {@code lang} null: each document's language is
     * guessed ({@link LanguageGuess}; {@code fallback} when it cannot tell), and only documents of
     * one language are compared.
     */
    public List<Proposal> fromDocuments(List<Path> files, String lang, String fallback) {
        Map<String, List<Path>> byLang = new LinkedHashMap<>();
        for (Path f : files) {
            String l = lang;
            if (l == null) {
                String guess = LanguageGuess.standard().guess(String.join("\n", DocumentReader.paragraphs(f, fallback, null)));
                l = guess == null ? fallback : guess;
            }
            byLang.computeIfAbsent(l, k -> new ArrayList<>()).add(f);
        }
        List<Proposal> out = new ArrayList<>();
        byLang.forEach((l, fs) -> out.addAll(fromDocuments(fs, l)));
        return out;
    }

    /** (b) Same-language variants across documents, all in {@code lang}. */
    public List<Proposal> fromDocuments(List<Path> files, String lang) {
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        long total = files.size() + 2L;
        progress.update(0, total);
        CommonWords.standard(); // the word lists are read once, before the first document (a step of its own)
        long done = 1;
        progress.update(done, total);
        for (Path f : files) {
            progress.update(++done, total);
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
                if (oneInTheOther(a, b) || grammaticalVariants(a, b)
                        || Character.toLowerCase(a.charAt(0)) != Character.toLowerCase(b.charAt(0)) && !eitherIsAnExonym(a, b)) {
                    continue;
                }
                NameMatcher.Result m = matcher.match(a, b);
                if (m.same()) {
                    out.add(new Proposal("variant", a, lang, b, lang, m.score(), m.reason(),
                            new ArrayList<>(seen.get(a)), new ArrayList<>(seen.get(b)), Map.of()));
                }
            }
        }
        progress.update(total, total);
        return oneForEachConcept(withoutParts(out));
    }

    /** "Dialoges" / "Dialogs": one word with two endings of {@link Inflections}, not two spellings. */
    static boolean grammaticalVariants(String a, String b) {
        List<String> ba = new ArrayList<>(Inflections.standard().bases(a));
        ba.add(a);
        List<String> bb = new ArrayList<>(Inflections.standard().bases(b));
        bb.add(b);
        return ba.stream().anyMatch(bb::contains);
    }

    /**
     * Drops a proposal whose two spellings are parts of another's, seen only where that one is
     * ("Son Hui" / "Son-hui" inside "Choe Son Hui" / "Choe Son-hui"): an overlapping span of one name.
     */
    private static List<Proposal> withoutParts(List<Proposal> all) {
        List<Proposal> out = new ArrayList<>();
        for (Proposal p : all) {
            boolean part = all.stream().anyMatch(q -> q != p && partOf(p, q)
                    && (q.a().contains(p.a()) ? q.seenA().containsAll(p.seenA()) && q.seenB().containsAll(p.seenB())
                    : q.seenB().containsAll(p.seenA()) && q.seenA().containsAll(p.seenB())));
            if (!part) {
                out.add(p);
            }
        }
        return out;
    }

    /** Both spellings of {@code p} are in those of the longer {@code q} (Lawrow / Lavrov in Sergei Lawrow / Sergei Lavrov). */
    private static boolean partOf(Proposal p, Proposal q) {
        return q.langA().equals(p.langA()) && q.langB().equals(p.langB())
                && (q.a().contains(p.a()) && q.b().contains(p.b()) || q.a().contains(p.b()) && q.b().contains(p.a()))
                && q.a().length() + q.b().length() > p.a().length() + p.b().length();
    }

    /**
     * One proposal for each concept: proposals that share a spelling (in one language), or whose
     * spellings are parts of another's (Lawrow / Lavrov and S. W. Lawrow / Sergei Viktorovich Lavrov),
     * are one concept; it is shown by its best-scoring pair, with every spelling found.
     */
    private static List<Proposal> oneForEachConcept(List<Proposal> all) {
        Map<String, String> parent = new HashMap<>();
        for (Proposal p : all) {
            union(parent, p.langA() + ":" + p.a(), p.langB() + ":" + p.b());
            for (Proposal q : all) {
                if (q != p && partOf(p, q)) {
                    union(parent, p.langA() + ":" + p.a(), q.langA() + ":" + q.a());
                }
            }
        }
        Map<String, List<Proposal>> groups = new LinkedHashMap<>();
        for (Proposal p : all) {
            groups.computeIfAbsent(find(parent, p.langA() + ":" + p.a()), k -> new ArrayList<>()).add(p);
        }
        List<Proposal> out = new ArrayList<>();
        for (List<Proposal> g : groups.values()) {
            Proposal best = g.get(0);
            Map<String, List<String>> spellings = new LinkedHashMap<>();
            for (Proposal p : g) {
                if (p.score() > best.score()) {
                    best = p;
                }
            }
            add(spellings, best.langA(), best.a());
            add(spellings, best.langB(), best.b());
            for (Proposal p : g) {
                add(spellings, p.langA(), p.a());
                add(spellings, p.langB(), p.b());
            }
            Map<String, List<String>> frozen = new LinkedHashMap<>();
            spellings.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            out.add(new Proposal(best.kind(), best.a(), best.langA(), best.b(), best.langB(), best.score(), best.reason(),
                    best.seenA(), best.seenB(), java.util.Collections.unmodifiableMap(frozen)));
        }
        return out;
    }

    private static void add(Map<String, List<String>> spellings, String lang, String form) {
        List<String> l = spellings.computeIfAbsent(lang, k -> new ArrayList<>());
        if (!l.contains(form)) {
            l.add(form);
        }
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.getOrDefault(x, x);
        if (p.equals(x)) {
            return x;
        }
        String root = find(parent, p);
        parent.put(x, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
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
