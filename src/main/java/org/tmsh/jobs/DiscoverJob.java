package org.tmsh.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tmsh.common.Progress;
import org.tmsh.names.NameMatcher;
import org.tmsh.terms.Discovery;
import org.tmsh.terms.Glossary;
import org.tmsh.terms.GlossaryEdits;
import org.tmsh.terms.GlossaryStore;
import org.tmsh.terms.ProposalJoin;

/**
 * {@code term discover}: spelling variants of names proposed from an aligned TMX and from documents, less
 * those the glossaries already hold. A proposal is left out when one concept of the glossary compared has
 * every spelling it names ({@link ProposalJoin#holds}): the translator added it before, or accepted it in
 * an earlier review. The glossary compared is the one named (none yet when {@code --review} is to make it),
 * else every glossary of the home.
 *
 * <p>{@link #review} asks the translator about each proposal through a {@link Reviewer} (the shell's
 * questions, or a test's answers) and adds what was accepted to the glossary.
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

    /** One question of a review: the proposal, its place in the queue, and where its spellings would go. */
    public record Question(int number, int of, Discovery.Proposal proposal, String joins) {
    }

    /** What the translator answers to a {@link Question}. */
    public enum Decision {
        ACCEPT, REJECT, QUIT
    }

    /** An answer: accept (with the second spelling as given, or as the translator corrected it), reject, or quit. */
    public record Answer(Decision decision, String spelling) {

        public static Answer accept(String spelling) {
            return new Answer(Decision.ACCEPT, spelling);
        }

        public static Answer reject() {
            return new Answer(Decision.REJECT, null);
        }

        public static Answer quit() {
            return new Answer(Decision.QUIT, null);
        }
    }

    /** Who answers the questions of a review: the shell asks the translator. */
    @FunctionalInterface
    public interface Reviewer {
        Answer ask(Question question);
    }

    /** What a review did: a line for each concept it made or added to, and how many proposals were accepted. */
    public record Reviewed(List<String> notes, int accepted, int of, String glossary) {
    }

    /**
     * Asks {@code reviewer} about each proposal, in order, until it quits, then adds the accepted ones to
     * {@code glossary} (null: the only glossary there is, as {@link Glossaries#forWriting} chooses). Each
     * question says which concept the proposal would join ({@link ProposalJoin}: the one with any of its
     * spellings, else the one with the same name), counting the answers given before it, so a name the
     * glossary has gains only its new spellings, each once. The answers are gathered first and applied under
     * the glossary's lock at the end: the lock is not held while the translator thinks, and a change made
     * meanwhile is not lost (the join is made again on the glossary as it is then).
     */
    public Reviewed review(List<Discovery.Proposal> proposals, String glossary, String command, Reviewer reviewer) {
        GlossaryStore store = glossaries.store();
        String name = glossaries.forWriting(glossary, command);
        ProposalJoin join = new ProposalJoin(NameMatcher.standard());
        Glossary seen = store.exists(name) ? store.load(name) : new Glossary(name, List.of());
        List<List<ProposalJoin.Spelling>> accepted = new ArrayList<>();
        int n = 0;
        for (Discovery.Proposal p : proposals) {
            n++;
            ProposalJoin.Target t = join.target(seen, spellings(p, p.b()));
            String where = t.concept() == null ? "a new concept" : "concept " + t.concept().id() + " "
                    + GlossaryEdits.label(t.concept()) + " (" + t.why() + ")";
            Answer answer = reviewer.ask(new Question(n, proposals.size(), p, where));
            if (answer.decision() == Decision.QUIT) {
                break;
            }
            if (answer.decision() != Decision.ACCEPT || answer.spelling() == null || answer.spelling().isBlank()) {
                continue;
            }
            List<ProposalJoin.Spelling> sp = spellings(p, answer.spelling().strip());
            accepted.add(sp);
            seen = join.join(seen, sp).glossary();
        }
        List<String> notes = accepted.isEmpty() ? List.of() : store.update(name, g -> {
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
            return new GlossaryStore.Edited<>(g, said);
        });
        return new Reviewed(notes, accepted.size(), proposals.size(), name);
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
