package org.tmsh.qa.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.hunspell.Hunspell;
import org.tmsh.qa.Compounds;
import org.tmsh.qa.Finding;
import org.tmsh.qa.QaSegment;
import org.tmsh.qa.Spellers;
import org.tmsh.qa.TargetCheck;
import org.tmsh.qa.Tokens;

/**
 * Words of the target that the target language's Hunspell dictionary ({@link Spellers}) does not know.
 * Kept low in false alarms for news and software texts: a word is not looked up when it is short (under 4
 * letters), has a digit or another sign inside, is written in capitals (an acronym) or with a capital inside
 * (CamelCase, "iPhone"), stands in the source too (names and kept terms), or, in a language that does not
 * write its nouns with a capital, opens with one (a name: "Lavrov"; so a misspelt word opening an English sentence is
 * not seen); a possessive "'s" is
 * cut off, each part of a hyphenated word is looked up alone ("CDU-Vorsitzende"). Words the run's targets
 * write in {@value #COMMON} or more segments are taken for the files' own vocabulary (terms, names) and not
 * reported, so the findings come at the end of the run. The dictionary's suggestions are given for the first
 * {@value #SUGGESTED} words. A language without a dictionary is said once and not checked. Warning.
 */
public final class SpellingCheck extends TargetCheck {

    static final int COMMON = 3;
    static final int SUGGESTED = 25;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’._@/-]*[\\p{L}\\p{N}]|\\p{L}");
    private static final Pattern CODE = Pattern.compile("⟨[^⟩]*⟩");
    private static final Pattern NOT_A_WORD = Pattern.compile(".*[\\p{N}_@/].*|.*\\.\\p{L}.*");
    private static final Pattern POSSESSIVE_OR_DOT = Pattern.compile("['’]s$|\\.$");
    private static final Pattern QUOTES_AROUND = Pattern.compile("^['’]+|['’]+$");
    private static final Pattern SOURCE_SPLIT = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");
    /** Endings an inflected name may take after its glossary form ("Lawrows", "Merkels"). */
    private static final List<String> NAME_ENDINGS = List.of("s", "es", "'s", "’s", "n", "en");
    private static final Set<String> CAPITAL_NOUNS = Set.of("de", "lb");

    private final Map<String, Optional<Hunspell>> spellers = new HashMap<>();
    private final Map<String, Integer> segmentsWriting = new HashMap<>();
    private final List<Unknown> unknown = new ArrayList<>();
    private final Map<String, Boolean> known = new HashMap<>();
    private final Map<String, List<Hunspell>> dictionaries = new HashMap<>();
    private final Compounds compounds = Compounds.standard();
    private final Set<String> glossaryWords;

    /** A word the dictionary does not know, in one segment. */
    private record Unknown(QaSegment segment, String word, String lang) {
    }

    public SpellingCheck() {
        this(Set.of());
    }

    /**
     * @param glossaryWords the words of the run's glossary terms, lower case: names and terms in a spelling the
     *                      dictionary lacks ("Lawrow", "Choe") are the glossary's to judge (the terms check), not misspellings
     */
    public SpellingCheck(Set<String> glossaryWords) {
        super("spelling", Finding.Severity.WARNING);
        this.glossaryWords = Set.copyOf(glossaryWords);
    }

    @Override
    protected void checkTarget(QaSegment s, Consumer<Finding> out) {
        String lang = s.tgtLang() == null ? "" : s.tgtLang();
        Optional<Hunspell> speller = spellers.computeIfAbsent(lang, Spellers::of);
        if (speller.isEmpty()) {
            return;
        }
        String src = CODE.matcher(s.source()).replaceAll(" ").toLowerCase(Locale.ROOT);
        Set<String> sourceWords = new HashSet<>(List.of(SOURCE_SPLIT.split(src)));
        String tgt = Tokens.withoutFixed(CODE.matcher(s.target()).replaceAll(" "));
        boolean nounsCapital = CAPITAL_NOUNS.contains(QaSegment.primary(lang));
        Set<String> seen = new HashSet<>();
        Matcher m = WORD.matcher(tgt);
        while (m.find()) {
            String token = m.group();
            if (NOT_A_WORD.matcher(token).matches()) {
                continue; // a code, a file name, a number with a word
            }
            token = POSSESSIVE_OR_DOT.matcher(token).replaceAll("");
            if (nounsCapital && (token.indexOf('\'') > 0 || token.indexOf('’') > 0)) {
                continue; // "Gauß'sche", "boole'sche": a name's adjective
            }
            String[] parts = token.split("-");
            for (int pi = 0; pi < parts.length; pi++) {
                String part = QUOTES_AROUND.matcher(parts[pi]).replaceAll("");
                boolean head = pi + 1 < parts.length && nounsCapital; // "Herkunfts-", "Farb-": a compound's first part
                String lower = part.toLowerCase(Locale.ROOT);
                if (!seen.add(lower)) {
                    continue;
                }
                segmentsWriting.merge(lower, 1, Integer::sum);
                if (!lookUp(part, nounsCapital) || sourceWords.contains(lower) || inGlossary(lower)) {
                    continue;
                }
                if (part.isEmpty() || !(head ? knownHead(lang, speller.get(), part) : known(lang, speller.get(), part))) {
                    unknown.add(new Unknown(s, part, lang));
                }
            }
        }
    }

    /** Whether the dictionary knows a word, or the word is a compound of known words; remembered for the run. */
    private boolean known(String lang, Hunspell h, String word) {
        return known.computeIfAbsent(word, w -> {
            if (h.spell(w)) {
                return true;
            }
            List<Hunspell> all = dictionaries.computeIfAbsent(lang, l -> {
                List<Hunspell> list = new ArrayList<>(List.of(h));
                compounds.of(l).borrows().forEach(b -> Spellers.of(b).ifPresent(list::add));
                if (!l.contains("-") && !l.contains("_")) { // "en" names no region: British and American spellings are both right
                    compounds.of(l).variants().forEach(b -> Spellers.of(b).ifPresent(list::add));
                }
                return list;
            });
            return all.size() > 1 && Compounds.Rules.knows(all.subList(1, all.size()), w) || compounds.of(lang).isCompound(all, w, 0);
        });
    }

    /**
     * A part before a hyphen in a compound language: known as a word, or as the stem of one ("Farb-" of
     * "Farbe", "Sortier-" of "sortieren"), or with its linking element ("Rechnungs-").
     */
    private boolean knownHead(String lang, Hunspell h, String part) {
        if (known(lang, h, part)) {
            return true;
        }
        for (String end : List.of("e", "en", "n")) {
            if (known(lang, h, part + end)) {
                return true;
            }
        }
        for (String l : compounds.of(lang).linkers()) {
            if (part.length() - l.length() >= 3 && part.endsWith(l) && known(lang, h, part.substring(0, part.length() - l.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is a glossary term's word, as written or with an inflection's ending. */
    private boolean inGlossary(String lower) {
        if (glossaryWords.isEmpty()) {
            return false;
        }
        if (glossaryWords.contains(lower)) {
            return true;
        }
        for (String end : NAME_ENDINGS) {
            if (lower.length() > end.length() + 2 && lower.endsWith(end)
                    && glossaryWords.contains(lower.substring(0, lower.length() - end.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is one to look up at all. */
    private static boolean lookUp(String w, boolean nounsCapital) {
        if (w.length() < 4 || !w.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '’' || Character.getType(c)
                == Character.NON_SPACING_MARK)) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return false; // capitals (NATO), a capital inside (LibreOffice, iPhone)
            }
        }
        return !(Character.isUpperCase(w.charAt(0)) && !nounsCapital);
    }

    @Override
    public void finish(Consumer<Finding> out) {
        int suggested = 0;
        for (Unknown u : unknown) {
            if (segmentsWriting.getOrDefault(u.word.toLowerCase(Locale.ROOT), 0) >= COMMON) {
                continue;
            }
            String suggestion = null;
            if (suggested++ < SUGGESTED) {
                List<String> s = spellers.get(u.lang).get().suggest(u.word);
                suggestion = s.isEmpty() ? null : String.join(", ", s.subList(0, Math.min(3, s.size())));
            }
            out.accept(Finding.of(id(), severity(), u.segment, null, u.word, "'" + u.word + "' is not in the " + u.lang
                    + " dictionary", suggestion));
        }
        unknown.clear();
    }
}
