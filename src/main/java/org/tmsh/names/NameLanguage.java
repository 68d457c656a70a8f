package org.tmsh.names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.common.RuleFiles;

/**
 * The language a name in another script is written in, so that {@code term variants} reads it in the
 * rules of its own language first: Ukrainian "Зеленський" before its Russian readings. A script that one
 * language of the romanizations writes (Hangul, Greek) gives that language; for a script several share
 * (Cyrillic), the letters only one of them writes decide (Ukrainian і ї є ґ, Russian ы э ъ ё), else the
 * spellings typical of one (Ukrainian -ський, -енко; Russian -ский, -ов), from
 * {@code tmsh/names/name-languages.txt}.
 *
 * <p>NOTE: a cue, not a language identifier: a name with no deciding letter and no typical ending
 * (Москва) stays open, and the answer says so; a Russian name of Ukrainian form (-енко) reads as Ukrainian.
 */
public final class NameLanguage {

    /** The language found (null: open), the languages considered in order, and why. */
    public record Guess(String lang, List<String> order, String why) {
    }

    private record Cue(String script, String lang, String letters, Pattern pattern) {
    }

    private static final NameLanguage STANDARD = new NameLanguage("/tmsh/names/name-languages.txt");

    private final List<Cue> cues = new ArrayList<>();

    NameLanguage(String resource) {
        for (RuleFiles.Row row : RuleFiles.read(resource, 4)) {
            cues.add(new Cue(row.get(0).strip(), row.get(1).strip(), row.get(2).strip(),
                    Pattern.compile(row.get(3).strip(), Pattern.UNICODE_CHARACTER_CLASS)));
        }
    }

    public static NameLanguage standard() {
        return STANDARD;
    }

    /**
     * The language of {@code name}, given the languages {@code languages} that read its script (in the
     * order of the romanizations): the only one, or the one its letters and spellings point to.
     */
    public Guess guess(String name, List<String> languages) {
        List<String> langs = new ArrayList<>(new LinkedHashSet<>(languages));
        if (langs.isEmpty()) {
            return new Guess(null, List.of(), "no romanization reads its script");
        }
        String script = Romanizer.script(name);
        String lower = name.toLowerCase(Locale.ROOT);
        Map<String, Integer> score = new LinkedHashMap<>();
        Map<String, List<String>> because = new LinkedHashMap<>();
        for (Cue c : cues) {
            if (!c.script().equals(script) || !langs.contains(c.lang())) {
                continue;
            }
            int s = 0;
            List<String> why = new ArrayList<>();
            Set<String> letters = new LinkedHashSet<>();
            lower.codePoints().filter(cp -> c.letters().indexOf(cp) >= 0).forEach(cp -> letters.add(Character.toString(cp)));
            if (!letters.isEmpty()) {
                s += 10 * letters.size();
                why.add("the letter" + (letters.size() == 1 ? " " : "s ") + String.join(" ", letters));
            }
            Matcher m = c.pattern().matcher(lower);
            while (m.find()) {
                s++;
                why.add("-" + m.group().replaceAll("^[^\\p{L}]+", ""));
            }
            score.merge(c.lang(), s, Integer::sum);
            because.computeIfAbsent(c.lang(), k -> new ArrayList<>()).addAll(why);
        }
        String best = null;
        int top = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : score.entrySet()) {
            if (e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
                tie = false;
            } else if (e.getValue() == top && top > 0) {
                tie = true;
            }
        }
        if (langs.size() == 1) {
            // the others' rules refused it (their not-if letters): say what decided, where a cue names it
            List<String> why = because.getOrDefault(langs.get(0), List.of());
            return new Guess(langs.get(0), langs, why.isEmpty() ? "the only language of its script that tmsh reads"
                    : String.join(", ", why) + " (" + name(langs.get(0)) + ")");
        }
        if (best == null || tie) {
            return new Guess(null, langs, "nothing in the spelling tells " + names(langs) + " apart");
        }
        List<String> order = new ArrayList<>();
        order.add(best);
        langs.stream().filter(l -> !l.equals(order.get(0))).forEach(order::add);
        return new Guess(best, order, String.join(", ", because.get(best)) + " (" + name(best) + ")");
    }

    /** The English name of a language ("Ukrainian"). */
    public static String name(String lang) {
        return Locale.forLanguageTag(lang).getDisplayLanguage(Locale.ENGLISH);
    }

    private static String names(List<String> langs) {
        return String.join(" and ", langs.stream().map(NameLanguage::name).toList());
    }
}
