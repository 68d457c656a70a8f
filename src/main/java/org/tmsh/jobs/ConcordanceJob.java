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
 * romanizations), each unit once, at most {@code max}.
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
                if (hits.size() < max && seen.add(h.tuid() + "\u0000" + h.text())) {
                    hits.add(h);
                }
            }
        }
        return new Outcome(tm.name(), spellings, hits);
    }
}
