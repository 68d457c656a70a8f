package org.tmsh.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.tmsh.memory.ConcordanceHit;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.terms.GlossaryStore;
import org.tmsh.terms.KnownSpellings;

/** {@code tm concordance TEXT}: units containing words or a phrase, keyword in context. */
@Component
public class TmConcordanceCommand extends TmshCommand {

    private final TmLibrary library;

    public TmConcordanceCommand(TmLibrary library) {
        super("tm concordance", "Units whose source or target contain the words (or another spelling of the name),"
                + " keyword in context", "Translation memory",
                "tm concordance TEXT [--tm NAME] [--lang L] [--max 20] [--exact] [--json]",
                "tm concordance Lawrow --tm default",
                List.of(OptionSpec.optional("tm", OptionSpec.Kind.TM, TmLibrary.DEFAULT, "translation memory"),
                        OptionSpec.optional("lang", OptionSpec.Kind.LANGUAGE, null, "search only this language's side"),
                        OptionSpec.optional("max", OptionSpec.Kind.INTEGER, "20", "most units shown"),
                        OptionSpec.flag("exact", "only this spelling (by default also the other spellings of a known name)"),
                        OptionSpec.flag("json", "print the hits as a JSON array")));
        this.library = library;
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireText(arguments, "the words to look for");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        TranslationMemory tm = library.open(TmLibrary.checkName(inv.get("tm")));
        int max = Math.max(1, inv.integer("max"));
        List<String> spellings = inv.flag("exact") ? List.of(inv.text())
                : KnownSpellings.of(inv.text(), GlossaryStore.underHome());
        List<ConcordanceHit> hits = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        try {
            for (String spelling : spellings) {
                for (ConcordanceHit h : tm.concordance(spelling, inv.get("lang"), null, max)) {
                    if (hits.size() < max && seen.add(h.tuid() + "\u0000" + h.text())) {
                        hits.add(h);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.json()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (ConcordanceHit h : hits) {
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("lang", h.lang());
                j.put("text", h.text());
                j.put("start", h.start());
                j.put("end", h.end());
                j.put("match", h.text().substring(h.start(), h.end()));
                j.put("otherLang", h.otherLang());
                j.put("otherText", h.otherText());
                j.put("tuid", h.tuid());
                list.add(j);
            }
            out.json(list);
            return;
        }
        if (hits.isEmpty()) {
            out.line("'" + inv.text() + "' does not occur in TM '" + tm.name() + "'");
            return;
        }
        int side = Math.max(20, (Terminals.width() - 16) / 2 - 4);
        for (ConcordanceHit h : hits) {
            out.line(kwic(h, side));
            if (h.otherText() != null) {
                out.line("     " + h.otherLang() + "  " + Output.colour(shorten(h.otherText(), 2 * side + 8), 2));
            }
        }
    }

    /** One keyword-in-context line: left context right-aligned, the match, right context. */
    static String kwic(ConcordanceHit h, int side) {
        String t = h.text().replaceAll("\\s", " ");
        String left = t.substring(0, h.start());
        String right = t.substring(h.end());
        left = left.length() > side ? "…" + left.substring(left.length() - side + 1) : left;
        right = right.length() > side ? right.substring(0, side - 1) + "…" : right;
        String match = t.substring(h.start(), h.end());
        return String.format("%-4s %" + side + "s%s%s", h.lang(), left,
                Terminals.colour() ? Output.colour(match, 1) : "[" + match + "]", right);
    }

    private static String shorten(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
