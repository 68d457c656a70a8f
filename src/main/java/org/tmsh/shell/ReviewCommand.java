package org.tmsh.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.shell.core.InputReader;
import org.springframework.stereotype.Component;

import org.tmsh.align.Alignment;
import org.tmsh.align.DocumentAligner;
import org.tmsh.align.Link;
import org.tmsh.align.LinkEdits;
import org.tmsh.common.TmshException;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.TmLibrary;

/**
 * {@code review}: walks the weakest links of the session's last alignment, weakest first, and lets
 * the translator accept, merge, split, move or reject each; then writes the TMX or adds to a TM.
 */
@Component
public class ReviewCommand extends TmshCommand {

    private final LastAlignment last;
    private final DocumentAligner aligner;
    private final TmLibrary library;

    public ReviewCommand(LastAlignment last, DocumentAligner aligner, TmLibrary library) {
        super("review", "Review the weakest links of the last alignment: accept, merge, split, move, reject",
                "Alignment", "review [--below 0.8] [--out FILE.tmx] [--tm NAME]",
                "review --below 0.8 --out /tmp/seeds-reviewed.tmx",
                List.of(OptionSpec.optional("below", OptionSpec.Kind.NUMBER, "0.8", "review links with confidence below this"),
                        OptionSpec.optional("out", OptionSpec.Kind.OUTPUT, null, "write the reviewed pairs as TMX"),
                        OptionSpec.optional("tm", OptionSpec.Kind.TM, null, "add the reviewed pairs to this TM"),
                        OptionSpec.flag("json", "print the summary as JSON")));
        this.last = last;
        this.aligner = aligner;
        this.library = library;
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
        Alignment a = r.alignment();
        List<Link> links = new ArrayList<>(a.links());
        List<Link> todo = links.stream().filter(l -> !l.isNull() && l.confidence() < below)
                .sorted(Comparator.comparingDouble(Link::confidence)).toList();
        int edits = 0;
        int n = 0;
        for (Link l : todo) {
            int k = links.indexOf(l);
            if (k < 0) {
                continue; // merged away by an earlier edit
            }
            n++;
            Alignment view = new Alignment(a.source(), a.target(), links, a.sourceBoilerplate(), a.targetBoilerplate());
            out.line(String.format(Locale.ROOT, "[%d/%d] link %s, %s, confidence %.2f", n, todo.size(), l.format(), l.type(),
                    l.confidence()));
            out.line("  source: " + view.sourceText(l));
            out.line("  target: " + view.targetText(l));
            if (k + 1 < links.size()) {
                out.line("  next:   " + view.sourceText(links.get(k + 1)) + " | " + view.targetText(links.get(k + 1)));
            }
            String answer = ask(in, "[a]ccept, [m]erge with next, [s]plit, mo[v]e last target to next, [r]eject, [q]uit? ");
            try {
                switch (answer) {
                    case "a" -> links = LinkEdits.accept(links, k);
                    case "m" -> links = LinkEdits.mergeWithNext(links, k);
                    case "s" -> links = LinkEdits.split(links, k);
                    case "v" -> links = LinkEdits.moveLastTargetToNext(links, k);
                    case "r" -> links = LinkEdits.reject(links, k);
                    case "q" -> {
                        n = todo.size();
                    }
                    default -> {
                        continue;
                    }
                }
            } catch (IllegalArgumentException e) {
                out.line("  not done: " + e.getMessage());
                continue;
            }
            if (answer.equals("q")) {
                break;
            }
            edits++;
        }
        Alignment reviewed = new Alignment(a.source(), a.target(), links, a.sourceBoilerplate(), a.targetBoilerplate());
        DocumentAligner.Result done = new DocumentAligner.Result(r.request(), r.source(), r.target(), reviewed);
        last.set(done);
        if (inv.path("out") != null) {
            aligner.writeTmx(done, inv.path("out"));
            out.line("TMX written to " + inv.path("out"));
        }
        if (inv.get("tm") != null) {
            ImportReport added = library.openOrCreate(TmLibrary.checkName(inv.get("tm")))
                    .add(aligner.units(done), done.request().sourceLang(), done.request().source().toString());
            out.line(added.added() + " units added to TM '" + added.tm() + "'");
        }
        out.line(edits + " of " + todo.size() + " weak links reviewed; " + done.pairs().size() + " pairs now.");
    }

    private String ask(InputReader in, String prompt) {
        if (in == null) {
            throw new TmshException("review: needs a terminal, or answers on standard input");
        }
        return choice(in, prompt);
    }
}
