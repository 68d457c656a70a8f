package org.tmsh.memory.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.Test;

/**
 * {@link SolrCluster#read}: a node that is stopping has answered a search without a result list (a CI run of
 * the contract test that stops a node during searches failed on it); such an answer is asked again, and
 * only a run of them fails, as a failed request does, never as a null list deep in a look-up.
 */
class SolrReadRetryTest {

    /** A client that answers the first {@code empty} searches without a result list, then with one. */
    private static final class Flaky extends SolrClient {
        final AtomicInteger asked = new AtomicInteger();
        final int empty;

        Flaky(int empty) {
            this.empty = empty;
        }

        @Override
        public NamedList<Object> request(SolrRequest<?> request, String collection) {
            NamedList<Object> r = new NamedList<>();
            r.add("responseHeader", new NamedList<>());
            if (asked.incrementAndGet() > empty) {
                SolrDocumentList docs = new SolrDocumentList();
                docs.setNumFound(0);
                r.add("response", docs);
            }
            return r;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aSearchAnsweredWithoutResultsIsAskedAgain() throws Exception {
        Flaky client = new Flaky(2);
        var r = SolrCluster.read(client, "c", new SolrQuery("*:*"));
        assertEquals(0, r.getResults().getNumFound());
        assertEquals(3, client.asked.get());
    }

    @Test
    void aRunOfSuchAnswersFailsAsARequestDoes() {
        Flaky client = new Flaky(Integer.MAX_VALUE);
        IOException e = assertThrows(IOException.class, () -> SolrCluster.read(client, "c", new SolrQuery("*:*")));
        assertTrue(e.getMessage().contains("without a result list"), e.getMessage());
        assertEquals(5, client.asked.get());
    }

    @Test
    void aRealTimeGetIsNotASearchAndIsAskedOnce() throws Exception {
        Flaky client = new Flaky(Integer.MAX_VALUE);
        SolrQuery get = new SolrQuery();
        get.setRequestHandler("/get");
        assertNull(SolrCluster.read(client, "c", get).getResults());
        assertEquals(1, client.asked.get());
    }
}
