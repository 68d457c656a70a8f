package org.tmsh.memory.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.tmsh.common.Progress;
import org.tmsh.memory.Match;
import org.tmsh.memory.SearchOptions;
import org.tmsh.memory.TmRegistration;

/**
 * Configset tmsh-4 sends a language's word terms as one value, one term a line, which Solr's tokenizer
 * splits; tmsh-3 and before took one value a term. Configset tmsh-5 keeps texts, key hashes and tuid in
 * binary doc values (bytes) instead of stored strings. The same units imported into a collection of each
 * must give the same terms with the same document counts, the same look-up results, concordance hits and
 * exported units; tmsh reads which way a collection takes them from its schema, so a collection made
 * with an earlier configset keeps working. (tmsh-6 against tmsh-7, whose pairs are hashed: {@code SolrHashedPairsTest}.)
 */
class SolrWordLinesTest {

    @RegisterExtension
    static final SolrTestCluster SOLR = new SolrTestCluster(1, 0);

    private static Path work;
    private static Path tmx;
    private static final List<String> SOURCES = new ArrayList<>();

    @BeforeAll
    static void units() throws Exception {
        work = Files.createTempDirectory("tmsh-wordlines-");
        tmx = work.resolve("units.tmx");
        SolrTestCluster.writeUiAndNumberUnits(tmx, 1500, SOURCES);
    }

    @AfterAll
    static void clean() {
        org.tmsh.TestFiles.deleteQuietly(work);
    }

    @Test
    void bothWaysIndexTheSameTermsAndFindTheSameMatches() throws Exception {
        SolrCluster.createCollection(SOLR.url(), "before", 1, 1, "tmsh-3", "/tmsh/memory/solr/tmsh-3/");
        SolrCluster.createCollection(SOLR.url(), "strings", 1, 1, "tmsh-4", "/tmsh/memory/solr/tmsh-4/");
        SolrCluster.createCollection(SOLR.url(), "lines", 1, 1, "tmsh-6", "/tmsh/memory/solr/tmsh-6/");
        try (SolrMemory before = SolrMemory.open("tm", new TmRegistration("solr", SOLR.url(), "before", true, -1));
             SolrMemory strings = SolrMemory.open("tm", new TmRegistration("solr", SOLR.url(), "strings", true, -1));
             SolrMemory lines = SolrMemory.open("tm", new TmRegistration("solr", SOLR.url(), "lines", true, -1))) {
            assertEquals(new SolrSchema.Layout(false, false), before.layout(), "tmsh-3: one value a term, stored strings");
            assertEquals(new SolrSchema.Layout(true, false), strings.layout(), "tmsh-4: one value a language, stored strings");
            assertEquals(new SolrSchema.Layout(true, true), lines.layout(), "tmsh-6: word lines, bytes, pairs as text");
            long units = before.importTmx(tmx, Progress.NONE).unitsAfter();
            assertEquals(units, strings.importTmx(tmx, Progress.NONE).unitsAfter());
            assertEquals(units, lines.importTmx(tmx, Progress.NONE).unitsAfter());

            for (String lang : List.of("en", "de")) {
                Map<String, Long> a = terms(before, lang);
                Map<String, Long> b = terms(lines, lang);
                assertTrue(a.size() > 2000, "words and pairs of " + lang + ": " + a.size());
                assertTrue(a.keySet().stream().anyMatch(t -> t.indexOf(' ') > 0), "word pairs are indexed");
                assertTrue(a.keySet().stream().anyMatch(t -> t.startsWith("#=")), "numbers are indexed");
                assertEquals(a, b, "the terms of w_" + lang + " and their document counts");
            }

            int found = 0;
            for (int i = 0; i < SOURCES.size(); i += 37) {
                String q = SOURCES.get(i) + " again";
                List<Match> x = before.search(q, "en", "de", 50, 5, SearchOptions.NONE);
                List<Match> y = lines.search(q, "en", "de", 50, 5, SearchOptions.NONE);
                assertEquals(summary(x), summary(y), q);
                assertEquals(summary(x), summary(strings.search(q, "en", "de", 50, 5, SearchOptions.NONE)), q);
                found += x.isEmpty() ? 0 : 1;
            }
            assertTrue(found > 20, "queries with a match: " + found);
            List<Match> n = lines.search("Item 4251 of the 1,5 list", "en", "de", 70, 1, SearchOptions.NONE);
            assertEquals("Item 4251 of the 1,5 list", n.get(0).source());
            assertEquals(100, n.get(0).score());
            // texts and tuids read back the same from bytes as from stored strings: concordance and the units' export
            assertEquals(hits(strings.concordance("Datei", "de", "en", 20, org.tmsh.memory.UnitFilter.ALL)),
                    hits(lines.concordance("Datei", "de", "en", 20, org.tmsh.memory.UnitFilter.ALL)));
            assertFalse(lines.concordance("Datei", "de", "en", 20, org.tmsh.memory.UnitFilter.ALL).isEmpty(), "concordance finds units");
            assertEquals(units(strings), units(lines));
            assertEquals(units(before), units(lines));
            assertTrue(units(lines).stream().anyMatch(u -> u.startsWith("g7\t")), "tuids read back");
        }
    }

    /** Every term of {@code w_LANG} with the number of documents that hold it (the term dictionary's). */
    private static Map<String, Long> terms(SolrMemory tm, String lang) throws Exception {
        SolrQuery q = new SolrQuery("*:*");
        q.setRows(0);
        q.set("terms", true);
        q.set("terms.fl", SolrSchema.words(lang));
        q.set("terms.limit", -1);
        q.set("terms.mincount", 1);
        Map<String, Long> out = new TreeMap<>();
        for (var t : tm.client().query(tm.collection(), q).getTermsResponse().getTerms(SolrSchema.words(lang))) {
            out.put(t.getTerm(), t.getFrequency());
        }
        return out;
    }

    private static List<String> hits(List<org.tmsh.memory.ConcordanceHit> hs) {
        return hs.stream().map(h -> String.valueOf(h.withId(null))).toList(); // a unit's id is its import's position
    }

    /** Every unit of the TM as "tuid TAB lang=text ...", sorted. */
    private static List<String> units(SolrMemory tm) throws Exception {
        List<String> out = new ArrayList<>();
        tm.forEachUnit(u -> out.add(u.tuid() + "\t" + u.variants().stream().map(v -> v.lang() + "=" + v.text()).toList()));
        out.sort(null);
        return out;
    }

    private static List<String> summary(List<Match> ms) {
        return ms.stream().map(m -> m.score() + " " + m.source() + " => " + m.target()).toList();
    }
}
