package org.tmsh.names;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;

import org.tmsh.common.RuleFiles;
import org.tmsh.common.TmshException;

/**
 * Spellings of a name written in another script, per language and system: Russian and Ukrainian
 * through ICU transforms whose rules are data files ({@code tmsh/names/romanization/*.txt}), Korean
 * through the jamo table {@code ko-jamo.txt} and the family names of {@code ko-surnames.txt}, and
 * the exonyms of {@code tmsh/names/exonyms.txt}. Thread-safe.
 */
public final class Romanizer {

    /** One spelling: the language it is for ("*" for any Latin-script language), the system, the form. */
    public record Variant(String lang, String system, String form) {
    }

    private record Transform(String id, String from, String lang, String system, Transliterator icu) {
    }

    private static final String DIR = "/tmsh/names/romanization/";
    private static final String EXONYMS = "/tmsh/names/exonyms.txt";
    private static final String[] KO_SYSTEMS = {"Revised Romanization", "McCune-Reischauer", "KCNA"};
    private static final String INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    private static final String MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
    private static final String FINALS = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";
    private static final Romanizer STANDARD = new Romanizer();

    private final List<Transform> transforms = new ArrayList<>();
    private final Map<String, String[]> jamo = new HashMap<>();
    private final Map<String, String[]> surnames = new HashMap<>();
    private final Map<String, List<String[]>> exonyms = new HashMap<>();

    private Romanizer() {
        for (RuleFiles.Row row : RuleFiles.read(DIR + "index.txt", 1)) {
            transforms.add(load(row.get(0).trim()));
        }
        for (RuleFiles.Row row : RuleFiles.read(DIR + "ko-jamo.txt", 5)) {
            jamo.put(row.get(0) + ":" + row.get(1), new String[] {row.get(2), row.get(3), row.get(4)});
        }
        for (RuleFiles.Row row : RuleFiles.read(DIR + "ko-surnames.txt", 4)) {
            surnames.put(row.get(0), new String[] {row.get(1), row.get(2), row.get(3)});
        }
        for (RuleFiles.Row row : RuleFiles.read(EXONYMS, 3)) {
            exonyms.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(new String[] {row.get(1), row.get(2)});
        }
    }

    public static Romanizer standard() {
        return STANDARD;
    }

    private static Transform load(String file) {
        String text;
        try (InputStream in = Romanizer.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new TmshException(DIR + file + ": listed in index.txt but missing from the tmsh jar");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TmshException(DIR + file + ": cannot read: " + e.getMessage(), e);
        }
        Map<String, String> head = new HashMap<>();
        StringBuilder rules = new StringBuilder();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (t.startsWith("#")) {
                int colon = t.indexOf(':');
                if (colon > 0) {
                    String key = t.substring(1, colon).strip();
                    if (key.matches("id|from|lang|system|icu")) {
                        head.put(key, t.substring(colon + 1).strip());
                    }
                }
            } else {
                rules.append(line).append('\n');
            }
        }
        for (String k : new String[] {"id", "from", "lang", "system"}) {
            if (!head.containsKey(k)) {
                throw new TmshException(DIR + file + ": header line '# " + k + ": ...' missing");
            }
        }
        Transliterator icu;
        try {
            icu = head.containsKey("icu") ? Transliterator.getInstance(head.get("icu"))
                    : Transliterator.createFromRules(head.get("id"), rules.toString(), Transliterator.FORWARD);
        } catch (IllegalArgumentException e) {
            throw new TmshException(DIR + file + ": bad transform rules: " + e.getMessage(), e);
        }
        return new Transform(head.get("id"), head.get("from"), head.get("lang"), head.get("system"), icu);
    }

    /** The script a name is written in, as a language-neutral code ("Cyrl", "Hang", "Latn" ...). */
    public static String script(String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int s = UScript.getScript(cp);
            if (s != UScript.COMMON && s != UScript.INHERITED) {
                return UScript.getShortName(s);
            }
            i += Character.charCount(cp);
        }
        return "Zyyy";
    }

    /** Originals (in their script) that have {@code form} as an exonym; empty if none. */
    public List<String> originalsOf(String form) {
        List<String> out = new ArrayList<>();
        exonyms.forEach((orig, forms) -> {
            for (String[] f : forms) {
                if (f[1].equalsIgnoreCase(form.strip())) {
                    out.add(orig);
                    return;
                }
            }
        });
        return out;
    }

    /** Every spelling tmsh knows or makes for a name in another script; empty for a Latin-script name. */
    public List<Variant> variants(String original) {
        String name = original.strip();
        Set<Variant> out = new LinkedHashSet<>();
        for (String[] e : exonyms.getOrDefault(name, List.of())) {
            out.add(new Variant(e[0], "exonym", e[1]));
        }
        switch (script(name)) {
            case "Cyrl" -> {
                // a letter only one of the languages has decides; without one, both readings
                boolean ukrainian = name.chars().anyMatch(c -> "іїєґІЇЄҐ".indexOf(c) >= 0);
                boolean russian = name.chars().anyMatch(c -> "ыэъёЫЭЪЁ".indexOf(c) >= 0);
                for (Transform t : transforms) {
                    if ((t.from.equals("uk") && russian) || (t.from.equals("ru") && ukrainian)) {
                        continue;
                    }
                    String form = t.icu.transliterate(" " + name + " ").strip();
                    out.add(new Variant(t.lang, t.system, form));
                }
            }
            case "Hang" -> out.addAll(korean(name));
            default -> {
                // a Latin-script name has no romanization of its own
            }
        }
        return new ArrayList<>(out);
    }

    /** Korean: RR, McCune-Reischauer, KCNA, and the press form (KCNA letters, hyphenated given name). */
    private List<Variant> korean(String name) {
        List<Variant> out = new ArrayList<>();
        String compact = name.replaceAll("\\s+", "");
        String first = compact.substring(0, 1);
        boolean person = compact.length() >= 2 && compact.length() <= 4 && surnames.containsKey(first);
        for (int sys = 0; sys < 3; sys++) {
            List<String> syllables = syllables(compact, sys);
            if (syllables == null) {
                return out;
            }
            if (!person) {
                out.add(new Variant("*", KO_SYSTEMS[sys], capitalize(String.join("", syllables))));
                continue;
            }
            String family = capitalize(syllables.get(0));
            String conventional = surnames.get(first)[sys];
            List<String> given = syllables.subList(1, syllables.size());
            String hyphenated = capitalize(String.join("-", given));
            if (sys == 2) {
                out.add(new Variant("*", "KCNA", family + " " + String.join(" ", given.stream().map(Romanizer::capitalize).toList())));
                out.add(new Variant("*", "press (KCNA letters)", family + " " + hyphenated));
            } else {
                out.add(new Variant("*", KO_SYSTEMS[sys], family + " " + hyphenated));
            }
            if (!conventional.equals("=") && !conventional.equals(family)) {
                out.add(new Variant("*", KO_SYSTEMS[sys] + ", usual family name",
                        conventional + " " + (sys == 2 ? String.join(" ", given.stream().map(Romanizer::capitalize).toList())
                                : hyphenated)));
            }
        }
        return out;
    }

    /** The syllables of a Hangul word in one system, voicing plain consonants after a voiced sound. */
    private List<String> syllables(String word, int sys) {
        List<String> out = new ArrayList<>();
        boolean voicedBefore = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 0xAC00 || c > 0xD7A3) {
                return null;
            }
            int index = c - 0xAC00;
            int l = index / 588;
            int v = (index % 588) / 28;
            int t = index % 28;
            String initial = pick(jamo.get("initial:" + INITIALS.charAt(l))[sys], voicedBefore && i > 0);
            String medial = jamo.get("medial:" + MEDIALS.charAt(v))[sys];
            String fin = t == 0 ? "" : jamo.get("final:" + FINALS.charAt(t))[sys];
            out.add((initial.equals("-") ? "" : initial) + medial + fin);
            voicedBefore = t == 0 || "ㄴㄹㅁㅇ".indexOf(FINALS.charAt(t)) >= 0;
        }
        return out;
    }

    private static String pick(String cell, boolean voiced) {
        int slash = cell.indexOf('/');
        return slash < 0 ? cell : voiced ? cell.substring(slash + 1) : cell.substring(0, slash);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
