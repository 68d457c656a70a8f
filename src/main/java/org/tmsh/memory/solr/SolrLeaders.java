package org.tmsh.memory.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.cloud.CompositeIdRouter;
import org.apache.solr.common.cloud.DocRouter;
import org.apache.solr.common.util.NamedList;

/**
 * Which node leads the shard a document id belongs to, read once from the cluster's state (the
 * Collections API's CLUSTERSTATUS) and hashed as Solr's compositeId router does: an import sends each
 * batch to the leader's node, so that no node forwards it to another first.
 *
 * <p>NOTE: the state is a snapshot taken when the import starts. Should a leader change during the
 * import, the old leader's node forwards the batches to the new one, as any node does (correct, only
 * slower); a cluster whose state cannot be read (permissions) is sent to through the URL it was
 * registered with.
 */
final class SolrLeaders {

    private static final CompositeIdRouter ROUTER = new CompositeIdRouter();

    private record Shard(DocRouter.Range range, String leaderUrl, String core) {
    }

    private final List<Shard> shards;
    private final String fallback;

    private SolrLeaders(List<Shard> shards, String fallback) {
        this.shards = shards;
        this.fallback = fallback;
    }

    /** The leaders of {@code collection}'s active shards, or, if the state cannot be read, {@code url} for every id. */
    static SolrLeaders of(SolrClient client, String url, String collection) {
        try {
            NamedList<Object> r = client.request(CollectionAdminRequest.getClusterStatus().setCollectionName(collection));
            Object shardMap = at(at(at(at(r, "cluster"), "collections"), collection), "shards");
            List<Shard> out = new ArrayList<>();
            if (shardMap instanceof Map<?, ?> m) {
                for (Object shard : m.values()) {
                    Object range = at(shard, "range");
                    Object replicas = at(shard, "replicas");
                    if (range == null || !"active".equals(String.valueOf(at(shard, "state"))) || !(replicas instanceof Map<?, ?> rm)) {
                        continue;
                    }
                    for (Object replica : rm.values()) {
                        if ("true".equals(String.valueOf(at(replica, "leader"))) && at(replica, "base_url") != null) {
                            Object core = at(replica, "core");
                            out.add(new Shard(ROUTER.fromString(range.toString()), String.valueOf(at(replica, "base_url")),
                                    core == null ? null : core.toString()));
                        }
                    }
                }
            }
            return new SolrLeaders(out, url);
        } catch (Exception e) {
            return new SolrLeaders(List.of(), url);
        }
    }

    /** The base URL of the node leading the shard of document {@code id}. */
    String leaderOf(String id) {
        if (shards.isEmpty()) {
            return fallback;
        }
        int hash = ROUTER.sliceHash(id, null, null, null);
        for (Shard s : shards) {
            if (s.range().includes(hash)) {
                return s.leaderUrl();
            }
        }
        return fallback;
    }

    /**
     * The leader's core of the shard of document {@code id}, as {base URL, core name}, or null when the
     * state could not be read: a search of a TM that lives on that one shard can go straight to it.
     */
    String[] leaderCoreOf(String id) {
        int hash = ROUTER.sliceHash(id, null, null, null);
        for (Shard s : shards) {
            if (s.range().includes(hash) && s.core() != null) {
                return new String[] {s.leaderUrl(), s.core()};
            }
        }
        return null;
    }

    private static Object at(Object o, String key) {
        if (o instanceof NamedList<?> n) {
            return n.get(key);
        }
        if (o instanceof Map<?, ?> m) {
            return m.get(key);
        }
        return null;
    }
}
