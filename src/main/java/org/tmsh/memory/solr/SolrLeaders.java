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

    /** {@code copying}: every replica of the shard is TLOG or PULL (its followers copy the leader's segments). */
    private record Shard(DocRouter.Range range, String leaderUrl, String core, List<String[]> followers, boolean copying) {
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
                    List<String[]> followers = new ArrayList<>();
                    boolean copying = true;
                    for (Object replica : rm.values()) {
                        copying &= copiesSegments(String.valueOf(at(replica, "type")));
                        if (!"true".equals(String.valueOf(at(replica, "leader"))) && copiesSegments(String.valueOf(at(replica, "type")))
                                && "active".equals(String.valueOf(at(replica, "state"))) && at(replica, "base_url") != null
                                && at(replica, "core") != null) {
                            followers.add(new String[] {String.valueOf(at(replica, "base_url")), String.valueOf(at(replica, "core"))});
                        }
                    }
                    for (Object replica : rm.values()) {
                        if ("true".equals(String.valueOf(at(replica, "leader"))) && at(replica, "base_url") != null) {
                            Object core = at(replica, "core");
                            out.add(new Shard(ROUTER.fromString(range.toString()), String.valueOf(at(replica, "base_url")),
                                    core == null ? null : core.toString(), followers, copying));
                        }
                    }
                }
            }
            return new SolrLeaders(out, url);
        } catch (Exception e) {
            return new SolrLeaders(List.of(), url);
        }
    }


    /** True for the replica types that copy their leader's segments instead of indexing (TLOG and PULL). */
    private static boolean copiesSegments(String type) {
        return "TLOG".equals(type) || "PULL".equals(type);
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

    /**
     * The leader's core of the shard of document {@code id} as {base URL, core name} if every replica of
     * that shard copies the leader's segments (TLOG and PULL), else null: only then does a segment merged
     * into the leader's core ({@link SolrBulk}) reach the shard's other replicas. NRT followers index
     * each update themselves and never copy the leader's segments.
     */
    String[] copyingLeaderCoreOf(String id) {
        int hash = ROUTER.sliceHash(id, null, null, null);
        for (Shard s : shards) {
            if (s.range().includes(hash)) {
                return s.copying() && s.core() != null ? new String[] {s.leaderUrl(), s.core()} : null;
            }
        }
        return null;
    }

    /** The leaders' cores ({base URL, core name}) of the shards whose replicas all copy segments (see {@link #copyingLeaderCoreOf}). */
    List<String[]> copyingLeaderCores() {
        List<String[]> out = new ArrayList<>();
        for (Shard s : shards) {
            if (s.copying() && s.core() != null) {
                out.add(new String[] {s.leaderUrl(), s.core()});
            }
        }
        return out;
    }

    /**
     * Brings the TLOG and PULL followers of every shard up to their leader's last commit: asks each to fetch
     * the leader's segments now (rather than at its next poll, up to half the autoCommit interval
     * later) and waits until it holds the leader's commit, for at most {@code waitMs}. Reads go to
     * the leaders ({@link SolrCluster#read}) whatever this finds; this is for the moment a leader is
     * lost: the follower that takes its place then answers with the import already in its index.
     * Returns true if every follower caught up (a collection of NRT replicas has none: true).
     */
    boolean catchUp(long waitMs) {
        long deadline = System.nanoTime() + waitMs * 1_000_000L;
        boolean all = true;
        for (Shard s : shards) {
            if (s.followers().isEmpty() || s.core() == null) {
                continue;
            }
            long target = generation(s.leaderUrl(), s.core(), "indexversion", null);
            if (target < 0) {
                all = false;
                continue;
            }
            for (String[] f : s.followers()) {
                replication(f[0], f[1], "fetchindex");
                boolean done = false;
                while (!done && System.nanoTime() < deadline) {
                    done = generation(f[0], f[1], "details", "details") >= target;
                    if (!done) {
                        try {
                            Thread.sleep(50);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return false;
                        }
                    }
                }
                all &= done;
            }
        }
        return all;
    }

    /**
     * Asks the followers of the shard led by {@code leaderCore} ({base URL, core name}) to fetch their leader's
     * segments now, without waiting for the fetch ({@code fetchindex} runs it in the background; a follower already
     * fetching answers so and goes on). A hint only: the import's last commit still waits for every follower
     * ({@link #catchUp}); a failed request is ignored.
     */
    void fetchSoon(String[] leaderCore) {
        for (Shard s : shards) {
            if (leaderCore[0].equals(s.leaderUrl()) && leaderCore[1].equals(s.core())) {
                for (String[] f : s.followers()) {
                    replication(f[0], f[1], "fetchindex");
                }
            }
        }
    }

    /** The commit generation a core's replication handler reports ({@code command}, under {@code section} if given), or -1. */
    private static long generation(String baseUrl, String core, String command, String section) {
        NamedList<Object> r = replication(baseUrl, core, command);
        Object g = at(section == null ? r : at(r, section), "generation");
        return g instanceof Number n ? n.longValue() : -1;
    }

    private static NamedList<Object> replication(String baseUrl, String core, String command) {
        try {
            org.apache.solr.common.params.ModifiableSolrParams p = new org.apache.solr.common.params.ModifiableSolrParams();
            p.set("command", command);
            return SolrCluster.client(baseUrl).request(new org.apache.solr.client.solrj.request.GenericSolrRequest(
                    org.apache.solr.client.solrj.SolrRequest.METHOD.GET, "/replication", p).setRequiresCollection(true), core);
        } catch (Exception e) {
            return new NamedList<>();
        }
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
