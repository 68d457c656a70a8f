package org.tmsh.jobs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tmsh.common.TmshException;
import org.tmsh.match.Folding;
import org.tmsh.match.Token;
import org.tmsh.match.Tokenizer;
import org.tmsh.memory.Match;
import org.tmsh.memory.SearchOptions;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;

/**
 * Fuzzy look-up in a TM. Without languages, the query's language is the TM language whose side
 * shares more of the query's words (each of its longest distinct words looked up in that side);
 * a tie keeps the TM's source language. The outcome says which side was searched and why.
 */
public final class SearchJob {

    /** Most query words looked up to tell the language: the longest, which say most. */
    static final int PROBE_WORDS = 8;

    /** The query, the TM, the languages (null: detected / the TM's other one), the lowest percentage and most matches. */
    public record Request(String text, String tm, String sourceLang, String targetLang, int min, int max,
                          List<String> filters, List<String> penalties) {

        /** A look-up with the TM's default filters and penalties. */
        public Request(String text, String tm, String sourceLang, String targetLang, int min, int max) {
            this(text, tm, sourceLang, targetLang, min, max, List.of(), List.of());
        }
    }

    /**
     * The side searched and the other one, the shared-word counts per language when the source was
     * detected (empty when it was given), and the matches.
     */
    public record Outcome(String tm, String sourceLang, String targetLang, Map<String, Integer> sharedWords,
                          List<Match> matches) {
    }

    private final TmLibrary library;
    private final Tokenizer tokenizer = Tokenizer.standard();

    public SearchJob(TmLibrary library) {
        this.library = library;
    }

    public Outcome run(Request req) {
        if (req.min() < 0 || req.min() > 100 || req.max() < 1) {
            throw new TmshException("tm search: --min must be 0 to 100 and --max at least 1");
        }
        org.tmsh.document.InputLimits.current().checkQuery("tm search: the text", req.text());
        TranslationMemory tm = library.open(TmLibrary.checkName(req.tm()));
        SearchOptions options = library.searchOptions(tm.name(), req.filters(), req.penalties());
        String src = req.sourceLang();
        Map<String, Integer> shared = Map.of();
        if (src == null && req.targetLang() == null) {
            shared = sharedWords(tm, req.text());
            String declared = TmRead.of(tm, () -> tm.resolveLanguages(null, null))[0];
            src = declared;
            int best = shared.getOrDefault(declared, 0);
            for (Map.Entry<String, Integer> e : shared.entrySet()) {
                if (e.getValue() > best) {
                    best = e.getValue();
                    src = e.getKey();
                }
            }
        }
        String s = src;
        String[] langs = TmRead.of(tm, () -> tm.resolveLanguages(s, req.targetLang()));
        List<Match> matches = TmRead.of(tm, () -> tm.search(req.text(), langs[0], langs[1], req.min(), req.max(), options));
        return new Outcome(tm.name(), langs[0], langs[1], shared, matches);
    }

    /** For each language of the TM, how many of the query's longest words occur on its side. */
    private Map<String, Integer> sharedWords(TranslationMemory tm, String text) {
        Set<String> words = new LinkedHashSet<>();
        for (Token t : tokenizer.tokens(text)) {
            if (t.kind() == Token.Kind.WORD && t.text().length() >= 3) {
                words.add(Folding.fold(t.text()));
            }
        }
        List<String> probe = new ArrayList<>(words);
        probe.sort(Comparator.comparingInt(String::length).reversed());
        List<String> top = probe.subList(0, Math.min(PROBE_WORDS, probe.size()));
        Map<String, Integer> shared = new java.util.LinkedHashMap<>();
        for (String lang : TmRead.of(tm, tm::languages).keySet()) {
            int n = 0;
            for (String w : top) {
                if (!TmRead.of(tm, () -> tm.concordance(w, lang, null, 1)).isEmpty()) {
                    n++;
                }
            }
            shared.put(lang, n);
        }
        return shared;
    }
}
