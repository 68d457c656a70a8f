package org.tmsh.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TmxEdit;
import org.tmsh.formats.tmx.TmxReader;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.formats.tmx.TmxWriter;
import org.tmsh.memory.lucene.LuceneMemory;

/**
 * What every translation memory promises, whatever holds it: one contract, run against each
 * implementation by a subclass that says how to make an empty TM of its kind and how to open a
 * second handle on it (a second shell).
 *
 * <p>The corpus is 3,000 real UI strings (../shared/tm-data); a reference embedded TM built from
 * it gives the fuzzy results every implementation must reproduce.
 */
public abstract class MemoryContract {

    protected static Path work;
    protected static Path corpus;
    /** The units of the corpus by duplicate key, in the order of their last occurrence. */
    protected static List<String> corpusKeys;
    private static LuceneMemory reference;
    private static final AtomicInteger NAMES = new AtomicInteger();

    /** An empty TM of the implementation under test. */
    protected abstract TranslationMemory newMemory(String name) throws Exception;

    /** A second handle on the same TM, as another shell would open it. */
    protected abstract TranslationMemory reopen(TranslationMemory tm) throws Exception;

    protected abstract void hook(TranslationMemory tm, ImportHook hook);

    /** Makes the TM's index hold no metadata copies of its units, as a tmsh before metadata indexing wrote it. */
    protected abstract void stripMetaCopies(TranslationMemory tm) throws Exception;

    /** True if a failed import leaves nothing of itself (embedded); false if it keeps whole batches (Solr). */
    protected abstract boolean allOrNothing();

    protected static String uniqueName(String base) {
        return base + "-" + NAMES.incrementAndGet();
    }

    @BeforeAll
    static void corpus() throws Exception {
        work = Files.createTempDirectory("tmsh-contract-");
        corpus = work.resolve("ui.tmx");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(Path.of("../shared/tm-data/gnu-apps-ui.tsv.gz"))), StandardCharsets.UTF_8));
             TmxWriter w = new TmxWriter(corpus, "en", "de", "test")) {
            String line;
            int i = 0;
            while ((line = in.readLine()) != null && i < 3000) {
                String[] f = line.split("\t");
                if (f.length == 3 && !f[1].isBlank() && !f[2].isBlank()) {
                    w.unit("g" + i++, f[1], f[2], Map.of());
                }
            }
        }
        corpusKeys = keysOf(corpus);
        reference = new LuceneMemory("reference", work.resolve("reference"));
        reference.importTmx(corpus, Progress.NONE);
    }

    @AfterAll
    static void closeReference() throws Exception {
        reference.close();
        org.tmsh.TestFiles.deleteQuietly(work);
    }

    /** The distinct duplicate keys of a TMX file, each at the position of its last occurrence. */
    protected static List<String> keysOf(Path tmx) {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        try (TmxReader r = TmxReader.open(tmx)) {
            for (TmxUnit u = r.next(); u != null; u = r.next()) {
                String k = UnitKeys.dupKey(u);
                keys.remove(k);
                keys.add(k);
            }
        }
        return new ArrayList<>(keys);
    }

    protected static List<String> keysOf(TranslationMemory tm) throws Exception {
        List<String> keys = new ArrayList<>();
        tm.forEachUnit(u -> keys.add(UnitKeys.dupKey(u)));
        return keys;
    }

    /** A TMX of the corpus's units {@code from} (inclusive) to {@code to} (exclusive). */
    protected static Path slice(String name, int from, int to) {
        Path f = work.resolve(name);
        try (TmxReader r = TmxReader.open(corpus); TmxWriter w = new TmxWriter(f, "en", "de", "test")) {
            int i = 0;
            for (TmxUnit u = r.next(); u != null; u = r.next(), i++) {
                if (i >= from && i < to) {
                    w.write(u);
                }
            }
        }
        return f;
    }

    @Test
    void importThenExportGivesBackEveryUnitAsImportedInImportOrder() throws Exception {
        TranslationMemory tm = newMemory(uniqueName("rt"));
        ImportReport r = tm.importTmx(corpus, Progress.NONE);
        assertEquals(corpusKeys.size(), r.unitsAfter());
        assertEquals(corpusKeys.size(), tm.size());
        assertEquals("en", tm.sourceLang());
        assertEquals(Set.of("en", "de"), tm.languages().keySet());
        assertEquals(corpusKeys, keysOf(tm), "forEachUnit: every unit once, in import order");

        Path out = work.resolve(tm.name() + ".tmx");
        assertEquals(corpusKeys.size(), tm.export(out, "test", Progress.NONE));
        assertEquals(corpusKeys, keysOf(out));
        List<String> exported = new ArrayList<>();
        try (TmxReader in = TmxReader.open(out)) {
            for (TmxUnit u = in.next(); u != null; u = in.next()) {
                exported.add(u.tuid());
            }
        }
        List<String> stored = new ArrayList<>();
        tm.forEachUnit(u -> stored.add(u.tuid()));
        assertEquals(stored, exported, "the export carries each unit's tuid as stored");
    }

    @Test
    void unitsHaveIdsThatAnEditKeepsAndChangesAreAllOrNothing() throws Exception {
        TranslationMemory tm = newMemory(uniqueName("maint"));
        tm.importTmx(slice(tm.name() + ".tmx", 0, 200), Progress.NONE);
        List<UnitRecord> all = new ArrayList<>();
        tm.forEachRecord(all::add);
        assertEquals(tm.size(), all.size());
        assertEquals(all.size(), all.stream().map(UnitRecord::id).distinct().count(), "ids are unique");
        assertEquals(keysOf(tm), all.stream().map(r -> UnitKeys.dupKey(r.unit())).toList(), "records in import order");
        UnitRecord one = all.get(17);
        assertEquals(one.unit().xml(), tm.unit(one.id()).unit().xml());
        assertEquals(null, tm.unit("987654321"));

        String newDe = "Völlig neue Übersetzung Nummer siebzehn";
        UnitPlan edit = units -> {
            UnitRecord u = units.get(one.id());
            return List.of(new UnitChange(u, TmxEdit.withText(u.unit(), "de", newDe, "20260101T000000Z", "tester")));
        };
        assertEquals(1, tm.change(edit, true).size());
        assertEquals(one.unit().text("de"), tm.unit(one.id()).unit().text("de"), "a dry run changes nothing");

        tm.change(edit, false);
        TranslationMemory other = reopen(tm);
        UnitRecord edited = other.unit(one.id());
        assertEquals(newDe, edited.unit().text("de"));
        assertEquals(one.unit().text("en"), edited.unit().text("en"));
        assertTrue(edited.unit().xml().contains("changedate=\"20260101T000000Z\" changeid=\"tester\""), edited.unit().xml());
        assertEquals(all.size(), other.size());
        Match found = other.search(one.unit().text("en"), "en", "de", 100, 1).get(0);
        assertEquals(newDe, found.target(), "look-up sees the edit");
        assertEquals(one.id(), found.id(), "a match carries its unit's id");
        List<ConcordanceHit> hits = other.concordance("Übersetzung Nummer siebzehn", "de", "en", 5);
        assertEquals(1, hits.size(), "concordance sees the edit");
        assertEquals(one.id(), hits.get(0).id(), "a concordance hit carries its unit's id");
        List<String> ids = new ArrayList<>();
        other.forEachRecord(r -> ids.add(r.id()));
        assertEquals(all.stream().map(UnitRecord::id).toList(), ids, "an edited unit keeps its id and place");

        // a change that would make a unit the copy of another is refused, and nothing of the plan is made
        UnitRecord a = all.get(3);
        UnitRecord b = all.get(4);
        UnitRecord c = all.get(5);
        TmxUnit copyOfC = TmxEdit.withText(TmxEdit.withText(b.unit(), "en", c.unit().text("en"), null, null), "de",
                c.unit().text("de"), null, null);
        assertThrows(TmshException.class, () -> tm.change(units -> List.of(UnitChange.delete(units.get(a.id())),
                new UnitChange(units.get(b.id()), copyOfC)), false));
        // a plan that fails changes nothing either
        assertThrows(TmshException.class, () -> tm.change(units -> {
            List<UnitChange> out = new ArrayList<>(List.of(UnitChange.delete(units.get(a.id()))));
            if (units.get("987654321") == null) {
                throw new TmshException("no such unit");
            }
            return out;
        }, false));
        assertEquals(all.size(), reopen(tm).size());
        assertEquals(a.unit().xml(), reopen(tm).unit(a.id()).unit().xml());

        List<UnitChange> deleted = tm.change(units -> List.of(UnitChange.delete(units.get(a.id())),
                UnitChange.delete(units.get(b.id()))), false);
        assertEquals(2, deleted.size());
        assertEquals(null, reopen(tm).unit(a.id()));
        assertEquals(all.size() - 2, reopen(tm).size());
        // the units deleted come back with the next import, as new units; so does the edited unit's old
        // version (other texts: another unit, as an import adds it by default)
        ImportReport again = tm.importTmx(slice(tm.name() + "-again.tmx", 0, 200), Progress.NONE);
        assertEquals(3, again.added());
        assertEquals(all.size() + 1, tm.size());
        assertEquals(newDe, tm.unit(one.id()).unit().text("de"));
    }

    @Test
    void fuzzyMatchesAndPercentagesAreTheEmbeddedTmsOnTheSameData() throws Exception {
        TranslationMemory tm = newMemory(uniqueName("fuzzy"));
        tm.importTmx(corpus, Progress.NONE);
        List<String> queries = new ArrayList<>();
        try (TmxReader r = TmxReader.open(corpus)) {
            int i = 0;
            for (TmxUnit u = r.next(); u != null; u = r.next(), i++) {
                if (i % 75 == 0) {
                    String en = u.text("en");
                    queries.add(en);
                    String[] words = en.split(" ");
                    if (words.length > 3) {
                        queries.add(String.join(" ", java.util.Arrays.copyOf(words, words.length - 1)));
                        words[1] = "window";
                        queries.add(String.join(" ", words));
                    }
                }
            }
        }
        queries.add("A sentence that is in no user interface of any program at all.");
        int found = 0;
        for (String q : queries) {
            List<Match> expected = reference.search(q, "en", "de", 50, 5);
            List<Match> got = tm.search(q, "en", "de", 50, 5);
            assertSameMatches(expected, got, q);
            found += got.isEmpty() ? 0 : 1;
        }
        assertTrue(found > queries.size() / 2, "most queries have matches: " + found + " of " + queries.size());
        assertEquals(100, tm.search(queries.get(0), "en", "de", 100, 1).get(0).score(), "an exact match");
    }

    @Test
    void anExactMatchIsFoundAmongManyUnitsThatDifferOnlyInTheirNumbers() throws Exception {
        // a fuzzy score sees every number as "a number": without the literal numbers in the index, the
        // 600 units tie on their words and the look-up checked an arbitrary few of them
        StringBuilder tmx = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">"
                + "<header creationtool=\"test\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\""
                + " adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body>\n");
        java.util.Random random = new java.util.Random(7);
        List<Integer> numbers = new ArrayList<>();
        while (numbers.size() < 600) {
            int n = 1000 + random.nextInt(90_000);
            if (!numbers.contains(n)) {
                numbers.add(n);
            }
        }
        for (int n : numbers) {
            tmx.append("<tu><tuv xml:lang=\"en\"><seg>The committee approved item ").append(n)
                    .append(" of the budget today.</seg></tuv><tuv xml:lang=\"de\"><seg>Der Ausschuss billigte heute Punkt ")
                    .append(n).append(" des Haushalts.</seg></tuv></tu>\n");
        }
        tmx.append("</body></tmx>\n");
        Path file = work.resolve(uniqueName("numbers") + ".tmx");
        java.nio.file.Files.writeString(file, tmx);
        TranslationMemory tm = newMemory(uniqueName("numbers"));
        tm.importTmx(file, Progress.NONE);
        for (int n : List.of(numbers.get(17), numbers.get(333), numbers.get(599))) {
            List<Match> got = tm.search("The committee approved item " + n + " of the budget today.", "en", "de", 100, 1);
            assertEquals(1, got.size(), "the exact match of item " + n);
            assertEquals(100, got.get(0).score());
            assertTrue(got.get(0).target().contains(" " + n + " "), got.get(0).target());
        }
    }

    @Test
    void theBestUnitIsFoundWhenDecoysCrowdTheProbe() throws Exception {
        // decoys outrank the best unit in any word-overlap ranking and outnumber the probe's 128
        // (CrowdedProbe): a look-up that stops at the probe's best returns a decoy
        StringBuilder tmx = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">"
                + "<header creationtool=\"test\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\""
                + " adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body>\n");
        for (CrowdedProbe.Unit u : CrowdedProbe.units(3 * 128)) {
            tmx.append("<tu tuid=\"").append(u.id()).append("\"><tuv xml:lang=\"en\"><seg>").append(u.source())
                    .append("</seg></tuv><tuv xml:lang=\"de\"><seg>").append(u.target()).append("</seg></tuv></tu>\n");
        }
        tmx.append("</body></tmx>\n");
        Path file = work.resolve(uniqueName("crowded") + ".tmx");
        java.nio.file.Files.writeString(file, tmx);
        TranslationMemory tm = newMemory(uniqueName("crowded"));
        tm.importTmx(file, Progress.NONE);
        String text = String.join(" ", CrowdedProbe.query());
        List<Match> found = tm.search(text, "en", "de", 50, 1);
        assertEquals(1, found.size());
        assertEquals("best", found.get(0).tuid());
        assertEquals(75, found.get(0).score());
        assertEquals(List.of(75, 71, 71), tm.search(text, "en", "de", 50, 3).stream().map(Match::score).toList(),
                "with room for more, the decoys follow it");
    }

    /**
     * The same percentages in the same order, and the same units at every score but the lowest of a
     * full list (where units that tie may be cut in any order).
     */
    protected static void assertSameMatches(List<Match> expected, List<Match> got, String query) {
        assertEquals(expected.stream().map(Match::score).toList(), got.stream().map(Match::score).toList(), query);
        int cut = expected.isEmpty() ? 0 : expected.get(expected.size() - 1).score();
        assertEquals(summary(expected, cut), summary(got, cut), query);
    }

    private static Set<String> summary(List<Match> ms, int cut) {
        Set<String> out = new HashSet<>();
        for (Match m : ms) {
            if (m.score() > cut || ms.size() < 5) {
                out.add(m.score() + "% " + m.source() + " = " + m.target());
            }
        }
        return out;
    }

    @Test
    void concordanceFindsThePhraseInImportOrder() throws Exception {
        TranslationMemory tm = newMemory(uniqueName("conc"));
        tm.importTmx(corpus, Progress.NONE);
        for (String q : List.of("the contact", "Kontakt", "search for")) {
            List<ConcordanceHit> expected = reference.concordance(q, null, null, 20);
            List<ConcordanceHit> got = tm.concordance(q, null, null, 20);
            assertFalse(expected.isEmpty(), q);
            // unit ids are each store's own (positions; a Solr TM's count from the import's time): compared apart
            assertEquals(expected.stream().map(h -> h.withId(null)).toList(), got.stream().map(h -> h.withId(null)).toList(), q);
            assertTrue(got.stream().allMatch(h -> h.id() != null), "every hit has its unit's id: " + got);
        }
        String tooLong = "word ".repeat(2000);
        TmshException e = assertThrows(TmshException.class, () -> tm.concordance(tooLong, null, null, 10));
        assertTrue(e.getMessage().contains("more than " + Concordance.MAX_WORDS + " words"), e.getMessage());
    }

    // --- unit metadata, filters, penalties, context ---

    private static final String[] CLIENTS = {"ACME", "Globex", null};
    private static final String[] ORIGINS = {"aligned", "translated", null};
    private static final String[] CREATORS = {"jdoe", "asmith"};

    /**
     * A TMX of {@code n} units "The contract N ends in May." with metadata that varies by unit: client,
     * origin, creator, dates (2024-2026), a needs-review flag, and neighbours for every third.
     */
    protected static Path metaTmx(String name, int n) {
        Path f = work.resolve(name);
        try (TmxWriter w = new TmxWriter(f, "en", "de", "test")) {
            for (int i = 0; i < n; i++) {
                StringBuilder sb = new StringBuilder("<tu tuid=\"m" + i + "\" creationid=\"" + CREATORS[i % 2]
                        + "\" creationdate=\"" + (2024 + i % 3) + "0" + (1 + i % 9) + "15T120000Z\"");
                if (i % 4 == 0) {
                    sb.append(" changedate=\"20260301T080000Z\" changeid=\"editor\"");
                }
                sb.append(">");
                if (CLIENTS[i % 3] != null) {
                    sb.append("<prop type=\"x-client\">").append(CLIENTS[i % 3]).append("</prop>");
                }
                if (ORIGINS[i % 5 % 3] != null) {
                    sb.append("<prop type=\"x-origin\">").append(ORIGINS[i % 5 % 3]).append("</prop>");
                }
                if (i % 7 == 0) {
                    sb.append("<prop type=\"x-needs-review\">yes</prop>");
                }
                if (i % 3 == 0) {
                    sb.append("<prop type=\"x-context-pre\">").append(i == 0 ? "" : "Before " + i + ".").append("</prop>")
                            .append("<prop type=\"x-context-post\">After ").append(i).append(".</prop>");
                }
                sb.append("<note>unit ").append(i).append("</note>");
                sb.append("<tuv xml:lang=\"en\"><seg>The contract ").append(i).append(" ends in May.</seg></tuv>");
                sb.append("<tuv xml:lang=\"de\"><seg>Der Vertrag ").append(i).append(" endet im Mai.</seg></tuv></tu>");
                w.write(new TmxUnit("m" + i, List.of(), sb.toString()));
            }
        }
        return f;
    }

    /** The tuids a look-up of every "contract" unit returns with {@code options}. */
    private static Set<String> tuids(TranslationMemory tm, SearchOptions options) throws Exception {
        Set<String> out = new HashSet<>();
        for (Match m : tm.search("The contract ends in May.", "en", "de", 1, 1000, options)) {
            out.add(m.tuid());
        }
        return out;
    }

    @Test
    void filtersKeepExactlyTheUnitsWhoseMetadataPasses() throws Exception {
        TranslationMemory tm = newMemory(uniqueName("filter"));
        Path file = metaTmx(tm.name() + ".tmx", 60);
        tm.importTmx(file, Progress.NONE);
        Map<String, UnitMeta> meta = new java.util.HashMap<>();
        try (TmxReader r = TmxReader.open(file)) {
            for (TmxUnit u = r.next(); u != null; u = r.next()) {
                meta.put(u.tuid(), UnitMeta.of(u));
            }
        }
        assertEquals(meta.keySet(), tuids(tm, SearchOptions.NONE), "without a filter every unit is a match");
        List<List<String>> filters = List.of(List.of("client=ACME"), List.of("client!=acme"), List.of("origin=aligned"),
                List.of("origin=imported"), List.of("creator=jdoe"), List.of("changer=editor"),
                List.of("changed>=2026-01-01"), List.of("created<2025-06-01"), List.of("created=2024-01-15"),
                List.of("created!=2024-01-15"), List.of("changed<=2025-05-15"),
                List.of("client=Globex", "origin=translated", "created>2024-12-31"), List.of("client=nobody"));
        for (List<String> f : filters) {
            UnitFilter filter = UnitFilter.parse(f);
            Set<String> expected = new HashSet<>();
            meta.forEach((id, m) -> {
                if (filter.matches(m)) {
                    expected.add(id);
                }
            });
            assertEquals(expected, tuids(tm, new SearchOptions(filter, List.of(), null)), f.toString());
            Set<String> inConcordance = new HashSet<>();
            tm.concordance("contract", "en", null, 1000, filter).forEach(h -> inConcordance.add(h.tuid()));
            assertEquals(expected, inConcordance, "concordance " + f);
        }
    }

    @Test
    void metadataComesBackOnExportAndGivenPropsAreSetOnImport() throws Exception {
        TranslationMemory tm = newMemory(uniqueName("meta"));
        Path file = metaTmx(tm.name() + ".tmx", 12);
        tm.importFile(file, null, null, Progress.NONE, Map.of("x-project", "Launch", "x-client", "Initech"));
        Path out = work.resolve(tm.name() + "-out.tmx");
        tm.export(out, "test", Progress.NONE);
        Map<String, UnitMeta> before = new java.util.HashMap<>();
        try (TmxReader r = TmxReader.open(file)) {
            for (TmxUnit u = r.next(); u != null; u = r.next()) {
                before.put(u.tuid(), UnitMeta.of(u));
            }
        }
        int n = 0;
        try (TmxReader r = TmxReader.open(out)) {
            for (TmxUnit u = r.next(); u != null; u = r.next(), n++) {
                UnitMeta was = before.get(u.tuid());
                UnitMeta now = UnitMeta.of(u);
                assertEquals("Launch", now.project());
                assertEquals("Initech", now.client(), "a given client replaces the file's");
                assertEquals(was.creationDate(), now.creationDate());
                assertEquals(was.creationId(), now.creationId());
                assertEquals(was.changeDate(), now.changeDate());
                assertEquals(was.origin(), now.origin());
                assertEquals(was.notes(), now.notes());
                assertEquals(was.contextPre(), now.contextPre());
                assertEquals(was.unconfirmed(), now.unconfirmed());
            }
        }
        assertEquals(12, n);
        assertEquals(12, tuids(tm, new SearchOptions(UnitFilter.parse("client=initech", "project=launch"), List.of(), null)).size());
        assertTrue(tuids(tm, new SearchOptions(UnitFilter.parse("client=ACME"), List.of(), null)).isEmpty());
    }

    @Test
    void penaltiesLowerTheShownScoreAndTheBestComesFirstAfterThem() throws Exception {
        TranslationMemory tm = newMemory(uniqueName("penalty"));
        Path f = work.resolve(tm.name() + ".tmx");
        try (TmxWriter w = new TmxWriter(f, "en", "de", "test")) {
            w.write(TmxUnit.pair("aligned", "en", "Close the window before you restart the computer.", "de", "Schließen Sie das Fenster.",
                    Map.of(UnitMeta.ORIGIN, "aligned", UnitMeta.CLIENT, "ACME"), "20250101T000000Z"));
            w.write(TmxUnit.pair("other", "en", "Close the window before you restart the computer.", "de", "Fenster schließen.",
                    Map.of(UnitMeta.CLIENT, "Globex"), "20230101T000000Z"));
            w.write(TmxUnit.pair("fuzzy", "en", "Close the windows before you restart the computer.", "de", "Schließen Sie die Fenster.",
                    Map.of(UnitMeta.CLIENT, "ACME"), "20260101T000000Z"));
        }
        tm.importTmx(f, Progress.NONE);
        List<Match> plain = tm.search("Close the window before you restart the computer.", "en", "de", 50, 5);
        assertEquals(100, plain.get(0).score());
        int fuzzy = plain.stream().filter(m -> m.tuid().equals("fuzzy")).findFirst().orElseThrow().score();
        assertTrue(fuzzy < 100 && fuzzy > 85, "fuzzy " + fuzzy);

        List<Match> got = tm.search("Close the window before you restart the computer.", "en", "de", 50, 5,
                new SearchOptions(UnitFilter.ALL, Penalty.parse(List.of("origin=aligned:5", "client!=ACME:3", "older=2024-01-01:4")), null));
        Map<String, Integer> expected = Map.of("aligned", 95, "other", 93, "fuzzy", fuzzy);
        assertEquals(3, got.size());
        for (Match m : got) {
            assertEquals(expected.get(m.tuid()), m.score(), m.tuid());
        }
        Match aligned = got.stream().filter(m -> m.tuid().equals("aligned")).findFirst().orElseThrow();
        Match other = got.stream().filter(m -> m.tuid().equals("other")).findFirst().orElseThrow();
        assertEquals(95, aligned.score());
        assertEquals(100, aligned.fuzzy());
        assertEquals(List.of(new Penalty.Applied(5, "aligned")), aligned.penalties());
        assertEquals("95% (100% - 5 aligned)", aligned.shown());
        assertEquals(93, other.score(), "3 for another client, 4 for its age");
        for (int i = 1; i < got.size(); i++) {
            assertTrue(got.get(i - 1).score() >= got.get(i).score(), "best first after penalties: " + got);
        }
        assertEquals(Math.max(fuzzy, 95), got.get(0).score());
        List<Match> one = tm.search("Close the window before you restart the computer.", "en", "de", 50, 1,
                new SearchOptions(UnitFilter.ALL, Penalty.parse(List.of("origin=aligned:5", "client!=ACME:10")), null));
        assertEquals(fuzzy > 95 ? "fuzzy" : "aligned", one.get(0).tuid(), "with one result, the best after penalties");
        List<Match> cut = tm.search("Close the window before you restart the computer.", "en", "de", 96, 5,
                new SearchOptions(UnitFilter.ALL, Penalty.parse(List.of("origin=aligned:5", "client!=ACME:10")), null));
        assertTrue(cut.stream().noneMatch(m -> m.score() < 96), "none below --min after penalties: " + cut);
    }

    /** The units of a search for {@code query} among those that pass {@code filter}, as "source = target". */
    private static Set<String> found(TranslationMemory tm, String query, String... filter) throws Exception {
        Set<String> out = new HashSet<>();
        for (Match m : tm.search(query, "en", "de", 50, 100, new SearchOptions(UnitFilter.parse(filter), List.of(), null))) {
            out.add(m.source() + " = " + m.target());
        }
        return out;
    }

    @Test
    void otherToolsMetadataIsFilteredAndPenalisedAsTmshsOwn() throws Exception {
        TranslationMemory tm = newMemory(uniqueName("tools"));
        Path dir = Path.of("src/test/resources/memory");
        tm.importTmx(dir.resolve("trados-export.tmx"), Progress.NONE);
        tm.importTmx(dir.resolve("memoq-export.tmx"), Progress.NONE);
        new org.tmsh.jobs.BilingualImportJob().run(dir.resolve("trados.sdlxliff"), tm, null, null, true);
        String valve = "Close the inlet valve before you start the pump.";
        // Trados: x-Customer:MultiplePicklist is the client, x-Origin TM is translated, Alignment aligned
        assertEquals(2, found(tm, valve, "client=Northwind").size());
        assertEquals(1, found(tm, valve, "client=Northwind", "origin=aligned").size());
        assertEquals(1, found(tm, valve, "changer=CORP\\mona").size());
        assertTrue(found(tm, valve, "client=Contoso").isEmpty());
        // memoQ: client/project/domain props, aligned flag, context in a <seg> inside the source's <tuv>
        String pressure = "Check the pressure.";
        assertEquals(Set.of(), found(tm, pressure, "client=Northwind"));
        assertEquals(2, found(tm, pressure, "client=contoso").size());
        assertEquals(1, found(tm, pressure, "project=Manuals 2025", "domain=engineering", "document=pump-manual.docx").size());
        assertEquals(1, found(tm, pressure, "client=contoso", "origin=aligned").size());
        // SDLXLIFF: created_by and the segment's origin
        assertEquals(2, found(tm, "Open the cover.", "creator=CORP\\ziad", "created=2024-03-14").size()
                + found(tm, "Remove the filter.", "creator=CORP\\ziad", "origin=machine-translated").size());
        // a Trados draft is unconfirmed: the unconfirmed penalty lowers it, an approved unit keeps its score
        List<Match> got = tm.search(valve, "en", "de", 50, 10,
                new SearchOptions(UnitFilter.parse("client=Northwind"), Penalty.parse(List.of("unconfirmed:7")), null));
        assertEquals(2, got.size());
        Match approved = got.get(0);
        assertEquals(100, approved.score(), "ApprovedSignOff is confirmed");
        Match draft = got.get(1);
        assertEquals(draft.fuzzy() - 7, draft.score(), "Draft is unconfirmed: " + draft.shown());
        // memoQ's neighbours make a context match
        List<Match> ctx = tm.search(pressure, "en", "de", 100, 5, new SearchOptions(UnitFilter.ALL, List.of(),
                new SearchOptions.Context(valve, "Check the oil level every week.")));
        assertTrue(ctx.get(0).context(), "memoQ's x-context-pre/post in the source <tuv>: " + ctx);
    }

    @Test
    void tradosTypedFieldsAreFilteredAndPenalisedByTheirName() throws Exception {
        TranslationMemory tm = newMemory(uniqueName("typed"));
        tm.importTmx(Path.of("src/test/resources/memory/trados-typed-fields.tmx"), Progress.NONE);
        String q = "The committee approved the budget.";
        assertEquals(4, found(tm, q).size());
        // Att::Review status (Workbench) and x-Review status:SinglePicklist (Studio) are one field, by any spelling
        Set<String> done = found(tm, q, "field:Review status=done");
        assertEquals(Set.of("The committee approved the budget. = Der Ausschuss billigte den Haushalt.",
                "The committee approved the new budget. = Der Ausschuss billigte den neuen Haushalt."), done);
        assertEquals(done, found(tm, q, "Att::Review status=DONE"));
        assertEquals(done, found(tm, q, "x-review status:SinglePicklist=Done"));
        assertEquals(Set.of("The committee approved the budget today. = Der Ausschuss billigte heute den Haushalt."),
                found(tm, q, "field:review status=pending"), "Att::Review  Status: case and spaces of the name do not count");
        assertEquals(2, found(tm, q, "field:Review status!=done").size(), "a unit without the field is != every value");
        assertEquals(1, found(tm, q, "Txt::Job=J-117", "client=acme").size());
        assertTrue(found(tm, q, "field:Job=J-119").isEmpty());
        // a penalty by the same name lowers the pending unit only
        List<Match> got = tm.search("The committee approved the budget today.", "en", "de", 50, 10,
                new SearchOptions(UnitFilter.ALL, Penalty.parse(List.of("field:Review status=pending:9")), null));
        Match pending = got.stream().filter(m -> m.source().endsWith("today.")).findFirst().orElseThrow();
        assertEquals(pending.fuzzy() - 9, pending.score(), pending.shown());
        assertTrue(got.stream().filter(m -> !m.source().endsWith("today.")).allMatch(m -> m.score() == m.fuzzy()));
    }

    @Test
    void reindexGivesUnitsIndexedBeforeMetadataTheirCopiesAndKeepsEverythingElse() throws Exception {
        TranslationMemory tm = newMemory(uniqueName("reindex"));
        tm.importTmx(Path.of("src/test/resources/memory/trados-export.tmx"), Progress.NONE);
        tm.importTmx(Path.of("src/test/resources/memory/memoq-export.tmx"), Progress.NONE);
        String valve = "Close the inlet valve before you start the pump.";
        Set<String> northwind = found(tm, valve, "client=Northwind");
        assertEquals(2, northwind.size());
        assertEquals(0, tm.unindexedMeta());
        List<UnitRecord> before = new ArrayList<>();
        tm.forEachRecord(before::add);

        stripMetaCopies(tm);
        assertEquals(5, tm.unindexedMeta(), "every unit lost its copies");
        assertTrue(tm.metaOutdated());
        assertTrue(found(tm, valve, "client=Northwind").isEmpty(), "a filter sees no metadata without copies");

        long[] progress = {0};
        assertEquals(5, tm.reindex((done, total) -> progress[0] = Math.max(progress[0], done)));
        assertEquals(5, progress[0], "the progress bar reaches the end");
        TranslationMemory again = reopen(tm);
        assertEquals(0, again.unindexedMeta());
        assertFalse(again.metaOutdated());
        assertEquals(northwind, found(again, valve, "client=Northwind"));
        assertEquals(1, found(again, "Check the pressure.", "client=contoso", "origin=aligned").size());
        List<UnitRecord> after = new ArrayList<>();
        again.forEachRecord(after::add);
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i).id(), after.get(i).id(), "ids and order stay");
            assertEquals(before.get(i).unit().xml(), after.get(i).unit().xml(), "the <tu> stays as it was");
        }
        assertEquals(5, tm.reindex(Progress.NONE), "a second run finds nothing wrong and changes nothing visible");
        assertEquals(northwind, found(reopen(tm), valve, "client=Northwind"));
    }

    @Test
    void anExactMatchBetweenTheSameNeighboursIsAContextMatch() throws Exception {
        TranslationMemory tm = newMemory(uniqueName("context"));
        Path f = work.resolve(tm.name() + ".tmx");
        try (TmxWriter w = new TmxWriter(f, "en", "de", "test")) {
            w.write(TmxUnit.pair("elsewhere", "en", "Save your work.", "de", "Sichern Sie Ihre Arbeit.",
                    Map.of(UnitMeta.CONTEXT_PRE, "Open the menu.", UnitMeta.CONTEXT_POST, "Quit."), "20250101T000000Z"));
            w.write(TmxUnit.pair("here", "en", "Save your work.", "de", "Speichern Sie Ihre Arbeit.",
                    Map.of(UnitMeta.CONTEXT_PRE, "Edit the  text.", UnitMeta.CONTEXT_POST, ""), "20250101T000000Z"));
            w.write(TmxUnit.pair("nocontext", "en", "Print the page.", "de", "Drucken Sie die Seite.", Map.of(),
                    "20250101T000000Z"));
            w.write(TmxUnit.pair("first", "en", "Welcome.", "de", "Willkommen.",
                    Map.of(UnitMeta.CONTEXT_PRE, "", UnitMeta.CONTEXT_POST, "Print the page."), "20250101T000000Z"));
        }
        tm.importTmx(f, Progress.NONE);
        List<Match> m = tm.search("Save your work.", "en", "de", 50, 1, SearchOptions.NONE.withContext("Edit the text.", null));
        assertEquals("here", m.get(0).tuid(), "the unit stored between these neighbours wins");
        assertEquals(101, m.get(0).score());
        assertTrue(m.get(0).context());
        m = tm.search("Save your work.", "en", "de", 50, 1, SearchOptions.NONE.withContext("Open the menu.", "Quit."));
        assertEquals("elsewhere", m.get(0).tuid());
        assertEquals(101, m.get(0).score());
        m = tm.search("Save your work.", "en", "de", 50, 5, SearchOptions.NONE.withContext("Open the menu.", "Exit."));
        assertTrue(m.stream().allMatch(x -> x.score() == 100 && !x.context()), "one neighbour differs: exact, not context");
        m = tm.search("Print the page.", "en", "de", 50, 1, SearchOptions.NONE.withContext("", ""));
        assertEquals(100, m.get(0).score(), "a unit without neighbours is never a context match");
        m = tm.search("Welcome.", "en", "de", 50, 1, SearchOptions.NONE.withContext(null, "Print the page."));
        assertEquals(101, m.get(0).score(), "the first segment: a missing neighbour matches a stored empty one");
        m = tm.search("Save your work!", "en", "de", 50, 1, SearchOptions.NONE.withContext("Edit the text.", ""));
        assertTrue(m.get(0).score() < 100 && !m.get(0).context(), "a fuzzy match in the same context is no context match");
        m = tm.search("Save your work.", "en", "de", 50, 2, new SearchOptions(UnitFilter.ALL,
                Penalty.parse(List.of("unconfirmed:2", "older=2026-01-01:3")), new SearchOptions.Context("Edit the text.", "")));
        assertEquals("98% (101% - 3 older than 2026-01-01)", m.get(0).shown());
    }

    @Test
    void importingTheSameFileAgainAddsNothing() throws Exception {
        TranslationMemory tm = newMemory(uniqueName("again"));
        Path part = slice("again.tmx", 0, 1200);
        ImportReport first = tm.importTmx(part, Progress.NONE);
        ImportReport second = tm.importTmx(part, Progress.NONE);
        assertEquals(keysOf(part).size(), first.added());
        assertEquals(0, second.added());
        assertEquals(second.read(), second.duplicates());
        assertEquals(keysOf(part).size(), tm.size());
    }

    @Test
    void twoImportersAtOnceGiveTheExactUnion() throws Exception {
        TranslationMemory a = newMemory(uniqueName("two"));
        TranslationMemory b = reopen(a);
        Path first = slice("two-a.tmx", 0, 2000);
        Path second = slice("two-b.tmx", 1000, 3000);
        // A holds in the middle of its import until B is in the middle of its own (or was turned away)
        CountDownLatch bInside = new CountDownLatch(1);
        CountDownLatch aInside = new CountDownLatch(1);
        hook(a, (stage, n) -> {
            if (stage == ImportHook.Stage.INDEX && n >= 1000 && aInside.getCount() > 0) {
                aInside.countDown();
                await(bInside);
            }
        });
        hook(b, (stage, n) -> {
            if (stage == ImportHook.Stage.INDEX) {
                bInside.countDown();
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        ImportReport ra;
        ImportReport rb;
        try {
            Future<ImportReport> fa = pool.submit(() -> a.importTmx(first, Progress.NONE));
            await(aInside);
            Future<ImportReport> fb = pool.submit(() -> {
                try {
                    return b.importTmx(second, Progress.NONE);
                } finally {
                    bInside.countDown(); // refused at the lock: let A go on
                }
            });
            ra = fa.get(120, TimeUnit.SECONDS);
            assertNotNull(ra);
            try {
                rb = fb.get(120, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                assertTrue(e.getCause() instanceof TmshException
                        && e.getCause().getMessage().contains("being changed by another tmsh process"), String.valueOf(e.getCause()));
                hook(b, ImportHook.NONE);
                rb = b.importTmx(second, Progress.NONE); // the translator tries again
            }
        } finally {
            pool.shutdownNow();
        }
        Set<String> union = new HashSet<>(keysOf(first));
        union.addAll(keysOf(second));
        assertEquals(union.size(), a.size());
        assertEquals(union.size(), b.size());
        // each report counts its own units: what it added (not the other's) and its duplicates
        for (ImportReport r : List.of(ra, rb)) {
            assertEquals(r.read(), r.added() + r.duplicates(), r.toString());
            assertTrue(r.duplicates() >= 0, r.toString());
        }
        assertTrue(ra.added() <= keysOf(first).size(), ra.toString());
        assertTrue(rb.added() <= keysOf(second).size(), rb.toString());
        // every unit of the union was added by one of them (by both only if both sent it at once)
        assertTrue(ra.added() + rb.added() >= union.size(), ra + " " + rb);
        List<String> stored = keysOf(a);
        assertEquals(union, new HashSet<>(stored));
        assertEquals(stored.size(), new HashSet<>(stored).size(), "no unit twice");
        b.close();
    }

    @Test
    void anImportKilledMidwayLosesAtMostItsLastBatchAndARerunCompletesIt() throws Exception {
        TranslationMemory tm = newMemory(uniqueName("killed"));
        Path part = slice("killed.tmx", 0, 2500);
        hook(tm, (stage, n) -> {
            if (stage == ImportHook.Stage.INDEX && n >= 2100) {
                throw new IllegalStateException("client killed");
            }
        });
        TmshException e = assertThrows(TmshException.class, () -> tm.importTmx(part, Progress.NONE));
        assertTrue(e.getMessage().contains("TM '" + tm.name() + "'"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
        long kept = tm.size();
        if (allOrNothing()) {
            assertEquals(0, kept);
        } else {
            assertTrue(kept >= 1000 && kept <= 2100, "whole batches before the kill are kept: " + kept);
        }
        assertTrue(new HashSet<>(keysOf(part)).containsAll(keysOf(tm)));
        hook(tm, ImportHook.NONE);
        ImportReport rerun = tm.importTmx(part, Progress.NONE);
        assertEquals(keysOf(part).size(), tm.size());
        assertEquals(keysOf(part).size() - kept, rerun.added());
        List<String> stored = keysOf(tm);
        assertEquals(stored.size(), new HashSet<>(stored).size(), "no unit twice");
    }

    @Test
    void aPlanGivenWithAnImportIsPartOfItsOneCommit() throws Exception {
        TranslationMemory tm = newMemory(uniqueName("oneCommit"));
        Path base = slice("one-base.tmx", 0, 50);
        tm.importTmx(base, Progress.NONE);
        Path more = slice("one-more.tmx", 50, 80);
        java.util.function.LongFunction<UnitPlan> dropOld = MemoryContract::dropUnitsFromBefore;
        org.junit.jupiter.api.Assumptions.assumeTrue(allOrNothing(), "a store without a transaction over several"
                + " documents (Solr) applies the plan after the units: anImportStoppedBeforeItsPlanIsCompletedByARerun");
        assertTrue(tm.planWithImport(dropOld));
        hook(tm, (stage, n) -> {
            if (stage == ImportHook.Stage.COMMIT) {
                throw new java.io.UncheckedIOException(new java.io.IOException("killed before the commit"));
            }
        });
        assertThrows(TmshException.class, () -> tm.importTmx(more, Progress.NONE));
        assertEquals(keysOf(base), keysOf(tm), "neither the import nor its plan happened");
        hook(tm, ImportHook.NONE);
        tm.importTmx(slice("one-other.tmx", 80, 90), Progress.NONE);
        assertEquals(keysOf(base).size() + 10, tm.size(), "a plan the failed import did not apply is not left for the next");

        long size = tm.size();
        assertTrue(tm.planWithImport(dropOld));
        ImportReport r = tm.importTmx(more, Progress.NONE);
        assertEquals(keysOf(more), keysOf(reopen(tm)), "the import's units only, in one commit");
        assertEquals(keysOf(more).size(), r.added());
        assertTrue(size > tm.size());
    }

    /**
     * An import stopped after its units and before its plan (its conflict policy; here the plan fails,
     * as a kill at that moment would stop it) is completed by running it again: the TM ends as after
     * the same import never stopped. A store that is all or nothing keeps neither meanwhile; the
     * other (Solr) keeps the units, and refuses an import without a plan until the plan is applied.
     */
    @Test
    void anImportStoppedBeforeItsPlanIsCompletedByARerun() throws Exception {
        Path base = slice("plan-base.tmx", 0, 50);
        Path more = slice("plan-more.tmx", 50, 80);
        java.util.function.LongFunction<UnitPlan> dropOld = MemoryContract::dropUnitsFromBefore;
        TranslationMemory whole = newMemory(uniqueName("planWhole"));
        whole.importTmx(base, Progress.NONE);
        assertTrue(whole.planWithImport(dropOld));
        whole.importTmx(more, Progress.NONE);
        assertEquals(keysOf(more), keysOf(whole));

        TranslationMemory tm = newMemory(uniqueName("planStopped"));
        tm.importTmx(base, Progress.NONE);
        assertTrue(tm.planWithImport(before -> units -> {
            throw new IllegalStateException("killed before the plan");
        }));
        TmshException e = assertThrows(TmshException.class, () -> tm.importTmx(more, Progress.NONE));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertTrue(e.getMessage().contains("TM '" + tm.name() + "'"), e.getMessage());
        TranslationMemory again = reopen(tm); // the translator runs it again in a new shell
        if (allOrNothing()) {
            assertEquals(keysOf(base), keysOf(again), "neither the units nor the plan");
        } else {
            Set<String> both = new HashSet<>(keysOf(base));
            both.addAll(keysOf(more));
            assertEquals(both, new HashSet<>(keysOf(again)), "the units are stored, the plan is not applied yet");
            TmshException refused = assertThrows(TmshException.class,
                    () -> again.importTmx(slice("plan-other.tmx", 80, 90), Progress.NONE));
            assertTrue(refused.getMessage().contains("run that import again"), refused.getMessage());
            assertFalse(refused.getMessage().contains("\n"), "one line: " + refused.getMessage());
            assertEquals(both.size(), again.size(), "an import without the plan imports nothing meanwhile");
        }
        assertTrue(again.planWithImport(dropOld));
        again.importTmx(more, Progress.NONE);
        assertEquals(keysOf(whole), keysOf(again), "as the import never stopped");
        assertEquals(keysOf(more).size(), again.size());
        again.importTmx(slice("plan-after.tmx", 80, 90), Progress.NONE);
        assertEquals(keysOf(more).size() + 10, again.size(), "finished: the next import without a plan adds");
    }

    @Test
    void anErrorAtAnyStageOfAnImportIsOneLineAndAFollowingImportWorks() throws Exception {
        for (ImportHook.Stage stage : ImportHook.Stage.values()) {
            for (Throwable fault : List.of(new OutOfMemoryError("Java heap space"), new java.io.UncheckedIOException(
                    new java.io.IOException("No space left on device")))) {
                TranslationMemory tm = newMemory(uniqueName("fault"));
                Path base = slice("fault-base.tmx", 0, 200);
                tm.importTmx(base, Progress.NONE);
                Path more = slice("fault-more.tmx", 150, 700);
                hook(tm, (s, n) -> {
                    if (s == stage && n >= (stage == ImportHook.Stage.LOCK || stage == ImportHook.Stage.COMMIT ? 0 : 300)) {
                        if (fault instanceof Error err) {
                            throw err;
                        }
                        throw (RuntimeException) fault;
                    }
                });
                TmshException e = assertThrows(TmshException.class, () -> tm.importTmx(more, Progress.NONE), stage + " " + fault);
                assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
                if (allOrNothing()) {
                    assertEquals(keysOf(base), keysOf(tm), stage + " " + fault + ": the TM is as it was");
                }
                hook(tm, ImportHook.NONE);
                tm.importTmx(more, Progress.NONE);
                Set<String> union = new HashSet<>(keysOf(base));
                union.addAll(keysOf(more));
                assertEquals(union.size(), tm.size(), stage + " " + fault);
                tm.drop();
                tm.close();
            }
        }
    }

    /**
     * Waits for the latch with a generous deadline (a loaded machine), and fails rather than going on
     * as if it had opened: the test would then check another interleaving than it says.
     */
    protected static void await(CountDownLatch latch) {
        try {
            if (!latch.await(120, TimeUnit.SECONDS)) {
                throw new AssertionError("waited 120 s for the other importer");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the other importer", e);
        }
    }

    /** A plan that deletes every unit from before the import: what an overwrite of all of them would do. */
    private static UnitPlan dropUnitsFromBefore(long before) {
        return units -> {
            List<UnitChange> out = new ArrayList<>();
            units.forEach(r -> {
                if (UnitRecord.parseId(r.id()) <= before) {
                    out.add(UnitChange.delete(r));
                }
            });
            return out;
        };
    }
}
