package org.tmsh.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tmsh.common.RuleFiles;

/**
 * Korean (Hangul) in three systems - Revised Romanization, McCune-Reischauer, KCNA - and the press
 * form (KCNA letters, hyphenated given name), from the jamo table ({@code ko-jamo.txt}: plain and
 * voiced consonants) and the conventional spellings of family names ({@code ko-surnames.txt}).
 * A name whose first syllable is a family name is laid out as family name and given name.
 */
final class HangulRomanization implements Romanization {

    private static final String[] KO_SYSTEMS = {"Revised Romanization", "McCune-Reischauer", "KCNA"};
    private static final String INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    private static final String MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
    private static final String FINALS = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";

    private final String script;
    private final Map<String, String[]> jamo = new HashMap<>();
    private final Map<String, String[]> surnames = new HashMap<>();

    /** {@code jamoTable}: the jamo file; the family names are in {@code ko-surnames.txt} beside it. */
    HangulRomanization(String script, String jamoTable) {
        this.script = script;
        for (RuleFiles.Row row : RuleFiles.read(jamoTable, 5)) {
            jamo.put(row.get(0) + ":" + row.get(1), new String[] {row.get(2), row.get(3), row.get(4)});
        }
        String dir = jamoTable.substring(0, jamoTable.lastIndexOf('/') + 1);
        for (RuleFiles.Row row : RuleFiles.read(dir + "ko-surnames.txt", 4)) {
            surnames.put(row.get(0), new String[] {row.get(1), row.get(2), row.get(3)});
        }
    }

    @Override
    public String script() {
        return script;
    }

    @Override
    public List<Romanizer.Variant> variants(String name) {
        return korean(name);
    }

    /** Korean: RR, McCune-Reischauer, KCNA, and the press form (KCNA letters, hyphenated given name). */
    private List<Romanizer.Variant> korean(String name) {
        List<Romanizer.Variant> out = new ArrayList<>();
        String compact = name.replaceAll("\\s+", "");
        String first = compact.substring(0, 1);
        boolean person = compact.length() >= 2 && compact.length() <= 4 && surnames.containsKey(first);
        for (int sys = 0; sys < 3; sys++) {
            List<String> syllables = syllables(compact, sys);
            if (syllables == null) {
                return out;
            }
            if (!person) {
                out.add(koreanVariant(KO_SYSTEMS[sys], capitalize(String.join("", syllables))));
                continue;
            }
            String family = capitalize(syllables.get(0));
            String conventional = surnames.get(first)[sys];
            List<String> given = syllables.subList(1, syllables.size());
            String hyphenated = capitalize(String.join("-", given));
            if (sys == 2) {
                out.add(koreanVariant("KCNA", family + " " + String.join(" ", given.stream().map(HangulRomanization::capitalize).toList())));
                out.add(koreanVariant("press (KCNA letters)", family + " " + hyphenated));
            } else {
                out.add(koreanVariant(KO_SYSTEMS[sys], family + " " + hyphenated));
            }
            if (!conventional.equals("=") && !conventional.equals(family)) {
                out.add(koreanVariant(KO_SYSTEMS[sys] + ", usual family name",
                        conventional + " " + (sys == 2 ? String.join(" ", given.stream().map(HangulRomanization::capitalize).toList())
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

    /** A Korean reading of the name in {@code system}. */
    private static Romanizer.Variant koreanVariant(String system, String form) {
        return new Romanizer.Variant("*", system, form, "ko", "Korean, " + system);
    }
}
