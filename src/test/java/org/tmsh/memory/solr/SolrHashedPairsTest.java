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
import org.tmsh.memory.UnitFilter;
import org.tmsh.memory.lucene.LuceneMemory;

/**
 * Configset tmsh-7 writes a word pair of {@code w_L} as a fixed-length hash of its text, and {@code seq}, {@code n_L}
 * and the dates as doc values only; tmsh-6 wrote pairs as text with points beside the doc values. The same units
 * imported into a collection of each (and into the embedded memory) must give the same words, the same pairs (each
 * tmsh-6 pair's hash a tmsh-7 term with the same document count), and the same look-ups by the node's plug-in and by
 * Solr's plain requests; a tmsh-6 collection is read as tmsh-6 (its layout from its schema).
 */
class SolrHashedPairsTest {

    @RegisterExtension
    static final SolrTestCluster SOLR = new SolrTestCluster(1, 0);

    private static Path work;
    private static Path tmx;
    private static final List<String> SOURCES = new ArrayList<>();

    @BeforeAll
    static void units() throws Exception {
        work = Files.createTempDirectory("tmsh-hashedpairs-");
        tmx = work.resolve("units.tmx");
        SolrTestCluster.writeUiAndNumberUnits(tmx, 1500, SOURCES);
    }

    @AfterAll
    static void clean() {
        org.tmsh.TestFiles.deleteQuietly(work);
    }

    @Test
    void pairTermsAreFixedLengthAndKeepTheirOrderOfHashes() {
        String a = SolrSchema.pairTerm("open file");
        assertEquals(14, a.length(), a);
        assertTrue(a.startsWith("~") && a.substring(1).chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'V'), a);
        assertEquals(a, SolrSchema.pairTerm("open file"), "the same text, the same term");
        assertFalse(a.equals(SolrSchema.pairTerm("file open")), "the order of the words counts");
        SolrSchema.Layout seven = SolrSchema.Layout.CURRENT;
        assertEquals(a, seven.term("open file"), "tmsh-7 asks for a pair's hash");
        assertEquals("open", seven.term("open"), "and for a word as it is");
        assertEquals("open file", new SolrSchema.Layout(true, true).term("open file"), "tmsh-6 asks for the text");
        // the joined value Solr's update path takes holds the same terms as the client's token stream
        List<String> keys = List.of("open", "the", "file");
        String joined = WordLines.join(keys, List.of("#=5"), true);
        assertEquals(List.of("open", "the", SolrSchema.pairTerm("open the"), "file", SolrSchema.pairTerm("the file"), "#=5"),
                List.of(joined.split("\n")));
    }

    @Test
    void aTmsh7CollectionFindsWhatTmsh6AndTheEmbeddedMemoryFind() throws Exception {
        SolrCluster.createCollection(SOLR.url(), "six", 1, 1, "tmsh-6", "/tmsh/memory/solr/tmsh-6/");
        SolrCluster.createCollection(SOLR.url(), "seven", 1, 1);
        try (SolrMemory six = SolrMemory.open("tm", new TmRegistration("solr", SOLR.url(), "six", true, -1));
             SolrMemory seven = SolrMemory.open("tm", new TmRegistration("solr", SOLR.url(), "seven", true, -1));
             LuceneMemory embedded = new LuceneMemory("tm", work.resolve("embedded"))) {
            assertEquals(new SolrSchema.Layout(true, true, false), six.layout(), "tmsh-6: pairs as text");
            assertEquals(SolrSchema.Layout.CURRENT, seven.layout(), "tm create's configset");
            assertTrue(seven.layout().hashedPairs(), "tm create's configset hashes pairs");
            long units = six.importTmx(tmx, Progress.NONE).unitsAfter();
            assertEquals(units, seven.importTmx(tmx, Progress.NONE).unitsAfter());
            embedded.importTmx(tmx, Progress.NONE);

            for (String lang : List.of("en", "de")) {
                Map<String, Long> text = terms(six, lang);
                Map<String, Long> hashed = terms(seven, lang);
                assertTrue(text.keySet().stream().anyMatch(t -> t.indexOf(' ') > 0), "tmsh-6 indexes pairs as text");
                Map<String, Long> expected = new TreeMap<>();
                text.forEach((t, n) -> expected.merge(t.indexOf(' ') > 0 ? SolrSchema.pairTerm(t) : t, n, Long::sum));
                assertEquals(expected, hashed, "w_" + lang + ": words as they are, each pair as its hash, the same counts");
            }

            int found = 0;
            for (String node : List.of("true", "false")) { // the node's plug-in, then Solr's plain requests
                System.setProperty("tmsh.solr.node", node);
                try {
                    for (int i = 0; i < SOURCES.size(); i += 37) {
                        String q = SOURCES.get(i) + " again";
                        List<String> e = summary(embedded.search(q, "en", "de", 50, 5, SearchOptions.NONE));
                        assertEquals(e, summary(seven.search(q, "en", "de", 50, 5, SearchOptions.NONE)), "tmsh-7, node " + node + ": " + q);
                        assertEquals(e, summary(six.search(q, "en", "de", 50, 5, SearchOptions.NONE)), "tmsh-6, node " + node + ": " + q);
                        found += e.isEmpty() ? 0 : 1;
                    }
                } finally {
                    System.clearProperty("tmsh.solr.node");
                }
            }
            assertTrue(found > 40, "queries with a match: " + found);
            List<Match> n = seven.search("Item 4251 of the 1,5 list", "en", "de", 70, 1, SearchOptions.NONE);
            assertEquals("Item 4251 of the 1,5 list", n.get(0).source());
            assertEquals(100, n.get(0).score());
            assertEquals(hits(six.concordance("Datei", "de", "en", 20, UnitFilter.ALL)),
                    hits(seven.concordance("Datei", "de", "en", 20, UnitFilter.ALL)));
            assertFalse(seven.concordance("Datei", "de", "en", 20, UnitFilter.ALL).isEmpty(), "concordance finds units");
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
        return hs.stream().map(h -> String.valueOf(h.withId(null))).toList();
    }

    /**
     * The matches as "SCORE SOURCE => TARGET". When the look-up returned as many as asked for (5), the matches that only
     * tie the last one's score are given as their count: at the cut, the first such match found stays (Rescorer's
     * order), and a Solr import's parallel batches put units in an order of their own, so which of several equal
     * matches fills the last places is not the memory's to promise; their score and number are.
     */
    private static List<String> summary(List<Match> ms) {
        List<String> out = new ArrayList<>();
        int last = ms.size() < 5 ? -1 : ms.get(ms.size() - 1).score();
        long tied = ms.stream().filter(m -> m.score() == last).count();
        ms.stream().filter(m -> m.score() != last).forEach(m -> out.add(m.score() + " " + m.source() + " => " + m.target()));
        if (tied > 0) {
            out.add(tied + " at " + last);
        }
        return out;
    }
}
