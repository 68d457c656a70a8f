package org.tmsh.shell;

import java.util.List;


import org.tmsh.jobs.ConcordanceJob;
import org.tmsh.memory.ConcordanceHit;
import org.tmsh.memory.TmLibrary;

/** {@code tm concordance TEXT}: units containing words or a phrase, keyword in context. */
public class TmConcordanceCommand extends TmshCommand {

    private final ConcordanceJob job;

    public TmConcordanceCommand(ConcordanceJob job) {
        super("tm concordance", "Units whose source or target contain the words (or another spelling of the name),"
                + " keyword in context", "Translation memory",
                "tm concordance TEXT [--tm NAME] [--lang L] [--max 20] [--exact] [--filter F]... [--json]",
                "tm concordance Lawrow --tm news",
                List.of(OptionSpec.optional("tm", OptionSpec.Kind.TM, TmLibrary.DEFAULT, "translation memory"),
                        OptionSpec.optional("lang", OptionSpec.Kind.LANGUAGE, null, "search only this language's side"),
                        OptionSpec.optional("max", OptionSpec.Kind.INTEGER, "20", "most units shown"),
                        OptionSpec.flag("exact", "only this spelling (by default also the other spellings of a known name)"),
                        MemoryOptions.filter(),
                        OptionSpec.flag("json", "print the hits as a JSON array")));
        this.job = job;
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireText(arguments, "the words to look for");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        ConcordanceJob.Outcome o = job.run(new ConcordanceJob.Request(inv.text(), inv.get("tm"), inv.get("lang"),
                inv.integer("max"), inv.flag("exact"), inv.all("filter")));
        List<ConcordanceHit> hits = o.hits();
        if (out.json()) {
            out.json(hits.stream().map(HitView::of).toList());
            return;
        }
        if (hits.isEmpty()) {
            out.line("'" + inv.text() + "' does not occur in TM '" + o.tm() + "'");
            return;
        }
        int side = Math.max(20, (Terminals.width() - 16) / 2 - 4);
        for (ConcordanceHit h : hits) {
            out.line(kwic(h, side));
            if (h.otherText() != null) {
                out.line("     " + h.otherLang() + "  " + Output.colour(shorten(h.otherText(), 2 * side + 8), 2)
                        + (h.id() == null ? "" : Output.colour("  #" + h.id(), 2)));
            } else if (h.id() != null) {
                out.line("     " + Output.colour("#" + h.id(), 2));
            }
        }
    }

    /** A hit as {@code --json} prints it, with the matched words. */
    record HitView(String lang, String text, int start, int end, String match, String otherLang, String otherText,
                   String tuid, String id) {
        static HitView of(ConcordanceHit h) {
            return new HitView(h.lang(), h.text(), h.start(), h.end(), h.text().substring(h.start(), h.end()),
                    h.otherLang(), h.otherText(), h.tuid(), h.id());
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
