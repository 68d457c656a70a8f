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
import org.tmsh.qa.Vocabulary;

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
    private static final Pattern PAIRED = Pattern.compile("⟨/?\\d+⟩");
    private static final Pattern HOTKEY = Pattern.compile("(?<=\\p{L})[_~](?=\\p{L})|(?<![\\p{L}\\p{N}])[_~](?=\\p{L})");
    private static final Pattern SLASHED = Pattern.compile("\\p{L}{3,}-?(?:/\\p{L}{3,}-?)*/\\p{L}{3,}");
    private static final Pattern HYPHENED_NUMBER = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Map<String, Set<String>> NAMES = new java.util.concurrent.ConcurrentHashMap<>();
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
    private final org.tmsh.qa.LoanWords loans = org.tmsh.qa.LoanWords.standard();
    /** The current segment's source stems (null until a word needs them). */
    private org.tmsh.qa.LoanWords.Source segmentLoans;
    private final Set<String> glossaryWords;
    private final Vocabulary memory;

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
        this(glossaryWords, null);
    }

    /**
     * @param glossaryWords as above
     * @param memory        the words of the confirmed targets of the memory the run names (null: none), filled
     *                      during the run and read when it ends: a word a confirmed target wrote is no misspelling
     */
    public SpellingCheck(Set<String> glossaryWords, Vocabulary memory) {
        super("spelling", Finding.Severity.WARNING);
        this.glossaryWords = Set.copyOf(glossaryWords);
        this.memory = memory;
    }

    @Override
    protected void checkTarget(QaSegment s, Consumer<Finding> out) {
        String lang = s.tgtLang() == null ? "" : s.tgtLang();
        Optional<Hunspell> speller = spellers.computeIfAbsent(lang, Spellers::of);
        if (speller.isEmpty()) {
            return;
        }
        // a paired code marks formatting inside the text ("⟨1⟩Rechnungs⟨/1⟩-Informationen"): it joins; a placeholder parts
        String source = CODE.matcher(PAIRED.matcher(s.source()).replaceAll("")).replaceAll(" ");
        String tgt = Tokens.withoutFixed(CODE.matcher(PAIRED.matcher(s.target()).replaceAll("")).replaceAll(" "));
        Set<String> sourceWords = sourceWords(source);
        if (HOTKEY.matcher(source).find()) { // a user interface string with its access keys ("_Usage", "Ben_utzung")
            tgt = HOTKEY.matcher(tgt).replaceAll("");
            sourceWords.addAll(sourceWords(HOTKEY.matcher(source).replaceAll(""))); // "doc_ids" kept as "docids"
        }
        boolean nounsCapital = CAPITAL_NOUNS.contains(QaSegment.primary(lang));
        segmentLoans = null;
        Set<String> seen = new HashSet<>();
        Matcher m = WORD.matcher(tgt);
        while (m.find()) {
            String token = m.group();
            boolean openEnd = m.end() < tgt.length() && tgt.charAt(m.end()) == '-'; // "Rechnungs- oder": a compound's head
            boolean dotAfter = m.end() < tgt.length() && tgt.charAt(m.end()) == '.'; // "inkl.", "einschl."
            List<String> pieces = new ArrayList<>();
            if (token.indexOf('/') >= 0 && SLASHED.matcher(token).matches()) {
                pieces.addAll(List.of(token.split("/"))); // "Ein-/Ausgabe", "und/oder"; not "km/h", "Mbit/s"
            } else if (notAWord(token)) {
                if (HYPHENED_NUMBER.matcher(token).matches()) {
                    pieces.add(token); // "3D-Ansicht", "5-Euro-Schein": the parts without digits are words
                } else {
                    continue; // a code, a file name, a path
                }
            } else {
                pieces.add(token);
            }
            for (int k = 0; k < pieces.size(); k++) {
                String piece = withoutPossessiveOrDot(pieces.get(k));
                if (nounsCapital && (piece.indexOf('\'') > 0 || piece.indexOf('’') > 0)) {
                    continue; // "Gauß'sche", "boole'sche": a name's adjective
                }
                boolean last = k + 1 == pieces.size();
                boolean pieceOpen = pieces.get(k).endsWith("-") || last && openEnd;
                String[] parts = piece.split("-");
                boolean afterNumber = false;
                for (int pi = 0; pi < parts.length; pi++) {
                    String part = withoutQuotesAround(parts[pi]);
                    if (part.isEmpty() || part.chars().anyMatch(Character::isDigit)) {
                        afterNumber = !part.isEmpty();
                        continue;
                    }
                    if (afterNumber && Character.isLowerCase(part.charAt(0))) {
                        afterNumber = false;
                        continue; // "10-fach", "3-seitig": a suffix bound to the number
                    }
                    afterNumber = false;
                    boolean head = nounsCapital && (pi + 1 < parts.length || pieceOpen); // "Herkunfts-", "Farb-": a compound's first part
                    String lower = part.toLowerCase(Locale.ROOT);
                    if (!seen.add(lower)) {
                        continue;
                    }
                    segmentsWriting.merge(lower, 1, Integer::sum);
                    if (!lookUp(part, nounsCapital) || sourceWords.contains(lower) || sourceWords.contains(folded(lower))
                            || inGlossary(lower) || names(lang).contains(lower)) {
                        continue;
                    }
                    boolean abbreviation = last && pi + 1 == parts.length && dotAfter && speller.get().spell(part + ".");
                    if (!abbreviation && !(head ? knownHead(lang, speller.get(), part) : known(lang, speller.get(), part))
                            && !loans(sourceWords, s.srcLang(), lang).borrowed(part)
                            && !(nounsCapital && withSourcePart(lang, speller.get(), part, sourceWords, s.srcLang()))) {
                        unknown.add(new Unknown(s, part, lang));
                    }
                }
            }
        }
    }

    /**
     * Whether a token is a code, a file name or a path rather than a word: a digit or number sign, {@code _ @ /}, or a
     * dot before a letter inside (a character loop rather than a pattern: it runs for every word).
     */
    static boolean notAWord(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            int type = Character.getType(c);
            if (type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER
                    || c == '_' || c == '@' || c == '/' || c == '.' && i + 1 < token.length() && Character.isLetter(token.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The word without a possessive "'s" or one closing dot. */
    static String withoutPossessiveOrDot(String w) {
        if (w.endsWith(".")) {
            return w.substring(0, w.length() - 1);
        }
        if (w.length() >= 2 && w.charAt(w.length() - 1) == 's' && (w.charAt(w.length() - 2) == '\'' || w.charAt(w.length() - 2) == '’')) {
            return w.substring(0, w.length() - 2);
        }
        return w;
    }

    /** The word without apostrophes at its edges. */
    static String withoutQuotesAround(String w) {
        int a = 0;
        int b = w.length();
        while (a < b && (w.charAt(a) == '\'' || w.charAt(a) == '’')) {
            a++;
        }
        while (b > a && (w.charAt(b - 1) == '\'' || w.charAt(b - 1) == '’')) {
            b--;
        }
        return w.substring(a, b);
    }

    /** The segment's source stems for {@link org.tmsh.qa.LoanWords}, read at the first unknown word of the segment. */
    private org.tmsh.qa.LoanWords.Source loans(Set<String> sourceWords, String srcLang, String lang) {
        if (segmentLoans == null) {
            segmentLoans = loans.of(sourceWords, srcLang, lang);
        }
        return segmentLoans;
    }

    /** The source's words, lower case, as the target's are cut and split at every sign, with and without accents. */
    private static Set<String> sourceWords(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        Set<String> out = new HashSet<>(List.of(SOURCE_SPLIT.split(lower)));
        Matcher m = WORD.matcher(lower);
        while (m.find()) {
            out.add(m.group()); // "don't", "e-mail" as a target writes them
        }
        if (!java.text.Normalizer.isNormalized(lower, java.text.Normalizer.Form.NFD) || lower.chars().anyMatch(c -> c > 0x7F)) {
            for (String w : List.copyOf(out)) {
                out.add(folded(w));
            }
        }
        return out;
    }

    /** A word without its accents ("Bézier" is "Bezier"): a name the source writes without them. */
    private static String folded(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) > 0x7F) {
                return MARKS.matcher(java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return w;
    }

    /**
     * The words of the names ICU4J's locale data gives in a language for languages, scripts, countries and
     * currencies ("Sardisch", "Okzitanisch", "Aserbaidschan"), lower case, with the endings an adjective or a
     * genitive adds: names the dictionaries lack, not misspellings.
     */
    static Set<String> names(String lang) {
        return NAMES.computeIfAbsent(QaSegment.primary(lang), l -> {
            Set<String> out = new HashSet<>();
            com.ibm.icu.util.ULocale in = com.ibm.icu.util.ULocale.forLanguageTag(l);
            List<String> shown = new ArrayList<>();
            for (String code : com.ibm.icu.util.ULocale.getISOLanguages()) {
                shown.add(com.ibm.icu.util.ULocale.getDisplayLanguage(code, in));
            }
            for (String code : com.ibm.icu.util.ULocale.getISOCountries()) {
                shown.add(com.ibm.icu.util.ULocale.getDisplayCountry("und-" + code, in));
            }
            for (com.ibm.icu.util.ULocale u : com.ibm.icu.util.ULocale.getAvailableLocales()) {
                shown.add(u.getDisplayScript(in));
            }
            for (com.ibm.icu.util.Currency c : com.ibm.icu.util.Currency.getAvailableCurrencies()) {
                shown.add(c.getDisplayName(in.toLocale()));
            }
            for (String name : shown) {
                for (String w : SOURCE_SPLIT.split(name.toLowerCase(Locale.ROOT))) {
                    if (w.length() >= 4) {
                        out.add(w);
                        for (String e : List.of("e", "en", "er", "es", "n", "s")) {
                            out.add(w + e);
                        }
                    }
                }
            }
            return Set.copyOf(out);
        });
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
     * A compound of a word of the source (as written or taken over: {@link org.tmsh.qa.LoanWords}) and a known word,
     * in either order, in a language that writes compounds as one word: "Untertiteldekoder" (decoder), "Dragmodus"
     * (drag), "Fontworkschatten" (Fontwork), "Bézierkurven" (Bézier). Parts of three letters or more, a known part
     * after a source word of five or more ("numericshen" is no "numeric" and "Shen").
     */
    private boolean withSourcePart(String lang, Hunspell h, String word, Set<String> sourceWords, String srcLang) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (int i = 3; i + 3 <= lower.length(); i++) {
            String head = lower.substring(0, i);
            String tail = lower.substring(i);
            String tailNoun = Character.toUpperCase(tail.charAt(0)) + tail.substring(1);
            boolean headSource = sourceWords.contains(head) || head.length() >= 4 && loans(sourceWords, srcLang, lang).borrowed(head);
            boolean tailSource = sourceWords.contains(tail) || tail.length() >= 5 && loans(sourceWords, srcLang, lang).borrowed(tail);
            if (headSource && (tailSource || tail.length() >= 5 && (known(lang, h, tailNoun) || known(lang, h, tail)))
                    || tailSource && knownHead(lang, h, Character.toUpperCase(head.charAt(0)) + head.substring(1))) {
                return true;
            }
        }
        return false;
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
            if (segmentsWriting.getOrDefault(u.word.toLowerCase(Locale.ROOT), 0) >= COMMON
                    || memory != null && memory.contains(u.word, u.lang)) {
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
