package org.tmsh.memory.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.tmsh.common.TmshException;

/** How {@code tm create --spread} turns into compositeId route bits, and how a meta document's id gives them back. */
class RouteTest {

    @Test
    void spreadOverNShardsOfSLetsTheNameDecideFloorLog2OfSOverNBits() {
        assertEquals(0, SolrCluster.routeBits(2, 2), "all shards");
        assertEquals(1, SolrCluster.routeBits(2, 1));
        assertEquals(0, SolrCluster.routeBits(8, 8));
        assertEquals(1, SolrCluster.routeBits(8, 4));
        assertEquals(2, SolrCluster.routeBits(8, 2));
        assertEquals(3, SolrCluster.routeBits(8, 1));
        assertEquals(0, SolrCluster.routeBits(3, 2), "at least 2 of 3: all");
        assertEquals(1, SolrCluster.routeBits(6, 3));
        TmshException e = assertThrows(TmshException.class, () -> SolrCluster.routeBits(2, 3));
        assertTrue(e.getMessage().contains("--spread must be from 1 to the number of shards (2)"), e.getMessage());
        assertThrows(TmshException.class, () -> SolrCluster.routeBits(2, 0));
    }

    @Test
    void theMetaDocumentsIdCarriesTheRoute() {
        assertEquals("news!", SolrSchema.route("news", -1));
        assertEquals("news/0!", SolrSchema.route("news", 0));
        for (int bits : new int[] {-1, 0, 3, 16}) {
            assertEquals(bits, SolrSchema.bitsOfMetaId("news", SolrSchema.metaId(SolrSchema.route("news", bits))));
        }
        assertEquals(-2, SolrSchema.bitsOfMetaId("news", SolrSchema.metaId(SolrSchema.route("newsroom", 0))));
        assertEquals(-2, SolrSchema.bitsOfMetaId("news", "news/x!~meta"));
        assertEquals(-2, SolrSchema.bitsOfMetaId("news", "news!0123"));
    }
}
