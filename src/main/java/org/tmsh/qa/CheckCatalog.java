package org.tmsh.qa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.tmsh.qa.check.AcronymsCheck;
import org.tmsh.qa.check.CharactersCheck;
import org.tmsh.qa.check.UneditedMatchCheck;
import org.tmsh.qa.check.CodesCheck;
import org.tmsh.qa.check.DatesCheck;
import org.tmsh.qa.check.ConsistencyCheck;
import org.tmsh.qa.check.FixedTokensCheck;
import org.tmsh.qa.check.InitialCaseCheck;
import org.tmsh.qa.check.LengthCheck;
import org.tmsh.qa.check.NegationCheck;
import org.tmsh.qa.check.NumbersCheck;
import org.tmsh.qa.check.PunctuationCheck;
import org.tmsh.qa.check.RegexCheck;
import org.tmsh.qa.check.RepeatedWordsCheck;
import org.tmsh.qa.check.SpellingCheck;
import org.tmsh.qa.check.SpacingCheck;
import org.tmsh.qa.check.StatusCheck;
import org.tmsh.qa.check.TermsCheck;
import org.tmsh.qa.check.UntranslatedCheck;

/**
 * The checks tmsh knows, by id: one line each. {@link #create} makes fresh instances for one run,
 * with the profile's options; the terminology check runs only with a glossary.
 */
public final class CheckCatalog {

    private static final Map<String, Function<Profile, Check>> BUILT_IN = new LinkedHashMap<>();

    static {
        BUILT_IN.put("codes", p -> new CodesCheck());
        BUILT_IN.put("numbers", p -> new NumbersCheck());
        BUILT_IN.put("dates", p -> new DatesCheck());
        BUILT_IN.put("untranslated", p -> new UntranslatedCheck());
        BUILT_IN.put("status", p -> new StatusCheck());
        BUILT_IN.put("consistency", p -> new ConsistencyCheck());
        BUILT_IN.put("punctuation", p -> new PunctuationCheck(p.option("punctuation.endAdded", "off").equals("on")));
        BUILT_IN.put("spacing", p -> new SpacingCheck());
        BUILT_IN.put("repeated-words", p -> new RepeatedWordsCheck());
        BUILT_IN.put("spelling", p -> new SpellingCheck());
        BUILT_IN.put("initial-case", p -> new InitialCaseCheck());
        BUILT_IN.put("fixed-tokens", p -> new FixedTokensCheck());
        BUILT_IN.put("characters", p -> new CharactersCheck());
        BUILT_IN.put("unedited-match", p -> new UneditedMatchCheck());
        BUILT_IN.put("acronyms", p -> new AcronymsCheck());
        BUILT_IN.put("negation", p -> new NegationCheck());
        BUILT_IN.put("length", p -> new LengthCheck(p.number("length.spread", 4), (int) p.number("length.minChars", 20),
                (int) p.number("length.minSegments", 30)));
    }

    private CheckCatalog() {
    }

    /** The ids of the built-in checks, and "terms". */
    public static List<String> builtIn() {
        List<String> out = new ArrayList<>();
        out.add("terms");
        out.addAll(BUILT_IN.keySet());
        return out;
    }

    /**
     * Fresh checks for one run: those of {@code ids} (null: those the profile turns on), terminology only
     * when {@code terms} is given, the profile's regular-expression checks by their ids.
     */
    public static List<Check> create(Profile profile, TermChecker terms, List<String> ids) {
        return create(profile, terms, ids, null);
    }

    /**
     * {@link #create(Profile, TermChecker, List)}, the spelling check taking the words of {@code memory} (the
     * confirmed targets of the memory the run names, filled during the run; null: none) as known.
     */
    public static List<Check> create(Profile profile, TermChecker terms, List<String> ids, Vocabulary memory) {
        List<Check> out = new ArrayList<>();
        for (String id : profile.checkIds()) {
            if (ids == null ? !profile.on(id) : !ids.contains(id)) {
                continue;
            }
            if (id.equals("terms")) {
                if (terms != null) {
                    out.add(new TermsCheck(terms));
                }
            } else if (id.equals("spelling") && (terms != null || memory != null)) {
                // the glossary's names and the memory's confirmed words are known words
                out.add(new SpellingCheck(terms == null ? java.util.Set.of() : terms.words(), memory));
            } else if (BUILT_IN.containsKey(id)) {
                out.add(BUILT_IN.get(id).apply(profile));
            } else {
                for (RegexCheck r : profile.regexes()) {
                    if (r.id().equals(id)) {
                        out.add(r);
                    }
                }
            }
        }
        return out;
    }
}
