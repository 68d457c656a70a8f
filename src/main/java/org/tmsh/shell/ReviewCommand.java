package org.tmsh.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.springframework.shell.core.InputReader;

import org.tmsh.align.DocumentAligner;
import org.tmsh.align.Link;
import org.tmsh.common.TmshException;
import org.tmsh.jobs.AlignJob;
import org.tmsh.jobs.ReviewSession;
import org.tmsh.memory.ImportReport;

/**
 * {@code review}: walks the weakest links of the session's last alignment, weakest first, and lets
 * the translator accept, merge, split, move or reject each; then writes the TMX or adds to a TM.
 */
public class ReviewCommand extends TmshCommand {

    private final LastAlignment last;
    private final AlignJob job;

    public ReviewCommand(LastAlignment last, AlignJob job) {
        super("review", "Review the weakest links of the last alignment: accept, merge, split, move, reject",
                "Alignment", "review [--below 0.8] [--out FILE.tmx] [--tm NAME]",
                "review --below 0.8 --out /tmp/seeds-reviewed.tmx",
                List.of(OptionSpec.optional("below", OptionSpec.Kind.NUMBER, String.valueOf(Link.WEAK_BELOW),
                                "review links with confidence below this (default: the weak links)"),
                        OptionSpec.output("out", false, org.tmsh.jobs.FileGuard.Format.TMX, "write the reviewed pairs as TMX"),
                        OptionSpec.optional("tm", OptionSpec.Kind.TM, null, "add the reviewed pairs to this TM"),
                        OptionSpec.flag("json", "print the summary as JSON")));
        this.last = last;
        this.job = job;
    }

    /** The documents of the alignment under review: its --out must not replace them. */
    @Override
    protected List<Path> inputArguments(Invocation inv) {
        DocumentAligner.Result r = last.get();
        return r == null ? List.of() : List.of(r.request().source(), r.request().target());
    }

    @Override
    protected void run(Invocation inv, Output out) {
        run(inv, out, null);
    }

    @Override
    protected void run(Invocation inv, Output out, InputReader in) {
        DocumentAligner.Result r = last.get();
        if (r == null) {
            throw new TmshException("review: no alignment in this session yet; run 'align --source ... --target ...' first");
        }
        double below;
        try {
            below = Double.parseDouble(inv.get("below"));
        } catch (NumberFormatException e) {
            throw new TmshException("review: --below takes a number from 0 to 1");
        }
        ReviewSession session = new ReviewSession(r, below);
        for (ReviewSession.Item item = session.next(); item != null; item = session.next()) {
            Link l = item.link();
            out.line(String.format(Locale.ROOT, "[%d/%d] link %s, %s, confidence %.2f", item.number(), item.of(),
                    l.format(), l.type(), l.confidence()));
            out.paragraph("  source: ", item.source());
            out.paragraph("  target: ", item.target());
            if (item.nextSource() != null) {
                out.paragraph("  next:   ", item.nextSource() + " | " + item.nextTarget());
            }
            if (!decide(session, in, out)) {
                break;
            }
        }
        DocumentAligner.Result done = session.result();
        last.set(done);
        if (inv.path("out") != null) {
            job.writeTmx(done, inv.path("out"));
            out.line("TMX written to " + inv.path("out"));
        }
        if (inv.get("tm") != null) {
            ImportReport added = job.addToTm(done, inv.get("tm"));
            out.line(added.added() + " units added to TM '" + added.tm() + "'");
        }
        out.line(session.edits() + " of " + session.size() + " weak links reviewed; " + done.pairs().size() + " pairs now.");
    }

    /**
     * Asks about the link offered until an answer applies: a mistyped answer or an edit that does not
     * fit the link (saying why) asks again. False when the translator quits.
     */
    private boolean decide(ReviewSession session, InputReader in, Output out) {
        while (true) {
            String answer = ask(in, "[a]ccept, [m]erge with next, [s]plit, mo[v]e last target to next, [r]eject, [q]uit? ");
            if (answer.equals("q")) {
                return false;
            }
            ReviewSession.Action action = ReviewSession.Action.of(answer);
            if (action == null) {
                out.line("  '" + answer + "' is not an answer: type a, m, s, v, r or q");
                continue;
            }
            try {
                List<Link> now = session.apply(action);
                out.line("  now: " + now.stream().map(Link::format).collect(java.util.stream.Collectors.joining(" ")));
                return true;
            } catch (IllegalArgumentException e) {
                out.line("  not done: " + e.getMessage());
            }
        }
    }

    private String ask(InputReader in, String prompt) {
        if (in == null) {
            throw new TmshException("review: needs a terminal, or answers on standard input");
        }
        return choice(in, prompt);
    }
}
