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
import org.tmsh.jobs.TmxReview;
import org.tmsh.memory.ImportReport;

/**
 * {@code review}: walks the weakest links of the session's last alignment, weakest first, and lets
 * the translator accept, merge, split, move or reject each; then writes the TMX or adds to a TM.
 * {@code review FILE.tmx} reviews any aligned TMX, one-shot or in the shell, its decisions saved as
 * they are made ({@link TmxReview}).
 */
public class ReviewCommand extends AskingCommand {

    private final LastAlignment last;
    private final AlignJob job;

    public ReviewCommand(LastAlignment last, AlignJob job) {
        super("review", "Review the weak links of the last alignment or of an aligned TMX: accept, merge, split, edit, reject",
                "Alignment", "review [FILE.tmx | --links FILE --source DOC --target DOC] [--below 0.8] [--out FILE.tmx] [--tm NAME]",
                "review --below 0.8 --out /tmp/seeds-reviewed.tmx",
                List.of(OptionSpec.optional("below", OptionSpec.Kind.NUMBER, String.valueOf(Link.WEAK_BELOW),
                                "review links with confidence below this (default: the weak links)"),
                        OptionSpec.optional("links", OptionSpec.Kind.FILE, null,
                                "review the links file that 'align --links' wrote (with --source and --target)"),
                        OptionSpec.optional("source", OptionSpec.Kind.FILE, null, "with --links: the source document aligned"),
                        OptionSpec.optional("target", OptionSpec.Kind.FILE, null, "with --links: the target document aligned"),
                        OptionSpec.optional("source-lang", OptionSpec.Kind.LANGUAGE, "de", "with --links: source language"),
                        OptionSpec.optional("target-lang", OptionSpec.Kind.LANGUAGE, "en", "with --links: target language"),
                        OptionSpec.flag("segmented", "with --links: the documents are one segment a line, as aligned"),
                        OptionSpec.output("out", false, org.tmsh.jobs.FileGuard.Format.TMX, "write the reviewed pairs as TMX"),
                        OptionSpec.optional("tm", OptionSpec.Kind.TM, null, "add the reviewed pairs to this TM"),
                        OptionSpec.flag("json", "print the summary as JSON")));
        this.last = last;
        this.job = job;
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        if (arguments.size() > 1) {
            throw new TmshException("review: one TMX file at most, not '" + arguments.get(1) + "'");
        }
    }

    /** The documents of the alignment under review, or the TMX reviewed: its --out must not replace them. */
    @Override
    protected List<Path> inputArguments(Invocation inv) {
        if (!inv.arguments().isEmpty()) {
            return List.of(inv.argumentPath());
        }
        if (inv.path("links") != null) {
            List<Path> in = new java.util.ArrayList<>(List.of(inv.path("links")));
            for (String o : List.of("source", "target")) {
                if (inv.path(o) != null) {
                    in.add(inv.path(o));
                }
            }
            return in;
        }
        DocumentAligner.Result r = last.get();
        return r == null ? List.of() : List.of(r.request().source(), r.request().target());
    }

    @Override
    protected void run(Invocation inv, Output out, InputReader in) {
        if (!inv.arguments().isEmpty()) {
            if (inv.get("links") != null) {
                throw new TmshException("review: a TMX file or --links, not both");
            }
            reviewTmx(inv, out, in);
            return;
        }
        boolean fromFile = inv.path("links") != null;
        if (!fromFile && (inv.get("source") != null || inv.get("target") != null)) {
            throw new TmshException("review: --source and --target go with --links FILE");
        }
        if (fromFile && (inv.path("source") == null || inv.path("target") == null)) {
            throw new TmshException("review: --links needs the two documents aligned: --source DOC --target DOC");
        }
        DocumentAligner.Result r = fromFile ? job.relink(new DocumentAligner.Request(inv.path("source"), inv.path("target"),
                inv.get("source-lang"), inv.get("target-lang"), inv.flag("segmented"), null, null, null), inv.path("links"))
                : last.get();
        if (r == null) {
            throw new TmshException("review: no alignment in this session yet; run 'align --source ... --target ...' "
                    + "first, or review a file: 'review FILE.tmx', 'review --links FILE --source DOC --target DOC'");
        }
        if (!fromFile && inv.path("out") == null && inv.get("tm") == null) {
            throw new TmshException("review: name where the reviewed pairs go: --out FILE.tmx and/or --tm NAME");
        }
        ReviewSession session = new ReviewSession(r, below(inv));
        if (fromFile) {
            session.lasting(org.tmsh.common.TmshHome.ensure(), linksKey(inv));
            if (session.replayed() > 0) {
                out.line("going on with the review of " + inv.path("links") + ": "
                        + Output.count(session.replayed(), "answer") + " given before");
            }
        }
        boolean told = false;
        for (ReviewSession.Item item = session.next(); item != null; item = session.next()) {
            if (!told) {
                out.paragraph("", LINK_ANSWERS);
                told = true;
            }
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
        if (fromFile && inv.path("out") == null && inv.get("tm") == null) {
            out.notice(Output.count(session.edits(), "answer") + " saved; nothing written yet: the same 'review --links ...' with "
                    + "--out FILE.tmx and/or --tm NAME writes the reviewed pairs");
            return;
        }
        if (inv.path("out") != null) {
            job.writeTmx(done, inv.path("out"));
            out.line("TMX written to " + inv.path("out"));
        }
        if (inv.get("tm") != null) {
            ImportReport added = job.addToTm(done, inv.get("tm"));
            out.line(Output.count(added.added(), "unit") + " added to TM '" + added.tm() + "'");
        }
        out.line(session.edits() + " of " + session.size() + " weak links reviewed; " + done.pairs().size() + " pairs now.");
        if (fromFile && session.next() == null) {
            session.finish();
        }
    }

    /** What the answers of a links review do, said once before the first link (the prompt, in 80 columns, only lists them). */
    static final String LINK_ANSWERS = "answers: a accept, m merge with the next link, s split, v move the last target"
            + " sentence to the next link, r reject, q quit";

    /** What the answers of a TMX review do, said once before the first unit. */
    static final String UNIT_ANSWERS = "answers: a accept, r reject, e edit the target (it is put on the line to change),"
            + " m merge with the next unit, p merge with the previous one, s split, A accept the rest, R reject the rest,"
            + " u undo, q quit (the answers are kept: review the file again to go on)";

    /** The identity of a links review: the links file's path and content and the documents' paths. */
    private static String linksKey(Invocation inv) {
        try {
            return org.tmsh.common.FileKeys.of(inv.path("links").toRealPath() + "\u0001"
                    + org.tmsh.common.FileKeys.of(new String(java.nio.file.Files.readAllBytes(inv.path("links")),
                            java.nio.charset.StandardCharsets.ISO_8859_1))
                    + "\u0001" + inv.path("source").toRealPath() + "\u0001" + inv.path("target").toRealPath()
                    + "\u0001" + inv.get("source-lang") + "\u0001" + inv.get("target-lang"));
        } catch (java.io.IOException e) {
            throw TmshException.inFile(inv.path("links"), 0, "cannot read: " + org.tmsh.common.AtomicFiles.message(e), e);
        }
    }

    private void reviewTmx(Invocation inv, Output out, InputReader in) {
        double below = below(inv);
        Path file = inv.argumentPath();
        TmxReview review = new TmxReview(file, org.tmsh.common.TmshHome.ensure(), below);
        if (review.decided() > 0) {
            out.line(String.format(Locale.ROOT, "going on with the review of %s: %d of %d units decided before",
                    file, review.decided(), review.size()));
        }
        boolean quit = false;
        boolean told = false;
        for (TmxReview.Item item = review.next(); item != null && !quit; item = review.next()) {
            if (!told) {
                out.paragraph("", UNIT_ANSWERS);
                told = true;
            }
            out.line(String.format(Locale.ROOT, "[%d/%d] unit %s, confidence %s", item.number(), item.of(),
                    item.unit().tuid(), Double.isNaN(item.confidence()) ? "-"
                            : String.format(Locale.ROOT, "%.2f", item.confidence())));
            out.paragraph("  source: ", item.source());
            out.paragraph("  target: ", item.target());
            quit = !decideTmx(review, item, in, out);
        }
        String where = file.toString().contains(" ") ? "'" + file + "'" : file.toString();
        if (inv.path("out") == null && inv.get("tm") == null) {
            out.notice(review.decided() + " of " + review.size() + " weak units decided and saved; nothing written yet: "
                    + "'review " + where + " --out FILE.tmx' and/or '--tm NAME' writes them");
            return;
        }
        ImportReport added = job.finishReview(review, file, inv.path("out"), inv.get("tm"));
        if (inv.path("out") != null) {
            out.line("TMX written to " + inv.path("out"));
        }
        if (added != null) {
            out.line(Output.count(added.added(), "unit") + " added to TM '" + added.tm() + "'"
                    + (added.duplicates() == 0 ? "" : " (" + Output.count(added.duplicates(), "duplicate") + " skipped)"));
        }
        out.line(review.decided() + " of " + review.size() + " weak units decided"
                + (review.next() == null ? "." : "; review " + where + " again to go on (undecided ones stay marked, out of the TM)."));
    }

    /** One answer about the unit offered; false when the translator quits (the decisions are kept). */
    private boolean decideTmx(TmxReview review, TmxReview.Item item, InputReader in, Output out) {
        while (true) {
            String answer = answer(in, "answer (a r e m p s A R u q)? ");
            try {
                switch (answer) {
                    case "a" -> review.decide(TmxReview.Decision.ACCEPT, null);
                    case "r" -> review.decide(TmxReview.Decision.REJECT, null);
                    case "e" -> review.decide(TmxReview.Decision.EDIT, edited(in, item.target()));
                    case "m" -> review.merge(true);
                    case "p" -> review.merge(false);
                    case "s" -> split(review, in, out);
                    case "A" -> out.line("  accepted " + review.decideRest(true));
                    case "R" -> out.line("  rejected " + review.decideRest(false));
                    case "u" -> out.line(review.undo() ? "  undone" : "  nothing to undo");
                    case "q" -> {
                        return false;
                    }
                    default -> {
                        out.paragraph("  ", "'" + answer + "' is not an answer: " + UNIT_ANSWERS);
                        continue;
                    }
                }
                return true;
            } catch (IllegalArgumentException e) {
                out.line("  not done: " + e.getMessage());
            }
        }
    }

    /** The target as the translator edits it: the current one on the line to change (in the shell), stripped. */
    private String edited(InputReader in, String target) {
        if (in == null) {
            throw new TmshException("review: needs a terminal, or answers on standard input");
        }
        String s = readAnswer(in, "  new target: ", target);
        return s == null ? "" : s.strip();
    }

    /** Shows the unit's sentences numbered and asks where each side is cut. */
    private void split(TmxReview review, InputReader in, Output out) {
        TmxReview.Sentences s = review.sentences();
        for (int k = 0; k < s.source().size(); k++) {
            out.paragraph("  source " + (k + 1) + ": ", s.source().get(k));
        }
        for (int k = 0; k < s.target().size(); k++) {
            out.paragraph("  target " + (k + 1) + ": ", s.target().get(k));
        }
        int i = number(answer(in, "  cut the source after sentence (0-" + s.source().size() + "): "));
        int j = number(answer(in, "  cut the target after sentence (0-" + s.target().size() + "): "));
        review.split(i, j);
    }

    private static int number(String answer) {
        try {
            return Integer.parseInt(answer.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + answer + "' is not a sentence number");
        }
    }

    /** An answer as typed (case kept: A and R differ from a and r), "q" at the end of input. */
    private String answer(InputReader in, String prompt) {
        if (in == null) {
            throw new TmshException("review: needs a terminal, or answers on standard input");
        }
        String s = readAnswer(in, prompt);
        return s == null ? "q" : s.strip();
    }

    private static double below(Invocation inv) {
        try {
            double b = Double.parseDouble(inv.get("below"));
            if (b >= 0 && b <= 1.01) {
                return b;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // said below
        }
        throw new TmshException("review: --below takes a number from 0 to 1");
    }

    /**
     * Asks about the link offered until an answer applies: a mistyped answer or an edit that does not
     * fit the link (saying why) asks again. False when the translator quits.
     */
    private boolean decide(ReviewSession session, InputReader in, Output out) {
        while (true) {
            String answer = ask(in, "answer (a m s v r q)? ");
            if (answer.equals("q")) {
                return false;
            }
            ReviewSession.Action action = ReviewSession.Action.of(answer);
            if (action == null) {
                out.paragraph("  ", "'" + answer + "' is not an answer: " + LINK_ANSWERS);
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
