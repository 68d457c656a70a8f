package org.tmsh.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tmsh.common.TmshException;
import org.tmsh.jobs.DiscoverJob;
import org.tmsh.terms.Discovery;

/** {@code term discover}: proposes spelling variants of names from aligned TMX or from documents. */
public class TermDiscoverCommand extends AskingCommand {

    public TermDiscoverCommand() {
        super("term discover", "Propose spelling variants of names: across languages from a TMX, within a language"
                        + " across documents", "Terminology",
                "term discover --tmx FILE [--source-lang de] [--target-lang en] | term discover FILES... [--lang de]"
                        + " [--glossary NAME] [--all] [--review] [--json]",
                "term discover seeds/000_585da5ce89297943.txt seeds/001_073037fdbd69bec0.txt seeds/003_ff5ac3c8f505f82c.txt",
                List.of(OptionSpec.optional("tmx", OptionSpec.Kind.FILE, null, "aligned TMX: cross-language pairs"),
                        OptionSpec.optional("source-lang", OptionSpec.Kind.LANGUAGE, "de", "source language of the TMX"),
                        OptionSpec.optional("target-lang", OptionSpec.Kind.LANGUAGE, "en", "target language of the TMX"),
                        OptionSpec.optional("lang", OptionSpec.Kind.LANGUAGE, null,
                                "language of the documents (default: guessed for each, else de)"),
                        OptionSpec.flag("review", "ask for each proposal: accept, edit or reject into --glossary"),
                        OptionSpec.optional("glossary", OptionSpec.Kind.GLOSSARY, null,
                                "glossary whose names are left out, and that --review adds to (default: all of them; --review: the only one)"),
                        OptionSpec.flag("all", "also the proposals the glossary already has"),
                        OptionSpec.flag("json", "print the proposals as a JSON array")));
    }

    @Override
    protected List<Path> inputArguments(Invocation inv) {
        return inv.argumentPaths();
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        // documents, or none with --tmx
    }

    @Override
    protected void run(Invocation inv, Output out, org.springframework.shell.core.InputReader in) {
        if (inv.path("tmx") == null && inv.arguments().isEmpty()) {
            throw new TmshException(getName() + ": give --tmx FILE or documents");
        }
        DiscoverJob.Outcome o = new DiscoverJob(org.tmsh.jobs.Glossaries.underHome()).run(inv.path("tmx"),
                inv.get("source-lang"), inv.get("target-lang"), inv.arguments().isEmpty() ? List.of() : inv.argumentPaths(), inv.get("lang"), inv.get("glossary"),
                inv.flag("all"), out.progress("finding names"));
        List<Discovery.Proposal> proposals = o.proposals();
        String known = o.known() == 0 ? "" : Output.count(o.known(), "proposal") + " left out: glossary '" + o.glossary()
                + "' has " + (o.known() == 1 ? "its" : "their") + " spellings already (--all shows them)";
        if (out.json()) {
            if (!known.isEmpty()) {
                out.notice(known);
            }
            out.json(proposals);
            return;
        }
        if (proposals.isEmpty()) {
            out.line(known.isEmpty() ? "no variant spellings found" : "no new variant spellings: " + known);
            return;
        }
        if (!known.isEmpty()) {
            out.notice(known);
        }
        if (inv.flag("review")) {
            review(proposals, inv.get("glossary"), out, in);
            return;
        }
        // a column of one kind says nothing: it is said once, and its width goes to the spellings (80 columns)
        boolean oneKind = proposals.stream().map(Discovery.Proposal::kind).distinct().count() == 1;
        List<String[]> rows = new ArrayList<>();
        rows.add(oneKind ? new String[] {"spelling", "other spellings", "score", "seen"}
                : new String[] {"kind", "spelling", "other spellings", "score", "seen"});
        for (Discovery.Proposal p : proposals) {
            List<String> others = new ArrayList<>();
            p.spellings().forEach((lang, forms) -> forms.stream().filter(f -> !(f.equals(p.a()) && lang.equals(p.langA())))
                    .forEach(f -> others.add(f + " (" + lang + ")")));
            if (others.isEmpty()) {
                others.add(p.b() + " (" + p.langB() + ")");
            }
            String[] row = {p.kind(), p.a() + " (" + p.langA() + ")", String.join(", ", others),
                    String.format(Locale.ROOT, "%.2f", p.score()), seen(p.seenA(), p.seenB())};
            rows.add(oneKind ? java.util.Arrays.copyOfRange(row, 1, row.length) : row);
        }
        out.table(rows);
        out.line(Output.count(proposals.size(), (oneKind ? proposals.get(0).kind() + " " : "") + "proposal") + "; review "
                + (proposals.size() == 1 ? "it" : "them") + " into a glossary with --review, or add one with"
                + " 'term add SPELLING --lang L --same-as OTHER'");
    }

    /**
     * Where a proposal's two spellings were seen, short enough for a column at 80 columns: each document
     * named once with the units after it ({@code 000_585da5ce89297943.txt #1 #3}, not the name again for
     * each unit), and the second spelling's places only when they are not among the first's (a TMX unit
     * holds both spellings of a cross-language pair), after a slash.
     */
    static String seen(List<String> a, List<String> b) {
        String first = places(a);
        return new java.util.HashSet<>(a).containsAll(b) ? first : first + " / " + places(b);
    }

    /** Places as "document #unit #unit", a document once, in the order first seen. */
    private static String places(List<String> places) {
        java.util.Map<String, List<String>> byDocument = new java.util.LinkedHashMap<>();
        for (String p : new java.util.LinkedHashSet<>(places)) {
            int hash = p.lastIndexOf('#');
            String doc = hash > 0 ? p.substring(0, hash) : p;
            List<String> units = byDocument.computeIfAbsent(doc, k -> new ArrayList<>());
            if (hash > 0 && hash < p.length() - 1) {
                units.add(p.substring(hash));
            }
        }
        List<String> out = new ArrayList<>();
        byDocument.forEach((doc, units) -> out.add(units.isEmpty() ? doc : doc + " " + String.join(" ", units)));
        return String.join(", ", out);
    }

    /**
     * {@code term discover --review}: asks for each proposal ([a]ccept, [e]dit the second spelling, [r]eject,
     * [q]uit) and prints what {@link DiscoverJob#review} added.
     */
    private void review(List<Discovery.Proposal> proposals, String glossary, Output out,
                        org.springframework.shell.core.InputReader in) {
        if (in == null) {
            throw new TmshException(getName() + ": --review needs a terminal or answers on standard input");
        }
        DiscoverJob.Reviewed r = new DiscoverJob(org.tmsh.jobs.Glossaries.underHome()).review(proposals, glossary, getName(), q -> {
            Discovery.Proposal p = q.proposal();
            String answer = choice(in, String.format(Locale.ROOT, "[%d/%d] %s (%s) ~ %s (%s), %.2f; joins %s: [a]ccept,"
                    + " [e]dit, [r]eject, [q]uit? ", q.number(), q.of(), p.a(), p.langA(), p.b(), p.langB(), p.score(), q.joins()));
            if (answer.startsWith("q")) {
                return DiscoverJob.Answer.quit();
            }
            if (answer.startsWith("e")) {
                String edited = readAnswer(in, "spelling instead of '" + p.b() + "': ");
                return edited == null || edited.isBlank() ? DiscoverJob.Answer.reject() : DiscoverJob.Answer.accept(edited);
            }
            return answer.startsWith("a") ? DiscoverJob.Answer.accept(p.b()) : DiscoverJob.Answer.reject();
        });
        r.notes().forEach(out::line);
        out.line(r.accepted() + " of " + Output.count(r.of(), "proposal") + " added to glossary '" + r.glossary() + "'");
    }
}
