package org.tmsh.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tmsh.common.TmshException;
import org.tmsh.jobs.DiscoverJob;
import org.tmsh.names.NameMatcher;
import org.tmsh.terms.Discovery;
import org.tmsh.terms.Glossary;
import org.tmsh.terms.GlossaryEdits;
import org.tmsh.terms.ProposalJoin;

/** {@code term discover}: proposes spelling variants of names from aligned TMX or from documents. */
public class TermDiscoverCommand extends AskingCommand {

    public TermDiscoverCommand() {
        super("term discover", "Propose spelling variants of names: across languages from a TMX, within a language"
                        + " across documents", "Terminology",
                "term discover --tmx FILE [--source-lang de] [--target-lang en] | term discover FILES... [--lang de] [--json]",
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
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"kind", "spelling", "other spellings", "score", "seen"});
        for (Discovery.Proposal p : proposals) {
            List<String> others = new ArrayList<>();
            p.spellings().forEach((lang, forms) -> forms.stream().filter(f -> !(f.equals(p.a()) && lang.equals(p.langA())))
                    .forEach(f -> others.add(f + " (" + lang + ")")));
            if (others.isEmpty()) {
                others.add(p.b() + " (" + p.langB() + ")");
            }
            rows.add(new String[] {p.kind(), p.a() + " (" + p.langA() + ")", String.join(", ", others),
                    String.format(Locale.ROOT, "%.2f", p.score()),
                    String.join(" ", p.seenA()) + " / " + String.join(" ", p.seenB())});
        }
        out.table(rows);
        out.line(Output.count(proposals.size(), "proposal") + "; review them into a glossary with --review, or add one with"
                + " 'term add SPELLING --lang L --same-as OTHER'");
    }

    /**
     * Asks for each proposal: [a]ccept, [e]dit the second spelling, [r]eject, [q]uit; saves what was accepted.
     * Each prompt says which concept the proposal would join ({@link ProposalJoin}: the one with any of its
     * spellings, else the one with the same name), and the answers are applied in that way, so a name the
     * glossary has gains only its new spellings, each once.
     */
    private void review(List<Discovery.Proposal> proposals, String glossary, Output out,
                        org.springframework.shell.core.InputReader in) {
        if (in == null) {
            throw new TmshException(getName() + ": --review needs a terminal or answers on standard input");
        }
        org.tmsh.jobs.Glossaries glossaries = org.tmsh.jobs.Glossaries.underHome();
        org.tmsh.terms.GlossaryStore store = glossaries.store();
        String name = glossaries.forWriting(glossary, getName());
        ProposalJoin join = new ProposalJoin(NameMatcher.standard());
        // the glossary as it is now, to say in each question where the proposal goes (the join itself is
        // made again under the lock, on the glossary as it is then)
        Glossary seen = store.exists(name) ? store.load(name) : new Glossary(name, List.of());
        // the answers are gathered first and applied under the glossary's lock at the end, so that the
        // lock is not held while the translator thinks, and a change made meanwhile is not lost
        List<List<ProposalJoin.Spelling>> accepted = new ArrayList<>();
        int n = 0;
        for (Discovery.Proposal p : proposals) {
            n++;
            ProposalJoin.Target t = join.target(seen, DiscoverJob.spellings(p, p.b()));
            String where = t.concept() == null ? "a new concept" : "concept " + t.concept().id() + " "
                    + GlossaryEdits.label(t.concept()) + " (" + t.why() + ")";
            String answer = choice(in, String.format(Locale.ROOT, "[%d/%d] %s (%s) ~ %s (%s), %.2f; joins %s: [a]ccept,"
                    + " [e]dit, [r]eject, [q]uit? ", n, proposals.size(), p.a(), p.langA(), p.b(), p.langB(), p.score(), where));
            if (answer.startsWith("q")) {
                break;
            }
            String b = p.b();
            if (answer.startsWith("e")) {
                String edited = readAnswer(in, "spelling instead of '" + p.b() + "': ");
                if (edited == null || edited.isBlank()) {
                    continue;
                }
                b = edited.strip();
            } else if (!answer.startsWith("a")) {
                continue;
            }
            accepted.add(DiscoverJob.spellings(p, b));
            seen = join.join(seen, DiscoverJob.spellings(p, b)).glossary();
        }
        List<String> notes = store.update(name, g -> {
            List<String> said = new ArrayList<>();
            for (List<ProposalJoin.Spelling> sp : accepted) {
                ProposalJoin.Joined j = join.join(g, sp);
                g = j.glossary();
                if (j.conceptId() != null) {
                    said.add((j.created() ? "new concept " : "concept ") + j.conceptId() + ": "
                            + (j.added().isEmpty() ? "nothing new" : "added " + String.join(", ", j.added()))
                            + (j.kept().isEmpty() ? "" : "; not added twice: " + String.join("; ", j.kept())));
                }
            }
            return new org.tmsh.terms.GlossaryStore.Edited<>(g, said);
        });
        notes.forEach(out::line);
        out.line(accepted.size() + " of " + proposals.size() + " proposals added to glossary '" + name + "'");
    }
}
