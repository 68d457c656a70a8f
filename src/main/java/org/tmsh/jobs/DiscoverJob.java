package org.tmsh.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tmsh.common.Progress;
import org.tmsh.names.NameMatcher;
import org.tmsh.terms.Discovery;
import org.tmsh.terms.Glossary;
import org.tmsh.terms.ProposalJoin;

/**
 * {@code term discover}: spelling variants of names proposed from an aligned TMX and from documents, less
 * those the glossaries already hold. A proposal is left out when one concept of the glossary compared has
 * every spelling it names ({@link ProposalJoin#holds}): the translator added it before, or accepted it in
 * an earlier review. The glossary compared is the one named (none yet when {@code --review} is to make it),
 * else every glossary of the home.
 *
 * <p>NOTE: a proposal whose spellings the glossary has in two concepts is still offered: it says two
 * entries may be one name, which only the translator can decide.
 */
public final class DiscoverJob {

    /** The proposals to show, and how many the glossary already held (left out unless all were asked for). */
    public record Outcome(List<Discovery.Proposal> proposals, int known, String glossary) {
    }

    private final Glossaries glossaries;

    public DiscoverJob(Glossaries glossaries) {
        this.glossaries = glossaries;
    }

    /**
     * Proposals from {@code tmx} (when not null, in {@code srcLang} to {@code tgtLang}) and from {@code documents}
     * (in {@code lang}, else guessed, else German); with {@code all}, the known ones stay in.
     */
    public Outcome run(Path tmx, String srcLang, String tgtLang, List<Path> documents, String lang, String glossary,
                       boolean all, Progress progress) {
        Discovery d = new Discovery(NameMatcher.standard()).withProgress(progress);
        List<Discovery.Proposal> proposals = new ArrayList<>();
        if (tmx != null) {
            proposals.addAll(d.fromTmx(tmx, srcLang, tgtLang));
        }
        if (!documents.isEmpty()) {
            proposals.addAll(d.fromDocuments(documents, lang, "de"));
        }
        boolean none = glossary == null ? glossaries.store().list().isEmpty()
                : !Glossaries.isFile(glossary) && !glossaries.store().exists(glossary); // --review makes it
        if (all || proposals.isEmpty() || none) {
            return new Outcome(proposals, 0, null);
        }
        Glossaries.Readable readable = glossaries.readReadable(glossary);
        Glossary g = readable.glossary();
        ProposalJoin join = new ProposalJoin(NameMatcher.standard());
        List<Discovery.Proposal> fresh = new ArrayList<>();
        for (Discovery.Proposal p : proposals) {
            if (!join.holds(g, spellings(p, p.b()))) {
                fresh.add(p);
            }
        }
        return new Outcome(fresh, proposals.size() - fresh.size(), g.name());
    }

    /** A proposal's spellings: its first, {@code b} for its second, then the others found beside them. */
    public static List<ProposalJoin.Spelling> spellings(Discovery.Proposal p, String b) {
        List<ProposalJoin.Spelling> out = new ArrayList<>();
        out.add(new ProposalJoin.Spelling(p.langA(), p.a(), p.seenA()));
        out.add(new ProposalJoin.Spelling(p.langB(), b, p.seenB()));
        for (Map.Entry<String, List<String>> e : p.spellings().entrySet()) {
            for (String f : e.getValue()) {
                if (!(f.equals(p.a()) && e.getKey().equals(p.langA())) && !(f.equals(p.b()) && e.getKey().equals(p.langB()))) {
                    out.add(new ProposalJoin.Spelling(e.getKey(), f, List.of()));
                }
            }
        }
        return out;
    }
}
