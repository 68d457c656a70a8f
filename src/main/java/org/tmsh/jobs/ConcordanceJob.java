package org.tmsh.jobs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tmsh.memory.ConcordanceHit;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.terms.GlossaryStore;
import org.tmsh.terms.KnownSpellings;

/**
 * The concordance of a name and its variants: units of a TM containing the words, or (unless
 * {@code exact}) any other spelling tmsh knows for them (glossary terms of the same concept,
 * romanizations), each unit once (by its id: a unit found on both sides by two spellings is one hit), at most
 * {@code max}.
 */
public final class ConcordanceJob {

    /** Words to look for, in which TM and language side (null: both), how many at most, one spelling only or all. */
    public record Request(String text, String tm, String lang, int max, boolean exact, List<String> filters) {

        /** With the TM's default filters. */
        public Request(String text, String tm, String lang, int max, boolean exact) {
            this(text, tm, lang, max, exact, List.of());
        }
    }

    /** The TM searched, the spellings looked for, and the hits. */
    public record Outcome(String tm, List<String> spellings, List<ConcordanceHit> hits) {

        /**
         * Where one of the spellings looked for occurs in a hit's other side (Lavrov in the English of a unit found
         * by Lawrow), as {@code {start, end}} in {@code otherText}, or null when none does (a name the translation
         * left out, or spelt in a way tmsh does not know).
         */
        public int[] inOther(ConcordanceHit hit) {
            return hit.otherText() == null ? null : find(hit.otherText(), spellings);
        }
    }

    /**
     * The first place in {@code text} where one of {@code spellings} starts a word, folded as the memory's
     * concordance folds (case and accents: "Pjöngjang" is found by "pjongjang"), as {@code {start, end}} in
     * {@code text}; null when none occurs.
     */
    static int[] find(String text, List<String> spellings) {
        org.tmsh.match.Folding f = org.tmsh.match.Folding.of(text);
        String folded = f.folded();
        int[] best = null;
        for (String spelling : spellings) {
            String s = org.tmsh.match.Folding.fold(spelling.strip());
            if (s.isEmpty()) {
                continue;
            }
            for (int at = folded.indexOf(s); at >= 0; at = folded.indexOf(s, at + 1)) {
                if (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1))) {
                    if (best == null || f.origin()[at] < best[0]) {
                        best = new int[] {f.origin()[at], f.origin()[at + s.length() - 1] + 1};
                    }
                    break;
                }
            }
        }
        return best;
    }

    private final TmLibrary library;
    private final GlossaryStore glossaries;

    public ConcordanceJob(TmLibrary library, GlossaryStore glossaries) {
        this.library = library;
        this.glossaries = glossaries;
    }

    public Outcome run(Request req) {
        org.tmsh.document.InputLimits.current().checkQuery("tm concordance: the text", req.text());
        TranslationMemory tm = library.open(TmLibrary.checkName(req.tm()));
        int max = Math.max(1, req.max());
        org.tmsh.memory.UnitFilter filter = library.searchOptions(tm.name(), req.filters(), List.of()).filter();
        List<String> spellings = req.exact() ? List.of(req.text()) : KnownSpellings.of(req.text(), glossaries);
        List<ConcordanceHit> hits = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String spelling : spellings) {
            for (ConcordanceHit h : TmRead.of(tm, () -> tm.concordance(spelling, req.lang(), null, max, filter))) {
                // each unit once, though found on both sides (Lavrov in its English, Lawrow in its German)
                String unit = h.id() != null ? "#" + h.id() : h.tuid() + "\u0000" + h.text();
                if (hits.size() < max && seen.add(unit)) {
                    hits.add(h);
                }
            }
        }
        return new Outcome(tm.name(), spellings, hits);
    }
}
