package org.tmsh.memory.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import org.tmsh.common.Progress;
import org.tmsh.memory.TmRegistration;
import org.tmsh.memory.TranslationMemory;

/**
 * The whole memory contract again with every TM spread over both shards of the collection (route
 * {@code NAME/0!KEY}): import, export, fuzzy matches equal to the embedded TM's, duplicates, two
 * importers, a killed import, faults, a node stopped; and here where the units land.
 */
class SolrSpreadMemoryContractTest extends SolrMemoryContractTest {

    @Override
    protected int routeBits() {
        return 0;
    }

    /** This TM's units on each shard of the collection, counted on that shard alone. */
    private static List<Long> perShard(String tm) throws Exception {
        List<Long> out = new ArrayList<>();
        SolrClient c = SolrCluster.client(url); // the process's client for the cluster: not closed
        for (String shard : List.of("shard1", "shard2")) {
            SolrQuery q = new SolrQuery("*:*");
            q.addFilterQuery(SolrSchema.TM + ":" + ClientUtils.escapeQueryChars(tm));
            q.set("shards", shard);
            q.setRows(0);
            out.add(c.query(COLLECTION, q).getResults().getNumFound());
        }
        return out;
    }

    @Test
    @Order(1)
    void aSpreadTmHasUnitsOnBothShardsWithExactCountsBesideAOneShardTm() throws Exception {
        TranslationMemory wide = newMemory(uniqueName("wide"));
        TranslationMemory narrow = SolrMemory.open(uniqueName("narrow"), new TmRegistration("solr", url, COLLECTION, false));
        wide.importTmx(corpus, Progress.NONE);
        narrow.importTmx(corpus, Progress.NONE);
        int n = corpusKeys.size();

        List<Long> w = perShard(wide.name());
        assertTrue(w.get(0) > n / 4 && w.get(1) > n / 4, "a spread TM's units land on both shards: " + w);
        assertEquals(n, w.get(0) + w.get(1));
        List<Long> o = perShard(narrow.name());
        assertTrue(o.contains(0L) && o.contains((long) n), "a one-shard TM stays on one shard: " + o);

        assertEquals(n, wide.size());
        assertEquals(n, wide.stats().units());
        assertEquals(0, wide.importTmx(corpus, Progress.NONE).added(), "a unit is one document whatever its shard");
        assertEquals(w, perShard(wide.name()));
        assertEquals(corpusKeys, keysOf(wide), "export in import order across shards");

        assertEquals(0, SolrMemory.routeBitsOf(url, COLLECTION, wide.name()), "the meta document tells the route");
        assertEquals(-1, SolrMemory.routeBitsOf(url, COLLECTION, narrow.name()));
        assertEquals(-1, SolrMemory.routeBitsOf(url, COLLECTION, "never-made"));

        wide.drop();
        assertEquals(List.of(0L, 0L), perShard(wide.name()));
        assertEquals(0, wide.size());
        assertEquals(n, narrow.size(), "deleting one TM leaves the other");
        narrow.drop();
        wide.close();
        narrow.close();
    }
}
