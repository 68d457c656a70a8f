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
            out.json(hits.stream().map(h -> HitView.of(h, o.inOther(h))).toList());
            return;
        }
        if (hits.isEmpty()) {
            out.line("'" + inv.text() + "' does not occur in TM '" + o.tm() + "'");
            return;
        }
        // the language, then the match at the same column in every line, with as much context on either side as fits
        int width = Terminals.width() - 1;
        int side = Math.max(20, (width - 5 - 16) / 2);
        for (ConcordanceHit h : hits) {
            out.line(kwic(h.lang(), h.text(), h.start(), h.end(), side, width));
            String id = h.id() == null ? "" : "  #" + h.id();
            if (h.otherText() != null) {
                int[] m = o.inOther(h);
                // the other side around the spelling it has (Lavrov for Lawrow), else from its start, dimmed
                String other = m != null ? kwic(h.otherLang(), h.otherText(), m[0], m[1], side, width - id.length())
                        : Output.colour(String.format("%-4s %s", h.otherLang(),
                                shorten(h.otherText().replaceAll("\\s", " "), width - 5 - id.length())), 2);
                out.line(other + Output.colour(id, 2));
            } else if (h.id() != null) {
                out.line("     " + Output.colour("#" + h.id(), 2));
            }
        }
    }

    /** A hit as {@code --json} prints it, with the matched words, and where a spelling looked for is on the other side (or null). */
    record HitView(String lang, String text, int start, int end, String match, String otherLang, String otherText,
                   Integer otherStart, Integer otherEnd, String otherMatch, String tuid, String id) {
        static HitView of(ConcordanceHit h, int[] other) {
            return new HitView(h.lang(), h.text(), h.start(), h.end(), h.text().substring(h.start(), h.end()),
                    h.otherLang(), h.otherText(), other == null ? null : other[0], other == null ? null : other[1],
                    other == null ? null : h.otherText().substring(other[0], other[1]), h.tuid(), h.id());
        }
    }

    /**
     * One keyword-in-context line of at most {@code width} characters: the language, the left context right-aligned
     * in {@code side} characters (so that the matches of every line start at one column), the match (bold on a
     * terminal, in brackets elsewhere), and as much of the right context as fits; a cut context ends in "…".
     */
    static String kwic(String lang, String text, int start, int end, int side, int width) {
        String t = text.replaceAll("\\s", " ");
        String match = t.substring(start, end);
        int shown = match.length() + (Terminals.colour() ? 0 : 2);
        // a long match takes room from the left context first, then from the right
        int leftRoom = Math.max(0, Math.min(side, width - 5 - shown - 10));
        int rightRoom = Math.max(0, width - 5 - leftRoom - shown);
        String left = t.substring(0, start);
        String right = t.substring(end);
        left = left.length() > leftRoom ? (leftRoom == 0 ? "" : "…" + left.substring(left.length() - leftRoom + 1)) : left;
        right = right.length() > rightRoom ? (rightRoom == 0 ? "" : right.substring(0, rightRoom - 1) + "…") : right;
        return String.format("%-4s %" + (leftRoom == 0 ? "" : leftRoom) + "s%s%s", lang, left,
                Terminals.colour() ? Output.colour(match, 1) : "[" + match + "]", right);
    }

    private static String shorten(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
