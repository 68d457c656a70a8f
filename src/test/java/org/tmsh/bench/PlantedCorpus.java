package org.tmsh.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.qa.QaText;

/**
 * The planted-error corpus of the QA benchmark: real English-German pairs of {@code ../shared/tm-data},
 * one error of one class planted into each of {@code perClass} pairs per class by a seeded program, and
 * as many untouched pairs (a quarter of them given matching inline codes or a URL on both sides, so that
 * a clean segment with codes is also judged). Every pair's normalised source and target occur once, so
 * consistency findings come from the plants only.
 */
final class PlantedCorpus {

    /** The classes planted, as tmsh's check ids. */
    /** The classes of every part, as reported: the first part's and those only the later parts plant. */
    static final List<String> REPORTED = List.of("numbers", "dates", "codes", "untranslated", "consistency", "punctuation",
            "spacing", "repeated-words", "fixed-tokens", "acronyms", "length", "spelling", "initial-case", "characters", "unedited-match", "negation");

    static final List<String> CLASSES = List.of("numbers", "codes", "untranslated", "consistency", "punctuation", "spacing",
            "repeated-words", "fixed-tokens", "acronyms", "length");

    /** One segment: id, source, target, the class planted (null: untouched), and the kind of error of that class. */
    record Segment(String id, String source, String target, String planted, String kind, String extra) {

        Segment(String id, String source, String target, String planted, String kind) {
            this(id, source, target, planted, kind, null);
        }

        Segment(String id, String source, String target, String planted) {
            this(id, source, target, planted, planted);
        }
    }

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.,{%$])\\d{1,4}(?![\\p{N}\\p{L}]|[.,]\\d)");
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}{3,}(?![\\p{L}\\p{N}])");
    private static final Pattern ACRONYM = Pattern.compile(
            "(?<![\\p{L}\\p{N}_])(?:\\p{Lu}{2,}[\\p{Lu}\\p{N}]*|\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*|\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*)(?![\\p{L}\\p{N}_])");
    private static final Set<String> MAY_REPEAT = Set.of("die", "der", "das", "dem", "den", "des", "sie", "ist", "so", "ja", "nein");

    private PlantedCorpus() {
    }

    /**
     * The corpus of {@link #build(List, int, long)}, followed, when {@code extended}, by {@link ExtraPlants}'s
     * further kinds of error (dates, times, scales, units, swapped digits, quotes, end marks, spacing, lost
     * acronyms) and as many untouched pairs again, some with dates, times and amounts converted correctly, and by
     * {@link NewsPlants}' (dates and times in words, spelling, the first letter's case), and by {@link ReviewPlants}'
     * (damaged characters, spelled numbers, sentences glued or in lower case, doubled marks), and by {@link GapPlants}'
     * (numbers with a half, "a thousand", fuzzy matches returned unedited), and by {@link FormPlants}' (the forms of
     * dates, times, percentages, currencies, units, Roman numerals and ordinals, negation, quotes, brackets, tags).
     */
    static List<Segment> build(List<TmData.Pair> pairs, int perClass, long seed, boolean extended) {
        List<Segment> out = build(pairs, perClass, seed);
        if (extended) {
            Set<String> used = new HashSet<>();
            for (Segment sg : out) { // the pairs the first part used, without the URL or address it may have added
                used.add("s" + QaText.key(sg.source().replaceAll(" \\((https://|support@)[^)]*\\)$", "")));
                used.add("t" + QaText.key(sg.target().replaceAll(" \\((https://|support@|https://hilfe)[^)]*\\)$", "")));
            }
            out.addAll(ExtraPlants.build(pairs, used, perClass / 2, seed + 1));
            out.addAll(NewsPlants.build(pairs, used, perClass / 2, seed + 2));
            out.addAll(ReviewPlants.build(pairs, used, perClass / 2, seed + 3));
            out.addAll(GapPlants.build(pairs, used, perClass / 2, seed + 4));
            out.addAll(FormPlants.build(pairs, used, perClass / 2, seed + 5));
            out.addAll(OpenGapPlants.build(pairs, used, perClass / 2, seed + 6));
            out.addAll(WordPlants.build(pairs, used, perClass / 2, seed + 7));
        }
        return out;
    }

    static List<Segment> build(List<TmData.Pair> pairs, int perClass, long seed) {
        Random rnd = new Random(seed);
        List<TmData.Pair> pool = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TmData.Pair p : pairs) {
            if (p.en().length() < 15 || p.en().length() > 300 || p.en().equals(p.de()) || p.en().contains("⟨")
                    || p.de().contains("  ") || p.en().contains("  ")) {
                continue;
            }
            if (seen.add("s" + QaText.key(p.en())) & seen.add("t" + QaText.key(p.de()))) {
                pool.add(p);
            }
        }
        Collections.shuffle(pool, rnd);
        List<Segment> out = new ArrayList<>();
        Map<String, Integer> planted = new LinkedHashMap<>();
        int next = 0;
        int n = 0;
        List<String> classes = new ArrayList<>(CLASSES);
        while (classes.stream().anyMatch(c -> planted.getOrDefault(c, 0) < perClass) && next < pool.size()) {
            TmData.Pair p = pool.get(next++);
            for (String c : classes) {
                if (planted.getOrDefault(c, 0) >= perClass) {
                    continue;
                }
                List<Segment> made = plant(c, "p" + (++n), p, rnd);
                if (made != null) {
                    out.addAll(made);
                    planted.merge(c, 1, Integer::sum);
                    break;
                }
            }
        }
        int plantedTotal = planted.values().stream().mapToInt(Integer::intValue).sum();
        for (int i = 0; i < plantedTotal && next < pool.size(); i++) {
            TmData.Pair p = pool.get(next++);
            String src = p.en();
            String tgt = p.de();
            if (i % 8 == 0) {
                src = wrapFirstWord(src);
                tgt = wrapFirstWord(tgt);
            } else if (i % 8 == 4) {
                src = src + " (https://help.example.org/p" + i + ")";
                tgt = tgt + " (https://help.example.org/p" + i + ")";
            }
            out.add(new Segment("u" + i, src, tgt, null));
        }
        Collections.shuffle(out, rnd);
        return out;
    }

    /** The segments planting one error of {@code c} into {@code p}, or null when {@code p} does not lend itself to it. */
    private static List<Segment> plant(String c, String id, TmData.Pair p, Random rnd) {
        String s = p.en();
        String t = p.de();
        switch (c) {
            case "numbers" -> {
                Matcher m = NUMBER.matcher(t);
                if (m.find() && NUMBER.matcher(s).find() && s.contains(m.group())) {
                    int v = Integer.parseInt(m.group());
                    return one(id, s, t.substring(0, m.start()) + (v + 1 + rnd.nextInt(9)) + t.substring(m.end()), c);
                }
                return null;
            }
            case "codes" -> {
                if (!WORD.matcher(s).find()) {
                    return null;
                }
                return one(id, wrapFirstWord(s), t, c);
            }
            case "untranslated" -> {
                if (s.split(" ").length < 3 || !s.matches(".*\\b\\p{Ll}{3,}\\b.*")) {
                    return null;
                }
                return one(id, s, rnd.nextInt(4) == 0 ? "" : s, c);
            }
            case "consistency" -> {
                String[] w = t.split(" ");
                if (w.length < 4) {
                    return null;
                }
                int k = 1 + rnd.nextInt(w.length - 2);
                String x = w[k];
                w[k] = w[k - 1];
                w[k - 1] = x;
                String other = String.join(" ", w);
                if (QaText.key(other).equals(QaText.key(t))) {
                    return null;
                }
                return List.of(new Segment(id, s, t, c), new Segment(id + "b", s, other, c));
            }
            case "punctuation" -> {
                if (rnd.nextBoolean() && s.matches(".*[.!?:]$") && t.matches(".*[.!?:]$")) {
                    return one(id, s, t.substring(0, t.length() - 1), c);
                }
                Matcher m = WORD.matcher(t);
                if (!m.find() || s.contains("(") || t.contains("(")) {
                    return null;
                }
                return one(id, s, t.substring(0, m.start()) + "(" + t.substring(m.start()), c);
            }
            case "spacing" -> {
                List<Integer> spaces = new ArrayList<>();
                for (int i = 1; i < t.length() - 1; i++) {
                    if (t.charAt(i) == ' ' && Character.isLetter(t.charAt(i - 1)) && Character.isLetter(t.charAt(i + 1))) {
                        spaces.add(i);
                    }
                }
                if (spaces.isEmpty()) {
                    return null;
                }
                int at = spaces.get(rnd.nextInt(spaces.size()));
                return one(id, s, t.substring(0, at) + " " + t.substring(at), c);
            }
            case "repeated-words" -> {
                List<int[]> words = new ArrayList<>();
                Matcher m = WORD.matcher(t);
                while (m.find()) {
                    if (!MAY_REPEAT.contains(m.group().toLowerCase(Locale.ROOT))) {
                        words.add(new int[] {m.start(), m.end()});
                    }
                }
                if (words.isEmpty()) {
                    return null;
                }
                int[] w = words.get(rnd.nextInt(words.size()));
                return one(id, s, t.substring(0, w[1]) + " " + t.substring(w[0], w[1]) + t.substring(w[1]), c);
            }
            case "fixed-tokens" -> {
                String url = "https://help.example.org/" + id;
                return switch (rnd.nextInt(3)) {
                    case 0 -> one(id, s + " (" + url + ")", t + " (" + url.replace("help", "hilfe") + ")", c);
                    case 1 -> one(id, s + " (support@example.org)", t + " (support@beispiel.de)", c);
                    default -> one(id, s + " (" + url + ")", t, c);
                };
            }
            case "acronyms" -> {
                Matcher m = ACRONYM.matcher(s);
                while (m.find()) {
                    String a = m.group();
                    int at = t.indexOf(a);
                    boolean inPlaceholder = m.start() > 0 && "%({$".indexOf(s.charAt(m.start() - 1)) >= 0;
                    if (at >= 0 && a.length() >= 2 && !inPlaceholder) {
                        String changed = a.substring(0, 1) + a.substring(1).toLowerCase(Locale.ROOT);
                        if (changed.equals(a)) {
                            changed = a.toLowerCase(Locale.ROOT);
                        }
                        return one(id, s, t.replace(a, changed), c);
                    }
                }
                return null;
            }
            case "length" -> {
                if (s.length() < 40 || t.length() < 40) {
                    return null;
                }
                String[] w = t.split(" ");
                return rnd.nextBoolean() && w.length >= 8
                        ? one(id, s, String.join(" ", java.util.Arrays.copyOf(w, Math.max(1, w.length / 5))), c)
                        : one(id, s, t + " " + t + " " + t, c);
            }
            default -> throw new IllegalArgumentException(c);
        }
    }

    private static List<Segment> one(String id, String s, String t, String c) {
        return List.of(new Segment(id, s, t, c));
    }

    /** The first word of a text in a paired code ({@code ⟨1⟩word⟨/1⟩}). */
    static String wrapFirstWord(String text) {
        Matcher m = WORD.matcher(text);
        if (!m.find()) {
            return text;
        }
        return text.substring(0, m.start()) + "⟨1⟩" + m.group() + "⟨/1⟩" + text.substring(m.end());
    }

    /** Plants an error of {@code kind} into a pair: {source, target}, or null when the pair does not lend itself to it. */
    interface Planter {
        String[] plant(String kind, String source, String target, Random rnd);
    }

    /** The {@code i}-th untouched pair of a part: {source, target}, as is or with a clause converted right. */
    interface Untouched {
        String[] make(int i, String source, String target, Random rnd);
    }

    /**
     * One part of the corpus written apart from the first (ExtraPlants, NewsPlants): real pairs not in
     * {@code used} (clean: 15-300 characters, no codes, no double spaces), shuffled; each kind of
     * {@code kinds} (kind to class) planted into {@code perKind} pairs that lend themselves to it, then as
     * many untouched pairs as planted ones; the pairs taken are added to {@code used}, so a later part
     * takes others. Ids are {@code plantedPrefix} + n and {@code cleanPrefix} + i.
     */
    static List<Segment> part(List<TmData.Pair> pairs, Set<String> used, int perKind, Random rnd, Map<String, String> kinds,
            Planter planter, Untouched untouched, String plantedPrefix, String cleanPrefix) {
        List<TmData.Pair> pool = new ArrayList<>();
        Set<String> seen = new HashSet<>(used);
        for (TmData.Pair p : pairs) {
            if (p.en().length() < 15 || p.en().length() > 300 || p.en().equals(p.de()) || p.en().contains("⟨")
                    || p.de().contains("  ") || p.en().contains("  ") || p.de().endsWith(" ")) {
                continue;
            }
            if (seen.add("s" + QaText.key(p.en())) & seen.add("t" + QaText.key(p.de()))) {
                pool.add(p);
            }
        }
        Collections.shuffle(pool, rnd);
        List<Segment> out = new ArrayList<>();
        Map<String, Integer> done = new LinkedHashMap<>();
        List<TmData.Pair> spare = new ArrayList<>();
        List<TmData.Pair> taken = new ArrayList<>();
        int next = 0;
        int n = 0;
        while (kinds.keySet().stream().anyMatch(k -> done.getOrDefault(k, 0) < perKind) && next < pool.size()) {
            TmData.Pair p = pool.get(next++);
            boolean planted = false;
            for (String kind : kinds.keySet()) {
                if (done.getOrDefault(kind, 0) >= perKind) {
                    continue;
                }
                String[] made = planter.plant(kind, p.en(), p.de(), rnd);
                if (made != null) {
                    out.add(new Segment(plantedPrefix + (++n), made[0], made[1], kinds.get(kind), kind, made.length > 2 ? made[2] : null));
                    taken.add(p);
                    done.merge(kind, 1, Integer::sum);
                    planted = true;
                    break;
                }
            }
            if (!planted) {
                spare.add(p); // lends itself to no kind still wanted: an untouched pair later
            }
        }
        spare.addAll(pool.subList(next, pool.size()));
        int planted = out.size();
        for (int i = 0; i < planted && i < spare.size(); i++) {
            TmData.Pair p = spare.get(i);
            String[] clean = untouched.make(i, p.en(), p.de(), rnd);
            out.add(new Segment(cleanPrefix + i, clean[0], clean[1], null, null, clean.length > 2 ? clean[2] : null));
            taken.add(p);
        }
        for (TmData.Pair p : taken) { // used: not again in a later part
            used.add("s" + QaText.key(p.en()));
            used.add("t" + QaText.key(p.de()));
        }
        Collections.shuffle(out, rnd);
        return out;
    }
}
