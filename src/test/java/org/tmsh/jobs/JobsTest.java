package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.TestFiles;
import org.tmsh.align.Aligner;
import org.tmsh.align.DocumentAligner;
import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.formats.glossary.GlossaryReader;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.qa.Finding;
import org.tmsh.segment.SrxSegmenter;
import org.tmsh.terms.GlossaryStore;

/** The jobs as the shell calls them, without the shell. */
class JobsTest {

    private static final Path SEEDS_TMX = Path.of("tmx/seeds-000-004.de-en.tmx");
    private static final Path SEEDS_TBX = Path.of("glossaries/seeds.tbx");

    @TempDir
    Path dir;

    private TmLibrary library;
    private GlossaryStore store;
    private DocumentAligner aligner;

    @BeforeEach
    void setUp() {
        library = new TmLibrary(dir.resolve("tm"));
        store = new GlossaryStore(dir.resolve("glossaries"));
        aligner = new DocumentAligner(SrxSegmenter.withDefaultRules(), Aligner.standard(), "test");
    }

    @AfterEach
    void tearDown() {
        library.close();
    }

    private DocumentAligner.Request seeds(Path tmx) {
        return new DocumentAligner.Request(TestFiles.SEED_DE, TestFiles.SEED_EN, "de", "en", false, null, tmx, null);
    }

    @Test
    void alignJobFillsTheTmOnceAndSkipsTheSamePairsTheSecondTime() {
        AlignJob job = new AlignJob(aligner, library);
        AlignJob.Outcome o = job.run(new AlignJob.Request(seeds(null), null, null, "seeds"), Progress.NONE);
        assertNotNull(o.added());
        int trusted = o.result().pairs().size() - o.result().untrusted().size();
        assertEquals(trusted, o.added().added(), "the links below --min-confidence are held back");
        ImportReport again = job.addToTm(o.result(), "seeds");
        assertEquals(0, again.added());
        assertEquals(trusted, again.duplicates());
        AlignSummary s = AlignSummary.of(o);
        assertEquals(o.result().pairs().size(), s.units());
        assertEquals(o.added().added(), s.tm().added());
    }

    @Test
    void alignJobWithAnUnknownGlossaryNamesTheOnesThatExist() {
        store.save(GlossaryReader.read(SEEDS_TBX, "seeds"));
        AlignJob job = new AlignJob(aligner, library);
        TmshException e = assertThrows(TmshException.class, () -> new Glossaries(store).read("nosuch"));
        assertTrue(e.getMessage().contains("'nosuch'") && e.getMessage().contains("seeds"), e.getMessage());
        assertNotNull(job);
    }

    @Test
    void qaOfATmFindsWhatQaOfItsTmxFinds() {
        store.save(GlossaryReader.read(SEEDS_TBX, "seeds"));
        library.openOrCreate("news").importTmx(SEEDS_TMX, Progress.NONE);
        QaJob job = new QaJob(library, new Glossaries(store));
        List<Finding> fromFile = job.run(new QaJob.Request(SEEDS_TMX, null, List.of(), null, "de", "en", "de", null),
                Progress.NONE);
        List<Finding> fromTm = job.run(new QaJob.Request(null, "news", List.of(), null, "de", "en", "de", null),
                Progress.NONE);
        assertFalse(fromFile.isEmpty(), "the seeds TMX has findings against the seeds glossary");
        assertEquals(fromFile, fromTm);
    }

    @Test
    void forEachUnitGivesEveryUnitInImportOrderWithItsTexts() throws IOException {
        TranslationMemory tm = library.openOrCreate("news");
        ImportReport r = tm.importTmx(SEEDS_TMX, Progress.NONE);
        List<org.tmsh.formats.tmx.TmxUnit> units = new java.util.ArrayList<>();
        long n = tm.forEachUnit(units::add, Progress.NONE);
        assertEquals(r.added(), n);
        assertEquals(n, units.size());
        List<org.tmsh.formats.tmx.TmxUnit> read = new java.util.ArrayList<>();
        try (org.tmsh.formats.tmx.TmxReader reader = org.tmsh.formats.tmx.TmxReader.open(SEEDS_TMX)) {
            for (org.tmsh.formats.tmx.TmxUnit u = reader.next(); u != null; u = reader.next()) {
                read.add(u);
            }
        }
        for (int i = 0; i < units.size(); i++) {
            assertEquals(read.get(i).tuid(), units.get(i).tuid());
            assertEquals(read.get(i).text("de"), units.get(i).text("de"));
            assertEquals(read.get(i).text("en"), units.get(i).text("en"));
        }
    }

    @Test
    void concordanceFindsTheOtherSpellingsOfAGlossaryName() {
        library.openOrCreate("news").importTmx(SEEDS_TMX, Progress.NONE);
        ConcordanceJob job = new ConcordanceJob(library, store);
        assertTrue(job.run(new ConcordanceJob.Request("Lavrov", "news", "de", 20, false)).hits().isEmpty(),
                "without a glossary, the English spelling is not in the German side");
        store.save(GlossaryReader.read(SEEDS_TBX, "seeds"));
        ConcordanceJob.Outcome o = job.run(new ConcordanceJob.Request("Lavrov", "news", "de", 20, false));
        assertFalse(o.hits().isEmpty());
        assertTrue(o.spellings().contains("Lawrow"), o.spellings().toString());
        assertTrue(job.run(new ConcordanceJob.Request("Lavrov", "news", "de", 20, true)).hits().isEmpty());
    }

    @Test
    void aTmThatCannotBeReadIsAUserErrorNamingItAndItsFolder() throws IOException {
        TranslationMemory tm = library.openOrCreate("news");
        tm.importTmx(SEEDS_TMX, Progress.NONE);
        TmshException e = assertThrows(TmshException.class,
                () -> TmRead.of(tm, () -> { throw new IOException("read past EOF"); }));
        assertTrue(e.getMessage().contains("'news'") && e.getMessage().contains(tm.location())
                && e.getMessage().contains("read past EOF"), e.getMessage());
        assertTrue(Files.isDirectory(Path.of(tm.location())));
    }

    @Test
    void reviewSplitsAManyToOneLinkAndKeepsEverySegmentCovered() {
        DocumentAligner.Result r = aligner.align(seeds(null), Progress.NONE);
        ReviewSession session = new ReviewSession(r, 1.01);
        int split = 0;
        for (ReviewSession.Item item = session.next(); item != null; item = session.next()) {
            org.tmsh.align.Link l = item.link();
            if (l.source().length + l.target().length > 2) {
                List<org.tmsh.align.Link> now = session.apply(ReviewSession.Action.SPLIT);
                assertTrue(now.size() >= 2, now.toString());
                assertEquals(l.source()[0], now.get(0).source()[0]);
                assertEquals(l.target()[0], now.get(0).target()[0]);
                split++;
            } else {
                assertThrows(IllegalArgumentException.class, () -> session.apply(ReviewSession.Action.SPLIT),
                        "a 1-1 link cannot be split");
                session.apply(ReviewSession.Action.ACCEPT);
            }
        }
        assertTrue(split > 0, "the seed alignment has a link of several segments: " + r.typeCounts());
        List<org.tmsh.align.Link> links = session.result().alignment().links();
        assertEquals(java.util.stream.IntStream.range(0, r.source().size()).boxed().toList(),
                links.stream().flatMapToInt(l -> java.util.Arrays.stream(l.source())).boxed().toList(), "every source once, in order");
        assertEquals(java.util.stream.IntStream.range(0, r.target().size()).boxed().toList(),
                links.stream().flatMapToInt(l -> java.util.Arrays.stream(l.target())).boxed().toList(), "every target once, in order");
        assertEquals(session.size(), session.edits());
    }

    @Test
    void aFailedImportIntoANewTmLeavesNoTmBehindAndAnOldOneAsItWas() throws IOException {
        Path broken = dir.resolve("broken.tmx");
        String seeds = Files.readString(SEEDS_TMX);
        Files.writeString(broken, seeds.substring(0, seeds.length() / 2) + "<tu><tuv></body>");
        ImportJob job = new ImportJob(library);
        assertThrows(TmshException.class, () -> job.run("fresh", broken, null, null, Progress.NONE));
        assertFalse(library.exists("fresh"), "the TM the import was to create is gone");
        assertEquals(List.of(), library.list());
        job.run("old", SEEDS_TMX, null, null, Progress.NONE);
        assertThrows(TmshException.class, () -> job.run("old", broken, null, null, Progress.NONE));
        assertTrue(library.exists("old"));
        assertEquals(11, library.open("old").stats().units());
        Progress cancel = (done, total) -> {
            if (done < total) {
                throw new TmshException("cancelled");
            }
        };
        Path big = dir.resolve("big.tsv");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            sb.append("Satz Nummer ").append(i).append(".\tSentence number ").append(i).append(".\n");
        }
        Files.writeString(big, sb);
        assertThrows(TmshException.class, () -> job.run("cancelled", big, "de", "en", cancel));
        assertFalse(library.exists("cancelled"), "a cancelled import into a new TM removes it");
    }
}
