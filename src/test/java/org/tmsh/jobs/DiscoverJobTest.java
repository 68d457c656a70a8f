package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.Progress;
import org.tmsh.terms.Concept;
import org.tmsh.terms.GlossaryStore;
import org.tmsh.terms.Term;

/** {@link DiscoverJob#review}: the review of proposals lives in the job; the shell only asks and prints. */
class DiscoverJobTest {

    @TempDir
    Path dir;

    private Path tmx() throws Exception {
        Path f = dir.resolve("news.tmx");
        Files.copy(Path.of("src/test/resources/jobs/news-names.tmx"), f);
        return f;
    }

    private static List<String> forms(Concept c) {
        return c.terms().stream().map(Term::form).toList();
    }

    @Test
    void acceptedAndEditedProposalsAreAddedAndTheReviewStopsAtQuit() throws Exception {
        GlossaryStore store = new GlossaryStore(dir.resolve("glossaries"));
        DiscoverJob job = new DiscoverJob(new Glossaries(store));
        DiscoverJob.Outcome o = job.run(tmx(), "de", "en", List.of(), null, "found", false, Progress.NONE);
        assertEquals(3, o.proposals().size(), o.toString());
        List<DiscoverJob.Question> asked = new ArrayList<>();
        DiscoverJob.Reviewed r = job.review(o.proposals(), "found", "term discover", q -> {
            asked.add(q);
            return switch (q.number()) {
                case 1 -> DiscoverJob.Answer.accept(q.proposal().b());
                case 2 -> DiscoverJob.Answer.accept("Edited Spelling");
                default -> DiscoverJob.Answer.quit();
            };
        });
        assertEquals(3, asked.size(), "the third is asked, then the review stops");
        assertEquals("a new concept", asked.get(0).joins());
        assertEquals(3, asked.get(0).of());
        assertEquals(2, r.accepted());
        assertEquals(3, r.of());
        assertEquals("found", r.glossary());
        assertEquals(2, r.notes().size(), r.notes().toString());
        List<Concept> cs = store.load("found").concepts();
        assertEquals(2, cs.size());
        assertTrue(forms(cs.get(0)).contains(o.proposals().get(0).a()), cs.toString());
        assertTrue(forms(cs.get(0)).contains(o.proposals().get(0).b()), cs.toString());
        assertTrue(forms(cs.get(1)).contains("Edited Spelling"), cs.toString());
        assertFalse(forms(cs.get(1)).contains(o.proposals().get(1).b()), "the edited spelling replaces the proposed one");
    }

    @Test
    void aQuestionNamesTheConceptAnEarlierAnswerMade() throws Exception {
        GlossaryStore store = new GlossaryStore(dir.resolve("glossaries"));
        DiscoverJob job = new DiscoverJob(new Glossaries(store));
        DiscoverJob.Outcome o = job.run(tmx(), "de", "en", List.of(), null, "found", false, Progress.NONE);
        List<String> joins = new ArrayList<>();
        // the same proposal twice: the second time it joins the concept the first answer made
        job.review(List.of(o.proposals().get(0), o.proposals().get(0)), "found", "term discover", q -> {
            joins.add(q.joins());
            return DiscoverJob.Answer.accept(q.proposal().b());
        });
        assertEquals("a new concept", joins.get(0));
        assertTrue(joins.get(1).startsWith("concept c1 "), joins.toString());
        assertEquals(1, store.load("found").concepts().size(), "one concept, its spellings once");
    }

    @Test
    void aReviewThatAcceptsNothingWritesNothing() throws Exception {
        GlossaryStore store = new GlossaryStore(dir.resolve("glossaries"));
        DiscoverJob job = new DiscoverJob(new Glossaries(store));
        DiscoverJob.Outcome o = job.run(tmx(), "de", "en", List.of(), null, "found", false, Progress.NONE);
        DiscoverJob.Reviewed r = job.review(o.proposals(), "found", "term discover", q -> DiscoverJob.Answer.reject());
        assertEquals(0, r.accepted());
        assertTrue(r.notes().isEmpty());
        assertFalse(store.exists("found"), "no glossary made for nothing");
    }
}
