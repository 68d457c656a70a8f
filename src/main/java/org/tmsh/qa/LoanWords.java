package org.tmsh.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.tmsh.common.RuleFiles;

/**
 * Words of the source that the target takes over and inflects as its own ("rendered" / "gerenderte", "encoded" /
 * "encodierten", "octal" / "oktaler"): the text's terms, which a dictionary of the target language lacks, not
 * misspellings. Data: {@code loanwords.txt} (each language's endings, the target's prefixes and the letters its
 * borrowings write otherwise). A target word is borrowed when, less a prefix and an ending of the target language
 * and written with the target's letters, it is the stem of a source word less an ending of the source language
 * (stems of four letters or more; words of five or more).
 */
public final class LoanWords {

    private static volatile LoanWords standard;
    private final Map<String, List<String>> endings = new HashMap<>();
    private final Map<String, List<String>> prefixes = new HashMap<>();
    private final Map<String, List<String[]>> spellings = new HashMap<>();

    private LoanWords() {
        for (RuleFiles.Row r : RuleFiles.read("/tmsh/qa/loanwords.txt", 3)) {
            List<String> values = new ArrayList<>();
            for (String v : r.get(2).split(",")) {
                values.add(v.strip().toLowerCase(Locale.ROOT));
            }
            switch (r.get(1)) {
                case "ending" -> endings.computeIfAbsent(r.get(0), k -> new ArrayList<>()).addAll(values);
                case "prefix" -> prefixes.computeIfAbsent(r.get(0), k -> new ArrayList<>()).addAll(values);
                case "spelling" -> {
                    for (String v : values) {
                        int gt = v.indexOf('>');
                        if (gt <= 0) {
                            throw new IllegalStateException("loanwords.txt line " + r.line() + ": a spelling is FROM>TO");
                        }
                        spellings.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(new String[] {v.substring(0, gt), v.substring(gt + 1)});
                    }
                }
                default -> throw new IllegalStateException("loanwords.txt line " + r.line() + ": unknown kind " + r.get(1));
            }
        }
        endings.values().forEach(l -> l.add(""));
    }

    /** The data of tmsh's file, read once. */
    public static LoanWords standard() {
        LoanWords l = standard;
        if (l == null) {
            synchronized (LoanWords.class) {
                if (standard == null) {
                    standard = new LoanWords();
                }
                l = standard;
            }
        }
        return l;
    }

    /** Whether {@code word} of the target (language {@code tgtLang}) is one of {@code sourceWords} (lower case) taken over. */
    public boolean borrowed(String word, Set<String> sourceWords, String srcLang, String tgtLang) {
        return of(sourceWords, srcLang, tgtLang).borrowed(word);
    }

    /**
     * The stems of one segment's source words, read once, so that each target word (and each part a compound is
     * tried at) is one look-up: the words are read again for every word asked about otherwise.
     */
    public Source of(Set<String> sourceWords, String srcLang, String tgtLang) {
        String tl = QaSegment.primary(tgtLang);
        Set<String> stems = new HashSet<>();
        if (endings.containsKey(tl)) {
            List<String> sourceEndings = endings.getOrDefault(QaSegment.primary(srcLang), List.of(""));
            List<String> written = new ArrayList<>(sourceEndings.size());
            for (String e : sourceEndings) {
                written.add(letters(e, tl));
            }
            for (String u : sourceWords) {
                if (u.length() < 4 || !u.chars().allMatch(Character::isLetter)) {
                    continue;
                }
                String n = letters(u, tl);
                for (String e : written) {
                    String stem = e.isEmpty() ? n : n.endsWith(e) ? n.substring(0, n.length() - e.length()) : null;
                    if (stem != null && stem.length() >= 4) {
                        stems.add(stem);
                    }
                }
            }
        }
        return new Source(tl, stems);
    }

    /** One segment's source stems, written with the target language's letters. */
    public final class Source {

        private final String tl;
        private final Set<String> stems;

        private Source(String tl, Set<String> stems) {
            this.tl = tl;
            this.stems = stems;
        }

        /** Whether {@code word} of the target is one of the source's words taken over and inflected. */
        public boolean borrowed(String word) {
            if (word.length() < 5 || stems.isEmpty()) {
                return false;
            }
            String t = letters(word.toLowerCase(Locale.ROOT), tl);
            if (ends(t)) {
                return true;
            }
            for (String p : prefixes.getOrDefault(tl, List.of())) {
                if (t.startsWith(p) && t.length() - p.length() >= 5 && ends(t.substring(p.length()))) {
                    return true;
                }
            }
            return false;
        }

        private boolean ends(String f) {
            for (String e : writtenEndings(tl)) {
                if (f.endsWith(e) && stems.contains(f.substring(0, f.length() - e.length()))) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Map<String, List<String>> writtenEndings = new java.util.concurrent.ConcurrentHashMap<>();

    /** A language's endings written with its own letters. */
    private List<String> writtenEndings(String tl) {
        return writtenEndings.computeIfAbsent(tl, l -> {
            List<String> out = new ArrayList<>();
            for (String raw : endings.get(l)) {
                out.add(letters(raw, l));
            }
            return out;
        });
    }

    /** The word written with the target language's letters ("octal" as "oktal", "unär" as "unar"). */
    private String letters(String w, String tl) {
        String out = w;
        for (String[] s : spellings.getOrDefault(tl, List.of())) {
            out = out.replace(s[0], s[1]);
        }
        return out;
    }
}
